// The key audit through the committed bundle, as the runner starts it, on an emulated organisation of several
// projects: every class is found and nothing else, one issue is kept current, revoke-unused revokes exactly the
// unused service-account keys (never a user's, nothing under dry-run), and rate limits and 5xx are ridden out.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AUDIT_MARKER } from '../src/github/audit-issue.js'
import type { Emulator } from '../src/emulator/index.js'
import { cliAsync } from './helpers/cli.js'
import { emulator } from './helpers/emulated.js'
import { tempDir } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { expectMasked, runAction, type RunnerResult } from './helpers/runner.js'

const DAY = 86_400_000
const HOUR = 3_600_000

/** A service account name as hostile as a name can be: markdown, HTML, a mention and a workflow command. */
const HOSTILE = 'spiky **bold** | `x` <img src=x> @admin\n::warning::pwned'

interface Org {
  emu: Emulator
  /** Every seeded key by role, with the classes the audit must give it. */
  keys: Record<string, { keyId: string; key: string; classes: string[] }>
  research: string
  /** A key someone pasted into a project's name: it must never be shown whole. */
  canary: string
}

async function organisation(): Promise<Org> {
  const emu = await emulator({ seed: 17 })
  const billing = emu.seedProject('Billing')
  const canary = makeKey('project', 17)
  const research = emu.seedProject(`Research <b>lab</b> ${canary}`)
  const now = Date.now()
  const keys: Org['keys'] = {}
  const account = (
    role: string,
    name: string,
    project: string,
    times: { createdAt: number; lastUsedAt?: number | null; expiresAt?: number },
    classes: string[]
  ): string => {
    const sa = emu.seedServiceAccount(name, project)
    emu.setKeyTimes(sa.keyId, { lastUsedAt: null, ...times })
    keys[role] = { keyId: sa.keyId, key: sa.key, classes }
    return sa.keyId
  }
  const user = (
    role: string,
    project: string,
    createdAt: number,
    lastUsedAt: number,
    classes: string[]
  ): void => {
    const k = emu.seedUserKey(project)
    emu.setKeyTimes(k.keyId, { createdAt, lastUsedAt })
    keys[role] = { keyId: k.keyId, key: k.key, classes }
  }

  // Used every day, the same amount: nothing to say.
  const steady = account('steady', 'web-backend', emu.projectId, { createdAt: now - 20 * DAY }, [])
  for (let d = 0; d <= 14; d++)
    emu.recordUsage(steady, { requests: 20, inputTokens: 900, at: now - d * DAY - HOUR })
  user('user-ok', emu.projectId, now - 5 * DAY, now - 2 * HOUR, [])
  account('old', 'legacy-batch', billing, { createdAt: now - 200 * DAY, lastUsedAt: now - HOUR }, ['old'])
  account('unused', 'unused-worker', billing, { createdAt: now - 60 * DAY, lastUsedAt: now - 45 * DAY }, [
    'unused'
  ])
  account('never-used', 'never-worker', research, { createdAt: now - 40 * DAY }, ['never-used'])
  user('user-unused', research, now - 60 * DAY, now - 40 * DAY, ['unused'])
  account(
    'expiring',
    'expiring-svc',
    emu.projectId,
    { createdAt: now - 20 * DAY, lastUsedAt: now - HOUR, expiresAt: now + 3 * DAY },
    ['expiring']
  )
  account(
    'orphaned',
    'okg:octo-org/service:OPENAI_API_KEY:20261130T000000Z-abc123',
    emu.projectId,
    { createdAt: now - 2 * DAY },
    ['orphaned']
  )
  // Ten requests a day for two weeks, then two hundred.
  const spiking = account('spike', HOSTILE, research, { createdAt: now - 20 * DAY }, ['spike'])
  for (let d = 1; d <= 14; d++) emu.recordUsage(spiking, { requests: 10, at: now - d * DAY - HOUR })
  emu.recordUsage(spiking, { requests: 150, outputTokens: 5000, at: now - HOUR })
  emu.recordUsage(spiking, { requests: 50, endpoint: 'embeddings', at: now - 2 * HOUR })
  return { emu, keys, research, canary }
}

function audit(org: Org, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  const { emu } = org
  return runAction({
    workspace: tempDir(),
    event: { name: 'schedule', payload: {} },
    env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
    inputs: {
      command: 'audit',
      'github-token': emu.token,
      'openai-admin-key': emu.adminKey,
      'max-age': '90d',
      ...inputs
    }
  })
}

interface JsonKey {
  id: string
  classes: string[]
  redactedValue: string
}
interface JsonReport {
  generatedAt: string
  keys: JsonKey[]
  flagged: number
  calls: number
  fix?: { dryRun: boolean; actions: Array<{ keyId: string; result: string }> }
}

const reportOf = (run: RunnerResult): JsonReport => JSON.parse(run.outputs.audit ?? '{}') as JsonReport

/** No key value anywhere the runner shows or keeps, nor in any issue; the Admin key and token masked. */
function expectNoKeys(org: Org, runs: RunnerResult[]): void {
  const values = [...Object.values(org.keys).map((k) => k.key), org.canary]
  const issues = org.emu.issues().map((i) => [i.title, i.body, ...i.comments].join('\n'))
  for (const run of runs) {
    expectMasked(run)
    for (const value of values) expect(run.all).not.toContain(value)
  }
  for (const value of [...values, org.emu.adminKey, org.emu.token]) {
    for (const text of issues) expect(text).not.toContain(value)
  }
}

/** `openai-key-guard audit` as a user runs it, with the Admin key in the environment. */
function cli(org: Org, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return cliAsync(
    ['audit', ...args],
    { OPENAI_ADMIN_KEY: org.emu.adminKey, OPENAI_BASE_URL: org.emu.openaiUrl },
    tempDir()
  )
}

describe('key audit', () => {
  it('finds every class, flags nothing else, and keeps one issue current', async () => {
    const org = await organisation()
    const first = await audit(org)
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const report = reportOf(first)
    const found = Object.fromEntries(report.keys.map((k) => [k.id, k.classes]))
    expect(found).toEqual(Object.fromEntries(Object.values(org.keys).map((k) => [k.keyId, k.classes])))
    expect(first.outputs.flagged).toBe('7')
    expect(JSON.parse(readFileSync(first.outputs['audit-file']!, 'utf8'))).toEqual(report)
    // What needs action first: the spike leads, the keys with nothing to say come last.
    expect(report.keys[0]!.id).toBe(org.keys.spike!.keyId)
    expect(report.keys.slice(-2).map((k) => k.classes)).toEqual([[], []])
    for (const k of report.keys) expect(k.redactedValue).toMatch(/\*{4,}|\.\.\./)

    // The hostile account name is text in the summary: no tag, no mention, no table split, no workflow command.
    expect(first.summary).toContain('spike \\(requests 200 vs median 10\\)')
    expect(first.summary).not.toContain('<img')
    expect(first.summary).not.toContain('<b>')
    expect(first.summary).not.toMatch(/@admin/)
    expect(first.stdout).not.toMatch(/^::warning::pwned/m)
    const spikeRow = first.summary.split('\n').find((l) => l.includes(org.keys.spike!.keyId))!
    expect(spikeRow.replace(/\\\|/g, '').split('|')).toHaveLength(10)

    const [issue] = org.emu.issues()
    expect(org.emu.issues()).toHaveLength(1)
    expect(issue!.title).toBe('OpenAI key audit')
    expect(issue!.labels).toEqual(['openai-key-audit'])
    expect(issue!.body).toContain(AUDIT_MARKER)
    expect(first.outputs['issue-url']).toMatch(/\/issues\/1$/)

    // Someone closes the issue; the next week the unused key was used again. The same issue says so, reopened
    // because keys still need attention.
    const closed = await fetch(`${org.emu.githubUrl}/repos/octo-org/service/issues/1`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${org.emu.token}`,
        accept: 'application/vnd.github+json',
        'content-type': 'application/json'
      },
      body: JSON.stringify({ state: 'closed' })
    })
    expect(closed.status).toBe(200)
    org.emu.recordUsage(org.keys.unused!.keyId, { requests: 1 })
    const second = await audit(org)
    expect(second.status).toBe(0)
    const again = reportOf(second)
    expect(again.keys.find((k) => k.id === org.keys.unused!.keyId)!.classes).toEqual([])
    expect(second.outputs.flagged).toBe('6')
    const issues = org.emu.issues()
    expect(issues).toHaveLength(1)
    expect(issues[0]!.comments).toEqual([])
    expect(issues[0]!.state).toBe('open')
    expect(issues[0]!.body).toContain(again.generatedAt)
    expect(issues[0]!.body).not.toContain(report.generatedAt)
    expectNoKeys(org, [first, second])
  })

  it('revokes exactly the unused service-account keys, none under dry-run and never a user key', async () => {
    const org = await organisation()
    const { emu, keys } = org
    const eligible = [keys.unused!.keyId, keys['never-used']!.keyId].sort()

    const plan = await audit(org, { fix: 'revoke-unused', 'dry-run': 'true' })
    expect(plan.status).toBe(0)
    const planned = reportOf(plan).fix!
    expect(planned.dryRun).toBe(true)
    expect(planned.actions.map((a) => a.keyId).sort()).toEqual(eligible)
    expect(planned.actions.every((a) => a.result === 'planned')).toBe(true)
    for (const k of Object.values(keys)) expect(emu.isLive(k.key)).toBe(true)
    expect(emu.requests().filter((r) => r.api === 'openai' && r.method === 'DELETE')).toEqual([])
    expect(emu.issues()[0]!.body).toContain('revoke-unused (dry run)')

    const fixed = await audit(org, { fix: 'revoke-unused' })
    expect(fixed.stderr).toBe('')
    expect(fixed.status).toBe(0)
    const done = reportOf(fixed).fix!
    expect(done.actions.map((a) => [a.keyId, a.result]).sort()).toEqual(
      eligible.map((id) => [id, 'deleted-service-account'])
    )
    for (const [role, k] of Object.entries(keys)) {
      expect([role, emu.isLive(k.key)]).toEqual([role, !eligible.includes(k.keyId)])
    }
    // The user's unused key is reported, not touched.
    expect(emu.isLive(keys['user-unused']!.key)).toBe(true)
    const issues = emu.issues()
    expect(issues).toHaveLength(1)
    expect(issues[0]!.body).toContain('2 of 2 eligible key(s) revoked')
    for (const id of eligible) expect(issues[0]!.body).toContain(id)
    expectNoKeys(org, [plan, fixed])
  })

  it('pages through a large organisation and rides out 429 and 5xx answers while listing', async () => {
    const org = await organisation()
    const { emu } = org
    // 104 projects: two pages of projects; one project of 101 new keys: two pages of keys.
    for (let i = 0; i < 100; i++) emu.seedProject(`empty ${i}`)
    const crowded = emu.seedProject('Crowded')
    const fresh = Array.from({ length: 101 }, (_, i) => emu.seedServiceAccount(`worker ${i}`, crowded).keyId)
    emu.fault({
      api: 'openai',
      method: 'GET',
      path: '/organization/projects',
      call: 1,
      status: 429,
      headers: { 'retry-after': '1' }
    })
    emu.fault({
      api: 'openai',
      method: 'GET',
      path: '/organization/projects/{project_id}/api_keys',
      call: 2,
      status: 500
    })
    emu.fault({ api: 'openai', method: 'GET', path: '/organization/usage/completions', call: 1, status: 503 })
    const run = await audit(org)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = reportOf(run)
    expect(Object.fromEntries(report.keys.map((k) => [k.id, k.classes]))).toEqual(
      Object.fromEntries([
        ...Object.values(org.keys).map((k) => [k.keyId, k.classes]),
        ...fresh.map((id) => [id, []])
      ])
    )
    const openai = emu.requests().filter((r) => r.api === 'openai')
    // The README's cost: project pages (2) + a key page per 100 keys of each project (103 + 2) + a usage page
    // per endpoint (2).
    expect(report.calls).toBe(2 + 105 + 2)
    expect(openai.filter((r) => r.status === 200)).toHaveLength(report.calls)
    expect(openai.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([429, 503, 500])
    // The retry of the rate-limited page waited as retry-after said.
    const listing = openai.filter((r) => r.path === '/organization/projects')
    expect(listing[0]!.status).toBe(429)
    expect(listing[1]!.at - listing[0]!.at).toBeGreaterThanOrEqual(950)
    expectNoKeys(org, [run])
  })

  it('still reports the audit when the token cannot write the issue, and fails naming the permission', async () => {
    const org = await organisation()
    const readOnly = org.emu.addToken({ metadata: 'read' })
    const run = await audit(org, { 'github-token': readOnly })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(/^::error::The audit issue could not be written: .*Issues: write/m)
    expect(reportOf(run).flagged).toBe(7)
    expect(run.summary).toContain('## OpenAI key audit')
    expect(org.emu.issues()).toEqual([])
    expectNoKeys(org, [run])
  })

  it('refuses a spike factor that is not a number in one line', async () => {
    const org = await organisation()
    const run = await audit(org, { 'spike-factor': 'lots' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(/^::error::Input 'spike-factor' must be a number greater than 1/m)
    expect(org.emu.requests()).toEqual([])
    expectNoKeys(org, [run])
  })

  it('runs from the command line: JSON for the projects named, printable text, no issue without a repository', async () => {
    const org = await organisation()
    const json = await cli(org, ['--format', 'json', '--openai-project-id', org.research])
    expect(json.status).toBe(0)
    const report = JSON.parse(json.stdout) as JsonReport
    expect(Object.fromEntries(report.keys.map((k) => [k.id, k.classes]))).toEqual({
      [org.keys.spike!.keyId]: ['spike'],
      [org.keys['never-used']!.keyId]: ['never-used'],
      [org.keys['user-unused']!.keyId]: ['unused']
    })
    // One read of the named project, one page of its keys, one page of each usage endpoint.
    expect(report.calls).toBe(4)
    expect(org.emu.requests().map((r) => r.path)).toEqual([
      `/organization/projects/${org.research}`,
      '/organization/usage/completions',
      '/organization/usage/embeddings',
      `/organization/projects/${org.research}/api_keys`
    ])
    expect(json.stderr).toMatch(/No audit issue written/)
    expect(org.emu.issues()).toEqual([])

    const text = await cli(org, [])
    expect(text.status).toBe(0)
    const lines = text.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(Object.keys(org.keys).length + 1)
    expect(lines[0]).toMatch(
      /^spike \(requests 200 vs median 10\) .*spiky \*\*bold\*\* \| `x` <img src=x> @admin\\n::warning::pwned/
    )
    expect(text.stdout).not.toMatch(/^::/m)
    for (const out of [json.stdout, json.stderr, text.stdout, text.stderr]) {
      for (const k of Object.values(org.keys)) expect(out).not.toContain(k.key)
      expect(out).not.toContain(org.canary)
      expect(out).not.toContain(org.emu.adminKey)
    }
  })
})
