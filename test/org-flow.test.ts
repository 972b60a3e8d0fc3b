// The organisation workflow end to end, through the committed bundle as the runner runs it: an organisation of 200
// repositories on the emulator (git over smart HTTP, listings with pages and rate limits, code scanning), the plan
// job, every batch of its matrix, the report job over the merged artifacts; then one new commit and the whole
// workflow again with the records the first run cached, and once more after a force push drops that commit.
// Faults on every leg; key material nowhere.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { emulator } from './helpers/emulated.js'
import { MARKER, makeKey } from './helpers/keys.js'
import { addCommit, buildOrg, type Org, type PlantedKey } from './helpers/org.js'
import { type FlowRun, runOrgFlow } from './helpers/org-flow.js'
import { expectMasked } from './helpers/runner.js'

const OWNER = 'octo-org'
const COUNT = 200

const cleanup: string[] = []
afterEach(() => {
  for (const dir of cleanup.splice(0)) rmSync(dir, { recursive: true, force: true })
})

interface Report {
  repository: string
  status: string
  error?: string
  head?: string
  objects: { listed: number; read: number; skipped: number }
  findings: Array<{ commit?: string; path?: string; kind?: string; fingerprint: string; redacted: string }>
}

function reportsOf(flow: FlowRun): Map<string, Report> {
  const reports = new Map<string, Report>()
  for (const file of readdirSync(flow.reports)) {
    const report = JSON.parse(readFileSync(path.join(flow.reports, file), 'utf8')) as Report
    expect(file).toBe(`${report.repository.replace('/', '__')}.json`)
    reports.set(report.repository, report)
  }
  return reports
}

const fingerprint = (key: string): string => createHash('sha256').update(key).digest('hex')

/** Every finding as `repository commit place fingerprint`, sorted. */
function found(reports: Map<string, Report>): string[] {
  return [...reports.values()]
    .flatMap((r) => r.findings.map((f) => `${r.repository} ${f.commit} ${f.kind ?? f.path} ${f.fingerprint}`))
    .sort()
}

function expected(planted: PlantedKey[]): string[] {
  return planted
    .map(
      (p) =>
        `${p.repository} ${p.commit} ${p.where === 'message' ? 'commit-message' : p.path} ${fingerprint(p.key)}`
    )
    .sort()
}

/** Every file under `dir`, read whole (artifacts, caches). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'latin1'))
}

/** Pieces of a key that no redacted form holds: the random halves around the marker, without the prefix. */
function material(key: string): string[] {
  const [left = '', right = ''] = key.split(MARKER)
  return [key, left.slice(-20), right.slice(0, 20)]
}

describe('the organisation workflow', () => {
  it('reports every planted key once, rereads only new objects, survives faults and leaks nothing', async () => {
    const e = await emulator()
    const root = mkdtempSync(path.join(tmpdir(), 'okg-org-flow-'))
    cleanup.push(root)
    const org: Org = await buildOrg({
      owner: OWNER,
      count: COUNT,
      keyed: 6,
      plantInSkipped: true,
      addRepository: (spec) => e.addRepository(spec),
      workDir: root
    })
    const inPlan = org.repositories.filter((r) => !r.archived && !r.fork)
    expect(inPlan.length).toBeGreaterThan(140)
    const keyed = (r: { fullName: string }): boolean => org.planted.some((p) => p.repository === r.fullName)
    const clean = inPlan.filter((r) => !keyed(r))
    const [broken, flaky, target] = [clean[0]!, clean[1]!, clean[2]!]
    const uploadFault = inPlan.find(keyed)!

    // Rate limits while listing: a secondary limit (429, retry-after), then the primary one spent (403,
    // x-ratelimit-remaining 0 and a reset one second away), then a 502: each answered on a later attempt.
    const reset = String(Math.ceil(Date.now() / 1000) + 1)
    for (const path of ['/orgs/{org}/repos', '/installation/repositories']) {
      e.fault({ api: 'github', method: 'GET', path, call: 1, status: 429, headers: { 'retry-after': '1' } })
      e.fault({
        api: 'github',
        method: 'GET',
        path,
        call: 2,
        status: 403,
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
      })
      e.fault({ api: 'github', method: 'GET', path, call: 3, status: 502 })
    }
    // A 5xx on one repository's clone (answered on the retry), one repository that can never be cloned, and a 5xx
    // on one SARIF upload.
    e.fault({
      api: 'git',
      method: 'POST',
      path: `/${flaky.fullName}.git/git-upload-pack`,
      call: 1,
      status: 502
    })
    e.fault({ api: 'git', method: 'GET', path: `/${broken.fullName}.git/info/refs`, status: 403 })
    e.fault({
      api: 'github',
      method: 'POST',
      path: `/repos/${uploadFault.fullName}/code-scanning/sarifs`,
      call: 1,
      status: 502
    })

    const state = mkdtempSync(path.join(tmpdir(), 'okg-org-state-'))
    cleanup.push(state)
    const options = {
      // Clone retries wait 100 ms × 4^n here instead of 2 s × 4^n.
      env: { GITHUB_API_URL: e.githubUrl, GITHUB_SERVER_URL: e.serverUrl, OPENAI_KEY_GUARD_RETRY_MS: '100' },
      token: e.token,
      org: OWNER,
      // Fewer, fuller batches than a hosted matrix would run: two cores start fewer processes.
      plan: { batches: '6' },
      state,
      parallel: 2
    }

    // ---- First run -------------------------------------------------------------------------------------------
    const first = await runOrgFlow(options)
    expect(first.plan.status, first.plan.stdout).toBe(0)
    expect(first.plan.outputs.repositories).toBe(String(inPlan.length))
    expect(first.matrix.length).toBe(6)
    const matrixed = first.matrix.flatMap((entry) => entry.repositories.split(' '))
    expect(matrixed.sort()).toEqual(inPlan.map((r) => r.fullName).sort())
    for (const batch of first.batches) {
      expect(batch.run.status, batch.run.stdout).toBe(0)
    }

    const reports = reportsOf(first)
    expect([...reports.keys()].sort()).toEqual(inPlan.map((r) => r.fullName).sort())
    const failed = [...reports.values()].filter((r) => r.status !== 'scanned')
    expect(failed.map((r) => r.repository)).toEqual([broken.fullName])
    expect(failed[0]!.error).toMatch(/denied|Contents: read/)
    for (const r of reports.values()) {
      if (r.status === 'scanned')
        expect(r.head).toBe(org.repositories.find((o) => o.fullName === r.repository)!.head)
    }

    // Nothing was recorded before the first run: it read every object it listed.
    for (const r of reports.values()) expect(r.objects.read).toBe(r.objects.listed)
    const plannedKeys = org.planted.filter((p) => inPlan.some((r) => r.fullName === p.repository))
    expect(plannedKeys.length).toBeGreaterThanOrEqual(6)
    expect(found(reports)).toEqual(expected(plannedKeys))

    // The report job: fails on the findings and on the repository it could not scan, names that one alone.
    expect(first.report.status).toBe(1)
    expect(first.report.outputs.findings).toBe(String(plannedKeys.length))
    expect(first.report.outputs.failed).toBe('1')
    expect(first.report.summary).toContain(broken.fullName)
    const uploads = e.sarifUploads()
    const uploadedTo = new Set(uploads.map((u) => u.repository))
    for (const p of plannedKeys) expect(uploadedTo.has(p.repository)).toBe(true)
    expect(uploadedTo.has(uploadFault.fullName)).toBe(true)
    expect(uploadedTo.has(broken.fullName)).toBe(false)
    // SARIF carries each key's redacted form, as the report has it.
    for (const r of reports.values()) {
      const sarif = JSON.stringify(uploads.filter((u) => u.repository === r.repository).map((u) => u.sarif))
      for (const f of r.findings) expect(sarif).toContain(f.redacted)
    }
    // Every fault was met, and answered again until it passed.
    const statuses = (api: string, method: string, route: string): number[] =>
      e
        .requests()
        .filter((q) => q.api === api && q.method === method && q.path === route)
        .map((q) => q.status)
    const listing = [
      ...statuses('github', 'GET', '/installation/repositories'),
      ...statuses('github', 'GET', `/orgs/${OWNER}/repos`)
    ]
    expect(listing).toEqual(expect.arrayContaining([429, 403, 502, 200]))
    expect(statuses('git', 'POST', `/${flaky.fullName}.git/git-upload-pack`).slice(0, 2)).toEqual([502, 200])
    expect(statuses('github', 'POST', `/repos/${uploadFault.fullName}/code-scanning/sarifs`)).toEqual([
      502, 202
    ])
    expect(statuses('git', 'GET', `/${broken.fullName}.git/info/refs`)).toEqual([403])

    const issues = e.issues()
    expect(issues.length).toBe(1)
    for (const p of plannedKeys) expect(issues[0]!.body).toContain(p.repository)

    // ---- One new commit, then the whole workflow again with the cached records ----------------------------
    const newKey = makeKey('admin', 9001)
    const marks = path.join(root, 'rerun.marks')
    const before = target.head
    const commit = await addCommit(
      target,
      'Add the deploy settings',
      [
        { path: 'deploy/.env', content: `OPENAI_ADMIN_KEY=${newKey}\n` },
        { path: 'deploy/README.md', content: 'How to deploy.\n' }
      ],
      marks
    )
    const second = await runOrgFlow(options)
    const again = reportsOf(second)
    const newPlanted: PlantedKey = {
      repository: target.fullName,
      key: newKey,
      commit,
      path: 'deploy/.env',
      where: 'blob'
    }
    expect(found(again)).toEqual(expected([...plannedKeys, newPlanted]))

    // Only the new commit's objects are read (the commit, for its message, and the blobs it adds), in that
    // repository alone: the objects with keys are recorded with their hits, which are replayed unread.
    const newBlobs = execFileSync(
      'git',
      ['--git-dir', target.gitDir, 'diff-tree', '-r', '--no-commit-id', '--format=', commit],
      { encoding: 'utf8' }
    )
      .trim()
      .split('\n').length
    expect(newBlobs).toBe(2)
    const scannedAgain = [...again.values()].filter((r) => r.status === 'scanned')
    const expectedReads = (repository: string): number => (repository === target.fullName ? 1 + newBlobs : 0)
    expect(scannedAgain.map((r) => [r.repository, r.objects.read])).toEqual(
      scannedAgain.map((r) => [r.repository, expectedReads(r.repository)])
    )
    for (const r of scannedAgain) expect(r.objects.skipped).toBe(r.objects.listed - r.objects.read)
    expect(second.report.outputs.findings).toBe(String(plannedKeys.length + 1))
    expect(again.get(broken.fullName)?.status).toBe('failed')
    expect(e.issues().length).toBe(1)
    expect(e.issues()[0]!.body).toContain(target.fullName)

    // ---- A force push drops the new commit: its key is reported no more, and nothing is read ---------------
    execFileSync('git', [
      '--git-dir',
      target.gitDir,
      'update-ref',
      `refs/heads/${target.defaultBranch}`,
      before
    ])
    target.head = before
    const third = await runOrgFlow(options)
    const dropped = reportsOf(third)
    expect(found(dropped)).toEqual(expected(plannedKeys))
    const scannedThird = [...dropped.values()].filter((r) => r.status === 'scanned')
    expect(scannedThird.length).toBe(scannedAgain.length)
    expect(scannedThird.filter((r) => r.objects.read !== 0).map((r) => r.repository)).toEqual([])
    expect(dropped.get(target.fullName)?.objects.listed).toBe(
      again.get(target.fullName)!.objects.listed - 1 - newBlobs
    )
    expect(third.report.outputs.findings).toBe(String(plannedKeys.length))

    // ---- Canary: no key material anywhere but SARIF's redacted forms ---------------------------------------
    const keys = [...org.planted.map((p) => p.key), newKey]
    const runs = [first, second, third].flatMap((flow) => [
      flow.plan,
      ...flow.batches.map((b) => b.run),
      flow.report
    ])
    const places = [
      ...runs.map((run) => run.all),
      ...filesUnder(first.reports),
      ...filesUnder(second.reports),
      ...filesUnder(third.reports),
      ...filesUnder(path.join(state, 'cache')),
      ...e.issues().flatMap((issue) => [issue.title, issue.body, ...issue.comments]),
      ...e.sarifUploads().map((u) => JSON.stringify(u.sarif)),
      ...e.requests().map((r) => JSON.stringify(r.body ?? ''))
    ]
    const leaked = keys.flatMap((key, i) =>
      material(key).some((piece) => places.some((text) => text.includes(piece)))
        ? [`planted key #${i + 1}`]
        : []
    )
    expect(leaked).toEqual([])
    // Nor a key's fingerprint in the issue: a hash of a short key could be searched for.
    const issueText = e
      .issues()
      .map((issue) => [issue.body, ...issue.comments].join('\n'))
      .join('\n')
    expect(keys.filter((key) => issueText.includes(fingerprint(key)))).toEqual([])
    for (const run of runs) expectMasked(run)
    // The whole workflow twice over 200 repositories: a guard against a hang, not a time to meet.
  }, 600_000)
})
