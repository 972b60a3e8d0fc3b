// Every key shape in every context, committed to real git repositories: a pull request with a merge, a rename
// and a deletion, the full history, and a shallow clone of it. Every key is found where it was committed.
import { afterAll, describe, expect, it } from 'vitest'
import { consoleLogger } from '../../src/logger.js'
import { scan } from '../../src/scan/scan.js'
import type { Finding, ShapeName } from '../../src/scan/types.js'
import { CONTEXTS, type Planted } from '../helpers/contexts.js'
import { cleanupTempDirs, TestRepo } from '../helpers/git.js'
import { MARKER, makeKey, randomChars, seeded, SHAPES } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

/** The `sk-` + 42 + marker + 42 form that real histories hold: a family member of no named shape. */
function longLegacyKey(): string {
  const rand = seeded(9)
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  return `sk-${randomChars(42, alnum, rand)}${MARKER}${randomChars(42, alnum, rand)}`
}

const SHAPE_KEYS: Array<[ShapeName, string]> = [
  ...(Object.keys(SHAPES) as Array<keyof typeof SHAPES>).map((shape, i): [ShapeName, string] => [
    shape,
    makeKey(shape, 500 + i)
  ]),
  ['openai-key', longLegacyKey()]
]

interface Case extends Planted {
  path: string
  shape: ShapeName
  key: string
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-')

const CASES: Case[] = Object.entries(CONTEXTS).flatMap(([context, plant]) =>
  SHAPE_KEYS.map(([shape, key]) => ({ ...plant(key), path: `ctx/${slug(context)}/${shape}.txt`, shape, key }))
)

const files = (cases: Case[]): Record<string, string | Buffer> =>
  Object.fromEntries(cases.map((c) => [c.path, c.content]))

/**
 * main ← feature: the first half of the cases in one commit, then main is merged in, then the second half, a
 * rename of one file and the deletion of another (deleted keys stay public in the PR's head ref).
 */
function pullRequestRepo(): { repo: TestRepo; base: string; head: string } {
  const repo = TestRepo.init()
  const base = repo.commit('Initial commit', { 'README.md': '# corpus\n' })
  repo.branch('feature')
  const half = Math.floor(CASES.length / 2)
  repo.commit('First half', files(CASES.slice(0, half)))
  repo.checkout('main')
  repo.commit('Unrelated work on main', { 'docs/notes.md': 'notes\n' })
  repo.checkout('feature')
  repo.merge('main')
  repo.commit('Second half', files(CASES.slice(half)))
  const renamed = CASES[1]!
  const deleted = CASES[2]!
  repo.rename(renamed.path, `${renamed.path}.moved`)
  const head = repo.commit('Remove a file', { [deleted.path]: null })
  return { repo, base, head }
}

function expectAllFound(findings: Finding[]): void {
  const missing = CASES.filter(
    (c) =>
      !findings.some(
        (f) =>
          f.path === c.path &&
          f.line === c.line &&
          f.column === c.column &&
          f.encoding === c.encoding &&
          f.shape === c.shape
      )
  )
  // Named by path, never by key, so a failure prints no key.
  expect(missing.map((c) => c.path)).toEqual([])
}

async function scanned(cwd: string, range: Parameters<typeof scan>[0]['range']) {
  const lines: string[] = []
  const result = await scan({ cwd, range, failOn: 'introduced', logger: consoleLogger((l) => lines.push(l)) })
  const said = lines.join('\n') + JSON.stringify(result)
  for (const c of CASES) expect(said.includes(c.key)).toBe(false)
  return result
}

describe('every shape × context in real repositories', () => {
  const pr = pullRequestRepo()

  it('a pull request range finds each where it was added, deleted or renamed files included', async () => {
    const result = await scanned(pr.repo.dir, { kind: 'pull-request', base: pr.base, head: pr.head })
    expectAllFound(result.findings)
    expect(result.findings.every((f) => f.status === 'introduced')).toBe(true)
    expect(result.failing).toBe(result.findings.length)
  })

  it('the full history finds each', async () => {
    const result = await scanned(pr.repo.dir, { kind: 'history', head: 'HEAD' })
    expectAllFound(result.findings)
  })

  it('a shallow clone of the head fetches what the range needs and finds each', async () => {
    const clone = pr.repo.clone('--depth', '1', '--branch', 'feature')
    const result = await scanned(clone.dir, { kind: 'pull-request', base: pr.base, head: pr.head })
    expectAllFound(result.findings)
  })
})
