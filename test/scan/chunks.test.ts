// The windows of large files and blobs, with windows small enough to put a key across every edge: whatever the
// window size and however the bytes arrive, the keys, lines and columns are those of the whole buffer at once.
import { describe, expect, it } from 'vitest'
import { ChunkedKeys } from '../../src/scan/sources/chunks.js'
import { keysIn, type BufferHit } from '../../src/scan/sources/common.js'
import { makeKey, seeded } from '../helpers/keys.js'

const CHUNK = 256
const OVERLAP = 1024

type Form = 'plain' | 'base64' | 'utf16le' | 'utf16be'

/** About 6 KiB of lines, the key written in `form` at `offset`; UTF-16 forms make the whole text UTF-16. */
function document(key: string, form: Form, offset: number): Buffer {
  const filler = Array.from({ length: 300 }, (_, i) => `line ${i}: some text`).join('\n')
  const at = Math.min(offset, filler.length)
  const encoded = form === 'base64' ? Buffer.from(key).toString('base64') : key
  const text = `${filler.slice(0, at)} K=${encoded} ${filler.slice(at)}`
  if (form === 'utf16le') return Buffer.from(text, 'utf16le')
  if (form === 'utf16be') return Buffer.from(text, 'utf16le').swap16()
  return Buffer.from(text, 'latin1')
}

const places = (hits: BufferHit[]): string[] =>
  [...new Set(hits.map(({ hit }) => `${hit.encoding} ${hit.line}:${hit.column} ${hit.key.length}`))].sort()

describe('ChunkedKeys', () => {
  const key = makeKey('project', 401)

  it.each<Form>(['plain', 'base64', 'utf16le', 'utf16be'])(
    'finds a %s key at every offset across window edges, pushed or pulled, as the whole buffer does',
    (form) => {
      const rand = seeded(form.length)
      for (let offset = 0; offset < 5000; offset += 23) {
        const bytes = document(key, form, offset)
        const whole = places(keysIn(bytes))
        expect(whole).toHaveLength(1)
        const pushed = new ChunkedKeys(CHUNK, OVERLAP)
        for (let from = 0; from < bytes.length;) {
          const n = 1 + Math.floor(rand() * 700)
          pushed.push(bytes.subarray(from, from + n))
          from += n
        }
        expect(places(pushed.end()), `${form} at ${offset}`).toEqual(whole)
        const pulled = new ChunkedKeys(CHUNK, OVERLAP)
        let at = 0
        pulled.pull((buffer, into, length) => {
          const n = bytes.copy(buffer, into, at, Math.min(bytes.length, at + length))
          at += n
          return n
        })
        expect(places(pulled.end()), `${form} at ${offset}`).toEqual(whole)
        expect(pulled.bytes).toBe(bytes.length)
      }
    }
  )

  it('never reports a key cut by a window edge, nor one glued into a longer token there', () => {
    // A token of key characters far longer than a key, holding the marker: never a key, in any window.
    const token = Buffer.from(`sk-${'a1'.repeat(400)}${key.slice(key.length - 90)}${'b2'.repeat(400)}\n`)
    const keys = new ChunkedKeys(CHUNK, OVERLAP)
    keys.push(Buffer.concat([token, token, token]))
    expect(keys.end()).toEqual(keysIn(Buffer.concat([token, token, token])))
  })

  it('starts afresh after reset, and counts the bytes', () => {
    const keys = new ChunkedKeys(CHUNK, OVERLAP)
    keys.push(document(key, 'plain', 1000))
    expect(keys.end()).toHaveLength(1)
    keys.reset()
    keys.push(Buffer.from('nothing here\n'.repeat(500)))
    expect(keys.end()).toEqual([])
    expect(keys.bytes).toBe(13 * 500)
  })
})
