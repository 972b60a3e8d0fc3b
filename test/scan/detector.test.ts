import { describe, expect, it } from 'vitest'
import { detect, mayContainKey } from '../../src/scan/detector.js'
import { MARKER, isKey } from '../../src/scan/patterns.js'
import type { Hit } from '../../src/scan/types.js'
import { makeKey, randomChars, seeded } from '../helpers/keys.js'

/** Hits without their keys: what an assertion may print. */
function places(hits: Hit[]): Array<Omit<Hit, 'key'>> {
  return hits.map(({ key: _key, ...rest }) => rest)
}

function sameKeys(hits: Hit[], keys: string[]): boolean {
  return hits.length === keys.length && hits.every((hit, i) => hit.key === keys[i])
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64')
}

describe('detect', () => {
  it('finds several keys on one line and on several lines, in order', () => {
    const [a, b, c] = [makeKey('project', 1), makeKey('admin', 2), makeKey('legacy', 3)]
    const hits = detect(`x=${a} y=${b}\n\nz="${c}"`)
    expect(places(hits)).toEqual([
      { shape: 'project', encoding: 'plain', line: 1, column: 3 },
      { shape: 'admin', encoding: 'plain', line: 1, column: 3 + a.length + 3 },
      { shape: 'legacy', encoding: 'plain', line: 3, column: 4 }
    ])
    expect(sameKeys(hits, [a, b, c])).toBe(true)
  })

  it('reports the same key each time it appears', () => {
    const key = makeKey('service-account', 4)
    expect(sameKeys(detect(`${key}\n${key}\n`), [key, key])).toBe(true)
  })

  it('counts columns in characters, not bytes', () => {
    const key = makeKey('legacy', 5)
    expect(places(detect(`é中😀 ${key}`))).toEqual([
      { shape: 'legacy', encoding: 'plain', line: 1, column: 5 }
    ])
  })

  it('accepts a key after _ or - but not glued to letters or digits', () => {
    const key = makeKey('project', 6)
    expect(sameKeys(detect(`OPENAI_${key}`), [key])).toBe(true)
    expect(sameKeys(detect(`--${key}`), [key])).toBe(true)
    expect(detect(`ask${key.slice(2)}`)).toEqual([])
    expect(detect(`9${key}`)).toEqual([])
  })

  it('ends a symmetric key where more text is glued on with _ or -', () => {
    const key = makeKey('legacy', 7)
    expect(sameKeys(detect(`${key}_backup`), [key])).toBe(true)
    expect(sameKeys(detect(`${key}-old`), [key])).toBe(true)
  })

  it('prefers the start that gives a known shape when sk- is doubled', () => {
    const key = makeKey('project', 8)
    const hits = detect(`sk-${key}`)
    expect(places(hits)).toEqual([{ shape: 'project', encoding: 'plain', line: 1, column: 4 }])
    expect(sameKeys(hits, [key])).toBe(true)
  })

  it('reports a key whose right segment holds the marker once', () => {
    const rand = seeded(9)
    // Either marker could sit between two segments of 20 or more.
    const segment = (): string => randomChars(25, 'abcdefghXYZ', rand)
    const key = `sk-${segment()}${MARKER}${segment()}${MARKER}${segment()}`
    expect(isKey(key)).toBe(true)
    expect(sameKeys(detect(` ${key} `), [key])).toBe(true)
  })

  it('finds a plain key inside binary bytes, and nothing in binary bytes without one', () => {
    const key = makeKey('admin', 10)
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256))
    const binary = Buffer.concat([noise, Buffer.from([0, 0]), Buffer.from(key), Buffer.from([0, 255]), noise])
    expect(sameKeys(detect(binary), [key])).toBe(true)
    expect(detect(noise)).toEqual([])
  })

  it('accepts a Uint8Array that is not a Buffer', () => {
    const key = makeKey('project-legacy', 11)
    const bytes = new Uint8Array(Buffer.from(`k: ${key}\n`))
    expect(sameKeys(detect(bytes as Buffer), [key])).toBe(true)
  })

  it('finds nothing in clean text or placeholders', () => {
    expect(detect('OPENAI_API_KEY=sk-...\nkey: sk-proj-xxxx\napi_key = "sk-your-key-here"\n')).toEqual([])
    expect(detect('')).toEqual([])
    expect(detect(`just the marker: ${MARKER}, ${base64(MARKER)}`)).toEqual([])
  })
})

describe('detect: base64', () => {
  it('finds a key in a base64 value and places it at the start of the value', () => {
    const key = makeKey('service-account', 12)
    const hits = detect(`data:\n  a: "${base64(`OPENAI_API_KEY=${key}\n`)}"\n`)
    expect(places(hits)).toEqual([{ shape: 'service-account', encoding: 'base64', line: 2, column: 7 }])
    expect(sameKeys(hits, [key])).toBe(true)
  })

  it('finds keys at every byte alignment and in a long encoded file', () => {
    for (let pad = 0; pad < 3; pad++) {
      const key = makeKey('legacy', 20 + pad)
      expect(sameKeys(detect(`v: ${base64('#'.repeat(pad) + key)}`), [key])).toBe(true)
    }
    const [a, b] = [makeKey('admin', 30), makeKey('none', 31)]
    const file = `${'filler line\n'.repeat(500)}A=${a}\n${'more\n'.repeat(300)}B=${b}\n`
    expect(sameKeys(detect(`blob: ${base64(file)}\n`), [a, b])).toBe(true)
  })

  it('decodes a value glued to a few other base64 characters', () => {
    const key = makeKey('project', 13)
    expect(sameKeys(detect(`key:abc${base64(key)}`), [key])).toBe(true)
  })

  it('ignores base64 that decodes to no key', () => {
    expect(detect(base64(`sk-proj-xxxx ${MARKER} and some more text to make it long enough`))).toEqual([])
  })
})

describe('detect: UTF-16', () => {
  const text = (key: string): string => `line one\nOPENAI_API_KEY=${key}\n`

  it('finds keys in UTF-16 without a BOM, both byte orders', () => {
    const key = makeKey('admin', 14)
    const le = Buffer.from(text(key), 'utf16le')
    const be = Buffer.from(le).swap16()
    expect(places(detect(le))).toEqual([{ shape: 'admin', encoding: 'utf16le', line: 2, column: 16 }])
    expect(places(detect(be))).toEqual([{ shape: 'admin', encoding: 'utf16be', line: 2, column: 16 }])
    expect(sameKeys(detect(be), [key])).toBe(true)
  })

  it('finds a key at the very end of a big-endian file', () => {
    const key = makeKey('legacy', 15)
    const be = Buffer.from(key, 'utf16le').swap16()
    expect(sameKeys(detect(be), [key])).toBe(true)
  })
})

describe('mayContainKey', () => {
  const key = makeKey('project', 16)

  it('is true for a key in plain text, base64 at every alignment, and UTF-16', () => {
    expect(mayContainKey(Buffer.from(`x ${key}`))).toBe(true)
    for (const pad of ['', 'a', 'ab']) expect(mayContainKey(Buffer.from(base64(pad + key)))).toBe(true)
    expect(mayContainKey(Buffer.from(key, 'utf16le'))).toBe(true)
    expect(mayContainKey(Buffer.from(key, 'utf16le').swap16())).toBe(true)
  })

  it('is false for text without the marker in any form', () => {
    const rand = seeded(17)
    const text = randomChars(100_000, 'abcdefghijklmnopqrstuvwxyz0123456789 \n-_', rand)
    expect(mayContainKey(Buffer.from(text))).toBe(false)
    expect(mayContainKey(Buffer.from(text, 'utf16le'))).toBe(false)
    expect(detect(text)).toEqual([])
  })

  it('never says false where detect finds a key', () => {
    for (const content of [`a ${key}`, base64(key), Buffer.from(key, 'utf16le')]) {
      const buf = Buffer.isBuffer(content) ? content : Buffer.from(content)
      expect(detect(buf)).toHaveLength(1)
      expect(mayContainKey(buf)).toBe(true)
    }
  })
})

describe('detect: adversarial input stays linear', () => {
  // Not a timing test (tests never assert times): a quadratic scan of these 4 MB would take minutes and hit
  // the test timeout, a linear one takes well under a second.
  const size = 4 * 1024 * 1024
  const fill = (unit: string): Buffer =>
    Buffer.from(unit.repeat(Math.ceil(size / unit.length)).slice(0, size))

  it.each([
    ['markers only', MARKER],
    ['sk- and markers', `-sk-${MARKER}`],
    ['glued starts', `xsk-${MARKER.repeat(30)} `],
    ['doubled starts', `${'sk-'.repeat(80)}${MARKER.repeat(25)} `],
    ['base64 forms', base64(`ab${MARKER}`)],
    ['UTF-16 markers', Buffer.from(`${MARKER} `, 'utf16le').toString('latin1')]
  ])('%s', (_name, unit) => {
    const hits = detect(fill(unit))
    for (const hit of hits) expect(isKey(hit.key)).toBe(true)
  })
})
