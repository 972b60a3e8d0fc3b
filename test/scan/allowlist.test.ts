import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { fingerprint } from '../../src/redact.js'
import { Allowlist, allowedInline, loadBaseline, loadConfig, parseConfig } from '../../src/scan/allowlist.js'
import { detect } from '../../src/scan/detector.js'
import { cleanupTempDirs, tempDir } from '../helpers/git.js'
import { makeKey } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

const FP = fingerprint(makeKey('project', 1))

function inline(text: string | Buffer): boolean[] {
  const buf = typeof text === 'string' ? Buffer.from(text) : text
  return allowedInline(buf, detect(buf))
}

describe('inline allow comments', () => {
  it('allows a key whose own line says openai-key-guard:allow or gitleaks:allow, and only that line', () => {
    const a = makeKey('project', 1)
    const b = makeKey('legacy', 2)
    const c = makeKey('admin', 3)
    const text = `x = "${a}" # openai-key-guard:allow\ny = "${b}"\r\nz = '${c}' // gitleaks:allow`
    expect(inline(text)).toEqual([true, false, true])
  })

  it('judges every key of a many-key file by its own line, with several keys on one line', () => {
    const keys = Array.from({ length: 300 }, (_, i) => makeKey('project', 100 + i))
    const lines = keys.map((key, i) => (i % 3 === 0 ? `k${i}=${key} # gitleaks:allow` : `k${i}=${key}`))
    lines.splice(150, 0, `pair=${makeKey('admin', 7)} and ${makeKey('legacy', 8)} // openai-key-guard:allow`)
    const expected = keys.map((_, i) => i % 3 === 0)
    expected.splice(150, 0, true, true)
    expect(inline(lines.join('\n'))).toEqual(expected)
  })

  it('gives the same answers whatever order the hits are asked in', () => {
    const a = makeKey('project', 11)
    const b = makeKey('service-account', 12)
    const buf = Buffer.from(`one=${a}\ntwo=${b} # openai-key-guard:allow\n`)
    const hits = detect(buf)
    expect(allowedInline(buf, [...hits].reverse())).toEqual([true, false])
  })

  it('reads a base64-encoded key by the line its encoded form is on', () => {
    const key = makeKey('none', 13)
    const encoded = Buffer.from(`OPENAI_API_KEY=${key}`).toString('base64')
    const buf = Buffer.from(`data:\n  plain: ${encoded} # openai-key-guard:allow\n  other: ${encoded}\n`)
    expect(detect(buf).map((hit) => hit.encoding)).toEqual(['base64', 'base64'])
    expect(inline(buf)).toEqual([true, false])
  })

  it('reads the line in UTF-16 files', () => {
    const key = makeKey('none', 4)
    const text = `first\nk: ${key} # openai-key-guard:allow\n`
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le).swap16()
    expect(inline(le)).toEqual([true])
    expect(inline(be)).toEqual([true])
    expect(inline(Buffer.from(text.replace(' # openai-key-guard:allow', ''), 'utf16le'))).toEqual([false])
  })
})

describe('config file', () => {
  it('matches path globs (dotfiles included) and fingerprints', async () => {
    const config = await parseConfig(
      'c.yml',
      `allow:\n  paths: ['test/fixtures/**', '**/*.snap']\n  fingerprints: ['${FP.toUpperCase()}']\n`
    )
    const list = await Allowlist.create(config)
    expect(list.allows({ path: 'test/fixtures/.env', fingerprint: 'f'.repeat(64) })).toBe(true)
    expect(list.allows({ path: 'a/b/c.snap', fingerprint: 'f'.repeat(64) })).toBe(true)
    expect(list.allows({ path: 'src/app.ts', fingerprint: FP })).toBe(true)
    expect(list.allows({ path: 'src/app.ts', fingerprint: 'f'.repeat(64) })).toBe(false)
  })

  it('accepts an empty file and a missing default file', async () => {
    expect(await parseConfig('c.yml', '')).toEqual({ paths: [], fingerprints: [] })
    expect(await loadConfig(tempDir())).toEqual({ paths: [], fingerprints: [] })
  })

  it('rejects invalid YAML, unknown keys, bad fingerprints and a missing explicit file, naming the file', async () => {
    const cases = [
      'allow: [unclosed',
      'allow:\n  path: [x]\n',
      'alow:\n  paths: [x]\n',
      'allow:\n  fingerprints: [abc]\n',
      'allow:\n  paths: x\n',
      '- a\n- b\n'
    ]
    for (const text of cases) {
      const parsing = parseConfig('.github/openai-key-guard.yml', text)
      await expect(parsing, text).rejects.toThrow(ConfigurationError)
      await expect(parsing, text).rejects.toThrow(/\.github\/openai-key-guard\.yml/)
    }
    await expect(loadConfig(tempDir(), 'nope.yml')).rejects.toThrow(/nope\.yml/)
  })
})

describe('baseline', () => {
  it('allows the fingerprints an earlier report lists, limited to the path when it gives one', async () => {
    const dir = tempDir()
    const other = fingerprint(makeKey('legacy', 9))
    writeFileSync(
      path.join(dir, 'baseline.json'),
      JSON.stringify({
        findings: [
          { fingerprint: FP, redacted: 'x' },
          { fingerprint: other, path: 'a.env' }
        ]
      })
    )
    const list = await Allowlist.create({ paths: [], fingerprints: [] }, loadBaseline(dir, 'baseline.json'))
    expect(list.allows({ path: 'anything', fingerprint: FP })).toBe(true)
    expect(list.allows({ path: 'a.env', fingerprint: other })).toBe(true)
    expect(list.allows({ path: 'b.env', fingerprint: other })).toBe(false)
  })

  it('rejects an unreadable or malformed baseline', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bad.json'), '{"findings": [{"fingerprint": 1}]}')
    writeFileSync(path.join(dir, 'text.json'), 'not json')
    writeFileSync(path.join(dir, 'shape.json'), '[]')
    for (const file of ['missing.json', 'bad.json', 'text.json', 'shape.json']) {
      expect(() => loadBaseline(dir, file), file).toThrow(ConfigurationError)
    }
  })
})
