// `command: scan` with `repositories`, through the committed bundle: each repository of the batch is fetched
// from the emulator's "github.com" (git http-backend behind GitHub's token rules), its whole history scanned, and
// one report file written. A repository that cannot be fetched gets a failed report and hides none of the others;
// the token goes to the GitHub server only, and no key or token shows anywhere.
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { parseRepositoryReport, type RepositoryReport } from '../../src/org/report-file.js'
import { redact } from '../../src/redact.js'
import { cliAsync } from '../helpers/cli.js'
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/git.js'
import { makeKey } from '../helpers/keys.js'
import { expectMasked, runAction, type RunnerResult } from '../helpers/runner.js'

const token = `ghs_${'B4tchC4n4ry'.repeat(3)}xyz`
const keys = {
  blob: makeKey('project', 181),
  message: makeKey('service-account', 182),
  pull: makeKey('admin', 183),
  flaky: makeKey('legacy', 184)
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** Hosts `repo` (every branch and tag) on the emulator as the private repository `octo-org/<name>`. */
function publish(server: Emulator, repo: TestRepo | undefined, name: string): string {
  const { gitDir } = server.addRepository({ owner: 'octo-org', name, visibility: 'private' })
  if (repo) git(repo.dir, 'push', '-q', gitDir, '+refs/heads/*:refs/heads/*', '+refs/tags/*:refs/tags/*')
  return gitDir
}

/** The git requests a server answered: what each asked for, and the token it presented. */
function gitRequests(server: Emulator): Array<{ path: string; token?: string }> {
  return server
    .requests()
    .filter((r) => r.api === 'git')
    .map((r) => ({ path: r.path, token: r.token }))
}

interface Batch {
  github: Emulator
  elsewhere: Emulator
  run: RunnerResult
  reports: Map<string, RepositoryReport>
  files: string[]
  commits: Record<string, string>
  runnerTemp: string
  /** The arguments of every git command the action ran, one line each. */
  argv: string
}

const servers: Emulator[] = []

async function emulator(tokens: Record<string, { contents: 'read' }> = {}): Promise<Emulator> {
  const server = await startEmulator({ tokens })
  servers.push(server)
  return server
}
let batch: Batch

async function runBatch(): Promise<Batch> {
  const elsewhere = await emulator({ [token]: { contents: 'read' } })
  const github = await emulator({ [token]: { contents: 'read' } })
  const refs = (name: string) => `/octo-org/${name}.git/info/refs`
  github.fault({ api: 'git', method: 'GET', path: refs('flaky'), call: 1, status: 500 })
  github.fault({ api: 'git', method: 'GET', path: refs('down'), status: 502 })
  // A rate limit on git over HTTP: git does not show retry-after, so the batch's own backoff waits it out.
  github.fault({
    api: 'git',
    method: 'GET',
    path: refs('clean'),
    call: 1,
    status: 429,
    headers: { 'retry-after': '1' }
  })
  // The connection drops on the first exchange (git's HTTP stack tries again on its own); then the third, the fetch
  // of the pack itself (protocol v2: ls-refs for ls-remote, ls-refs and fetch for the fetch), answers 503.
  const pack = '/octo-org/dropped.git/git-upload-pack'
  github.fault({ api: 'git', method: 'POST', path: pack, call: 1, drop: true })
  github.fault({ api: 'git', method: 'POST', path: pack, call: 3, status: 503 })
  // Renamed: github.com redirects; here to another server, which must never see the token.
  const away = `${elsewhere.serverUrl}/octo-org/api.git/info/refs?service=git-upload-pack`
  github.fault({ api: 'git', method: 'GET', path: refs('moved'), status: 301, headers: { location: away } })
  const commits: Record<string, string> = {}

  const api = TestRepo.init()
  api.commit('Initial commit', { 'README.md': '# api\n' })
  commits.api = api.commit('Add settings', { 'config/.env': `OPENAI_API_KEY=${keys.blob}\n` })
  api.commit('Remove the key', { 'config/.env': 'OPENAI_API_KEY=\n' })
  publish(github, api, 'api')
  publish(elsewhere, api, 'api')

  const web = TestRepo.init()
  web.commit('Initial commit', { 'index.html': '<p>hi</p>\n' })
  commits.web = web.commit(`Use ${keys.message} for now`)
  web.branch('fork-pr')
  commits.pull = web.commit('Try the admin key', { 'scripts/admin.py': `KEY = "${keys.pull}"\n` })
  web.checkout('main')
  const webBare = publish(github, web, 'web')
  // A fork's pull request: its commits are reachable only from refs/pull/7/head.
  git(webBare, 'update-ref', 'refs/pull/7/head', 'refs/heads/fork-pr')
  git(webBare, 'update-ref', '-d', 'refs/heads/fork-pr')

  const clean = TestRepo.init()
  clean.commit('Initial commit', { 'src/app.ts': 'export const x = 1\n' })
  publish(github, clean, 'clean')

  const flaky = TestRepo.init()
  commits.flaky = flaky.commit('Initial commit', { 'app.py': `openai.api_key = "${keys.flaky}"\n` })
  publish(github, flaky, 'flaky')
  publish(github, clean, 'dropped')
  publish(github, clean, 'down')
  publish(github, clean, 'moved')
  // A blob the server cannot read: git upload-pack fails in the middle of the pack.
  const corrupt = TestRepo.init()
  corrupt.commit('Initial commit', { 'data.txt': 'some data\n' })
  const corruptBare = publish(github, corrupt, 'corrupt')
  const blob = git(corruptBare, 'rev-parse', 'HEAD:data.txt')
  const loose = path.join(corruptBare, 'objects', blob.slice(0, 2), blob.slice(2))
  chmodSync(loose, 0o644)
  writeFileSync(loose, 'not zlib')
  // Random bytes do not compress: the clone grows past max-repository-size (100k).
  const big = TestRepo.init()
  big.commit('Initial commit', { 'blob.bin': randomBytes(300_000) })
  publish(github, big, 'big')
  publish(github, undefined, 'empty')

  const reportDir = path.join(tempDir(), 'reports')
  const runnerTemp = tempDir('okg-runner-temp-')
  // git, as the action runs it, writes its arguments down first: the token must never be among them.
  const bin = tempDir('okg-bin-')
  const argv = path.join(bin, 'argv.log')
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim()
  writeFileSync(
    path.join(bin, 'git'),
    `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argv}'\nexec '${realGit}' "$@"\n`
  )
  chmodSync(path.join(bin, 'git'), 0o755)
  const run = await runAction({
    workspace: tempDir(),
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    env: {
      GITHUB_SERVER_URL: github.serverUrl,
      OPENAI_KEY_GUARD_RETRY_MS: '1',
      RUNNER_TEMP: runnerTemp,
      PATH: `${bin}:${process.env.PATH ?? ''}`
    },
    inputs: {
      command: 'scan',
      'github-token': token,
      repositories:
        'octo-org/api octo-org/gone, octo-org/web\nocto-org/down octo-org/flaky octo-org/empty octo-org/moved octo-org/clean octo-org/corrupt octo-org/big octo-org/dropped',
      'report-dir': reportDir,
      'max-repository-size': '100k'
    }
  })
  const files = readdirSync(reportDir).sort()
  const reports = new Map<string, RepositoryReport>()
  for (const file of files) {
    const report = parseRepositoryReport(readFileSync(path.join(reportDir, file), 'utf8'))
    if (report instanceof Error) throw report
    reports.set(report.repository.replace('octo-org/', ''), report)
  }
  return { github, elsewhere, run, reports, files, commits, runnerTemp, argv: readFileSync(argv, 'utf8') }
}

beforeAll(async () => {
  batch = await runBatch()
}, 60_000)

afterAll(async () => {
  for (const server of servers.splice(0)) {
    await server.close()
    expect(server.violations()).toEqual([])
  }
  cleanupTempDirs()
})

describe('a batch scan of several repositories', () => {
  it('writes one report per repository, and does not fail the step', () => {
    const { run, files } = batch
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(files).toEqual(
      ['api', 'big', 'clean', 'corrupt', 'down', 'dropped', 'empty', 'flaky', 'gone', 'moved', 'web'].map(
        (n) => `octo-org__${n}.json`
      )
    )
    expect(run.outputs.findings).toBe('4')
    expect(run.outputs.failed).toBe('5')
    expect(run.outputs['report-dir']).toMatch(/reports$/)
    expect(run.summary).toContain('| `octo-org/api` | scanned | 3 |')
    expect(run.summary).toMatch(
      /\| `octo-org\/gone` \| failed \| 0 \| 0 \| 0 \| octo-org\/gone was not found/
    )
  })

  it('reports each key with its repository, commit and path', () => {
    const { reports, commits } = batch
    const found = [...reports.values()].flatMap((r) =>
      r.findings.map((f) => ({
        repository: r.repository,
        commit: f.commit,
        where: f.path ?? f.kind,
        redacted: f.redacted
      }))
    )
    expect(found).toEqual(
      expect.arrayContaining([
        {
          repository: 'octo-org/api',
          commit: commits.api,
          where: 'config/.env',
          redacted: redact(keys.blob)
        },
        {
          repository: 'octo-org/web',
          commit: commits.web,
          where: 'commit-message',
          redacted: redact(keys.message)
        },
        {
          repository: 'octo-org/web',
          commit: commits.pull,
          where: 'scripts/admin.py',
          redacted: redact(keys.pull)
        },
        { repository: 'octo-org/flaky', commit: commits.flaky, where: 'app.py', redacted: redact(keys.flaky) }
      ])
    )
    expect(found).toHaveLength(4)
  })

  it('says what it scanned of each repository', () => {
    const api = batch.reports.get('api')!
    expect(api).toMatchObject({ status: 'scanned', ref: 'refs/heads/main', commits: 3 })
    expect(api.head).toMatch(/^[0-9a-f]{40}$/)
    expect(batch.reports.get('clean')).toMatchObject({ status: 'scanned', commits: 1, findings: [] })
    expect(batch.run.stdout).toMatch(/octo-org\/clean: the server answered 429; retry 1 of 3/)
    expect(batch.reports.get('dropped')).toMatchObject({ status: 'scanned', commits: 1, findings: [] })
    expect(batch.run.stdout).toMatch(/octo-org\/dropped: the server answered 503; retry 1 of 3/)
    expect(batch.reports.get('empty')).toMatchObject({ status: 'empty', findings: [] })
  })

  it('reports a repository that cannot be fetched alone, with what to fix', () => {
    const { reports } = batch
    expect(reports.get('gone')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/was not found/)
    })
    expect(reports.get('down')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/answered 502 on each of 4 tries/)
    })
    expect(reports.get('moved')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/current name/)
    })
    expect(reports.get('corrupt')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^the server sent a damaged object \(inflate: .*git fsck/)
    })
    expect(reports.get('big')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/larger than max-repository-size/)
    })
    expect(batch.run.stdout).toMatch(/octo-org\/flaky: the server answered 500; retry 1 of 3 in 1 ms/)
  })

  it('sends the token to the GitHub server only, and never shows it or a key', () => {
    const { github, elsewhere, run } = batch
    const asked = gitRequests(github)
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.filter((r) => r.token !== token)).toEqual([])
    expect(gitRequests(elsewhere)).toEqual([])
    expect(batch.argv).toMatch(/^ls-remote --symref -- http:/m)
    const base64 = Buffer.from(`x-access-token:${token}`).toString('base64')
    for (const secret of [token, base64]) expect(batch.argv).not.toContain(secret)
    expectMasked(run, ...Object.values(keys))
    const written = batch.files
      .map((f) => readFileSync(path.join(run.outputs['report-dir']!, f), 'utf8'))
      .join('\n')
    for (const secret of [token, ...Object.values(keys)]) expect(written).not.toContain(secret)
  })

  it('leaves no clone behind, and makes the record directory for actions/cache', () => {
    const base = path.join(batch.runnerTemp, 'openai-key-guard')
    expect(readdirSync(path.join(base, 'clones'))).toEqual([])
    expect(readdirSync(base).sort()).toEqual(['clones', 'records'])
  })
})

describe('openai-key-guard scan --repositories', () => {
  it('scans each repository and exits 1 when one has a key or could not be scanned', async () => {
    const dir = tempDir()
    const run = await cliAsync(
      ['scan', '--repositories', 'octo-org/clean,octo-org/api', '--report-dir', 'out'],
      { GITHUB_SERVER_URL: batch.github.serverUrl, GITHUB_TOKEN: token, OPENAI_KEY_GUARD_RETRY_MS: '1' },
      dir
    )
    expect(run.stdout).toBe(
      `2 repositories, 1 finding(s), 0 not scanned; reports in ${path.join(dir, 'out')}\n`
    )
    expect(run.status).toBe(1)
    expect(readdirSync(path.join(dir, 'out')).sort()).toEqual(['octo-org__api.json', 'octo-org__clean.json'])
    const clean = await cliAsync(
      ['scan', '--repositories', 'octo-org/clean', '--report-dir', 'out'],
      { GITHUB_SERVER_URL: batch.github.serverUrl, GITHUB_TOKEN: token },
      dir
    )
    expect(clean.status).toBe(0)
    for (const secret of [token, keys.blob]) expect(run.stdout + run.stderr).not.toContain(secret)
  })

  it.each([
    [
      ['scan', '--repositories', 'octo-org/../x'],
      /Input 'repositories': "octo-org\/..\/x" is not a repository/
    ],
    [['scan', '--repositories', 'octo-org'], /is not a repository: write owner\/name/],
    [['scan', '.', '--repositories', 'octo-org/api'], /takes no PATH/],
    [['scan', '--history', '--repositories', 'octo-org/api'], /takes no --history/],
    [
      ['scan', '--repositories', 'octo-org/api', '--max-repository-size', 'big'],
      /must be a size such as 500m/
    ]
  ])('refuses %j with one line, exit 2', async (args, message) => {
    const run = await cliAsync(args, { GITHUB_SERVER_URL: batch.github.serverUrl })
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('a batch scan run again with the records of the run before', () => {
  it('reads only the objects of the new commit, and finds the old keys and the new one', async () => {
    const github = await emulator({ [token]: { contents: 'read' } })
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# svc\n', 'src/a.ts': 'export const a = 1\n' })
    const first = repo.commit('Add settings', { 'config/.env': `OPENAI_API_KEY=${keys.blob}\n` })
    const bare = publish(github, repo, 'svc')
    const runnerTemp = tempDir('okg-runner-temp-')
    const runBatch = async () => {
      const run = await runAction({
        workspace: tempDir(),
        event: { name: 'schedule', payload: {} },
        env: { GITHUB_SERVER_URL: github.serverUrl, RUNNER_TEMP: runnerTemp },
        inputs: { command: 'scan', 'github-token': token, repositories: 'octo-org/svc' }
      })
      expect(run.status).toBe(0)
      const report = parseRepositoryReport(
        readFileSync(path.join(run.outputs['report-dir']!, 'octo-org__svc.json'), 'utf8')
      )
      if (report instanceof Error) throw report
      return report
    }
    const before = await runBatch()
    expect(before.objects).toMatchObject({ skipped: 0 })
    expect(before.findings.map((f) => [f.commit, f.path])).toEqual([[first, 'config/.env']])

    const second = repo.commit('Add the worker', { 'src/worker.ts': `const key = '${keys.flaky}'\n` })
    git(repo.dir, 'push', '-q', bare, 'main')
    const after = await runBatch()
    // The new commit and its one new file: everything else, the file that holds the old key included (its hits
    // are recorded), was read the run before.
    expect(after.objects.read).toBe(2)
    expect(after.objects.skipped).toBe(before.objects.listed)
    expect(after.objects.listed).toBe(before.objects.listed + 2)
    expect(after.findings.map((f) => [f.commit, f.path])).toEqual([
      [first, 'config/.env'],
      [second, 'src/worker.ts']
    ])
  })
})
