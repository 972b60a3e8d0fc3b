import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { consoleLogger } from '../../src/logger.js'
import { fingerprint } from '../../src/redact.js'
import { scan, type ScanOptions } from '../../src/scan/scan.js'
import type { Finding } from '../../src/scan/types.js'
import { cleanupTempDirs, TestRepo } from '../helpers/git.js'
import { makeKey } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

function options(cwd: string, extra: Partial<ScanOptions> = {}): ScanOptions & { log: string[] } {
  const log: string[] = []
  return {
    cwd,
    range: { kind: 'worktree', head: 'HEAD' },
    failOn: 'introduced',
    logger: consoleLogger((l) => log.push(l), true),
    log,
    ...extra
  }
}

describe('scan', () => {
  it('allows keys three ways: inline comment, config (path glob and fingerprint), baseline', async () => {
    const repo = TestRepo.init()
    const keys = [1, 2, 3, 4, 5].map((seed) => makeKey('project', seed))
    const [inline, byPath, byFingerprint, byBaseline, reported] = keys as [
      string,
      string,
      string,
      string,
      string
    ]
    repo.write({
      'a.env': `A=${inline} # openai-key-guard:allow\nE=${reported}\n`,
      'test/fixtures/.secret': `${byPath}\n`,
      'b.env': `C=${byFingerprint}\nD=${byBaseline}\n`,
      '.github/openai-key-guard.yml': `allow:\n  paths: ['test/fixtures/**']\n  fingerprints: ['${fingerprint(byFingerprint)}']\n`,
      'report.json': JSON.stringify({ findings: [{ fingerprint: fingerprint(byBaseline) }] })
    })
    const seen: string[] = []
    const opts = options(repo.dir, { baseline: 'report.json', onKey: (key) => seen.push(key) })
    const result = await scan(opts)
    expect(result.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['a.env:2'])
    expect(result.allowed).toBe(4)
    expect(seen).toEqual([reported])
    // With an empty config and no baseline, the same tree reports every key but the inline one.
    repo.write({ 'empty.yml': '' })
    const bare = await scan(options(repo.dir, { config: 'empty.yml' }))
    expect(bare.findings.map((f) => `${f.path}:${f.line}`)).toEqual([
      'a.env:2',
      'b.env:1',
      'b.env:2',
      'test/fixtures/.secret:1'
    ])
    expect(bare.allowed).toBe(1)
  })

  it('counts failing findings by fail-on and sorts by path and line', async () => {
    const repo = TestRepo.init()
    const old = makeKey('legacy', 6)
    const base = repo.commit('init', { 'z.env': `K=${old}\n` })
    const a = makeKey('admin', 7)
    const b = makeKey('service', 8)
    repo.commit('add', { 'z.env': `K=${old}\nL=${a}\n`, 'm/n.txt': `x\n${b}\n` })
    const range = { kind: 'range' as const, base, head: 'HEAD' }
    const results = await Promise.all(
      (['introduced', 'any', 'never'] as const).map((failOn) => scan(options(repo.dir, { range, failOn })))
    )
    expect(results.map((r) => r.failing)).toEqual([2, 3, 0])
    const findings: Finding[] = results[0]?.findings ?? []
    expect(findings.map((f) => `${f.path}:${f.line}:${f.status}`)).toEqual([
      'm/n.txt:2:introduced',
      'z.env:1:pre-existing',
      'z.env:2:introduced'
    ])
    expect(findings.every((f) => f.commit === repo.head() && /^[0-9a-f]{64}$/.test(f.fingerprint))).toBe(true)
  })

  it('scans stdin as one buffer and never writes a key to the log', async () => {
    const repo = TestRepo.init()
    const key = makeKey('service-account', 9)
    const opts = options(repo.dir, {
      range: { kind: 'stdin', head: 'HEAD' },
      stdin: Buffer.from(`log line\nKEY=${key}\n`)
    })
    const result = await scan(opts)
    expect(result.findings).toMatchObject([{ path: '<stdin>', line: 2, column: 5, status: 'introduced' }])
    expect(result.findings[0]?.redacted).not.toBe(key)
    expect(JSON.stringify(result)).not.toContain(key)
    expect(opts.log.join('\n')).not.toContain(key)
    expect(opts.log.some((l) => l.includes('Scanned'))).toBe(true)
  })

  it('says what to fix when the config is broken or stdin is empty', async () => {
    const repo = TestRepo.init()
    mkdirSync(path.join(repo.dir, '.github'))
    writeFileSync(path.join(repo.dir, '.github/openai-key-guard.yml'), 'allow: {paths: [x], extra: 1}\n')
    await expect(scan(options(repo.dir))).rejects.toThrow(
      /openai-key-guard\.yml, line 1, column 21: unknown key in allow; allowed: paths, fingerprints, commit-messages, tag-messages, notes\.$/
    )
    await expect(scan(options(repo.dir, { config: 'other.yml' }))).rejects.toBeInstanceOf(ConfigurationError)
    writeFileSync(path.join(repo.dir, '.github/openai-key-guard.yml'), '')
    await expect(scan(options(repo.dir, { range: { kind: 'stdin', head: 'HEAD' } }))).rejects.toThrow(
      /--stdin/
    )
  })
})
