// `command: report` through the committed bundle, on report files as the batch scan writes them (findings from a
// real history scan of real repositories), on the emulated GitHub: one job summary, one organisation issue kept
// current across runs, and hostile artifacts (files that do not parse, forged fields, links) never passing.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../src/emulator/index.js'
import { ORG_MARKER } from '../src/org/issue.js'
import {
  repositoryReport,
  reportPath,
  serializeRepositoryReport,
  type RepositoryReport
} from '../src/org/report-file.js'
import type { JsonFinding } from '../src/report/text.js'
import { cli, cliAsync } from './helpers/cli.js'
import { emulator } from './helpers/emulated.js'
import { tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { expectMasked, runAction, type RunnerResult } from './helpers/runner.js'

const CANARY = makeKey('project', 4242)
const ADMIN = makeKey('admin', 4243)
const LEGACY = makeKey('legacy', 4244)

interface Scanned {
  head: string
  findings: JsonFinding[]
}

/** A real repository's history scanned by the CLI bundle: its findings exactly as `scan --format json` prints them. */
function scanHistory(build: (repo: TestRepo) => void): Scanned {
  const repo = TestRepo.init()
  build(repo)
  const run = cli(repo.dir, ['scan', '--history', '--format', 'json'])
  expect(run.stderr).toBe('')
  const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings
  return { head: repo.head(), findings }
}

function report(
  repository: string,
  scanned?: Scanned,
  extra: Partial<RepositoryReport> = {}
): RepositoryReport {
  return repositoryReport({
    version: '0.1.0',
    detector: '1',
    repository,
    status: scanned ? 'scanned' : 'empty',
    ref: 'refs/heads/main',
    ...(scanned ? { head: scanned.head, findings: scanned.findings, commits: 3 } : {}),
    objects: { listed: 10, read: 4, skipped: 6 },
    ...extra
  })
}

function write(dir: string, r: RepositoryReport): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(reportPath(dir, r.repository), serializeRepositoryReport(r))
}

function runReport(
  emu: Emulator,
  reports: string,
  inputs: Record<string, string> = {}
): Promise<RunnerResult> {
  return runAction({
    workspace: tempDir(),
    event: { name: 'workflow_run', payload: {} },
    env: { GITHUB_API_URL: emu.githubUrl },
    inputs: { command: 'report', reports, 'github-token': emu.token, 'upload-sarif': 'false', ...inputs }
  })
}

/** No key anywhere the runner shows or keeps, nor in any issue; the token masked. */
function expectNoKeys(emu: Emulator, runs: RunnerResult[]): void {
  for (const run of runs) {
    expectMasked(run)
    for (const key of [CANARY, ADMIN, LEGACY]) expect(run.all).not.toContain(key)
  }
  for (const issue of emu.issues()) {
    for (const key of [CANARY, ADMIN, LEGACY, emu.token])
      expect([issue.title, issue.body].join('\n')).not.toContain(key)
  }
}

const leaky = (): Scanned =>
  scanHistory((repo) => {
    repo.commit('add the app config', { 'config/.env': `OPENAI_API_KEY=${CANARY}\n` })
    repo.commit(`deploy with ${ADMIN} for now`, { 'README.md': 'docs\n' })
    repo.commit('remove the key', { 'config/.env': 'OPENAI_API_KEY=\n' })
  })

describe('command: report', () => {
  it('merges the reports into one summary and one issue; files that do not parse fail their repository', async () => {
    const emu = await emulator()
    const dir = tempDir()
    const api = leaky()
    const web = scanHistory((repo) => {
      repo.commit('hostile **name** | <img src=x> @admin', {
        'docs/`x` | <b>@team</b>.txt': `key: ${LEGACY}\n`
      })
    })
    write(path.join(dir, 'okg-report-1'), report('octo-org/api', api))
    write(path.join(dir, 'okg-report-1'), report('octo-org/web', web))
    write(path.join(dir, 'okg-report-2'), report('octo-org/docs'))
    write(
      path.join(dir, 'okg-report-2'),
      report('octo-org/gone', undefined, { status: 'failed', error: 'clone failed: <b>404</b> @admin' })
    )
    // Hostile artifacts: not JSON; a forged redacted form carrying a whole key; a report under another name.
    writeFileSync(path.join(dir, 'okg-report-2', 'octo-org__broken.json'), '{"tool": "openai-key-guard"')
    const forged = report('octo-org/forged', api)
    forged.findings = [{ ...api.findings[0]!, redacted: CANARY }]
    write(path.join(dir, 'okg-report-2'), forged)
    writeFileSync(
      path.join(dir, 'okg-report-2', 'octo-org__liar.json'),
      serializeRepositoryReport(report('octo-org/docs'))
    )

    const run = await runReport(emu, dir)
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::3 leaked OpenAI key finding\(s\) in 2 repositories.*4 repositories could not be scanned/m
    )
    expect(run.outputs).toMatchObject({ findings: '3', repositories: '7', failed: '4' })
    expect(api.findings).toHaveLength(2)

    // Every key with its repository, commit and place, redacted; the failed repositories with their reason.
    const rows = run.summary.split('\n')
    const row = (text: string): string => rows.find((l) => l.includes(text)) ?? ''
    const file = api.findings.find((f) => f.path === 'config/.env')!
    expect(row(`${file.commit!.slice(0, 7)} | \`config/.env\``)).toContain('`sk-proj-')
    expect(row('commit message of')).toContain('`sk-admin-')
    expect(row('`octo-org/broken`')).toContain('failed: not a report: it is not JSON')
    expect(row('`octo-org/forged`')).toContain(
      'failed: not a valid report: findings\\[0\\].redacted is not a valid string'
    )
    expect(row('`octo-org/liar`')).toContain('failed: the report inside names another repository')
    expect(row('`octo-org/gone`')).toContain('clone failed: &lt;b&gt;404&lt;/b&gt; @\u2060admin')
    expect(row('`octo-org/docs`')).toMatch(/\| empty \| 0 \| 0 \| 4 \| 6 \|$/)
    // The hostile path stays one code span in one cell of one row: no tag, no mention, no split.
    const hostile = row('docs/')
    expect(hostile.replace(/\\\|/g, '').split('|')).toHaveLength(9)
    expect(hostile).toContain('<b>@team</b>.txt')
    expect(hostile).toMatch(/\| ``docs\//)
    expect(run.summary).not.toContain('<b>404')
    expect(run.summary).not.toMatch(/@admin/)

    const [issue] = emu.issues()
    expect(emu.issues()).toHaveLength(1)
    expect(issue!.labels).toEqual(['openai-key-leak'])
    expect(issue!.body).toContain(ORG_MARKER)
    expect(issue!.body).toContain('3 leaked key(s) open in 2 repositories')
    expect(run.outputs['issue-url']).toMatch(/\/issues\/1$/)
    expectNoKeys(emu, [run])
  })

  it('keeps one issue current: a removed key is resolved, a failed repository keeps its keys open', async () => {
    const emu = await emulator()
    const first = tempDir()
    const api = leaky()
    const web = scanHistory((repo) => repo.commit('add', { 'web.env': `K=${LEGACY}\n` }))
    write(first, report('octo-org/api', api))
    write(first, report('octo-org/web', web))
    const one = await runReport(emu, first)
    expect(one.status).not.toBe(0)
    expect(emu.issues()[0]!.body).toContain('3 leaked key(s) open in 2 repositories; 0 resolved')

    // The next night: api's history was rewritten without the admin key; web could not be cloned.
    const second = tempDir()
    write(
      second,
      report('octo-org/api', { ...api, findings: api.findings.filter((f) => f.shape !== 'admin') })
    )
    write(second, report('octo-org/web', undefined, { status: 'failed', error: 'clone failed (500)' }))
    const two = await runReport(emu, second)
    expect(two.status).not.toBe(0)
    const issues = emu.issues()
    expect(issues).toHaveLength(1)
    const body = issues[0]!.body
    expect(body).toContain(
      '2 leaked key(s) open in 2 repositories; 1 resolved in this run; 1 of 2 repositories'
    )
    const resolved = body.slice(body.indexOf('### Resolved'))
    expect(resolved).toMatch(/`octo-org\/api` \| `sk-admin-[^`]+` \| OpenAI Admin API key/)
    expect(body).toMatch(
      /`octo-org\/web` \| `sk-[^`]+` \| [^|]+ \| not rescanned: its repository failed this run/
    )

    // Someone edits the hidden state by hand: the run says so, and what is open still comes from the reports.
    const edited = issues[0]!.body.replace(/state [A-Za-z0-9+/=]+ -->/, 'state eyJ2IjoxfQ== -->')
    await fetch(`${emu.githubUrl}/repos/octo-org/service/issues/1`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${emu.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: edited, state: 'closed' })
    })
    const three = await runReport(emu, second)
    expect(three.stdout).toMatch(
      /^::warning::Organisation issue: the state line of the issue does not parse/m
    )
    expect(emu.issues()).toHaveLength(1)
    expect(emu.issues()[0]!.state).toBe('open')
    // Without the state, web's earlier key is not known: only what the reports hold is open.
    expect(emu.issues()[0]!.body).toContain('1 leaked key(s) open in 1 repositories')
    expectNoKeys(emu, [one, two, three])
  })

  it('merges two reports of one repository, skips links, and fails a planned repository without a report', async () => {
    const emu = await emulator()
    const dir = tempDir()
    const api = leaky()
    write(path.join(dir, 'a'), report('octo-org/api', { ...api, findings: api.findings.slice(0, 1) }))
    write(
      path.join(dir, 'b'),
      report('octo-org/api', { ...api, findings: api.findings.slice(1) }, { commits: 9 })
    )
    const outside = tempDir()
    write(outside, report('octo-org/elsewhere'))
    symlinkSync(path.join(outside, 'octo-org__elsewhere.json'), path.join(dir, 'octo-org__elsewhere.json'))
    // A file that names no repository is counted, as a failure under its own path.
    writeFileSync(path.join(dir, 'a', 'stray.json'), '{}')
    const matrix = JSON.stringify({
      include: [{ batch: '1', repositories: 'octo-org/api octo-org/lost' }]
    })
    const run = await runReport(emu, dir, { matrix, 'fail-on': 'never', issue: 'false' })
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ findings: '2', repositories: '3', failed: '2' })
    expect(run.summary).toContain(
      '2 reports for octo-org/api \\(a/octo-org__api.json, b/octo-org__api.json\\)'
    )
    expect(run.summary).toMatch(/`octo-org\/api` \| scanned \| 2 \| 9 \|/)
    expect(run.summary).toContain('no report: its batch job did not upload one')
    expect(run.summary).toContain(
      '| `a/stray.json` | failed: the file name is not &lt;owner&gt;__&lt;name&gt;.json |'
    )
    expect(run.summary).toContain('1 symbolic link\\(s\\) under the reports directory were not followed.')
    expect(run.summary).not.toContain('elsewhere')
    expect(emu.issues()).toEqual([])
    expectNoKeys(emu, [run])
  })

  it('uploads one SARIF per repository with keys, skips a 403 in one line, and rides out 5xx and rate limits', async () => {
    const emu = await emulator()
    for (const name of ['api', 'web', 'docs']) emu.addRepository({ owner: 'octo-org', name })
    emu.addRepository({ owner: 'octo-org', name: 'private', codeScanning: false })
    const dir = tempDir()
    const api = leaky()
    const secret = scanHistory((repo) => repo.commit('add', { 'k.txt': `${LEGACY}\n` }))
    write(dir, report('octo-org/api', api))
    write(dir, report('octo-org/private', secret))
    write(dir, report('octo-org/docs'))
    emu.fault({
      api: 'github',
      method: 'POST',
      path: '/repos/{owner}/{repo}/code-scanning/sarifs',
      call: 1,
      status: 502
    })
    // Then the primary rate limit (403, nothing remaining until reset) and a secondary one (429, retry-after).
    emu.fault({
      api: 'github',
      method: 'POST',
      path: '/repos/{owner}/{repo}/code-scanning/sarifs',
      call: 2,
      status: 403,
      body: { message: 'API rate limit exceeded' },
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 1) }
    })
    emu.fault({
      api: 'github',
      method: 'POST',
      path: '/repos/{owner}/{repo}/code-scanning/sarifs',
      call: 3,
      status: 429,
      body: { message: 'You have exceeded a secondary rate limit' },
      headers: { 'retry-after': '1' }
    })
    const run = await runReport(emu, dir, { 'upload-sarif': 'true', issue: 'false' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::3 leaked OpenAI key finding\(s\) in 2 repositories: rotate them now/m
    )

    // Only the repositories with keys; the 502 and both rate limits were retried.
    const uploads = emu.sarifUploads()
    expect(uploads.map((u) => [u.repository, u.commit_sha, u.ref, u.processing_status])).toEqual([
      ['octo-org/api', api.head, 'refs/heads/main', 'complete']
    ])
    const sarif = uploads[0]!.sarif as {
      runs: Array<{ automationDetails: { id: string }; results: Array<{ message: { text: string } }> }>
    }
    expect(sarif.runs[0]!.automationDetails.id).toBe('openai-key-guard/organisation/')
    expect(sarif.runs[0]!.results.map((r) => r.message.text.split(' in ')[0])).toEqual(
      expect.arrayContaining([expect.stringContaining('sk-proj-'), expect.stringContaining('sk-admin-')])
    )
    const posts = emu.requests().filter((r) => r.path.endsWith('/code-scanning/sarifs'))
    expect(posts.map((r) => [r.path, r.status])).toEqual([
      ['/repos/octo-org/api/code-scanning/sarifs', 502],
      ['/repos/octo-org/api/code-scanning/sarifs', 403],
      ['/repos/octo-org/api/code-scanning/sarifs', 429],
      ['/repos/octo-org/api/code-scanning/sarifs', 202],
      ['/repos/octo-org/private/code-scanning/sarifs', 403]
    ])
    expect(run.stdout).toMatch(
      /^::warning::SARIF not uploaded to octo-org\/private: GitHub answered 403; the token needs "Code scanning alerts: write" \(security_events: write\)\.$/m
    )
    expect(run.summary).toContain("SARIF uploaded to 1 repositories' code scanning.")
    expect(run.summary).toContain('- SARIF not uploaded to `octo-org/private`: GitHub answered 403')
    for (const upload of uploads) {
      for (const key of [CANARY, ADMIN, LEGACY]) expect(JSON.stringify(upload.sarif)).not.toContain(key)
    }
    expectNoKeys(emu, [run])
  })

  it('names the repository and the permission when an upload answers 404', async () => {
    const emu = await emulator()
    const dir = tempDir()
    // The repository was deleted (or the installation lost it) between the scan and the report.
    write(dir, report('octo-org/gone', leaky()))
    const run = await runReport(emu, dir, { 'upload-sarif': 'true', issue: 'false' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::SARIF not uploaded to octo-org\/gone: GitHub answered 404 \(not found\) to .*: check that repository "octo-org\/gone" still exists and that the token was granted it, with "Code scanning alerts: write"\.$/m
    )
    expect(run.stdout).not.toContain('GITHUB_REPOSITORY')
    expect(emu.sarifUploads()).toEqual([])
    expectNoKeys(emu, [run])
  })

  it('uploads an empty SARIF where the issue had keys that are gone; a token without the permission skips all', async () => {
    const emu = await emulator()
    emu.addRepository({ owner: 'octo-org', name: 'api' })
    const api = leaky()
    const first = tempDir()
    write(first, report('octo-org/api', api))
    expect((await runReport(emu, first, { 'upload-sarif': 'true' })).status).not.toBe(0)
    const second = tempDir()
    write(second, report('octo-org/api', { ...api, findings: [] }))
    const clean = await runReport(emu, second, { 'upload-sarif': 'true' })
    expect(clean.status).toBe(0)
    const uploads = emu.sarifUploads()
    expect(uploads).toHaveLength(2)
    expect((uploads[1]!.sarif as { runs: Array<{ results: unknown[] }> }).runs[0]!.results).toEqual([])
    expect(emu.issues()[0]!.body).toContain('0 leaked key(s) open in 0 repositories; 2 resolved in this run')

    const limited = emu.addToken({ issues: 'write', metadata: 'read' })
    write(first, report('octo-org/api', api))
    const denied = await runReport(emu, first, { 'upload-sarif': 'true', 'github-token': limited })
    expect(denied.stdout).toMatch(/^::warning::SARIF not uploaded to octo-org\/api: GitHub answered 403/m)
    expect(emu.sarifUploads()).toHaveLength(2)
    expect(emu.issues()[0]!.body).toContain('2 leaked key(s) open in 1 repositories')
    expectNoKeys(emu, [clean, denied])
  })

  it('refuses a reports directory that is missing or empty in one line', async () => {
    const emu = await emulator()
    const missing = await runReport(emu, path.join(tempDir(), 'nothing'))
    expect(missing.status).not.toBe(0)
    expect(missing.stdout).toMatch(/^::error::Input 'reports' \(.*\) is not a directory/m)
    const empty = await runReport(emu, tempDir())
    expect(empty.stdout).toMatch(/^::error::Input 'reports' \(.*\) holds no report files/m)
    const matrix = await runReport(emu, tempDir(), { matrix: '{"include":[{"repositories":"../etc"}]}' })
    expect(matrix.stdout).toMatch(/^::error::Input 'matrix' must be the plan step's matrix output/m)
    const none = await runReport(emu, '')
    expect(none.stdout).toMatch(/^::error::Input 'reports' is required for command: report/m)
    expect(emu.requests()).toEqual([])
  })

  it('runs from the command line: one printable line per finding and failure, exit 1', async () => {
    const dir = tempDir()
    // A history has no range: a key marked pre-existing is a leak all the same (fail-on any, unless never).
    const api = leaky()
    api.findings[0] = { ...api.findings[0]!, status: 'pre-existing' }
    write(dir, report('octo-org/api', api))
    // A clone that missed objects: scanned in part, which fails as a leak would.
    write(dir, report('octo-org/docs', undefined, { notScanned: { count: 2, paths: ['big.bin'] } }))
    write(dir, report('octo-org/gone', undefined, { status: 'failed', error: 'gone\n::warning::pwned' }))
    const run = await cliAsync(['report', '--reports', dir], {})
    expect(run.status).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    expect(lines.filter((l) => l.startsWith('LEAK  octo-org/api  '))).toHaveLength(2)
    expect(lines).toContain('FAILED  octo-org/gone  gone ::warning::pwned')
    expect(lines).toContain('PARTIAL  octo-org/docs  2 object(s) could not be read')
    expect(run.stderr).toMatch(/1 repositories were scanned only in part/)
    expect(run.stdout).not.toMatch(/^::/m)
    expect(run.stderr).toMatch(/No organisation issue written/)
    for (const key of [CANARY, ADMIN]) expect(run.stdout + run.stderr).not.toContain(key)
  })
})
