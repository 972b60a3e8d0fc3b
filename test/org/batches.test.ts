// The plan's pure half: which listed repositories are kept (each filter counted), how they are split into matrix
// batches (balanced by size, the same split for the same input, stable while the organisation changes), and the
// limits of a matrix output.
import { describe, expect, it } from 'vitest'
import { seeded } from '../../src/emulator/keys.js'
import { ConfigurationError } from '../../src/errors.js'
import {
  filterRepositories,
  isRepositoryName,
  matrixJson,
  MAX_BATCH_CHARS,
  MAX_MATRIX_CHARS,
  planBatches,
  REPOSITORY_COST_KB,
  repositoryMatcher,
  SLACK,
  splitList,
  type Batch,
  type OrgRepository,
  type RepositoryFilters
} from '../../src/org/batches.js'

function repo(fullName: string, facts: Partial<OrgRepository> = {}): OrgRepository {
  const [owner = '', name = ''] = fullName.split('/')
  return {
    fullName,
    owner,
    name,
    visibility: 'private',
    archived: false,
    fork: false,
    topics: [],
    sizeKb: 100,
    ...facts
  }
}

const NONE: RepositoryFilters = {
  org: 'octo-org',
  visibility: 'all',
  archived: false,
  forks: false,
  include: [],
  exclude: [],
  topics: []
}

/** `count` repositories of octo-org with sizes from `size(i)`. */
function org(count: number, size: (i: number) => number, prefix = 'repo'): OrgRepository[] {
  return Array.from({ length: count }, (_, i) => repo(`octo-org/${prefix}-${i}`, { sizeKb: size(i) }))
}

/** Repository → batch. */
function placement(batches: Batch[]): Map<string, string> {
  return new Map(batches.flatMap((b) => b.repositories.map((r) => [r, b.batch] as const)))
}

function shuffle<T>(items: T[], seed: number): T[] {
  const rand = seeded(seed)
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const cost = (r: OrgRepository): number => r.sizeKb + REPOSITORY_COST_KB
const bound = (repos: OrgRepository[], batches: number): number =>
  (repos.reduce((sum, r) => sum + cost(r), 0) / batches) * (1 + SLACK)

describe('filters', () => {
  const listed = [
    repo('octo-org/api', { visibility: 'public', topics: ['Backend'] }),
    repo('octo-org/web', { visibility: 'internal', topics: ['frontend'] }),
    repo('octo-org/old', { archived: true, fork: true }),
    repo('octo-org/attic', { archived: true }),
    repo('octo-org/fork', { fork: true }),
    repo('octo-org/secret', { visibility: 'private' }),
    repo('octo-org/API-gateway', { visibility: 'private' }),
    repo('other-org/api', { visibility: 'public' })
  ]
  const names = (f: Partial<RepositoryFilters>): string[] =>
    filterRepositories(listed, { ...NONE, ...f }).kept.map((r) => r.fullName)

  it('keeps the organisation’s own, unarchived, unforked repositories by default, and counts each removal once', () => {
    const { kept, removed } = filterRepositories(listed, NONE)
    expect(kept.map((r) => r.fullName)).toEqual([
      'octo-org/api',
      'octo-org/web',
      'octo-org/secret',
      'octo-org/API-gateway'
    ])
    // old is archived and a fork: the first filter that removes it counts it.
    expect(removed).toEqual({
      owner: 1,
      archived: 2,
      forks: 1,
      visibility: 0,
      topics: 0,
      include: 0,
      exclude: 0
    })
  })

  it('keeps archived repositories and forks when asked', () => {
    expect(names({ archived: true })).toContain('octo-org/attic')
    expect(names({ archived: true })).not.toContain('octo-org/fork')
    expect(names({ forks: true })).toContain('octo-org/fork')
    expect(names({ forks: true })).not.toContain('octo-org/attic')
    expect(names({ archived: true, forks: true })).toEqual(
      expect.arrayContaining(['octo-org/old', 'octo-org/fork'])
    )
  })

  it('keeps one visibility exactly: internal is not private', () => {
    expect(names({ visibility: 'public' })).toEqual(['octo-org/api'])
    expect(names({ visibility: 'internal' })).toEqual(['octo-org/web'])
    expect(names({ visibility: 'private' })).toEqual(['octo-org/secret', 'octo-org/API-gateway'])
    expect(filterRepositories(listed, { ...NONE, visibility: 'public' }).removed.visibility).toBe(3)
  })

  it('keeps repositories with any of the topics, whatever their case', () => {
    expect(names({ topics: ['backend', 'frontend'] })).toEqual(['octo-org/api', 'octo-org/web'])
    expect(names({ topics: ['BACKEND'] })).toEqual(['octo-org/api'])
    expect(filterRepositories(listed, { ...NONE, topics: ['nothing'] }).removed.topics).toBe(4)
  })

  it('matches include and exclude globs over owner/name, case-insensitively', () => {
    expect(names({ include: ['octo-org/api*'] })).toEqual(['octo-org/api', 'octo-org/API-gateway'])
    expect(names({ include: ['*/{api,web}'] })).toEqual(['octo-org/api', 'octo-org/web'])
    expect(names({ exclude: ['OCTO-ORG/api-*', 'octo-org/s?cret'] })).toEqual([
      'octo-org/api',
      'octo-org/web'
    ])
    expect(names({ include: ['**'], exclude: ['octo-org/[a-r]*'] })).toEqual([
      'octo-org/web',
      'octo-org/secret'
    ])
    const { removed } = filterRepositories(listed, {
      ...NONE,
      include: ['octo-org/*e*'],
      exclude: ['octo-org/web']
    })
    expect(removed).toMatchObject({ include: 1, exclude: 1 })
  })

  it('refuses a glob that cannot match owner/name, and names the input of a bad glob', () => {
    expect(() => repositoryMatcher('exclude', ['legacy-*'])).toThrow(
      new ConfigurationError(
        `Input 'exclude' has "legacy-*": globs match owner/name, so write */legacy-* or ORG/legacy-*.`
      )
    )
    expect(() => repositoryMatcher('include', ['octo-org/!(x)'])).toThrow(/^Input 'include': the glob/)
    expect(() => repositoryMatcher('include', ['octo-org/' + 'a'.repeat(5000)])).toThrow(
      /^Input 'include': .*at most/
    )
    expect(repositoryMatcher('include', ['**'])('any/thing')).toBe(true)
  })

  it('splits a list on lines and commas, but not on the commas of a glob’s alternatives', () => {
    expect(splitList('a/b, c/d\n\n e/{f,g}-*,h/\\,i\r\n')).toEqual(['a/b', 'c/d', 'e/{f,g}-*', 'h/\\,i'])
    expect(splitList('  ')).toEqual([])
  })

  it('tells names GitHub could have given from path steps and other text', () => {
    expect(isRepositoryName('octo-org/my.repo_1-x')).toBe(true)
    for (const bad of ['octo-org/..', './x', 'a/b/c', 'octo-org', 'a/b c', 'a/b\n', 'a/', '/b', 'a/b;rm']) {
      expect(isRepositoryName(bad), bad).toBe(false)
    }
  })
})

describe('batches', () => {
  it('puts one repository in each batch when there are fewer repositories than batches', () => {
    const repos = org(40, (i) => i * 1000)
    const batches = planBatches(repos, 256)
    expect(batches).toHaveLength(40)
    expect(batches.every((b) => b.repositories.length === 1)).toBe(true)
    expect([...placement(batches).keys()].sort()).toEqual(repos.map((r) => r.fullName).sort())
    // Batch names are slots from 1 to 256, each used once.
    const slots = batches.map((b) => Number(b.batch))
    expect(new Set(slots).size).toBe(40)
    expect(slots.every((s) => Number.isInteger(s) && s >= 1 && s <= 256)).toBe(true)
  })

  it('makes at most `batches` groups, each repository in exactly one, whatever the listing order', () => {
    const repos = org(1000, (i) => (i * 7919) % 50_000)
    const batches = planBatches(repos, 256)
    expect(batches.length).toBeLessThanOrEqual(256)
    const all = batches.flatMap((b) => b.repositories)
    expect(all).toHaveLength(1000)
    expect(new Set(all).size).toBe(1000)
    for (const seed of [1, 2, 3]) expect(planBatches(shuffle(repos, seed), 256)).toEqual(batches)
    expect(planBatches(repos, 1)).toEqual([
      { batch: '1', repositories: all.sort(), costKb: repos.reduce((s, r) => s + cost(r), 0) }
    ])
  })

  it('counts a repository once when the listing names it twice, in any case', () => {
    const batches = planBatches([...org(3, () => 1), repo('OCTO-ORG/REPO-1')], 2)
    expect(batches.flatMap((b) => b.repositories).sort()).toEqual([
      'octo-org/repo-0',
      'octo-org/repo-1',
      'octo-org/repo-2'
    ])
  })

  it('balances by size: no batch above the mean plus the slack', () => {
    const repos = org(2000, (i) => 1000 + ((i * 104_729) % 200_000))
    const batches = planBatches(repos, 256)
    const heaviest = Math.max(...batches.map((b) => b.costKb))
    expect(heaviest).toBeLessThanOrEqual(bound(repos, 256))
    expect(batches).toHaveLength(256)
  })

  it('spreads empty repositories too: a repository of size 0 still costs its clone', () => {
    const repos = org(1000, () => 0)
    const batches = planBatches(repos, 10)
    expect(batches).toHaveLength(10)
    for (const b of batches) expect(b.repositories.length).toBeLessThanOrEqual(110)
  })

  it('gives a repository larger than a batch’s share a batch of its own', () => {
    const repos = [...org(500, () => 2000), repo('octo-org/monorepo', { sizeKb: 5_000_000 })]
    const batches = planBatches(repos, 16)
    const monorepo = batches.find((b) => b.repositories.includes('octo-org/monorepo'))!
    expect(monorepo.repositories).toEqual(['octo-org/monorepo'])
    // The others share the other 15 batches within the slack: the monorepo does not raise their bound.
    const others = batches.filter((b) => b !== monorepo)
    expect(Math.max(...others.map((b) => b.costKb))).toBeLessThanOrEqual(
      ((500 * (2000 + REPOSITORY_COST_KB)) / 15) * (1 + SLACK)
    )
  })

  it('balances a realistic spread of sizes (many tiny, a few huge) within the bound or the largest repository', () => {
    const rand = seeded(18)
    // Log-normal sizes: median ~3 MB, a long tail to several GB.
    const repos = org(3000, () => {
      const normal = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand())
      return Math.round(Math.exp(8 + 2.2 * normal))
    })
    const batches = planBatches(repos, 256)
    const over = batches.filter((b) => b.costKb > bound(repos, 256))
    expect(over.length).toBeGreaterThan(0) // the tail does hold repositories larger than a share
    for (const b of over) expect(b.repositories, `batch ${b.batch}`).toHaveLength(1)
  })

  it('keeps nearly every repository in its batch when the organisation grows', () => {
    const before = org(2000, (i) => 500 + ((i * 7919) % 90_000))
    const after = [...before, ...org(40, (i) => 500 + ((i * 31) % 90_000), 'new')]
    const a = placement(planBatches(before, 256))
    const b = placement(planBatches(after, 256))
    const moved = before.filter((r) => a.get(r.fullName) !== b.get(r.fullName)).length
    expect(moved / before.length).toBeLessThan(0.1)
  })

  it('keeps nearly every repository in its batch when sizes drift from one night to the next', () => {
    const before = org(2000, (i) => 500 + ((i * 7919) % 90_000))
    const rand = seeded(5)
    const after = before.map((r) => ({ ...r, sizeKb: Math.round(r.sizeKb * (1 + rand() * 0.02)) }))
    const a = placement(planBatches(before, 256))
    const b = placement(planBatches(after, 256))
    const moved = before.filter((r) => a.get(r.fullName) !== b.get(r.fullName)).length
    expect(moved / before.length).toBeLessThan(0.05)
  })

  it('moves almost nothing when a small organisation gains a repository', () => {
    const before = org(100, () => 10)
    const a = placement(planBatches(before, 256))
    const b = placement(planBatches([...before, repo('octo-org/newcomer')], 256))
    const moved = before.filter((r) => a.get(r.fullName) !== b.get(r.fullName)).length
    expect(moved).toBeLessThanOrEqual(2)
    expect(b.size).toBe(101)
  })

  it('refuses a batch count outside 1 to 256', () => {
    for (const n of [0, 257, 1.5, Number.NaN])
      expect(() =>
        planBatches(
          org(3, () => 1),
          n
        )
      ).toThrow(RangeError)
  })
})

describe('matrix', () => {
  it('is the JSON strategy.matrix takes: one line, batch and space-separated repositories', () => {
    const { matrix, json } = matrixJson(
      [
        { batch: '3', repositories: ['octo-org/a', 'octo-org/b'], costKb: 1 },
        { batch: '9', repositories: ['octo-org/c'], costKb: 1 }
      ],
      256
    )
    expect(json).not.toContain('\n')
    expect(JSON.parse(json)).toEqual({
      include: [
        { batch: '3', repositories: 'octo-org/a octo-org/b' },
        { batch: '9', repositories: 'octo-org/c' }
      ]
    })
    expect(matrix.include).toHaveLength(2)
  })

  it('fails with one line past the 1 MB of a job’s outputs, and says how to split the organisation', () => {
    const long = (i: number): string => `octo-org/${'x'.repeat(90)}-${i}`
    const repos = Array.from({ length: 6000 }, (_, i) => repo(long(i)))
    const batches = planBatches(repos, 256)
    const run = (): unknown => matrixJson(batches, 256)
    expect(run).toThrow(ConfigurationError)
    expect(run).toThrow(/^The matrix of 6000 repositories takes \d+ characters, .*include/)
    expect(JSON.stringify({ include: batches }).length).toBeGreaterThan(MAX_MATRIX_CHARS)
  })

  it('fails with one line when one batch would not fit in a step input, and says to raise batches', () => {
    const repos = Array.from({ length: 1500 }, (_, i) => repo(`octo-org/${'y'.repeat(90)}-${i}`))
    const run = (): unknown => matrixJson(planBatches(repos, 1), 1)
    expect(run).toThrow(ConfigurationError)
    expect(run).toThrow(
      new RegExp(`more than a step input can pass \\(${MAX_BATCH_CHARS};.*raise batches \\(now 1`)
    )
    // The same repositories over more batches fit.
    expect(() => matrixJson(planBatches(repos, 4), 4)).not.toThrow()
  })
})
