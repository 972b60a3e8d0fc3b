// Large files and blobs, in bounded memory: the detector sees overlapping windows of at most CHUNK_BYTES plus
// OVERLAP_BYTES, never the whole input. One window holds a whole small file, so the common case costs nothing.
import { detect } from '../detector.js'
import { MARKER, MAX_PREFIX, MAX_SEGMENT } from '../patterns.js'
import { keysIn, type BufferHit } from './common.js'

/** Bytes a window adds to the previous one. 4 MiB stays in the CPU caches: reading it is faster than more. */
export const CHUNK_BYTES = 4 << 20

/**
 * A key past the edge of one window must lie whole in the next. The longest key in its widest encoding: UTF-16
 * doubles it, base64 wrapped at narrow columns with CRLF doubles it too; twice that again for the context the
 * detector reads around a key, rounded up to a power of two (even, so UTF-16 keeps its byte order).
 */
const LONGEST_KEY = MAX_PREFIX + MARKER.length + MAX_SEGMENT
export const OVERLAP_BYTES = 2 ** Math.ceil(Math.log2(2 * 2 * 2 * LONGEST_KEY))

/**
 * How far a hit must be from a cut edge of its window to be trusted. A key cut by the edge is seen truncated;
 * the same window with EDGE_BYTES fewer at that edge sees it truncated differently, so only whole keys are seen
 * by both. A multiple of 4 (base64) and of 2 (UTF-16).
 */
const EDGE_BYTES = 64

/**
 * Keys in a byte stream too large for one buffer. Windows are [k·chunk, (k+1)·chunk + overlap): each overlaps
 * the next by `overlap` bytes, so every key lies whole, away from the cut edges, in at least one of them. Lines
 * are counted as the windows move on, so a hit keeps its line in the whole input; its column, when its line
 * began before its window, counts the bytes of that line before the window (they are gone by then).
 */
export class ChunkedKeys {
  private buffer: Buffer
  /** Bytes of the stream before buffer[0], and how many bytes the buffer holds. */
  private start = 0
  private filled = 0
  /** Newlines before buffer[0], and bytes of the line that buffer[0] belongs to, before it. */
  private lines = 0
  private lineBytes = 0
  private readonly found = new Map<string, BufferHit>()

  private readonly chunk: number
  private readonly overlap: number

  constructor(chunk = CHUNK_BYTES, overlap = OVERLAP_BYTES) {
    if (chunk < 2 * EDGE_BYTES || overlap < 4 * EDGE_BYTES || chunk % 4 !== 0 || overlap % 4 !== 0) {
      throw new Error(`chunk ${chunk} and overlap ${overlap} are too small or not multiples of 4`)
    }
    this.chunk = chunk
    this.overlap = overlap
    this.buffer = Buffer.allocUnsafe(Math.min(chunk + overlap, 1 << 20))
  }

  /** Bytes read so far. */
  get bytes(): number {
    return this.start + this.filled
  }

  /** Starts a new stream, keeping the buffer (one instance reads thousands of small files without garbage). */
  reset(): void {
    this.start = 0
    this.filled = 0
    this.lines = 0
    this.lineBytes = 0
    this.found.clear()
  }

  /** Adds bytes that a stream handed over (blobs from git). */
  push(piece: Buffer): void {
    let from = 0
    while (from < piece.length) {
      const room = this.room()
      const n = Math.min(room, piece.length - from)
      piece.copy(this.buffer, this.filled, from, from + n)
      this.filled += n
      from += n
      if (this.filled === this.chunk + this.overlap) this.slide()
    }
  }

  /**
   * Pulls bytes with `read(buffer, offset, length)` (0 at the end, like readSync) until the end of the stream.
   * The bytes go straight into the window: nothing is copied.
   */
  pull(read: (buffer: Buffer, offset: number, length: number) => number): void {
    for (;;) {
      const room = this.room() // first: it may replace the buffer with a larger one
      const n = read(this.buffer, this.filled, room)
      if (n === 0) return
      this.filled += n
      if (this.filled === this.chunk + this.overlap) this.slide()
    }
  }

  /** The keys of the whole stream, each once per place. */
  end(): BufferHit[] {
    // Always the last window, even when the previous one held all of it: that one distrusted its own last bytes.
    this.scan(this.buffer.subarray(0, this.filled), true)
    return [...this.found.values()]
  }

  private zeroWindow?: Buffer

  private allZeros(window: Buffer): boolean {
    if (window.length === 0 || window[0] !== 0 || window[window.length - 1] !== 0) return false
    this.zeroWindow ??= Buffer.alloc(this.chunk + this.overlap)
    return window.equals(this.zeroWindow.subarray(0, window.length))
  }

  /** Free space in the window, growing the buffer (up to one window) when it is full. */
  private room(): number {
    const capacity = this.chunk + this.overlap
    if (this.filled === this.buffer.length && this.buffer.length < capacity) {
      const larger = Buffer.allocUnsafe(Math.min(capacity, this.buffer.length * 2))
      this.buffer.copy(larger, 0, 0, this.filled)
      this.buffer = larger
    }
    return Math.min(this.buffer.length, capacity) - this.filled
  }

  /** Scans the full window, then keeps its last `overlap` bytes as the start of the next one. */
  private slide(): void {
    this.scan(this.buffer.subarray(0, this.filled), false)
    const gone = this.buffer.subarray(0, this.chunk)
    let newlines = 0
    let last = -1
    for (let at = gone.indexOf(0x0a); at >= 0; at = gone.indexOf(0x0a, at + 1)) {
      newlines++
      last = at
    }
    this.lines += newlines
    this.lineBytes = last < 0 ? this.lineBytes + this.chunk : this.chunk - last - 1
    this.buffer.copy(this.buffer, 0, this.chunk, this.filled)
    this.start += this.chunk
    this.filled -= this.chunk
  }

  private scan(window: Buffer, atEnd: boolean): void {
    // Holes of sparse files and zero-filled images hold no key; memcmp tells at once, the searches would not.
    if (this.allZeros(window)) return
    const hits = keysIn(window)
    if (hits.length === 0) return
    const cutLeft = this.start > 0
    const cutRight = !atEnd
    let trusted = hits
    if (cutLeft || cutRight) {
      const inner = window.subarray(cutLeft ? EDGE_BYTES : 0, window.length - (cutRight ? EDGE_BYTES : 0))
      const seen = new Set(detect(inner).map(({ key, encoding }) => `${encoding}\0${key}`))
      trusted = hits.filter(({ hit }) => seen.has(`${hit.encoding}\0${hit.key}`))
    }
    for (const { hit, inlineAllowed } of trusted) {
      const firstLine = hit.line === 1
      // UTF-16 columns count two-byte characters: the bytes of the line before the window are halved.
      const before =
        hit.encoding === 'utf16le' || hit.encoding === 'utf16be' ? this.lineBytes >> 1 : this.lineBytes
      const placed = {
        ...hit,
        line: this.lines + hit.line,
        column: firstLine ? before + hit.column : hit.column
      }
      const id = `${hit.encoding}\0${hit.key}\0${placed.line}\0${placed.column}`
      const known = this.found.get(id)
      // The same place seen from two windows: allowed inline only when both saw the allow comment.
      this.found.set(id, { hit: placed, inlineAllowed: inlineAllowed && (known?.inlineAllowed ?? true) })
    }
  }
}
