import { describe, expect, it } from 'vitest'
import { detect } from '../../src/scan/detector.js'
import { MARKER, SHAPES, classify, isKey, keyAt } from '../../src/scan/patterns.js'
import type { ShapeName } from '../../src/scan/types.js'
import { CONTEXTS, type Planted } from '../helpers/contexts.js'
import { makeKey, randomChars, seeded, SHAPES as KEY_LAYOUTS } from '../helpers/keys.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'
type KnownShape = keyof typeof KEY_LAYOUTS
const KNOWN = Object.keys(KEY_LAYOUTS) as KnownShape[]

/** A family member with any tag and segment lengths (the generator in helpers covers only today's shapes). */
function familyKey(tag: string, left: number, right: number, seed: number, alphabet = URLSAFE): string {
  const rand = seeded(seed)
  return `sk-${tag}${randomChars(left, alphabet, rand)}${MARKER}${randomChars(right, alphabet, rand)}`
}

describe('MARKER', () => {
  it('is the base64 of "OpenAI"', () => {
    expect(Buffer.from(MARKER, 'base64').toString('latin1')).toBe('OpenAI')
  })
})

describe('SHAPES', () => {
  it('covers every named shape and carries examples that classify as their own shape', () => {
    expect(SHAPES.map((shape) => shape.name).sort()).toEqual([...KNOWN].sort())
    for (const shape of SHAPES) {
      expect(shape.examples.length).toBe(shape.halves.length)
      for (const example of shape.examples) {
        expect(isKey(example)).toBe(true)
        expect(classify(example)).toBe(shape.name)
        expect(shape.pattern.test(example)).toBe(true)
      }
    }
  })

  it('has patterns that match no other shape’s examples', () => {
    for (const shape of SHAPES) {
      for (const other of SHAPES.filter((s) => s.name !== shape.name)) {
        for (const example of other.examples) expect(shape.pattern.test(example)).toBe(false)
      }
    }
  })
})

describe('classify: true examples', () => {
  it.each(KNOWN)('names %s keys for many seeds', (shape) => {
    for (let seed = 1; seed <= 25; seed++) {
      const key = makeKey(shape, seed)
      expect(isKey(key)).toBe(true)
      expect(classify(key)).toBe(shape)
    }
  })

  it('names the 20-character sk-None- keys and service keys with other names', () => {
    for (let seed = 1; seed <= 10; seed++) {
      expect(classify(familyKey('None-', 20, 20, seed, ALNUM))).toBe('none')
      expect(classify(familyKey('service-deploy-', 20, 20, seed, ALNUM))).toBe('service')
      expect(classify(familyKey('service-a_b-c-', 20, 20, seed, ALNUM))).toBe('service')
    }
  })

  it('accepts other members of the family as openai-key', () => {
    const members = [
      familyKey('', 42, 42, 1, ALNUM), // seen in real histories
      familyKey('proj-', 30, 30, 2),
      familyKey('svcacct-', 20, 20, 3, ALNUM),
      familyKey('admin-', 74, 74, 4),
      familyKey('', 20, 20, 5), // 20-character segments with _ or -: not the legacy alphabet
      familyKey('service-x-', 74, 74, 6),
      familyKey('', 200, 200, 7)
    ]
    for (const key of members) {
      expect(isKey(key)).toBe(true)
      expect(classify(key)).toBe('openai-key')
    }
  })
})

describe('classify: false examples', () => {
  const truncated = KNOWN.flatMap((shape) => {
    const key = makeKey(shape, 4)
    const marker = key.indexOf(MARKER)
    return [
      key.slice(0, marker - KEY_LAYOUTS[shape].half + 5) + key.slice(marker), // left segment cut to 5
      key.slice(0, marker + MARKER.length + 19) // right segment cut to 19
    ]
  })
  const cases: Record<string, string[]> = {
    placeholders: [
      'sk-...',
      'sk-proj-xxxx',
      'sk-your-key-here',
      'sk-proj-' + 'x'.repeat(74) + MARKER + 'x'.repeat(74),
      'sk-' + 'X'.repeat(20) + MARKER + 'X'.repeat(20),
      'sk-' + 'ab'.repeat(15) + MARKER + '01'.repeat(15)
    ],
    'other vendors': [
      'sk-ant-api03-' + randomChars(93, URLSAFE, seeded(1)) + 'AA',
      familyKey('ant-api03-', 40, 40, 2), // even with the marker
      'sk_live_' + randomChars(24, ALNUM, seeded(3)),
      'sk_live_' + randomChars(20, ALNUM, seeded(4)) + MARKER + randomChars(20, ALNUM, seeded(5))
    ],
    'the marker alone': [MARKER, `sk-${MARKER}`, `sk-proj-${MARKER}`],
    truncated,
    'too long': [familyKey('', 201, 40, 8), familyKey('', 40, 201, 9)]
  }
  it.each(Object.entries(cases))('rejects %s', (_name, values) => {
    for (const value of values) {
      expect(isKey(value)).toBe(false)
      expect(detect(`token = "${value}"\n`)).toEqual([])
    }
  })

  it('accepts exactly one key, nothing around it', () => {
    const key = makeKey('legacy', 1)
    for (const value of [` ${key}`, `${key} `, `${key}\n`, key.replace('sk-', 'sk_')])
      expect(isKey(value)).toBe(false)
  })

  it('rejects a key whose start is glued to a word on its left', () => {
    const key = makeKey('legacy', 2)
    expect(detect(`task${key}`)).toEqual([])
    expect(detect(`X${key}`)).toEqual([])
    expect(keyAt(key, key.indexOf(MARKER))).toBe(key)
  })
})

const PLANTED_SHAPES: Array<[ShapeName, string]> = [
  ...KNOWN.map((shape, i): [ShapeName, string] => [shape, makeKey(shape, 100 + i)]),
  ['none', familyKey('None-', 20, 20, 77, ALNUM)],
  ['openai-key', familyKey('', 42, 42, 78, ALNUM)]
]

describe('every shape in every context', () => {
  const table = Object.keys(CONTEXTS).flatMap((context) =>
    PLANTED_SHAPES.map(([shape, key]) => ({ context, shape, key }))
  )
  it.each(table)('$context: $shape', ({ context, shape, key }) => {
    const planted = (CONTEXTS[context] as (key: string) => Planted)(key)
    const hits = detect(planted.content)
    // Compared without the key, so that a failure never prints one.
    expect(hits.map(({ key: _key, ...where }) => where)).toEqual([
      { shape, encoding: planted.encoding, line: planted.line, column: planted.column }
    ])
    expect(hits[0]?.key === key).toBe(true)
  })
})
