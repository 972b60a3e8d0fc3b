import { describe, expect, it } from 'vitest'
import { fingerprint, redact, scrub } from '../src/redact.js'
import { makeKey, SHAPES } from './helpers/keys.js'

describe('redact', () => {
  it('keeps the tag, two characters and the last four', () => {
    const key = makeKey('project', 3)
    expect(redact(key)).toBe(`sk-proj-${key.slice(8, 10)}…${key.slice(-4)}`)
    const legacy = makeKey('legacy', 3)
    expect(redact(legacy)).toBe(`sk-${legacy.slice(3, 5)}…${legacy.slice(-4)}`)
  })

  it('never shows more than six characters of any shape', () => {
    for (const shape of Object.keys(SHAPES) as (keyof typeof SHAPES)[]) {
      const key = makeKey(shape, 11)
      const shown = redact(key)
        .replace(/^sk-(svcacct-|service-|admin-|proj-|None-)?/, '')
        .replace('…', '')
      expect(shown.length).toBeLessThanOrEqual(6)
      expect(redact(key)).not.toContain(key.slice(10, 30))
    }
  })

  it('hides short values entirely', () => {
    expect(redact('sk-abc')).toBe('sk-…')
  })
})

describe('fingerprint', () => {
  it('is the SHA-256 of the key and differs between keys', () => {
    expect(fingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(fingerprint(makeKey('admin', 1))).not.toBe(fingerprint(makeKey('admin', 2)))
  })
})

describe('scrub', () => {
  it('redacts keys and GitHub tokens inside any message', () => {
    const key = makeKey('service-account', 5)
    const token = 'ghs_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4'
    const text = scrub(`request failed with ${key} and Bearer ${token}.`)
    expect(text).not.toContain(key)
    expect(text).not.toContain(token)
    expect(text).toContain(redact(key))
    expect(text).toContain('ghs_…')
  })
})
