// `command: plan` through the committed bundle, as the runner starts it, against an emulated organisation of 260
// repositories (and a few of another owner): every page is read, every filter removes what it should and says how
// many, the matrix holds each kept repository once in balanced batches, rate limits and 5xx are ridden out, a
// token that is no installation token gets the organisation listing, and a token without access is named.
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../src/emulator/index.js'
import { github } from './emulator/testing.js'
import { cliAsync } from './helpers/cli.js'
import { emulator } from './helpers/emulated.js'
import { tempDir } from './helpers/git.js'
import { expectMasked, runAction, type RunnerResult } from './helpers/runner.js'

interface Planted {
  fullName: string
  owner: string
  visibility: 'public' | 'private' | 'internal'
  archived: boolean
  fork: boolean
  topics: string[]
  sizeKb: number
}

const COUNT = 260

/** Repository i of octo-org, its facts a function of i so the test can say which filters keep it. */
function planted(i: number): Planted {
  const name = i % 20 === 19 ? `legacy-${i}` : `svc-${i}`
  return {
    fullName: `octo-org/${name}`,
    owner: 'octo-org',
    visibility: i % 10 === 3 ? 'public' : i % 25 === 4 ? 'internal' : 'private',
    archived: i % 50 === 7,
    fork: i % 60 === 12,
    topics: i % 4 === 0 ? ['backend'] : i % 4 === 1 ? ['frontend', 'web'] : [],
    sizeKb: i % 9 === 0 ? 0 : (i * 7919) % 300_000
  }
}

async function organisation(): Promise<{ emu: Emulator; repos: Planted[] }> {
  const emu = await emulator({ seed: 18 })
  const repos: Planted[] = []
  for (let i = 0; i < COUNT; i++) {
    const r = planted(i)
    emu.addRepository({ ...r, name: r.fullName.split('/')[1]! })
    repos.push(r)
  }
  for (let i = 0; i < 3; i++) {
    emu.addRepository({ owner: 'other-org', name: `app-${i}`, visibility: 'private' })
    repos.push({ ...planted(1), fullName: `other-org/app-${i}`, owner: 'other-org' })
  }
  return { emu, repos }
}

function plan(emu: Emulator, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  return runAction({
    workspace: tempDir(),
    event: { name: 'schedule', payload: {} },
    env: { GITHUB_API_URL: emu.githubUrl },
    inputs: { command: 'plan', 'github-token': emu.token, ...inputs }
  })
}

interface MatrixOutput {
  include: Array<{ batch: string; repositories: string }>
}

function matrixOf(run: RunnerResult): MatrixOutput {
  expect(run.outputs.matrix, run.stdout).toBeDefined()
  const matrix = JSON.parse(run.outputs.matrix!) as MatrixOutput
  expect(Object.keys(matrix)).toEqual(['include'])
  for (const job of matrix.include) {
    expect(Object.keys(job).sort()).toEqual(['batch', 'repositories'])
    expect(job.batch).toMatch(/^\d+$/)
  }
  return matrix
}

function planned(matrix: MatrixOutput): string[] {
  return matrix.include.flatMap((job) => job.repositories.split(' '))
}

/** The default filters: octo-org's own, neither archived nor forks. */
const byDefault = (r: Planted): boolean => r.owner === 'octo-org' && !r.archived && !r.fork
const names = (repos: Planted[], keep: (r: Planted) => boolean): string[] =>
  repos
    .filter(keep)
    .map((r) => r.fullName)
    .sort()

/** The step's notice and summary line: `octo-org: N of M listed repositories in B batches (…)`. */
function summaryLine(run: RunnerResult): string {
  const line = run.summary.trim()
  expect(line.split('\n')).toHaveLength(1)
  expect(run.stdout).toContain(line)
  return line
}

describe('command: plan through the bundle', () => {
  it('lists every page of the installation and plans each kept repository once, one per batch', async () => {
    const { emu, repos } = await organisation()
    const run = await plan(emu)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const matrix = matrixOf(run)
    const expected = names(repos, byDefault)
    expect(expected.length).toBeLessThan(256)
    expect(planned(matrix).sort()).toEqual(expected)
    // Fewer repositories than batches: one each, named by stable slots.
    expect(matrix.include).toHaveLength(expected.length)
    expect(matrix.include.every((job) => !job.repositories.includes(' '))).toBe(true)
    expect(run.outputs.repositories).toBe(String(expected.length))
    // 263 repositories: three pages of 100.
    const pages = emu.requests().filter((r) => r.path === '/installation/repositories')
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200])
    expect(emu.requests().filter((r) => r.path.startsWith('/orgs/'))).toEqual([])
    const removed = { archived: repos.filter((r) => r.owner === 'octo-org' && r.archived).length }
    expect(summaryLine(run)).toBe(
      `octo-org: ${expected.length} of 263 listed repositories in ${expected.length} batches (listing: GitHub App ` +
        `installation, GET /installation/repositories, all repositories, 3 pages; removed: other owners 3, ` +
        `archived ${removed.archived}, forks ${COUNT - expected.length - removed.archived}, visibility 0, ` +
        `topics 0, include 0, exclude 0).`
    )
    expectMasked(run)
  })

  it('balances fewer batches than repositories by size, and gives the same matrix for the same organisation', async () => {
    const { emu, repos } = await organisation()
    const first = await plan(emu, { batches: '16' })
    expect(first.status).toBe(0)
    const matrix = matrixOf(first)
    expect(matrix.include.length).toBeLessThanOrEqual(16)
    expect(planned(matrix).sort()).toEqual(names(repos, byDefault))
    const cost = new Map(repos.map((r) => [r.fullName, r.sizeKb + 20_480]))
    const costs = matrix.include.map((job) =>
      job.repositories.split(' ').reduce((sum, name) => sum + cost.get(name)!, 0)
    )
    const mean = costs.reduce((a, b) => a + b, 0) / 16
    expect(Math.max(...costs)).toBeLessThanOrEqual(mean * 1.1)
    const again = await plan(emu, { batches: '16' })
    expect(again.outputs.matrix).toBe(first.outputs.matrix)
  })

  it('applies every filter, and says how many repositories each one removed', async () => {
    const { emu, repos } = await organisation()
    const run = await plan(emu, {
      archived: 'true',
      forks: 'true',
      visibility: 'private',
      topics: 'backend, WEB',
      include: 'octo-org/{svc,legacy}-[0-4]*\nocto-org/nothing',
      exclude: 'octo-org/svc-1?, */svc-2??'
    })
    expect(run.status).toBe(0)
    const steps: Array<[string, (r: Planted) => boolean]> = [
      ['other owners', (r) => r.owner === 'octo-org'],
      ['archived', () => true],
      ['forks', () => true],
      ['visibility', (r) => r.visibility === 'private'],
      ['topics', (r) => r.topics.includes('backend') || r.topics.includes('web')],
      ['include', (r) => /^octo-org\/(svc|legacy)-[0-4]/.test(r.fullName)],
      ['exclude', (r) => !/^octo-org\/svc-(1\d|2\d\d)$/.test(r.fullName)]
    ]
    let left = repos
    const removed: string[] = []
    for (const [label, keep] of steps) {
      removed.push(`${label} ${left.filter((r) => !keep(r)).length}`)
      left = left.filter(keep)
    }
    expect(left.length).toBeGreaterThan(20)
    expect(planned(matrixOf(run)).sort()).toEqual(left.map((r) => r.fullName).sort())
    expect(summaryLine(run)).toContain(`; removed: ${removed.join(', ')}).`)
    // Each filter removed something here, so every count above was checked against a real removal.
    expect(removed.filter((r) => / 0$/.test(r))).toEqual(['archived 0', 'forks 0'])
    expect(repos.some((r) => r.archived && left.includes(r))).toBe(true)
    expect(repos.some((r) => r.fork && left.includes(r))).toBe(true)
  })

  it('rides out a spent rate limit (403, x-ratelimit-reset), a 429 with retry-after and a 503 on the pages', async () => {
    const { emu, repos } = await organisation()
    const path = '/installation/repositories'
    const reset = String(Math.floor(Date.now() / 1000) + 1)
    emu.fault({
      api: 'github',
      method: 'GET',
      path,
      call: 1,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    })
    emu.fault({ api: 'github', method: 'GET', path, call: 3, status: 429, headers: { 'retry-after': '1' } })
    emu.fault({ api: 'github', method: 'GET', path, call: 5, status: 503 })
    const run = await plan(emu)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(planned(matrixOf(run)).sort()).toEqual(names(repos, byDefault))
    const pages = emu.requests().filter((r) => r.path === path)
    expect(pages.map((r) => r.status)).toEqual([403, 200, 429, 200, 503, 200])
    // The retries waited until the reset, and as retry-after said.
    expect(pages[1]!.at).toBeGreaterThanOrEqual(Number(reset) * 1000)
    expect(pages[3]!.at - pages[2]!.at).toBeGreaterThanOrEqual(950)
    expect(summaryLine(run)).toContain('3 pages')
  })

  it('fails with one line when the rate limit outlasts the retries', async () => {
    const { emu } = await organisation()
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/installation/repositories',
      call: 'every',
      status: 429,
      headers: { 'retry-after': '1' }
    })
    const run = await plan(emu)
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::GitHub's rate limit held after retries while trying to list the repositories of the installation \(GET \/installation\/repositories\): run the plan again later\.$/m
    )
    expect(run.outputs.matrix).toBeUndefined()
  })

  it('lists the organisation for a token that is no installation token, through every page', async () => {
    const { emu, repos } = await organisation()
    // What GitHub answers a personal access token on the installation listing.
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/installation/repositories',
      status: 403,
      body: { message: 'Resource not accessible by personal access token', status: '403' }
    })
    const run = await plan(emu, { batches: '100' })
    expect(run.status).toBe(0)
    expect(planned(matrixOf(run)).sort()).toEqual(names(repos, byDefault))
    const pages = emu.requests().filter((r) => r.path === '/orgs/octo-org/repos')
    expect(pages.map((r) => r.status)).toEqual([200, 200, 200])
    expect(summaryLine(run)).toMatch(
      /^octo-org: \d+ of 260 listed repositories in \d+ batches \(listing: organization, GET \/orgs\/\{org\}\/repos \(the token is no App installation's\), 3 pages; removed: archived/
    )
  })

  it('names the permission when the token cannot see the organisation', async () => {
    const { emu } = await organisation()
    const pat = { message: 'Resource not accessible by personal access token', status: '403' }
    emu.fault({ api: 'github', method: 'GET', path: '/installation/repositories', status: 403, body: pat })
    const ghost = await plan(emu, { org: 'ghost-org' })
    expect(ghost.status).not.toBe(0)
    expect(ghost.stdout).toMatch(
      /^::error::GitHub answered 404 \(not found\) to list the repositories of ghost-org \(GET \/orgs\/\{org\}\/repos\): check that organization "ghost-org" exists \(input org\) and that the token can see it: .*"Metadata: read"\.$/m
    )
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/orgs/{org}/repos',
      status: 403,
      body: { message: 'Resource not accessible by personal access token', status: '403' },
      headers: { 'x-accepted-github-permissions': 'members=read' }
    })
    const refused = await plan(emu)
    expect(refused.status).not.toBe(0)
    expect(refused.stdout).toMatch(
      /^::error::GitHub refused to list the repositories of octo-org \(GET \/orgs\/\{org\}\/repos\) \(403\): the token needs "Members: read" on octo-org's repositories/m
    )
    expectMasked(refused)
  })

  it('says the token was rejected when GitHub answers 401', async () => {
    const { emu } = await organisation()
    const run = await plan(emu, { 'github-token': 'ghs_' + 'x'.repeat(36) })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::GitHub rejected github-token \(401\) while trying to list the repositories of octo-org \(GET \/orgs\/\{org\}\/repos\): pass a valid GitHub App token or fine-grained PAT\.$/m
    )
    expectMasked(run)
  })

  it('names the owner when the App installation is on another account', async () => {
    const { emu } = await organisation()
    const elsewhere = emu.addToken(
      { metadata: 'read' },
      { repositories: ['other-org/app-0', 'other-org/app-1'] }
    )
    const run = await plan(emu, { 'github-token': elsewhere })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::The token's GitHub App installation is on other-org, not on octo-org: create the token for octo-org \(actions\/create-github-app-token with owner: octo-org\), or set org\.$/m
    )
    expectMasked(run)
  })

  it('warns that GITHUB_TOKEN sees only its own repository', async () => {
    const { emu } = await organisation()
    emu.addRepository({ owner: 'octo-org', name: 'service' })
    const own = emu.addToken({ metadata: 'read', contents: 'read' }, { repositories: ['octo-org/service'] })
    const run = await plan(emu, { 'github-token': own })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::The token sees only octo-org\/service, .*actions\/create-github-app-token/m
    )
    expect(matrixOf(run).include).toEqual([{ batch: expect.any(String), repositories: 'octo-org/service' }])
  })

  it('leaves out listed names GitHub would not give, says how many, and prints none of them', async () => {
    const { emu, repos } = await organisation()
    const page = await github(emu).rest.apps.listReposAccessibleToInstallation({ per_page: 100 })
    const hostile = [
      { name: '..', full_name: 'octo-org/..' },
      { name: 'x\n::warning::pwned', full_name: 'octo-org/x\n::warning::pwned' },
      { name: 'svc-0', full_name: 'evil/svc-0' }
    ]
    const entries = page.data.repositories.map((r, i) => (i < 3 ? { ...r, ...hostile[i] } : r))
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/installation/repositories',
      call: 1,
      status: 200,
      headers: { link: page.headers.link! },
      body: { ...page.data, repositories: entries }
    })
    const run = await plan(emu)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(
      /^::warning::3 listed repositories have names GitHub does not give: left out of the plan\.$/m
    )
    const replaced = new Set(page.data.repositories.slice(0, 3).map((r) => r.full_name))
    expect(planned(matrixOf(run)).sort()).toEqual(
      names(repos, (r) => byDefault(r) && !replaced.has(r.fullName))
    )
    expect(run.all).not.toContain('pwned')
    expect(run.all).not.toContain('evil')
  })

  it('fails with one line when the token sees no repository', async () => {
    const emu = await emulator()
    const run = await plan(emu)
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::The token sees no repository of octo-org \(GitHub App installation, GET \/installation\/repositories, all repositories, 1 page\): grant the GitHub App the repositories, or give the fine-grained token "Metadata: read" on them\.$/m
    )
  })

  it('fails with one line when the filters leave nothing', async () => {
    const { emu } = await organisation()
    const run = await plan(emu, { include: 'octo-org/nothing-*' })
    expect(run.status).not.toBe(0)
    expect(run.stdout).toMatch(
      /^::error::No repository of octo-org is left to scan: the token sees 263 and the filters removed them all \(other owners 3, .*include \d+, exclude 0\): loosen/m
    )
  })

  it.each([
    [
      { batches: '300' },
      `Input 'batches' must be a whole number from 1 to 256, the most jobs a matrix runs (got "300").`
    ],
    [
      { visibility: 'secret' },
      `Input 'visibility' must be one of all, public, private, internal (got "secret").`
    ],
    [
      { exclude: 'legacy-*' },
      `Input 'exclude' has "legacy-*": globs match owner/name, so write */legacy-* or ORG/legacy-*.`
    ]
  ])('fails the step on bad input %j with one line, before any request', async (inputs, message) => {
    const emu = await emulator()
    const run = await plan(emu, inputs)
    expect(run.status).not.toBe(0)
    expect(run.stdout).toContain(`::error::${message}\n`)
    expect(run.outputs.matrix).toBeUndefined()
    expect(emu.requests()).toEqual([])
  })
})

describe('openai-key-guard plan', () => {
  it('prints the matrix on stdout and one summary line on stderr, the same plan as the action', async () => {
    const { emu } = await organisation()
    const env = { GITHUB_TOKEN: emu.token, GITHUB_API_URL: emu.githubUrl }
    const cli = await cliAsync(['plan', '--org', 'octo-org', '--batches', '16', '--forks'], env)
    expect(cli.status).toBe(0)
    const action = await plan(emu, { batches: '16', forks: 'true' })
    expect(cli.stdout).toBe(`${action.outputs.matrix}\n`)
    expect(cli.stderr.trim().split('\n')).toEqual([summaryLine(action)])
    expect(cli.stdout + cli.stderr).not.toContain(emu.token)
  })

  it('exits 2 with one line on bad input', async () => {
    const emu = await emulator()
    const env = { GITHUB_TOKEN: emu.token, GITHUB_API_URL: emu.githubUrl }
    const bad = await cliAsync(['plan', '--org', 'octo-org', '--batches', '300'], env)
    expect(bad.status).toBe(2)
    expect(bad.stdout).toBe('')
    expect(bad.stderr).toBe(
      `openai-key-guard: Input 'batches' must be a whole number from 1 to 256, the most jobs a matrix runs (got "300").\n`
    )
    const noOrg = await cliAsync(['plan'], env)
    expect(noOrg.status).toBe(2)
    expect(noOrg.stderr).toMatch(/^openai-key-guard: Input 'org' is required outside a workflow.*\n$/)
    const noToken = await cliAsync(['plan', '--org', 'octo-org'], { GITHUB_API_URL: emu.githubUrl })
    expect(noToken.status).toBe(2)
    expect(noToken.stderr).toMatch(/^openai-key-guard: plan needs a GitHub token.*\n$/)
    expect(emu.requests()).toEqual([])
  })
})
