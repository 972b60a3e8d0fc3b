// The rotation issue shows a timeline: every step, when it was reached and how long it took, across every run
// that touched the rotation.
import { describe, expect, it } from 'vitest'
import { rotate } from '../../src/rotate/index.js'
import { formatDuration, timelineSection } from '../../src/rotate/timeline.js'
import { attempt, closeAfterEach, expectNoLeak, options, world } from './harness.js'

const track = closeAfterEach()

/** The timeline table's rows of an issue body, as [step, at, took, run]. */
function timelineRows(body: string): string[][] {
  const section = body.split('### Timeline')[1]
  expect(section, 'the issue has a timeline').toBeDefined()
  return section!
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Step') && !line.startsWith('| ---'))
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim())
    )
}

/** The workflow run a rotation runs in, as settings read it from GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT. */
const actionsRun = (id: number, attempt = 1): { run: { id: number; attempt: number } } => ({
  run: { id, attempt }
})

describe('the timeline in the rotation issue', () => {
  it('lists every step of a rotation in order, with its time and duration', async () => {
    const w = track(await world(50))
    const result = await rotate(options(w, actionsRun(4242)))
    expect(result.result).toBe('rotated')
    const [issue] = w.emu.issues()
    const rows = timelineRows(issue!.body)
    expect(rows.map((r) => r[0])).toEqual([
      'creating',
      'created',
      'promoting',
      'promoted',
      'smoked',
      'finished'
    ])
    for (const [, at, took, run] of rows) {
      expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
      expect(took).toMatch(/^(—|\d+(\.\d)? s)$/)
      expect(run).toBe('1 (Actions run 4242)')
    }
    expect(rows[0]![2]).toBe('—')
    expectNoLeak(w, result.message)
  })

  it('shows both runs of a rotation that a killed run left and a later run finished', async () => {
    const w = track(await world(51))
    const first = await attempt(() =>
      rotate(options(w, { ...actionsRun(1111), testHooks: { crashAt: 'promoted' } }))
    )
    expect(first.error?.name).toBe('Crash')
    expect(w.emu.issues()).toEqual([])

    const later = Date.now() + 30 * 60_000
    // current-key is the secret's value now (the new key), so the second run finishes the rotation.
    const opts = options(w, { ...actionsRun(2222, 2), now: () => later })
    opts.settings = { ...opts.settings, currentKey: w.emu.secret('OPENAI_API_KEY') }
    const second = await rotate(opts)
    expect(second.result).toBe('rotated')
    const issues = w.emu.issues()
    expect(issues).toHaveLength(1)
    const rows = timelineRows(issues[0]!.body)
    expect(rows.map((r) => [r[0], r[3]])).toEqual([
      ['creating', '1 (Actions run 1111)'],
      ['created', '1 (Actions run 1111)'],
      ['promoting', '1 (Actions run 1111)'],
      ['promoted', '1 (Actions run 1111)'],
      ['resumed', '2 (Actions run 2222, attempt 2)'],
      // The second run writes current-key into every target again before it smoke-tests.
      ['promoted', '2 (Actions run 2222, attempt 2)'],
      ['smoked', '2 (Actions run 2222, attempt 2)'],
      ['finished', '2 (Actions run 2222, attempt 2)']
    ])
    // The second run came half an hour later: the resumed row says how long the rotation stood still.
    expect(rows[4]![2]).toMatch(/^(29|30) min \d\d s$/)
    expectNoLeak(w, second.message, first.error?.message)
  })
})

describe('timelineSection', () => {
  it('renders any step name, so a new step needs no change here, and nothing for no entries', () => {
    const lines = timelineSection([
      { step: 'promoted', at: '2026-01-01T00:00:00.000Z', run: 'local-ab12' },
      // A step a later version may add: the table takes it as it comes.
      { step: 'draining' as 'promoted', at: '2026-01-01T02:05:00.000Z', run: 'local-ab12' }
    ])
    expect(lines).toContain('| draining | 2026-01-01 02:05:00 | 2 h 05 min | 1 (local) |')
    expect(timelineSection(undefined)).toEqual([])
    expect(timelineSection([])).toEqual([])
  })
  it('formats durations from a fraction of a second to days', () => {
    expect(formatDuration(400)).toBe('0.4 s')
    expect(formatDuration(42_000)).toBe('42 s')
    expect(formatDuration(185_000)).toBe('3 min 05 s')
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h')
    expect(formatDuration(-1)).toBe('—')
  })
})
