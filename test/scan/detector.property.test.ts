import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detect, mayContainKey } from '../../src/scan/detector.js'
import { MARKER, classify, isKey } from '../../src/scan/patterns.js'
import { makeKey, SHAPES } from '../helpers/keys.js'

const RUNS = { numRuns: 200, seed: 20261123 }
type KnownShape = keyof typeof SHAPES
const KNOWN = Object.keys(SHAPES) as KnownShape[]

/** Characters that end a key on either side: anything outside [A-Za-z0-9_-], ASCII or not. */
const boundary = fc.constantFrom(
  ' ',
  '\t',
  '\n',
  '\r',
  '"',
  "'",
  '`',
  ',',
  ';',
  ')',
  '(',
  '&',
  '=',
  ':',
  '/',
  '\\',
  '<',
  'é',
  '中',
  '😀'
)
const text = fc.string({ unit: 'binary', maxLength: 200 })

function positionOf(content: string, at: number): { line: number; column: number } {
  const before = content.slice(0, at)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 }
}

describe('detect (properties)', () => {
  it('finds any generated key in any surrounding text, at the right line and column', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN),
        fc.integer({ min: 1, max: 1_000_000 }),
        text,
        boundary,
        boundary,
        text,
        (shape, seed, before, open, close, after) => {
          const key = makeKey(shape, seed)
          const content = `${before}${open}${key}${close}${after}`
          const hits = detect(content)
          expect(hits.map(({ key: _key, ...where }) => where)).toEqual([
            { shape, encoding: 'plain', ...positionOf(content, before.length + open.length) }
          ])
          expect(hits[0]?.key === key).toBe(true)
          expect(mayContainKey(Buffer.from(content))).toBe(true)
        }
      ),
      RUNS
    )
  })

  it('finds family members of any length and tag, and names them as classify does', () => {
    const segment = (min: number) =>
      fc.string({ unit: fc.constantFrom(...'abcdefghijkXYZ0123456789_-'), minLength: min, maxLength: 120 })
    fc.assert(
      fc.property(
        fc.constantFrom('', 'proj-', 'svcacct-', 'admin-', 'None-', 'service-ci-'),
        segment(20),
        segment(20),
        boundary,
        (tag, left, right, close) => {
          const key = `sk-${tag}${left}${MARKER}${right}`
          fc.pre(isKey(key))
          const hits = detect(`KEY=${key}${close}`)
          expect(hits.length).toBe(1)
          expect(hits[0]?.key === key).toBe(true)
          expect(hits[0]?.shape).toBe(classify(key))
        }
      ),
      RUNS
    )
  })

  const planted = fc.record({
    shape: fc.constantFrom(...KNOWN),
    seed: fc.integer({ min: 1, max: 1_000_000 })
  })

  it('finds exactly the keys planted in arbitrary bytes, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.uint8Array({ maxLength: 512 }), planted), { maxLength: 6 }),
        fc.uint8Array({ maxLength: 512 }),
        (pieces, tail) => {
          const keys = pieces.map(([, { shape, seed }]) => makeKey(shape, seed))
          const content = Buffer.concat([
            ...pieces.flatMap(([bytes], i) => [Buffer.from(bytes), Buffer.from(`\n${keys[i]}\n`)]),
            Buffer.from(tail)
          ])
          const hits = detect(content)
          expect(hits.length).toBe(keys.length)
          expect(hits.every((hit, i) => hit.key === keys[i] && hit.encoding === 'plain')).toBe(true)
          expect(keys.length === 0 || mayContainKey(content)).toBe(true)
        }
      ),
      RUNS
    )
  })

  it('finds each key planted among key fragments in every encoding once, and nothing that is no key', () => {
    const key = makeKey('project', 3)
    const fragments = [
      'sk-',
      'sk-proj-',
      MARKER,
      key,
      key.slice(0, 40),
      key.slice(40),
      '-',
      '_',
      '=',
      '%3D',
      ' ',
      '\n',
      '\r\n',
      'A'.repeat(30)
    ].flatMap((fragment) => [
      Buffer.from(fragment),
      Buffer.from(fragment, 'utf16le'),
      Buffer.from(fragment, 'utf16le').swap16(),
      Buffer.from(Buffer.from(fragment).toString('base64'))
    ])
    const piece = fc.oneof(
      fc.constantFrom(...fragments),
      fc.uint8Array({ maxLength: 8 }).map((b) => Buffer.from(b))
    )
    const encodings = ['plain', 'base64', 'utf16le'] as const
    const encode = (text: string, encoding: (typeof encodings)[number]): Buffer =>
      encoding === 'plain'
        ? Buffer.from(`\n${text}\n`)
        : encoding === 'base64'
          ? Buffer.from(` ${Buffer.from(`\n${text}\n`).toString('base64')} `)
          : Buffer.from(`\n${text}\n`, 'utf16le')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(piece, { maxLength: 20 }), planted, fc.constantFrom(...encodings)), {
          maxLength: 4
        }),
        fc.array(piece, { maxLength: 20 }),
        (stretches, tail) => {
          const keys = stretches.map(([, { shape, seed }]) => makeKey(shape, seed))
          const parts: Buffer[] = []
          let length = 0
          const add = (buf: Buffer): void => {
            parts.push(buf)
            length += buf.length
          }
          stretches.forEach(([pieces, , encoding], i) => {
            for (const p of pieces) add(p)
            if (encoding === 'utf16le' && length % 2 === 1) add(Buffer.from('\n'))
            add(encode(keys[i] as string, encoding))
          })
          for (const p of tail) add(p)
          const hits = detect(Buffer.concat(parts))
          stretches.forEach(([, , encoding], i) => {
            const found = hits.filter((hit) => hit.key === keys[i])
            expect(found.length).toBe(keys.filter((k) => k === keys[i]).length)
            expect(found.every((hit) => hit.encoding === encoding)).toBe(true)
          })
          for (const hit of hits) {
            expect(isKey(hit.key)).toBe(true)
            expect(hit.line).toBeGreaterThanOrEqual(1)
            expect(hit.column).toBeGreaterThanOrEqual(1)
          }
        }
      ),
      RUNS
    )
  })
})
