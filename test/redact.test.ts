import { describe, expect, it } from 'vitest'
import { secretInput } from '../src/errors.js'
import { fingerprint, redact, registerSecret, scrub, SECRET_PIECE } from '../src/redact.js'
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

describe('scrub by value', () => {
  it('removes a registered secret whole, without its prefix, and any 20-character piece of it', () => {
    const admin = makeKey('admin', 41)
    const token = 'ghs_' + 'k2Jd93LxQ0pWm7ZtR5vB8nYc4HfG1sAe6uTo'
    registerSecret(admin)
    registerSecret(token)
    const body = admin.slice('sk-admin-'.length)
    const text = scrub(
      `echo ${body}; token ${token.slice(4)}; cut ${admin.slice(30, 50)}; tail ${token.slice(-21)}; full ${admin}`
    )
    expect(text).toBe(`echo ***; token ***; cut ***; tail ***; full ${redact(admin)}`)
    for (const secret of [admin, token]) {
      for (let i = 0; i + SECRET_PIECE <= secret.length; i++)
        expect(text).not.toContain(secret.slice(i, i + SECRET_PIECE))
    }
  })

  it('leaves pieces shorter than 20 characters and other text alone', () => {
    const key = makeKey('service-account', 42)
    registerSecret(key)
    const short = key.slice(20, 39)
    expect(scrub(`ok ${short} ok`)).toBe(`ok ${short} ok`)
    expect(scrub('config/app.env:3 has no secret in it')).toBe('config/app.env:3 has no secret in it')
  })

  it('removes a short secret whole', () => {
    registerSecret('hunter2-pw')
    expect(scrub('password=hunter2-pw;')).toBe('password=***;')
  })

  it('keeps the first secrets and the latest ones when thousands of keys are registered', () => {
    const first = makeKey('admin', 43)
    registerSecret(first)
    for (let seed = 1000; seed < 1500; seed++) registerSecret(makeKey('project', seed))
    const latest = makeKey('service-account', 44)
    registerSecret(latest)
    expect(scrub(`${first.slice(9)} ${latest.slice(11)}`)).toBe('*** ***')
  })
})

describe('secretInput', () => {
  it('refuses a line break in one line that names the input, not the value', () => {
    const value = `${makeKey('admin', 45)}\nextra`
    expect(() => secretInput('openai-admin-key', value)).toThrow(
      /^openai-admin-key holds a line break: a token or key is one line/
    )
    expect(scrub(`got ${value.slice(9, 40)}`)).toBe('got ***')
  })

  it('trims the value and registers it', () => {
    const token = 'ghs_' + 'Zx81Lq02Wm93Nv74Bc65Rt56Yu47Io38Pa29'
    expect(secretInput('github-token', `  ${token}\n`)).toBe(token)
    expect(scrub(token.slice(4))).toBe('***')
  })
})
