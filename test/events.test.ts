// The events people run the scan on beyond pull requests and plain pushes, through the committed bundle: a merge
// queue's group, a push that creates a branch, a force push. Each scans what is new, never the whole history,
// and says what it scanned. A canary key sits in main's history: a scan that strays there reports it.
import { afterAll, describe, expect, it } from 'vitest'
import { mergeGroupEvent, pushEvent } from './helpers/events.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { fingerprint } from '../src/redact.js'
import { expectMasked, runAction, type RunnerResult } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const canary = makeKey('admin', 1701)
const key = makeKey('project', 1702)
const dropped = makeKey('none', 1703)

/** main: a key committed and removed again (the canary), then a clean tip. */
function mainWithCanary(): { repo: TestRepo; tip: string } {
  const repo = TestRepo.init()
  repo.commit('Initial commit', { 'README.md': '# service\n' })
  repo.commit('Add settings', { '.env': `OPENAI_API_KEY=${canary}\n` })
  const tip = repo.commit('Remove the key', { '.env': 'OPENAI_API_KEY=\n' })
  return { repo, tip }
}

function findings(run: RunnerResult): Array<{ path: string; fingerprint: string; status: string }> {
  return JSON.parse(run.outputs.findings ?? '[]') as Array<{
    path: string
    fingerprint: string
    status: string
  }>
}

function expectOnlyTheNewKey(run: RunnerResult, path = 'src/config.ts'): void {
  expect(run.status).toBe(1)
  expect(findings(run)).toMatchObject([{ path, fingerprint: fingerprint(key), status: 'introduced' }])
  expect(run.all).not.toContain(fingerprint(canary))
  expectMasked(run, key)
  expect(run.all).not.toContain(canary)
}

describe('a merge queue group', () => {
  it('scans the commits the queue adds on top of the target branch', async () => {
    const { repo, tip } = mainWithCanary()
    repo.branch('gh-readonly-queue/main/pr-7')
    repo.commit('Add a helper', { 'src/util.ts': 'export const one = 1\n' })
    const head = repo.commit('Configure the client', { 'src/config.ts': `export const apiKey = '${key}'\n` })
    const run = await runAction({ workspace: repo.dir, inputs: {}, event: mergeGroupEvent(tip, head) })
    expectOnlyTheNewKey(run)
    expect(run.summary).toContain(`in 2 commits of the merge queue (${tip.slice(0, 7)}..${head.slice(0, 7)})`)
  })
})

describe('a push that creates a branch', () => {
  it('scans what the branch adds over the default branch, fetched when the clone lacks it, and says so', async () => {
    const { repo: origin } = mainWithCanary()
    origin.branch('feature')
    const head = origin.commit('Configure the client', {
      'src/config.ts': `export const apiKey = '${key}'\n`
    })
    // A clone of the pushed branch alone, as actions/checkout makes on a push: main is not in it.
    const clone = origin.clone('--single-branch', '--branch', 'feature')
    expect(clone.git('branch', '-a')).not.toContain('main')
    const run = await runAction({ workspace: clone.dir, inputs: {}, event: pushEvent(head) })
    expectOnlyTheNewKey(run)
    expect(run.summary).toContain(
      'This push creates the branch: scanned the commits it adds over the default branch main, not the whole history.'
    )
    expect(run.summary).toContain('1 finding(s) in 1 commit pushed.')
  })
})

describe('a push that moves a branch forward', () => {
  it('is no force push in a one-commit clone, where the old tip is fetched without its link to the new one', async () => {
    const { repo: origin } = mainWithCanary()
    origin.branch('feature')
    const before = origin.commit('Add a helper', { 'src/util.ts': 'export const one = 1\n' })
    const head = origin.commit('Configure the client', {
      'src/config.ts': `export const apiKey = '${key}'\n`
    })
    // actions/checkout's default on a push: the pushed commit alone.
    const clone = origin.clone('--depth', '1', '--branch', 'feature')
    const run = await runAction({ workspace: clone.dir, inputs: {}, event: pushEvent(head, before) })
    expectOnlyTheNewKey(run)
    expect(run.all).not.toMatch(/force push|dropped/)
    expect(run.summary).toContain(
      `1 finding(s) in 1 commit pushed (${before.slice(0, 7)}..${head.slice(0, 7)}).`
    )
  })
})

describe('a force push', () => {
  /** feature had a commit with a key; it was rewritten to a different commit on main with another key. */
  function rewritten(): { origin: TestRepo; old: string; head: string } {
    const { repo: origin, tip } = mainWithCanary()
    origin.branch('feature')
    const old = origin.commit('Try the key', { 'src/try.ts': `export const k = '${dropped}'\n` })
    origin.git('reset', '-q', '--hard', tip)
    const head = origin.commit('Configure the client', {
      'src/config.ts': `export const apiKey = '${key}'\n`
    })
    return { origin, old, head }
  }

  it.each([
    ['says it was forced', true],
    ['does not say so, but the old tip is no ancestor of the new one', false]
  ])('scans only what is new and names the dropped commits when the event %s', async (_, forced) => {
    const { origin, old, head } = rewritten()
    // The clone is made after the force push: the old tip is fetched from the server by its id.
    const clone = origin.clone()
    const run = await runAction({ workspace: clone.dir, inputs: {}, event: pushEvent(head, old, forced) })
    expectOnlyTheNewKey(run)
    expect(run.summary).toContain(
      `This force push rewrote the branch: scanned only the commits that are not on the old tip ${old.slice(0, 7)} nor on the default branch main.`
    )
    expect(run.summary).toContain(
      `It dropped 1 commit that the branch no longer reaches: ${old.slice(0, 7)}.`
    )
    expect(run.stdout).toMatch(/^It dropped 1 commit that/m)
    expect(run.all).not.toContain(dropped)
  })

  it('scans what the default branch lacks when the old tip is gone for good, and says the drop cannot be named', async () => {
    const { origin, head } = rewritten()
    const gone = 'f'.repeat(40)
    const run = await runAction({
      workspace: origin.clone().dir,
      inputs: {},
      event: pushEvent(head, gone, true)
    })
    expectOnlyTheNewKey(run)
    expect(run.summary).toContain(
      `The old tip ${gone.slice(0, 7)} is not in this clone: the commits it dropped cannot be named.`
    )
  })
})
