// The incremental record through the committed bundles, as a scheduled workflow or a user runs them: the CLI's
// --record and the action's `record` input read only new objects on a rerun, say how many they skipped, report the
// same keys plus the new ones, and never show or store a key.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from './helpers/cli.js'
import { cleanupTempDirs, tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { expectMasked, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const oldKey = makeKey('project', 1901)
const newKey = makeKey('service-account', 1902)
const messageKey = makeKey('admin', 1903)
const canary = makeKey('legacy', 1904)

/** Two clean commits around one that adds a key (and the canary) in a file. */
function history(): TestRepo {
  const repo = TestRepo.init()
  repo.commit('Initial commit', { 'README.md': '# service\n' })
  repo.commit('Configure', { 'config.env': `OPENAI_API_KEY=${oldKey}\nCANARY=${canary}\n` })
  repo.commit('Docs', { 'docs/guide.md': 'How to run\n' })
  return repo
}

interface JsonReport {
  scanned: string
  findings: Array<{ kind?: string; path?: string; commit?: string; fingerprint: string }>
}

describe('scan --history --record', () => {
  it('rereads only the new objects, says how many it skipped, and finds the same keys plus the new ones', () => {
    const repo = history()
    const record = path.join(tempDir(), 'okg', 'history.record')

    const first = cli(repo.dir, ['scan', '--history', '--record', record, '--format', 'json'])
    expect(first.status).toBe(1)
    expect(first.stderr).toBe(
      `No record at ${record} yet: scanning the whole history; the record is rewritten after the scan.\n`
    )
    const before = JSON.parse(first.stdout) as JsonReport
    expect(before.scanned).toBe('the full history (3 commits, 3 unique files)')

    const unchanged = cli(repo.dir, ['scan', '--history', '--record', record])
    expect(unchanged.status).toBe(1)
    expect(unchanged.stderr).toBe('')
    expect(unchanged.stdout).toContain(
      'in the full history (3 commits; 0 of 6 objects read, 6 skipped: the record holds them from an earlier scan).'
    )

    const added = repo.commit(`Add the worker\n\nIt uses ${messageKey}`, { 'worker.env': `KEY=${newKey}\n` })
    const rerun = cli(repo.dir, ['scan', '--history', '--record', record, '--format', 'json'])
    expect(rerun.status).toBe(1)
    const after = JSON.parse(rerun.stdout) as JsonReport
    // The new commit and its new blob: the old key's blob is recorded with its hits.
    expect(after.scanned).toBe(
      'the full history (4 commits; 2 of 8 objects read, 6 skipped: the record holds them from an earlier scan)'
    )
    const where = (r: JsonReport) => r.findings.map((f) => `${f.kind ?? f.path} ${f.commit} ${f.fingerprint}`)
    const fresh = JSON.parse(cli(repo.dir, ['scan', '--history', '--format', 'json']).stdout) as JsonReport
    expect(where(after)).toEqual(where(fresh))
    expect(where(after)).toEqual(expect.arrayContaining(where(before)))
    expect(after.findings.filter((f) => f.commit === added).map((f) => f.kind ?? f.path)).toEqual(
      expect.arrayContaining(['commit-message', 'worker.env'])
    )
    expect(after.findings).toHaveLength(before.findings.length + 2)

    const bytes = readFileSync(record)
    for (const text of [first.stdout, first.stderr, unchanged.stdout, rerun.stdout, rerun.stderr])
      expect(text).not.toContain(canary)
    for (const key of [canary, oldKey, newKey, messageKey]) expect(bytes.includes(key)).toBe(false)
  })

  it('goes with --history only, and a damaged record is one warning and a full rescan', () => {
    const repo = history()
    const record = path.join(tempDir(), 'history.record')
    const refused = cli(repo.dir, ['scan', '--record', record])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toBe(
      'openai-key-guard: --record goes with --history: only history scans read and write a record.\n'
    )

    cli(repo.dir, ['scan', '--history', '--record', record])
    const damaged = readFileSync(record)
    damaged[damaged.length - 2]! ^= 1
    writeFileSync(record, damaged)
    const rerun = cli(repo.dir, ['scan', '--history', '--record', record])
    expect(rerun.status).toBe(1)
    expect(rerun.stderr).toBe(
      `warning: The record ${record} is not a valid record (the record does not match its checksum): ignored, scanning the whole history; the record is rewritten after the scan.\n`
    )
    expect(rerun.stdout).toContain('in the full history (3 commits, 3 unique files).')
  })
})

describe('the action with a record', () => {
  it('a scheduled history scan skips what the record holds and says so in its summary', async () => {
    const repo = history()
    const record = path.join(tempDir(), 'cache', 'history.record')
    const inputs = { scope: 'auto', 'fail-on': 'any', record }
    const event = { name: 'schedule', payload: {} }
    const first = await runAction({ workspace: repo.dir, inputs, event })
    expect(first.status).toBe(1)
    expect(first.summary).toContain('the full history (3 commits, 3 unique files)')

    repo.commit('More docs', { 'docs/more.md': 'More\n' })
    const rerun = await runAction({ workspace: repo.dir, inputs, event })
    expect(rerun.status).toBe(1)
    expect(rerun.summary).toContain(
      'the full history (4 commits; 2 of 8 objects read, 6 skipped: the record holds them from an earlier scan)'
    )
    expect(JSON.parse(rerun.outputs.findings ?? '[]')).toHaveLength(2)
    expectMasked(first, canary, oldKey)
    // The rerun replays the recorded hits without reading their blob: the keys never reach it to be shown.
    for (const key of [canary, oldKey]) expect(rerun.all).not.toContain(key)
  })

  it('a pull request run leaves the record alone; an explicit non-history scope with a record is refused', async () => {
    const repo = history()
    const record = path.join(tempDir(), 'history.record')
    const base = repo.head('HEAD~1')
    const head = repo.head()
    const pr = await runAction({
      workspace: repo.dir,
      inputs: { record },
      event: {
        name: 'pull_request',
        payload: {
          pull_request: {
            number: 1,
            base: { sha: base, ref: 'main', repo: { full_name: 'octo-org/service' } },
            head: { sha: head, ref: 'docs', repo: { full_name: 'octo-org/service', fork: false } }
          }
        }
      }
    })
    expect(pr.status).toBe(0)
    expect(pr.stdout).toContain(
      `This pull-request scan reads only its commits: the record ${record} is left as it is.`
    )
    expect(() => readFileSync(record)).toThrow()

    const refused = await runAction({ workspace: repo.dir, inputs: { scope: 'worktree', record } })
    expect(refused.status).toBe(1)
    expect(refused.stdout).toMatch(
      /^::error::Input 'record' has no effect with scope worktree \(only history scans read and write it\): remove it, or use scope history or auto\.$/m
    )
  })
})
