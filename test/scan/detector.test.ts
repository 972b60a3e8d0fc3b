import { describe, expect, it } from 'vitest'
import { detect, find, mayContainKey, utf16AsUtf8 } from '../../src/scan/detector.js'
import { MARKER, isKey } from '../../src/scan/patterns.js'
import type { Hit } from '../../src/scan/types.js'
import { wrapped } from '../helpers/contexts.js'
import { makeKey, randomChars, seeded, SHAPES } from '../helpers/keys.js'

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

const KNOWN = Object.keys(SHAPES) as Array<keyof typeof SHAPES>

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

  it('finds a key right after a percent-escape or a backslash escape that ends in a letter or digit', () => {
    const escapes = ['%3D', '%22', '%3A', '%2F', '%20', '%253D', '%25', '\\u0022', '\\x3d', '\\n', '\\t']
    for (const [i, shape] of KNOWN.entries()) {
      const key = makeKey(shape, 80 + i)
      for (const escape of escapes) {
        const hits = detect(`GET /cb?next=https%3A%2F%2Fx.test%2F%3Fk${escape}${key}%26y%3D1 HTTP/1.1`)
        expect(hits.map((hit) => hit.shape)).toEqual([shape])
        expect(hits[0]?.key === key).toBe(true)
      }
    }
  })

  it('still rejects a start glued to a word that is no escape', () => {
    const key = makeKey('project', 90)
    for (const before of ['3D', 'a%3', '%G3', '%3Z', 'u0022', '\\u022', 'x3d', 'task']) {
      expect(places(detect(`v=${before}${key}`))).toEqual([])
    }
  })

  it('finds a known key glued to a longer run of key characters', () => {
    for (const [i, shape] of KNOWN.entries()) {
      const key = makeKey(shape, 100 + i)
      const glued = randomChars(300, 'abcdefXYZ0123456789', seeded(i))
      for (const text of [`${key}${glued}`, `k=${key}_${glued}`]) {
        const hits = detect(text)
        expect(hits.map((hit) => hit.shape)).toEqual([shape])
        expect(hits[0]?.key === key).toBe(true)
      }
      // Another key glued on: it is found too when the first ends in `_` or `-`, which may precede a key.
      const next = makeKey('project', 120 + i)
      const hits = detect(`k=${key}${next}`)
      expect(hits[0]?.shape).toBe(shape)
      expect(hits[0]?.key === key).toBe(true)
      expect(hits.slice(1).every((hit) => hit.key === next)).toBe(true)
    }
  })

  it('finds no key in look-alikes glued to more characters, escaped or wrapped', () => {
    const long = randomChars(300, 'abcdefXYZ0123456789', seeded(7))
    const lookAlikes = [
      `sk-proj-${'x'.repeat(74)}${MARKER}${'x'.repeat(74)}${long}`, // a placeholder, then more
      `sk-proj-${long.slice(0, 60)}${MARKER}${long}`, // a left segment of no known length
      `sk-${long.slice(0, 10)}${MARKER}${long}`, // truncated
      `%3Dsk-proj-xxxx%26`,
      `%3Dsk-${long.slice(0, 10)}${MARKER}${long.slice(0, 10)}%26`
    ]
    for (const text of lookAlikes) {
      expect(places(detect(`v=${text}\n`))).toEqual([])
      expect(places(detect(wrapped(base64(`v=${text}\n`), 76)))).toEqual([])
    }
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

  it('finds a key in base64 wrapped at any column, with LF or CRLF, indented or not, at every split', () => {
    // Shifting the key by one byte at a time puts its encoded marker across the line break at every place.
    const cases = [9, 13, 64, 76].flatMap((width) =>
      ['\n', '\r\n', '\n    '].flatMap((newline) =>
        Array.from({ length: 2 * width }, (_, pad) => ({ width, newline, pad }))
      )
    )
    const missed = cases.filter(({ width, newline, pad }, i) => {
      const key = makeKey(KNOWN[i % KNOWN.length]!, 40 + i)
      const value = wrapped(base64(`${'#'.repeat(pad)}\nOPENAI_API_KEY=${key}\n`), width, newline)
      const hits = detect(`kind: Secret\ndata:\n  env: ${value}\n`)
      const right = places(hits)[0]
      return !(hits.length === 1 && hits[0]?.key === key && right?.line === 3 && right.column === 8)
    })
    expect(missed).toEqual([])
  })

  it('finds the keys of a whole file as the base64 command writes it (76 columns, ending in a newline)', () => {
    const keys = KNOWN.map((shape, i) => makeKey(shape, 60 + i))
    const file = keys.map((key, i) => `${'# comment line\n'.repeat(i * 7)}KEY_${i}=${key}\n`).join('')
    const hits = detect(`${wrapped(base64(file), 76)}\n`)
    expect(sameKeys(hits, keys)).toBe(true)
    expect(places(hits).every((where) => where.line === 1 && where.column === 1)).toBe(true)
    expect(sameKeys(detect(`${wrapped(base64(file), 64, '\r\n')}\r\n`), keys)).toBe(true)
  })

  it('reads a block of base64 lines as one value, whatever precedes it', () => {
    const key = makeKey('admin', 70)
    const value = wrapped(base64(`x=${key}`), 76)
    expect(
      sameKeys(detect(`-----BEGIN DATA-----\r\n${wrapped(base64(key), 64, '\r\n')}\r\n-----END DATA-----`), [
        key
      ])
    ).toBe(true)
    expect(sameKeys(detect(`config: |\n  ${value.replaceAll('\n', '\n  ')}\nnext: 1\n`), [key])).toBe(true)
    // A word glued to the first line shifts every group: the marker says where they start.
    expect(sameKeys(detect(`words\nglue${value}\n`), [key])).toBe(true)
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

  it('reports the keys of both byte orders in one file, BOM or not', () => {
    const [a, b] = [makeKey('project', 16), makeKey('legacy', 17)]
    const le = Buffer.from(text(a), 'utf16le')
    const be = Buffer.from(text(b), 'utf16le').swap16()
    for (const bom of [Buffer.alloc(0), Buffer.from([0xff, 0xfe])]) {
      for (const [first, second] of [
        [le, be],
        [be, le]
      ]) {
        const hits = detect(Buffer.concat([bom, first!, second!]))
        expect(hits.map((hit) => hit.encoding).sort()).toEqual(['utf16be', 'utf16le'])
        expect(hits.find((hit) => hit.encoding === 'utf16le')?.key === a).toBe(true)
        expect(hits.find((hit) => hit.encoding === 'utf16be')?.key === b).toBe(true)
      }
    }
  })

  it('decodes piece by piece exactly as at once, surrogate pairs and lone surrogates included', () => {
    const rand = seeded(18)
    const units = Array.from(
      { length: 3000 },
      () => [0x41, 0x0a, 0xe9, 0x4e2d, 0xd83d, 0xde00, 0xdc00][Math.floor(rand() * 7)] as number
    )
    const le = Buffer.from(Uint16Array.from(units).buffer)
    for (const bytes of [le, Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le.subarray(1)]) {
      for (const bigEndian of [false, true]) {
        const whole = utf16AsUtf8(bytes, bigEndian)
        for (const piece of [4, 6, 7, 100, 1001]) {
          expect(utf16AsUtf8(bytes, bigEndian, piece).equals(whole)).toBe(true)
        }
      }
    }
  })

  it('finds a key at the very end of a big-endian file', () => {
    const key = makeKey('legacy', 15)
    const be = Buffer.from(key, 'utf16le').swap16()
    expect(sameKeys(detect(be), [key])).toBe(true)
  })
})

describe('detect: offsets past what one native search answers', () => {
  // Buffer.indexOf answers in 32-bit integers: past 2 GiB its offsets wrap (negative up to 4 GiB). The same
  // arithmetic at a small scale, so that no test allocates gigabytes: a native search that wraps past LIMIT,
  // inputs between LIMIT and twice that, and windows below it.
  const LIMIT = 8192
  const searchWindow = 1000

  function withWrappingSearch<T>(run: () => T): T {
    const native = Buffer.prototype.indexOf
    Buffer.prototype.indexOf = function (this: Buffer, ...args: Parameters<Buffer['indexOf']>): number {
      const at = native.apply(this, args)
      return at >= LIMIT ? ((at + LIMIT) % (2 * LIMIT)) - LIMIT : at
    }
    try {
      return run()
    } finally {
      Buffer.prototype.indexOf = native
    }
  }

  const keys = KNOWN.map((shape, i) => makeKey(shape, 130 + i))
  const filler = (n: number): string => 'lorem ipsum dolor\n'.repeat(n)
  const inputs: Array<[string, Buffer, number]> = [
    [
      'plain, escaped, glued and base64',
      Buffer.from(
        [
          filler(300),
          `a=${keys[0]}\n`,
          filler(50),
          `GET /?k%3D${keys[1]}%26 HTTP/1.1\n`,
          `${keys[2]}${'x'.repeat(250)}\n`,
          filler(120),
          `${wrapped(base64(`${filler(40)}K=${keys[3]}\n`), 76)}\n`,
          filler(200),
          `b=${keys[4]}`
        ].join('')
      ),
      5
    ],
    [
      'UTF-16, both byte orders',
      Buffer.concat([
        Buffer.from(`${filler(200)}k=${keys[5]}\n`, 'utf16le'),
        Buffer.from(`${filler(200)}k=${keys[6]}\n`, 'utf16le').swap16()
      ]),
      2
    ]
  ]

  it.each(inputs)('%s: every key found at its place', (_name, input, count) => {
    expect(input.length).toBeGreaterThan(LIMIT)
    expect(input.length).toBeLessThan(2 * LIMIT)
    const reference = detect(input)
    expect(reference.length).toBe(count)
    const windowed = withWrappingSearch(() => detect(input, { searchWindow }))
    expect(places(windowed)).toEqual(places(reference))
    expect(windowed.every((hit, i) => hit.key === reference[i]?.key)).toBe(true)
    expect(withWrappingSearch(() => mayContainKey(input, { searchWindow }))).toBe(true)
    // The simulation bites: one native search over the whole buffer misses or misplaces keys.
    expect(places(withWrappingSearch(() => detect(input)))).not.toEqual(places(reference))
  })

  it('searches window by window exactly as one search would', () => {
    const rand = seeded(140)
    const hay = Buffer.from(randomChars(5000, 'ab\n', rand))
    for (const needle of [Buffer.from('abba'), Buffer.from('a\nb'), Buffer.from('bbbbbb'), 0x0a]) {
      for (const from of [0, 1, 999, 1000, 2500, 4999, 5000]) {
        for (const window of [7, 8, 100, 1000]) {
          expect(find(hay, needle, from, window)).toBe(hay.indexOf(needle, from))
        }
      }
    }
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

  it('answers exactly as a whole search for each marker form would, also among pieces of the forms', () => {
    // The forms, built here from the marker: plain, base64 at each alignment (halves: wrapping may cut a form
    // anywhere), and UTF-16 in both byte orders (looked for only where a NUL byte is).
    const marker = Buffer.from(MARKER)
    const forms = [0, 1, 2].map((pad) =>
      Buffer.concat([Buffer.alloc(pad), marker])
        .toString('base64')
        .slice(Math.ceil((8 * pad) / 6), Math.floor((8 * (pad + marker.length)) / 6))
    )
    const text = [marker, ...forms.flatMap((f) => [f.slice(0, 5), f.slice(5)]).map((h) => Buffer.from(h))]
    const utf16 = [Buffer.from(MARKER, 'utf16le'), Buffer.from(MARKER, 'utf16le').swap16()]
    const expected = (buf: Buffer) =>
      text.some((n) => buf.includes(n)) || (buf.includes(0) && utf16.some((n) => buf.includes(n)))
    const rand = seeded(160)
    const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!
    let found = 0
    for (let i = 0; i < 3000; i++) {
      // Pieces of the forms (a part without the bytes before or after it above all), glued or apart.
      const parts = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => {
        const form = pick([...text, ...utf16])
        const from = Math.floor(rand() * form.length)
        const to = from + 1 + Math.floor(rand() * (form.length - from))
        return Buffer.concat([form.subarray(from, to), Buffer.from(pick(['', ' ', 'x', '\0', 'Z']))])
      })
      const buf = Buffer.concat(parts)
      const want = expected(buf)
      if (want) found++
      expect(mayContainKey(buf)).toBe(want)
      expect(mayContainKey(buf, { searchWindow: 24 })).toBe(want)
    }
    // Both answers came up often enough for the comparison to mean something.
    expect(found).toBeGreaterThan(300)
    expect(found).toBeLessThan(2700)
  })

  it('never says false where detect finds a key', () => {
    for (const content of [`a ${key}`, base64(key), Buffer.from(key, 'utf16le')]) {
      const buf = Buffer.isBuffer(content) ? content : Buffer.from(content)
      expect(detect(buf)).toHaveLength(1)
      expect(mayContainKey(buf)).toBe(true)
    }
  })
})

describe('detect: adversarial input', () => {
  // Fragments packed to make a careless scanner slow or confused. How long a scan takes is measured by the bench
  // (`npm run bench`, the adversarial rows, linear means ×2 per doubling); here, what it must yield: exactly the
  // keys planted among the fragments, each once, in the encoding it was planted in.
  const size = 1024 * 1024
  const plain = (key: string): string => `\n${key}\n`
  const utf16 = (text: string): string => Buffer.from(text, 'utf16le').toString('latin1')
  const inBase64 = (key: string): string => ` ${base64(`\n${key}\n`)} `
  const varied = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3)

  it.each([
    ['markers only', MARKER, plain, 'plain'],
    ['sk- and markers', `-sk-${MARKER}`, plain, 'plain'],
    ['glued starts', `xsk-${MARKER.repeat(30)} `, plain, 'plain'],
    ['doubled starts', `${'sk-'.repeat(80)}${MARKER.repeat(25)} `, plain, 'plain'],
    ['escapes before starts', `%3Dsk-${MARKER}\\nsk-${MARKER}%253Dsk-`, plain, 'plain'],
    ['glued right sides', `sk-proj-${varied.slice(0, 74)}${MARKER}${'b'.repeat(300)}-`, plain, 'plain'],
    ['base64 forms', base64(`ab${MARKER}`), inBase64, 'base64'],
    ['wrapped base64 forms', `${wrapped(base64(`ab${MARKER}cd`), 9)}\n`, inBase64, 'base64'],
    ['UTF-16 markers', utf16(`${MARKER} `), (key: string) => utf16(`\n${key}\n`), 'utf16le'],
    [
      'UTF-16 markers in both byte orders',
      utf16(`${MARKER} `) + Buffer.from(`${MARKER} `, 'utf16le').swap16().toString('latin1'),
      (key: string) => utf16(`\n${key}\n`),
      'utf16le'
    ]
  ])('%s: finds exactly the planted keys', (_name, unit, plant, encoding) => {
    const keys = KNOWN.map((shape, i) => makeKey(shape, 150 + i))
    const filler = unit.repeat(Math.ceil(size / unit.length / keys.length))
    const input = Buffer.from(keys.map((key) => filler + plant(key)).join('') + filler, 'latin1')
    expect(input.length).toBeGreaterThan(size)
    const hits = detect(input)
    const planted = hits.filter((hit) => keys.includes(hit.key))
    expect(planted.map((hit) => keys.indexOf(hit.key))).toEqual(keys.map((_, i) => i))
    expect(planted.every((hit) => hit.encoding === encoding)).toBe(true)
    // Some fillers hold family members of their own (`sk-` and a marker with 20 or more characters around
    // it): as many in each stretch of filler as in one alone, and nothing else.
    const own = detect(Buffer.from(`${filler}\n`, 'latin1'))
    expect(hits.length - planted.length).toBe(own.length * (keys.length + 1))
    expect(hits.every((hit) => isKey(hit.key))).toBe(true)
    expect(mayContainKey(input)).toBe(true)
  })
})
