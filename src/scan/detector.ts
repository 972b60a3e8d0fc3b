// Bytes → hits. Pure and synchronous. Speed comes from never running a regex over a whole buffer: the marker
// every key carries is found with Buffer.indexOf, and only the few hundred bytes around it are examined.
import {
  MARKER,
  MAX_PREFIX,
  MAX_SEGMENT,
  MAX_SERVICE_TAG,
  MAX_TAG,
  MIN_SEGMENT,
  classify,
  keyAt
} from './patterns.js'
import type { Encoding, Hit, ShapeName } from './types.js'

const MARKER_BYTES = Buffer.from(MARKER, 'latin1')
const UTF16LE_MARKER = Buffer.from(MARKER, 'utf16le')
const UTF16BE_MARKER = Buffer.from(UTF16LE_MARKER).swap16()
const BASE64_MARKERS = base64Forms(MARKER_BYTES)
/** The base64 of the shortest key is 68 characters; shorter runs cannot hold one. */
const MIN_BASE64_RUN = 60
/** Start candidates tried per marker: enough to skip a foreign or doubled `sk-`, few enough to stay linear. */
const MAX_STARTS_TRIED = 4

const KEY_CHAR = byteSet('A-Z', 'a-z', '0-9', '_', '-')
const ALNUM = byteSet('A-Z', 'a-z', '0-9')
const BASE64_CHAR = byteSet('A-Z', 'a-z', '0-9', '+', '/')
const [LF, EQUALS, LOWER_S, LOWER_K, DASH] = [0x0a, 0x3d, 0x73, 0x6b, 0x2d]

/** The keys in `input` (bytes or text), plain, base64-encoded or in UTF-16, with 1-based line and column. */
export function detect(input: Buffer | string): Hit[] {
  const buf = toBuffer(input)
  const hits = [...plainHits(buf, 'plain'), ...base64Hits(buf), ...utf16Hits(buf)]
  return hits.sort((a, b) => a.line - b.line || a.column - b.column)
}

/** Fast prefilter: false means `detect` finds nothing here. Scans the buffer a few times with memchr speed. */
export function mayContainKey(buf: Buffer): boolean {
  const bytes = toBuffer(buf)
  if (bytes.includes(MARKER_BYTES)) return true
  if (BASE64_MARKERS.some((form) => bytes.includes(form))) return true
  // UTF-16 text of ASCII characters always has NUL bytes: skip the two searches when there are none.
  return bytes.includes(0) && (bytes.includes(UTF16LE_MARKER) || bytes.includes(UTF16BE_MARKER))
}

function toBuffer(input: Buffer | Uint8Array | string): Buffer {
  if (typeof input === 'string') return Buffer.from(input, 'utf8')
  return Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength)
}

interface Found {
  key: string
  shape: ShapeName
  /** Byte offset of the key's `sk-`. */
  offset: number
}

function plainHits(buf: Buffer, encoding: Encoding): Hit[] {
  const locate = locator(buf)
  return plainKeys(buf).map(({ key, shape, offset }) => ({ key, shape, encoding, ...locate(offset) }))
}

function plainKeys(buf: Buffer): Found[] {
  const found: Found[] = []
  const runs = new KeyRuns(buf)
  let from = 0
  for (;;) {
    const marker = buf.indexOf(MARKER_BYTES, from)
    if (marker < 0) return found
    from = marker + MARKER_BYTES.length
    const hit = runs.keyAround(marker)
    if (hit) {
      found.push(hit)
      // A key's right segment may hold another marker: never report the same key twice.
      from = Math.max(from, hit.offset + hit.key.length)
    }
  }
}

/**
 * Walks the runs of key characters ([A-Za-z0-9_-]) that hold markers. What it has read of the current run
 * (its extent, and where `sk-` may start a key) is kept for the next marker, so each byte is read a bounded
 * number of times however the markers and `sk-` fragments are packed: time stays linear in the input.
 */
class KeyRuns {
  /** [from, to) are key characters. `closed`: the run ends at `to` (a non-key byte or the end of the buffer). */
  private from = 0
  private to = 0
  private closed = true
  /** Offsets in the run where `sk-` follows a non-alphanumeric byte, ascending; `head` skips the stale ones. */
  private starts: number[] = []
  private head = 0

  private readonly buf: Buffer

  // No parameter property: this file also runs under Node's type stripping (scripts, quick benches).
  constructor(buf: Buffer) {
    this.buf = buf
  }

  keyAround(marker: number): Found | undefined {
    this.enter(marker)
    const rightStart = marker + MARKER_BYTES.length
    this.grow(rightStart + MAX_SEGMENT + 1, marker - MAX_PREFIX)
    // Too long to the right: a longer token that holds the marker, not a key.
    if (!this.closed || this.to - rightStart < MIN_SEGMENT) return undefined
    this.dropStartsTooFarFrom(marker)
    let fallback: Found | undefined
    const last = Math.min(this.starts.length, this.head + MAX_STARTS_TRIED)
    for (let i = this.head; i < last; i++) {
      const offset = this.starts[i] as number
      if (offset + 3 + MIN_SEGMENT > marker) break
      const key = keyAt(this.buf.toString('latin1', offset, this.to), marker - offset)
      if (!key) continue
      const shape = classify(key)
      // `sk-sk-proj-…`: prefer the start that gives a known shape over the longest run.
      if (shape !== 'openai-key') return { key, shape, offset }
      fallback ??= { key, shape, offset }
    }
    return fallback
  }

  /** Makes [from, to) the run that holds the marker, reusing what is already read. */
  private enter(marker: number): void {
    if (!this.closed && marker >= this.to) this.grow(marker, marker - MAX_PREFIX)
    const inRun = marker >= this.from && (marker < this.to || (marker === this.to && !this.closed))
    if (inRun) return
    const floor = Math.max(0, marker - MAX_PREFIX)
    let from = marker
    while (from > floor && KEY_CHAR[this.buf[from - 1] as number]) from--
    this.from = from
    this.to = from
    this.closed = false
    this.starts = []
    this.head = 0
    this.grow(marker, from)
  }

  /** Reads on until `limit`, the end of the run, or the end of the buffer; notes `sk-` starts from `minStart`. */
  private grow(limit: number, minStart: number): void {
    if (this.closed) return
    const buf = this.buf
    const end = Math.min(limit, buf.length)
    let i = this.to
    for (; i < end; i++) {
      const byte = buf[i] as number
      if (!KEY_CHAR[byte]) {
        this.closed = true
        break
      }
      if (byte === LOWER_S && i >= minStart && isStart(buf, i)) this.starts.push(i)
    }
    this.to = i
    if (i >= buf.length) this.closed = true
  }

  /** Starts whose left segment is already too long for this marker are too long for every later one too. */
  private dropStartsTooFarFrom(marker: number): void {
    while (this.head < this.starts.length) {
      const offset = this.starts[this.head] as number
      const tag =
        this.buf.toString('latin1', offset + 3, offset + 11) === 'service-' ? MAX_SERVICE_TAG : MAX_TAG
      if (marker - offset - 3 - tag <= MAX_SEGMENT) break
      this.head++
    }
    if (this.head > 1024) {
      this.starts = this.starts.slice(this.head)
      this.head = 0
    }
  }
}

/** `sk-` not glued to a word on its left (`task-`, `xsk-` are not key starts; `_sk-`, `=sk-` are). */
function isStart(buf: Buffer, i: number): boolean {
  return buf[i + 1] === LOWER_K && buf[i + 2] === DASH && (i === 0 || !ALNUM[buf[i - 1] as number])
}

/** Keys inside base64 runs (Kubernetes Secret `data:` values); located at the start of the run. */
function base64Hits(buf: Buffer): Hit[] {
  const hits: Hit[] = []
  const locate = locator(buf)
  const next = BASE64_MARKERS.map((form) => buf.indexOf(form))
  let pos = 0
  for (;;) {
    for (const [i, form] of BASE64_MARKERS.entries()) {
      if ((next[i] as number) >= 0 && (next[i] as number) < pos) next[i] = buf.indexOf(form, pos)
    }
    const found = next.filter((at) => at >= 0)
    if (found.length === 0) return hits
    const at = Math.min(...found)
    let start = at
    while (start > pos && BASE64_CHAR[buf[start - 1] as number]) start--
    let end = at
    while (end < buf.length && BASE64_CHAR[buf[end] as number]) end++
    const runEnd = end
    while (end < buf.length && end - runEnd < 2 && buf[end] === EQUALS) end++
    pos = end
    if (runEnd - start < MIN_BASE64_RUN) continue
    const keys = decodedKeys(buf, start, end)
    if (keys.length > 0) {
      const where = locate(start)
      for (const { key, shape } of keys) hits.push({ key, shape, encoding: 'base64', ...where })
    }
  }
}

/** The run may begin with a few characters that are not part of the base64 value: try each alignment. */
function decodedKeys(buf: Buffer, start: number, end: number): Found[] {
  for (let skip = 0; skip < 4; skip++) {
    const keys = plainKeys(Buffer.from(buf.toString('latin1', start + skip, end), 'base64'))
    if (keys.length > 0) return keys
  }
  return []
}

/** UTF-16 text (with or without a BOM): decoded as a whole, only when the marker appears in UTF-16. */
function utf16Hits(buf: Buffer): Hit[] {
  const le = buf.indexOf(UTF16LE_MARKER)
  const be = le < 0 ? buf.indexOf(UTF16BE_MARKER) : -1
  if (le < 0 && be < 0) return []
  let bigEndian = le >= 0 ? le % 2 === 1 : be % 2 === 0
  if (buf[0] === 0xff && buf[1] === 0xfe) bigEndian = false
  else if (buf[0] === 0xfe && buf[1] === 0xff) bigEndian = true
  return plainHits(utf16AsUtf8(buf, bigEndian), bigEndian ? 'utf16be' : 'utf16le')
}

/**
 * UTF-16 text as the UTF-8 bytes that the detector matches and numbers lines in (its byte-order mark skipped,
 * an odd trailing byte dropped): what a UTF-16 hit's line and column refer to.
 */
export function utf16AsUtf8(buf: Buffer, bigEndian: boolean): Buffer {
  const bom = bigEndian ? buf[0] === 0xfe && buf[1] === 0xff : buf[0] === 0xff && buf[1] === 0xfe
  const start = bom ? 2 : 0
  const body = buf.subarray(start, start + ((buf.length - start) & ~1))
  const units = bigEndian ? Buffer.from(body).swap16() : body
  return Buffer.from(units.toString('utf16le'), 'utf8')
}

/**
 * Line and column (1-based; the column counts characters, not bytes) of ascending offsets. Lines are counted
 * only up to the offsets asked for, so a buffer without hits is never split into lines.
 */
function locator(buf: Buffer): (offset: number) => { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let nextNewline = buf.indexOf(LF)
  // Several hits on one long line: count on from the previous one.
  let counted = 0
  let column = 1
  return (offset) => {
    while (nextNewline >= 0 && nextNewline < offset) {
      line++
      lineStart = nextNewline + 1
      nextNewline = buf.indexOf(LF, lineStart)
    }
    if (counted < lineStart) [counted, column] = [lineStart, 1]
    // UTF-8 continuation bytes (10xxxxxx) do not start a character.
    for (; counted < offset; counted++) if (((buf[counted] as number) & 0xc0) !== 0x80) column++
    return { line, column }
  }
}

function base64Forms(bytes: Buffer): Buffer[] {
  // At each of the three alignments, keep only the characters whose six bits all come from `bytes`.
  return [0, 1, 2].map((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const first = Math.ceil((8 * offset) / 6)
    const end = Math.floor((8 * (offset + bytes.length)) / 6)
    return Buffer.from(encoded.slice(first, end), 'latin1')
  })
}

function byteSet(...ranges: string[]): Uint8Array {
  const set = new Uint8Array(256)
  for (const range of ranges) {
    const from = range.charCodeAt(0)
    const to = range.length === 3 ? range.charCodeAt(2) : from
    for (let code = from; code <= to; code++) set[code] = 1
  }
  return set
}
