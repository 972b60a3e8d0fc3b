// Where a commit-range scan takes its allow rules from: the base commit's blobs, a file outside the repository
// from disk, and for a new branch the default branch it grew from.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { consoleLogger } from '../../src/logger.js'
import type { Range } from '../../src/scan/range.js'
import { scan, type ScanOptions } from '../../src/scan/scan.js'
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/git.js'
import { makeKey } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

const key = makeKey('project', 161)
const CONFIG = '.github/openai-key-guard.yml'
const allowFixtures = "allow:\n  paths: ['fixtures/**']\n"
const fixture = { 'fixtures/demo.env': `OPENAI_API_KEY=${key}\n` }

function options(
  cwd: string,
  range: Range,
  extra: Partial<ScanOptions> = {}
): ScanOptions & { log: string[] } {
  const log: string[] = []
  return { cwd, range, failOn: 'introduced', logger: consoleLogger((l) => log.push(l), true), log, ...extra }
}

describe('rules of a commit range', () => {
  it('reads a config outside the repository from disk: it is the workflow’s, not the range’s', async () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': '# app\n' })
    repo.commit('add', fixture)
    const outside = path.join(tempDir(), 'rules.yml')
    writeFileSync(outside, allowFixtures)
    const result = await scan(options(repo.dir, { kind: 'range', base, head: 'HEAD' }, { config: outside }))
    expect(result.findings).toEqual([])
    expect(result.allowed).toBe(1)
  })

  it('names an explicit config that the range adds, and fails when neither end has it', async () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': '# app\n' })
    repo.commit('add', { ...fixture, 'rules.yml': allowFixtures })
    const range: Range = { kind: 'range', base, head: 'HEAD' }
    const opts = options(repo.dir, range, { config: 'rules.yml' })
    const result = await scan(opts)
    expect(result.findings.map((f) => f.path)).toEqual(['fixtures/demo.env'])
    expect(result.untrustedRules).toEqual([
      expect.stringMatching(
        /^fixtures\/demo\.env:1: .* rules\.yml allow\.paths "fixtures\/\*\*", which this range adds/
      )
    ])
    expect(opts.log.join('\n')).toContain('which this range adds')
    expect(opts.log.join('\n')).not.toContain(key)
    await expect(scan(options(repo.dir, range, { config: 'absent.yml' }))).rejects.toThrow(ConfigurationError)
    await expect(scan(options(repo.dir, range, { config: 'absent.yml' }))).rejects.toThrow(
      'Cannot read absent.yml: neither the base nor the head of the range has it.'
    )
  })

  it('redacts a key written into the rule it names', async () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': '# app\n' })
    repo.commit('add', { ...fixture, [CONFIG]: `allow:\n  paths: ['{fixtures/**,${key}}']\n` })
    const opts = options(repo.dir, { kind: 'range', base, head: 'HEAD' })
    const result = await scan(opts)
    expect(result.untrustedRules).toHaveLength(1)
    expect(result.untrustedRules[0]).toContain('allow.paths "{fixtures/**,sk-proj-')
    expect([...result.untrustedRules, ...opts.log].join('\n')).not.toContain(key)
  })

  it('takes a new branch’s rules from the default branch, and trusts none when there is no default branch', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': '# app\n', [CONFIG]: allowFixtures })
    repo.branch('feature')
    repo.commit('add', { ...fixture, 'other/demo.env': `OPENAI_API_KEY=${key}\n` })
    const fromMain = await scan(options(repo.dir, { kind: 'push', head: 'HEAD', defaultBranch: 'main' }))
    expect(fromMain.findings.map((f) => f.path)).toEqual(['other/demo.env'])
    expect(fromMain.allowed).toBe(1)
    expect(fromMain.untrustedRules).toEqual([])
    // Without the default branch, the commits are measured against every other ref, and no rule is trusted.
    const unknown = await scan(options(repo.dir, { kind: 'push', head: 'HEAD' }))
    expect(unknown.findings.map((f) => f.path)).toEqual(['fixtures/demo.env', 'other/demo.env'])
    expect(unknown.untrustedRules).toEqual([
      expect.stringMatching(
        /^fixtures\/demo\.env:1: .*, and no base commit is known to read trusted rules from/
      )
    ])
  })
})
