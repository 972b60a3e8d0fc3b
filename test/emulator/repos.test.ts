// The organisation's repositories through the REST API: listings page as github.com pages them, every answer
// carries rate-limit headers and passes the contract checks, a token sees what its installation was granted,
// and faults hit the listings.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { github, requestFailure as failure, waitFor } from './testing.js'

let emu: Emulator

beforeEach(async () => {
  emu = await startEmulator({ seed: 7 })
})

afterEach(async () => {
  await emu.close()
  expect(emu.violations()).toEqual([])
})

function organisation(count: number, owner = 'acme'): string[] {
  const names: string[] = []
  for (let i = 1; i <= count; i++) {
    const name = `repo-${String(i).padStart(3, '0')}`
    emu.addRepository({ owner, name, sizeKb: i })
    names.push(`${owner}/${name}`)
  }
  return names
}

describe('GET /orgs/{org}/repos', () => {
  it('pages newest first with a Link header as GitHub sends it, and Octokit walks every page', async () => {
    const names = organisation(7)
    const octokit = github(emu)
    const first = await octokit.rest.repos.listForOrg({ org: 'acme', per_page: 3 })
    expect(first.data.map((r) => r.full_name)).toEqual(['acme/repo-007', 'acme/repo-006', 'acme/repo-005'])
    const api = `${emu.githubUrl}/orgs/acme/repos`
    expect(first.headers.link).toBe(
      `<${api}?per_page=3&page=2>; rel="next", <${api}?per_page=3&page=3>; rel="last"`
    )
    const second = await octokit.rest.repos.listForOrg({ org: 'acme', per_page: 3, page: 2 })
    expect(second.headers.link).toBe(
      `<${api}?per_page=3&page=1>; rel="prev", <${api}?per_page=3&page=3>; rel="next", ` +
        `<${api}?per_page=3&page=3>; rel="last", <${api}?per_page=3&page=1>; rel="first"`
    )
    const all = await octokit.paginate(octokit.rest.repos.listForOrg, { org: 'acme', per_page: 3 })
    expect(all.map((r) => r.full_name)).toEqual([...names].reverse())
    expect(emu.requests().filter((r) => r.path === '/orgs/acme/repos')).toHaveLength(5)
  })

  it('sends no Link when one page holds everything, caps per_page at 100 and defaults to 30', async () => {
    organisation(120)
    const octokit = github(emu)
    const capped = await octokit.rest.repos.listForOrg({ org: 'acme', per_page: 500 })
    expect(capped.data).toHaveLength(100)
    expect((await octokit.rest.repos.listForOrg({ org: 'acme' })).data).toHaveLength(30)
    const other = emu.addRepository({ owner: 'solo', name: 'only' })
    expect(other.cloneUrl).toBe(`${emu.serverUrl}/solo/only.git`)
    const single = await octokit.rest.repos.listForOrg({ org: 'solo' })
    expect(single.data.map((r) => r.full_name)).toEqual(['solo/only'])
    expect(single.headers.link).toBeUndefined()
  })

  it('describes each repository with its visibility, archived, fork, topics, size and default branch', async () => {
    emu.addRepository({
      owner: 'acme',
      name: 'tools',
      visibility: 'internal',
      archived: true,
      fork: true,
      topics: ['security', 'go'],
      sizeKb: 2048,
      defaultBranch: 'trunk'
    })
    emu.addRepository({ owner: 'acme', name: 'site', visibility: 'public' })
    const { data } = await github(emu).rest.repos.listForOrg({ org: 'acme', sort: 'full_name' })
    expect(data.map((r) => r.name)).toEqual(['site', 'tools'])
    expect(data[1]).toMatchObject({
      full_name: 'acme/tools',
      private: true,
      visibility: 'internal',
      archived: true,
      fork: true,
      topics: ['security', 'go'],
      size: 2048,
      default_branch: 'trunk',
      clone_url: `${emu.serverUrl}/acme/tools.git`
    })
    expect(data[0]).toMatchObject({ private: false, visibility: 'public', archived: false, fork: false })
    const forks = await github(emu).rest.repos.listForOrg({ org: 'acme', type: 'forks' })
    expect(forks.data.map((r) => r.name)).toEqual(['tools'])
  })

  it('carries x-ratelimit headers that count down per token', async () => {
    organisation(2)
    const octokit = github(emu)
    const one = await octokit.rest.repos.listForOrg({ org: 'acme' })
    const two = await octokit.rest.repos.listForOrg({ org: 'acme' })
    expect(one.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(one.headers['x-ratelimit-remaining']) - Number(two.headers['x-ratelimit-remaining'])).toBe(
      1
    )
    expect(Number(two.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    expect(two.headers['x-ratelimit-resource']).toBe('core')
  })

  it('answers 404 for an organisation it does not know, [] for an empty one, 401 without a valid token', async () => {
    organisation(1)
    expect((await failure(github(emu).rest.repos.listForOrg({ org: 'nobody' }))).status).toBe(404)
    // The emulator's own organisation exists with nothing hosted in it.
    expect((await github(emu).rest.repos.listForOrg({ org: 'octo-org' })).data).toEqual([])
    expect((await failure(github(emu, 'ghs_wrong').rest.repos.listForOrg({ org: 'acme' }))).status).toBe(401)
  })

  it('shows a selected-repositories token its repositories and the public ones only', async () => {
    organisation(3)
    emu.addRepository({ owner: 'acme', name: 'public-docs', visibility: 'public' })
    const token = emu.addToken({ contents: 'read' }, { repositories: ['ACME/repo-002'] })
    const { data } = await github(emu, token).rest.repos.listForOrg({ org: 'acme' })
    expect(data.map((r) => r.full_name)).toEqual(['acme/public-docs', 'acme/repo-002'])
  })
})

describe('GET /installation/repositories', () => {
  it('lists every repository of an all-repositories installation, oldest first, with total_count', async () => {
    const names = organisation(5)
    const octokit = github(emu)
    const page = await octokit.rest.apps.listReposAccessibleToInstallation({ per_page: 2, page: 3 })
    expect(page.data.total_count).toBe(5)
    expect(page.data.repository_selection).toBe('all')
    expect(page.data.repositories.map((r) => r.full_name)).toEqual([names[4]])
    const all = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 2 })
    expect(all.map((r) => r.full_name)).toEqual(names)
  })

  it('lists a selected-repositories installation’s selection and nothing else', async () => {
    organisation(4)
    emu.addRepository({ owner: 'acme', name: 'public-docs', visibility: 'public' })
    const token = emu.addToken({ contents: 'read' }, { repositories: ['acme/repo-001', 'acme/repo-004'] })
    const { data } = await github(emu, token).rest.apps.listReposAccessibleToInstallation()
    expect(data.repository_selection).toBe('selected')
    expect(data.total_count).toBe(2)
    expect(data.repositories.map((r) => r.full_name)).toEqual(['acme/repo-001', 'acme/repo-004'])
  })
})

describe('GET /repos/{owner}/{repo}', () => {
  it('answers for a hosted repository, case-insensitively, and 404 when the token may not see it', async () => {
    organisation(2)
    const { data } = await github(emu).rest.repos.get({ owner: 'Acme', repo: 'REPO-002' })
    expect(data).toMatchObject({ full_name: 'acme/repo-002', size: 2, default_branch: 'main' })
    const token = emu.addToken({ contents: 'read' }, { repositories: ['acme/repo-001'] })
    const refused = await failure(github(emu, token).rest.repos.get({ owner: 'acme', repo: 'repo-002' }))
    expect(refused.status).toBe(404)
    expect((await failure(github(emu).rest.repos.get({ owner: 'acme', repo: 'gone' }))).status).toBe(404)
    // The emulator's own repository still answers, as before any repository was hosted.
    expect((await github(emu).rest.repos.get({ owner: 'octo-org', repo: 'service' })).status).toBe(200)
  })
})

describe('the primary rate limit', () => {
  it('is enforced when asked: 403 with remaining 0 until the reset, then a new budget', async () => {
    const limited = await startEmulator({ seed: 8, rateLimit: { limit: 2, windowMs: 1000 } })
    try {
      limited.addRepository({ owner: 'acme', name: 'one' })
      const octokit = github(limited)
      const first = await octokit.rest.repos.listForOrg({ org: 'acme' })
      const second = await octokit.rest.repos.listForOrg({ org: 'acme' })
      expect([first, second].map((r) => r.headers['x-ratelimit-remaining'])).toEqual(['1', '0'])
      const refused = await failure(octokit.rest.repos.listForOrg({ org: 'acme' }))
      expect(refused.status).toBe(403)
      expect(refused.message).toMatch(/^API rate limit exceeded/)
      expect(refused.response?.headers['x-ratelimit-remaining']).toBe('0')
      expect(refused.response?.headers['x-ratelimit-reset']).toBe(second.headers['x-ratelimit-reset'])
      // Another token has its own budget.
      const other = limited.addToken({ metadata: 'read' })
      expect((await github(limited, other).rest.repos.listForOrg({ org: 'acme' })).status).toBe(200)
      const renewed = await waitFor(() =>
        octokit.rest.repos.listForOrg({ org: 'acme' }).then(
          (r) => r,
          () => undefined
        )
      )
      expect(renewed.headers['x-ratelimit-remaining']).toBe('1')
      expect(limited.violations()).toEqual([])
    } finally {
      await limited.close()
    }
  })
})

describe('faults on the listings', () => {
  it('fails the second page with 503, then serves it again', async () => {
    organisation(5)
    emu.fault({ api: 'github', method: 'GET', path: '/orgs/:org/repos', call: 2, status: 503 })
    const octokit = github(emu)
    await octokit.rest.repos.listForOrg({ org: 'acme', per_page: 2 })
    const error = await failure(octokit.rest.repos.listForOrg({ org: 'acme', per_page: 2, page: 2 }))
    expect(error.status).toBe(503)
    const again = await octokit.rest.repos.listForOrg({ org: 'acme', per_page: 2, page: 2 })
    expect(again.data).toHaveLength(2)
  })

  it('answers 429 with retry-after, and 403 with x-ratelimit-remaining 0 and x-ratelimit-reset', async () => {
    organisation(1)
    const reset = String(Math.floor(Date.now() / 1000) + 2)
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/installation/repositories',
      call: 1,
      status: 429,
      headers: { 'retry-after': '1' }
    })
    emu.fault({
      api: 'github',
      method: 'GET',
      path: '/installation/repositories',
      call: 2,
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }
    })
    const octokit = github(emu)
    const limited = await failure(octokit.rest.apps.listReposAccessibleToInstallation())
    expect(limited.status).toBe(429)
    expect(limited.response?.headers['retry-after']).toBe('1')
    const exhausted = await failure(octokit.rest.apps.listReposAccessibleToInstallation())
    expect(exhausted.status).toBe(403)
    expect(exhausted.response?.headers['x-ratelimit-remaining']).toBe('0')
    expect(exhausted.response?.headers['x-ratelimit-reset']).toBe(reset)
    expect(exhausted.message).toMatch(/^API rate limit exceeded/)
    expect((await octokit.rest.apps.listReposAccessibleToInstallation()).status).toBe(200)
  })
})
