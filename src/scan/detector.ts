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
  keyAt,
  knownKeyAt,
  markerFitsKnownShape
} from './patterns.js'
import type { Encoding, Hit, ShapeName } from './types.js'

const MARKER_BYTES = Buffer.from(MARKER, 'latin1')
const UTF16LE_MARKER = Buffer.from(MARKER, 'utf16le')
const UTF16BE_MARKER = Buffer.from(UTF16LE_MARKER).swap16()
const BASE64_MARKERS = base64Forms(MARKER_BYTES)
const SERVICE_TAG_BYTES = Buffer.from('service-', 'latin1')
/**
 * Base64 wrapped into lines may split a marker form anywhere. Each form is 10 characters: cut once, at any
 * place, it keeps its first five or its last five whole, so these six pieces find every form in text wrapped
 * at 9 columns or more (and short needles are what Buffer.indexOf searches fastest).
 */
const BASE64_MARKER_TEXTS = BASE64_MARKERS.map((form) => form.toString('latin1'))
const BASE64_PIECES = BASE64_MARKERS.flatMap((form) => [form.subarray(0, 5), form.subarray(5)])
/** Where each form starts in its 4-character group: the form of a marker at byte `a` of a 3-byte group. */
const BASE64_FORM_SHIFT = [0, 1, 2].map((a) => Math.ceil((8 * a) / 6))
/** The base64 of the shortest key is 68 characters; shorter runs cannot hold one. */
const MIN_BASE64_RUN = 60
/** Start candidates tried per marker: enough to skip a foreign or doubled `sk-`, few enough to stay linear. */
const MAX_STARTS_TRIED = 4
/**
 * The most bytes one Buffer.indexOf may cover: it answers in 32-bit integers, so offsets past 2 GiB come
 * back wrapped. Longer buffers are searched window by window.
 */
export const SEARCH_WINDOW = 2 ** 30

const KEY_CHAR = byteSet('A-Z', 'a-z', '0-9', '_', '-')
const ALNUM = byteSet('A-Z', 'a-z', '0-9')
const HEX = byteSet('A-F', 'a-f', '0-9')
const BASE64_CHAR = byteSet('A-Z', 'a-z', '0-9', '+', '/')
/** Letters of the one-character escapes (`\n`, `\t`, …) that may stand right before a key in escaped text. */
const ESCAPE_LETTER = byteSet('n', 'r', 't', 'b', 'f', 'v', '0')
const [LF, CR, TAB, SPACE, EQUALS, PERCENT, BACKSLASH] = [0x0a, 0x0d, 0x09, 0x20, 0x3d, 0x25, 0x5c]
const [LOWER_S, LOWER_K, LOWER_U, LOWER_X, DASH, DIGIT_2, DIGIT_5] = [
  0x73, 0x6b, 0x75, 0x78, 0x2d, 0x32, 0x35
]

export interface DetectOptions {
  /** The most bytes one native search covers (default SEARCH_WINDOW); any size gives the same hits. */
  searchWindow?: number
}

/** The keys in `input` (bytes or text), plain, base64-encoded or in UTF-16, with 1-based line and column. */
export function detect(input: Buffer | string, options: DetectOptions = {}): Hit[] {
  const buf = toBuffer(input)
  const window = options.searchWindow ?? SEARCH_WINDOW
  const hits = [...plainHits(buf, 'plain', window), ...base64Hits(buf, window), ...utf16Hits(buf, window)]
  return hits.sort((a, b) => a.line - b.line || a.column - b.column)
}

/**
 * A needle of the prefilter, searched by a part of it. Buffer.indexOf finds a needle under 8 bytes by looking for
 * its first byte with memchr and comparing the rest, and longer needles a slower way: on source code a needle that
 * starts with a frequent letter (`ia0ZK`) or is long (the marker) cost up to ten times the others. Capitals are
 * rare in most text, so the part searched starts at the needle's second capital (`ZK`, `BlbkFJ`) and is at most 7
 * bytes; where it occurs, the whole needle is compared: the same answers, several times faster.
 */
interface Needle {
  whole: Buffer
  /** The part searched: [from, to) of the whole. */
  from: number
  to: number
}

function needle(whole: Buffer): Needle {
  const capital = (at: number) => whole[at]! >= 0x41 && whole[at]! <= 0x5a
  let from = 1
  while (from < whole.length - 2 && !capital(from)) from++
  if (!capital(from)) from = 0
  return { whole, from, to: Math.min(whole.length, from + 7) }
}

/** Whether `buf` holds `needle.whole`, wherever its part occurs with the rest of it around. */
function holds(buf: Buffer, { whole, from, to }: Needle, window: number): boolean {
  const part = whole.subarray(from, to)
  const exact = part.length === whole.length
  for (let at = find(buf, part, from, window); at >= 0; at = find(buf, part, at + 1, window)) {
    const start = at - from
    if (exact) return true
    if (
      start + whole.length <= buf.length &&
      buf.compare(whole, 0, whole.length, start, start + whole.length) === 0
    )
      return true
  }
  return false
}

const PREFILTER_TEXT = [MARKER_BYTES, ...BASE64_PIECES].map(needle)
const PREFILTER_UTF16 = [UTF16LE_MARKER, UTF16BE_MARKER].map(needle)

/** Fast prefilter: false means `detect` finds nothing here. Scans the buffer a few times with memchr speed. */
export function mayContainKey(buf: Buffer, options: DetectOptions = {}): boolean {
  const bytes = toBuffer(buf)
  const window = options.searchWindow ?? SEARCH_WINDOW
  const has = (n: Needle): boolean => holds(bytes, n, window)
  if (PREFILTER_TEXT.some(has)) return true
  // UTF-16 text of ASCII characters always has NUL bytes: skip the two searches when there are none.
  return find(bytes, 0, 0, window) >= 0 && PREFILTER_UTF16.some(has)
}

/**
 * `buf.indexOf(needle, from)`, correct for any buffer length: one native search per window of `window` bytes,
 * the windows overlapping by the needle's length less one so that no occurrence falls between two.
 */
export function find(buf: Buffer, needle: Buffer | number, from: number, window = SEARCH_WINDOW): number {
  if (buf.length <= window) return buf.indexOf(needle, from)
  const overlap = typeof needle === 'number' ? 0 : needle.length - 1
  if (window <= overlap) throw new RangeError(`A search window of ${window} bytes is too small.`)
  for (let start = Math.max(0, from); start < buf.length; start += window - overlap) {
    const at = buf.subarray(start, Math.min(buf.length, start + window)).indexOf(needle)
    if (at >= 0) return start + at
    if (start + window >= buf.length) break
  }
  return -1
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

function plainHits(buf: Buffer, encoding: Encoding, window: number): Hit[] {
  const locate = locator(buf, window)
  return plainKeys(buf, window).map(({ key, shape, offset }) => ({ key, shape, encoding, ...locate(offset) }))
}

function plainKeys(buf: Buffer, window: number): Found[] {
  const found: Found[] = []
  const runs = new KeyRuns(buf)
  let from = 0
  for (;;) {
    const marker = find(buf, MARKER_BYTES, from, window)
    if (marker < 0) return found
    from = marker + MARKER_BYTES.length
    const hit = runs.keyAround(marker)
    if (hit) {
      found.push(hit)
      // A key's right segment may hold another marker: never report the same key twice.
      from = Math.max(from, hit.offset + hit.key.length)
      runs.consumed(hit.offset + hit.key.length)
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
    if (this.to - rightStart < MIN_SEGMENT) return undefined
    // Longer to the right than any key: another token that holds the marker, or a key with more key
    // characters glued to its end. Only a known shape tells where such a key ends.
    const gluedOn = !this.closed
    this.dropStartsTooFarFrom(marker)
    let fallback: Found | undefined
    const last = Math.min(this.starts.length, this.head + MAX_STARTS_TRIED)
    for (let i = this.head; i < last; i++) {
      const offset = this.starts[i] as number
      if (offset + 3 + MIN_SEGMENT > marker) break
      if (gluedOn && !markerFitsKnownShape(marker - offset, () => this.isServiceStart(offset))) continue
      const key = keyIn(this.buf.toString('latin1', offset, this.to), marker - offset, gluedOn)
      if (!key) continue
      const shape = classify(key)
      // `sk-sk-proj-…`: prefer the start that gives a known shape over the longest run.
      if (shape !== 'openai-key') return { key, shape, offset }
      fallback ??= { key, shape, offset }
    }
    return fallback
  }

  /** A key was found up to `end`: no later key starts inside it. */
  consumed(end: number): void {
    while (this.head < this.starts.length && (this.starts[this.head] as number) < end) this.head++
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

  /** Whether the key starting at `offset` goes on with `service-` after its `sk-`. */
  private isServiceStart(offset: number): boolean {
    const end = offset + 3 + SERVICE_TAG_BYTES.length
    return end <= this.buf.length && this.buf.compare(SERVICE_TAG_BYTES, 0, 8, offset + 3, end) === 0
  }

  /** Starts whose left segment is already too long for this marker are too long for every later one too. */
  private dropStartsTooFarFrom(marker: number): void {
    while (this.head < this.starts.length) {
      const offset = this.starts[this.head] as number
      const tag = this.isServiceStart(offset) ? MAX_SERVICE_TAG : MAX_TAG
      if (marker - offset - 3 - tag <= MAX_SEGMENT) break
      this.head++
    }
    if (this.head > 1024) {
      this.starts = this.starts.slice(this.head)
      this.head = 0
    }
  }
}

/**
 * The key at the front of `run`. The family rule takes the whole run; a known key followed by more key
 * characters ends where its shape says, when the run is too long for a key or goes on with another `sk-`.
 * A run too long for a key is no family member: only a known shape says where a key in it ends.
 */
function keyIn(run: string, marker: number, tooLong: boolean): string | null {
  if (tooLong) return knownKeyAt(run, marker)
  const key = keyAt(run, marker)
  if (!key || classify(key) !== 'openai-key') return key
  const known = knownKeyAt(run, marker)
  return known && run.startsWith('sk-', known.length) ? known : key
}

/**
 * `sk-` not glued to a word on its left (`task-`, `xsk-` are not key starts; `_sk-`, `=sk-` are), or right
 * after an escape that ends in a letter or digit (`%3Dsk-`, `%253Dsk-`, `\u0022sk-`, `\x3dsk-`, `\nsk-`).
 */
function isStart(buf: Buffer, i: number): boolean {
  if (buf[i + 1] !== LOWER_K || buf[i + 2] !== DASH) return false
  return i === 0 || !ALNUM[buf[i - 1] as number] || afterEscape(buf, i)
}

function afterEscape(buf: Buffer, i: number): boolean {
  const at = (back: number): number => (i >= back ? (buf[i - back] as number) : -1)
  const hex = (back: number): boolean => i >= back && HEX[buf[i - back] as number] === 1
  // %XX, and %25XX: text URL-encoded twice.
  if (
    hex(1) &&
    hex(2) &&
    (at(3) === PERCENT || (at(5) === PERCENT && at(4) === DIGIT_2 && at(3) === DIGIT_5))
  )
    return true
  if (at(2) === BACKSLASH && ESCAPE_LETTER[at(1)] === 1) return true
  if (hex(1) && hex(2) && at(3) === LOWER_X && at(4) === BACKSLASH) return true
  return hex(1) && hex(2) && hex(3) && hex(4) && at(5) === LOWER_U && at(6) === BACKSLASH
}

/**
 * Keys inside base64 (Kubernetes Secret `data:` values, `base64` output wrapped at 76 columns, PEM-style 64
 * with CRLF): each block of base64 lines is read as one value and located at its start.
 */
function base64Hits(buf: Buffer, window: number): Hit[] {
  const hits: Hit[] = []
  const locate = locator(buf, window)
  const next = BASE64_PIECES.map((piece) => find(buf, piece, 0, window))
  let pos = 0
  for (;;) {
    for (const [i, piece] of BASE64_PIECES.entries()) {
      if ((next[i] as number) >= 0 && (next[i] as number) < pos) next[i] = find(buf, piece, pos, window)
    }
    const found = next.filter((at) => at >= 0)
    if (found.length === 0) return hits
    const block = base64Block(buf, Math.min(...found), pos)
    pos = block.end
    if (block.text.length < MIN_BASE64_RUN) continue
    const keys = decodedKeys(block.text, window)
    if (keys.length > 0) {
      const where = locate(block.start)
      for (const { key, shape } of keys) hits.push({ key, shape, encoding: 'base64', ...where })
    }
  }
}

/**
 * The base64 block around `at` (not before `floor`): base64 characters, and line breaks (LF or CRLF, then
 * any indentation) between two of them; `text` is its characters without the breaks, padding included.
 */
function base64Block(buf: Buffer, at: number, floor: number): { start: number; end: number; text: string } {
  let wrappedLines = false
  let start = at
  for (;;) {
    while (start > floor && BASE64_CHAR[buf[start - 1] as number]) start--
    let before = start
    while (before > floor && (buf[before - 1] === SPACE || buf[before - 1] === TAB)) before--
    if (before <= floor || buf[before - 1] !== LF) break
    before--
    if (before > floor && buf[before - 1] === CR) before--
    if (before <= floor || !BASE64_CHAR[buf[before - 1] as number]) break
    start = before
    wrappedLines = true
  }
  let end = at
  for (;;) {
    while (end < buf.length && BASE64_CHAR[buf[end] as number]) end++
    let after = end
    if (buf[after] === CR) after++
    if (buf[after] !== LF) break
    after++
    while (buf[after] === SPACE || buf[after] === TAB) after++
    if (!BASE64_CHAR[buf[after] as number]) break
    end = after
    wrappedLines = true
  }
  const runEnd = end
  while (end < buf.length && end - runEnd < 2 && buf[end] === EQUALS) end++
  // Too short for a key even with its breaks: not worth a string.
  if (end - start < MIN_BASE64_RUN) return { start, end, text: '' }
  const raw = buf.toString('latin1', start, end)
  return { start, end, text: wrappedLines ? raw.replace(/[\r\n\t ]+/g, '') : raw }
}

/**
 * The keys in a block of base64. Text glued in front of the value shifts its 4-character groups; each marker
 * form found says where its groups start, so the block is decoded once per alignment its markers need.
 */
function decodedKeys(text: string, window: number): Found[] {
  const alignments = new Set<number>()
  for (const [i, form] of BASE64_MARKER_TEXTS.entries()) {
    const shift = BASE64_FORM_SHIFT[i] as number
    for (let at = text.indexOf(form); at >= 0 && alignments.size < 4; at = text.indexOf(form, at + 1)) {
      alignments.add((((at - shift) % 4) + 4) % 4)
    }
  }
  return [...alignments].flatMap((skip) => plainKeys(Buffer.from(text.slice(skip), 'base64'), window))
}

/**
 * UTF-16 text (with or without a BOM), decoded as a whole in each byte order its markers show: a file may hold
 * both (two files joined, a dump of several strings).
 */
function utf16Hits(buf: Buffer, window: number): Hit[] {
  return utf16Orders(buf, window).flatMap((bigEndian) =>
    plainHits(utf16AsUtf8(buf, bigEndian), bigEndian ? 'utf16be' : 'utf16le', window)
  )
}

/**
 * The byte orders (false: little-endian, true: big-endian) of the UTF-16 markers in `buf`. The little-endian
 * marker at an odd offset, like the big-endian one at an even offset, is big-endian text read from an even
 * offset, which is how `utf16AsUtf8` reads it.
 */
function utf16Orders(buf: Buffer, window: number): boolean[] {
  const orders = new Set<boolean>()
  for (const [marker, evenIsBig] of [
    [UTF16LE_MARKER, false],
    [UTF16BE_MARKER, true]
  ] as const) {
    for (let at = find(buf, marker, 0, window); at >= 0 && orders.size < 2;) {
      orders.add((at % 2 === 0) === evenIsBig)
      at = find(buf, marker, at + 1, window)
    }
  }
  return [false, true].filter((bigEndian) => orders.has(bigEndian))
}

/** Bytes of UTF-16 decoded at a time: a string holds at most 2^29 characters, a UTF-16 file may hold more. */
export const UTF16_PIECE = 64 * 1024 * 1024

/**
 * UTF-16 text as the UTF-8 bytes that the detector matches and numbers lines in (its byte-order mark skipped,
 * an odd trailing byte dropped): what a UTF-16 hit's line and column refer to. Decoded piece by piece, never
 * splitting a surrogate pair, so any size gives the same bytes.
 */
export function utf16AsUtf8(buf: Buffer, bigEndian: boolean, piece = UTF16_PIECE): Buffer {
  const bom = bigEndian ? buf[0] === 0xfe && buf[1] === 0xff : buf[0] === 0xff && buf[1] === 0xfe
  const start = bom ? 2 : 0
  const body = buf.subarray(start, start + ((buf.length - start) & ~1))
  const decode = (units: Buffer): Buffer =>
    Buffer.from((bigEndian ? Buffer.from(units).swap16() : units).toString('utf16le'), 'utf8')
  if (body.length <= piece) return decode(body)
  const parts: Buffer[] = []
  for (let at = 0; at < body.length;) {
    let end = Math.min(body.length, at + (piece & ~1))
    const high = body[bigEndian ? end - 2 : end - 1] as number
    if (end < body.length && (high & 0xfc) === 0xd8 && end - 2 > at) end -= 2
    parts.push(decode(body.subarray(at, end)))
    at = end
  }
  return Buffer.concat(parts)
}

/**
 * Line and column (1-based; the column counts characters, not bytes) of ascending offsets. Lines are counted
 * only up to the offsets asked for, so a buffer without hits is never split into lines.
 */
function locator(buf: Buffer, window: number): (offset: number) => { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let nextNewline = find(buf, LF, 0, window)
  // Several hits on one long line: count on from the previous one.
  let counted = 0
  let column = 1
  return (offset) => {
    while (nextNewline >= 0 && nextNewline < offset) {
      line++
      lineStart = nextNewline + 1
      nextNewline = find(buf, LF, lineStart, window)
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
