// The incremental record: the ids of the objects a history scan has read and found clean, so that the next scan
// of the same repository reads only what is new. Git objects are content-addressed: an id names one content for
// ever, so "clean under this detector" stays true of it, whatever branch or repository it turns up in again.
//
// What is recorded: blobs and commits (their messages) that were read and had no detector hit at all, and apart
// from them the objects that had hits, each with what the detector found there: everything a finding carries but
// the key (shape, encoding, line, column, redacted form, fingerprint) and whether the key's line allows it inline
// (a fact of the object's own content, like the hit itself, so it never goes stale). Such an object is not read
// again: its hits are replayed, and the history scan places them at the commits and paths that hold the object
// today, as it does for a blob it read. Allow rules from the config and the baseline play no part (a changed
// config never invalidates the record; rules are applied to replayed hits as to read ones). An object that could
// not be read is never recorded and so is read again every time. Annotated tags are few and always read: a tag's
// message is what leads to the tag it names, which a recorded outer tag would hide.
//
// The file: one header line, then the raw clean ids, sorted, without separators, then one text line per hit:
//   openai-key-guard-record 2 detector=<DETECTOR_VERSION> hash=<sha1|sha256> count=<n> hits=<m> sha256=<hex>\n
//   <id hex> <author date|-> <shape> <encoding> <line> <column> <inline 0|1> <fingerprint> <redacted>\n
// The checksum covers everything after the header; hit lines are sorted by id, an object's lines side by side.
// The author date is a commit's (its message hits become findings dated so); `-` for a blob.
// Raw ids in one Buffer cost 20 bytes each (32 in a sha256 repository): a million objects take 20 MB on disk and
// in memory, where a Set of hex strings would take several times that. Lookups index the first two bytes and
// search the rest of their run; the listing of a repository is filtered at that cost, beside git's own work.
//
// The file comes back from a cache, so it is read as hostile: no link is followed, the size is capped, the header
// parsed strictly, the ids checked against the header's count and hash and for their order. Whatever does not
// pass is one line and a full rescan; a record never makes a scan skip what it would not have found clean.
import { createHash, randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { lstat, mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import type { Git } from '../git.js'
import type { Logger } from '../logger.js'
import { fingerprint, redact, REDACTED_FORM } from '../redact.js'
import type { BufferHit } from './sources/common.js'
import { ENCODINGS, SHAPE_NAMES, type Encoding, type ShapeName } from './types.js'

/**
 * The version of what decides that an object is clean: bump it with any change to the detector that can find
 * more (src/scan/detector.ts, src/scan/patterns.ts, src/scan/sources/chunks.ts), and every record made before is
 * read as another version's, so the next scan reads everything again. test/scan/record.test.ts pins a hash of
 * those files to this value, so a change to them fails until it is bumped (or the hash updated, when the change
 * cannot change what is found).
 */
export const DETECTOR_VERSION = '2'

const MAGIC = 'openai-key-guard-record'
const FORMAT = 2
/** Far above the largest public histories (tens of millions of objects), far below a runner's memory. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024
/** A header is about 150 bytes: a longer first line is not one. */
const MAX_HEADER_BYTES = 512
const HEADER = new RegExp(
  `^${MAGIC} 2 detector=([A-Za-z0-9._-]{1,64}) hash=(sha1|sha256) count=(0|[1-9][0-9]{0,9}) ` +
    `hits=(0|[1-9][0-9]{0,9}) sha256=([0-9a-f]{64})$`
)
const DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})'
const HIT_LINE = new RegExp(
  `^([0-9a-f]{40}|[0-9a-f]{64}) (-|${DATE}) (${SHAPE_NAMES.join('|')}) (${ENCODINGS.join('|')}) ` +
    `([1-9][0-9]{0,9}) ([1-9][0-9]{0,9}) ([01]) ([0-9a-f]{64}) (${REDACTED_FORM.source.slice(1, -1)})$`
)

/** A hit as the record keeps it: the finding's facts without the key. */
export interface RecordedHit {
  shape: ShapeName
  encoding: Encoding
  line: number
  column: number
  inlineAllowed: boolean
  fingerprint: string
  redacted: string
}

/** An object with hits: its hits, and for a commit its author date. */
export interface RecordedHits {
  hits: RecordedHit[]
  authorDate?: string
}

/** The hits of a recorded object as the scan's own: the key is not known (empty), its facts are. */
export function replayedHits(entry: RecordedHits): BufferHit[] {
  return entry.hits.map(({ shape, encoding, line, column, inlineAllowed, fingerprint, redacted }) => ({
    hit: { key: '', shape, encoding, line, column },
    inlineAllowed,
    known: { fingerprint, redacted }
  }))
}

function hitLine(oid: string, entry: RecordedHits, h: RecordedHit): string {
  return (
    `${oid} ${entry.authorDate ?? '-'} ${h.shape} ${h.encoding} ${h.line} ${h.column} ` +
    `${h.inlineAllowed ? 1 : 0} ${h.fingerprint} ${h.redacted}\n`
  )
}

export type ObjectFormat = 'sha1' | 'sha256'
const WIDTH: Record<ObjectFormat, number> = { sha1: 20, sha256: 32 }

/** What a history scan listed, read, and skipped because the record holds it. */
export interface ObjectCounts {
  listed: number
  read: number
  skipped: number
}

const BUCKETS = 65536

/** The value of a lowercase hex digit (git prints ids so), or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 87
  return -1
}

/** Decodes `width` bytes of hex at `at` into `into`; false when they are not hex. */
function decodeHex(from: Buffer, at: number, width: number, into: Buffer): boolean {
  if (at + 2 * width > from.length) return false
  for (let i = 0; i < width; i++) {
    const hi = hexDigit(from[at + 2 * i]!)
    const lo = hexDigit(from[at + 2 * i + 1]!)
    if (hi < 0 || lo < 0) return false
    into[i] = (hi << 4) | lo
  }
  return true
}

/** Compares the id at `a` of `x` with the id at `b` of `y`, from byte `from` on. */
function compareIds(x: Buffer, a: number, y: Buffer, b: number, width: number, from = 0): number {
  for (let i = from; i < width; i++) {
    const d = x[a + i]! - y[b + i]!
    if (d !== 0) return d
  }
  return 0
}

/** Sorts `count` ids of `width` bytes: by their first two bytes, then within each run. */
function sortIds(ids: Buffer, count: number, width: number): Buffer {
  const starts = new Uint32Array(BUCKETS + 1)
  for (let i = 0; i < count; i++) starts[((ids[i * width]! << 8) | ids[i * width + 1]!) + 1]!++
  for (let b = 0; b < BUCKETS; b++) starts[b + 1]! += starts[b]!
  const next = starts.slice(0, BUCKETS)
  const sorted = Buffer.allocUnsafe(count * width)
  for (let i = 0; i < count; i++) {
    const b = (ids[i * width]! << 8) | ids[i * width + 1]!
    ids.copy(sorted, next[b]!++ * width, i * width, (i + 1) * width)
  }
  for (let b = 0; b < BUCKETS; b++) {
    const [start, end] = [starts[b]!, starts[b + 1]!]
    if (end - start < 2) continue
    // Ids are hashes, so runs are short; one made long on purpose still sorts in n log n.
    const order = Array.from({ length: end - start }, (_, i) => start + i)
    order.sort((p, q) => compareIds(sorted, p * width, sorted, q * width, width, 2))
    const run = Buffer.allocUnsafe((end - start) * width)
    order.forEach((index, i) => sorted.copy(run, i * width, index * width, (index + 1) * width))
    run.copy(sorted, start * width)
  }
  return sorted
}

/** Ids recorded by an earlier scan (sorted) and ids found clean by this one; written back by saveRecord. */
export class ObjectRecord {
  readonly format: ObjectFormat
  readonly width: number
  private readonly ids: Buffer
  private readonly count: number
  /** Where the ids of each two-byte prefix start: lookups search only their run. */
  private readonly starts: Uint32Array
  /** The recorded ids this scan listed again: only those are written back, so gone objects drop out. */
  private readonly listed: Uint8Array
  private added: Buffer
  private addedCount = 0
  private readonly probe: Buffer
  /** The objects with hits, by id in hex, as loaded; and those to write back (listed again, or new). */
  private readonly hitObjects: Map<string, RecordedHits>
  private readonly keptHits = new Map<string, RecordedHits>()

  /** `ids` must be sorted, without repeats (loadRecord checks a file's). */
  constructor(
    format: ObjectFormat,
    ids: Buffer = Buffer.alloc(0),
    hitObjects: Map<string, RecordedHits> = new Map()
  ) {
    this.hitObjects = hitObjects
    this.format = format
    this.width = WIDTH[format]
    this.ids = ids
    this.count = ids.length / this.width
    this.starts = new Uint32Array(BUCKETS + 1)
    for (let i = 0; i < this.count; i++) this.starts[this.bucket(ids, i * this.width) + 1]!++
    for (let b = 0; b < BUCKETS; b++) this.starts[b + 1]! += this.starts[b]!
    this.listed = new Uint8Array(this.count)
    this.added = Buffer.allocUnsafe(1024 * this.width)
    this.probe = Buffer.alloc(this.width)
  }

  /** How many ids the record held when loaded. */
  get size(): number {
    return this.count
  }

  /**
   * Whether the line from `at` to `lineEnd` of `bytes` starts with a recorded id in hex (alone, or followed by a
   * space); a listed id is marked to be kept.
   */
  hasHexAt(bytes: Buffer, at: number, lineEnd = bytes.length): boolean {
    const w = this.width
    const end = at + 2 * w
    if (this.count === 0 || end > lineEnd || (end < lineEnd && bytes[end] !== 0x20)) return false
    if (!decodeHex(bytes, at, w, this.probe)) return false
    let low = this.starts[this.bucket(this.probe, 0)]!
    let high = this.starts[this.bucket(this.probe, 0) + 1]!
    while (low < high) {
      const mid = (low + high) >>> 1
      const d = compareIds(this.ids, mid * w, this.probe, 0, w, 2)
      if (d === 0) {
        this.listed[mid] = 1
        return true
      }
      if (d < 0) low = mid + 1
      else high = mid
    }
    return false
  }

  has(oid: string): boolean {
    return this.hasHexAt(Buffer.from(oid, 'latin1'), 0)
  }

  /** An object read whole, with no hit at all. Anything but a full id of this repository's kind is not kept. */
  add(oid: string): void {
    if (oid.length !== 2 * this.width || !/^[0-9a-f]+$/.test(oid)) return
    if ((this.addedCount + 1) * this.width > this.added.length) {
      const larger = Buffer.allocUnsafe(this.added.length * 2)
      this.added.copy(larger, 0, 0, this.addedCount * this.width)
      this.added = larger
    }
    this.added.write(oid, this.addedCount++ * this.width, 'hex')
  }

  /** How many objects with hits the record held when loaded. */
  get hitCount(): number {
    return this.hitObjects.size
  }

  /**
   * The recorded hits of the object whose id in hex starts the line from `at` to `lineEnd` (alone, or followed by
   * a space); a listed one is kept to be written back.
   */
  hitsAt(
    bytes: Buffer,
    at: number,
    lineEnd = bytes.length
  ): { oid: string; entry: RecordedHits } | undefined {
    const end = at + 2 * this.width
    if (this.hitObjects.size === 0 || end > lineEnd || (end < lineEnd && bytes[end] !== 0x20))
      return undefined
    const oid = bytes.toString('latin1', at, end)
    const entry = this.hitObjects.get(oid)
    if (!entry) return undefined
    this.keptHits.set(oid, entry)
    return { oid, entry }
  }

  /**
   * An object read whole, with hits: kept with what was found, never the key. A hit the format cannot hold (an
   * author date of another form) leaves the object out: it is read again next time, which is always correct.
   */
  addHits(oid: string, found: BufferHit[], authorDate?: string): void {
    if (oid.length !== 2 * this.width || !/^[0-9a-f]+$/.test(oid) || found.length === 0) return
    const entry: RecordedHits = {
      hits: found.map(({ hit, inlineAllowed, known }) => ({
        shape: hit.shape,
        encoding: hit.encoding,
        line: hit.line,
        column: hit.column,
        inlineAllowed,
        fingerprint: known?.fingerprint ?? fingerprint(hit.key),
        redacted: known?.redacted ?? redact(hit.key)
      })),
      ...(authorDate ? { authorDate } : {})
    }
    if (entry.hits.every((h) => HIT_LINE.test(hitLine(oid, entry, h).slice(0, -1))))
      this.keptHits.set(oid, entry)
  }

  /** The hit lines to write: the objects listed again and the new ones, sorted by id. */
  hitsToWrite(): { text: Buffer; count: number } {
    const lines: string[] = []
    for (const oid of [...this.keptHits.keys()].sort()) {
      const entry = this.keptHits.get(oid)!
      for (const h of entry.hits) lines.push(hitLine(oid, entry, h))
    }
    return { text: Buffer.from(lines.join(''), 'utf8'), count: lines.length }
  }

  /** The ids to write: the recorded ones listed again, and the new ones, sorted, each once. */
  toWrite(): Buffer {
    const w = this.width
    const fresh = sortIds(this.added, this.addedCount, w)
    const out = Buffer.allocUnsafe((this.count + this.addedCount) * w)
    let [i, j, n] = [0, 0, 0]
    const put = (from: Buffer, at: number): void => {
      if (n > 0 && compareIds(out, (n - 1) * w, from, at, w) === 0) return
      from.copy(out, n++ * w, at, at + w)
    }
    while (i < this.count || j < this.addedCount) {
      if (i < this.count && !this.listed[i]) {
        i++
        continue
      }
      const takeOld =
        j >= this.addedCount || (i < this.count && compareIds(this.ids, i * w, fresh, j * w, w) <= 0)
      if (takeOld) put(this.ids, i++ * w)
      else put(fresh, j++ * w)
    }
    return out.subarray(0, n * w)
  }

  private bucket(ids: Buffer, at: number): number {
    return (ids[at]! << 8) | ids[at + 1]!
  }
}

/** Which lines of a listing to pass on: `bytes` from `start` to `end` (the newline excluded) is one line. */
export type KeepLine = (bytes: Buffer, start: number, end: number) => boolean

/** A line of `rev-list --objects` that names a blob or tag (after a space), or a missing object (`?<id>`). */
const namesAnObject: KeepLine = (bytes, start, end) => {
  if (bytes[start] === 0x3f /* ? */) return true
  const space = bytes.indexOf(0x20, start)
  return space >= 0 && space < end
}

/** Told of a listed object whose hits the record holds, with the rest of its listing line (a path, or nothing). */
export type OnRecordedHits = (oid: string, entry: RecordedHits, name: string) => void

/**
 * The record's line filter: false for a listed object the record holds (counted in `counts.skipped`) and for a
 * line `keep` refuses. Missing objects (`?<id>`) pass, so that git says they are missing. An object recorded with
 * hits is skipped only with `onHits`, which replays them; without it, it is read again.
 */
export function unrecorded(
  record: ObjectRecord,
  counts: { skipped: number },
  keep?: KeepLine,
  onHits?: OnRecordedHits
): KeepLine {
  return (bytes, start, end) => {
    if (keep && !keep(bytes, start, end)) return false
    if (bytes[start] === 0x3f /* ? */) return true
    if (!record.hasHexAt(bytes, start, end)) {
      const recorded = onHits && record.hitsAt(bytes, start, end)
      if (!recorded) return true
      const from = start + recorded.oid.length + 1
      onHits(recorded.oid, recorded.entry, from < end ? bytes.toString('utf8', from, end) : '')
    }
    counts.skipped++
    return false
  }
}

/**
 * Drops the lines of a `rev-list` listing whose object the record holds, counting them in `counts.skipped`.
 * `commits`: a listing of commits alone (`<id>` lines). Otherwise a `--objects` listing for the blob scan: the
 * commit lines it holds (an id alone) go too, since the message scan reads commits.
 */
export function skipRecorded(record: ObjectRecord, commits: boolean, counts: { skipped: number }): Transform {
  let carry: Buffer | undefined
  const accept = unrecorded(record, counts, commits ? undefined : namesAnObject)
  const keep = (line: Buffer): boolean => accept(line, 0, line.length)
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const data = carry ? Buffer.concat([carry, chunk]) : chunk
      carry = undefined
      const kept: Buffer[] = []
      // Runs of kept lines go on as one slice of the chunk.
      let runStart = 0
      let start = 0
      for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
        if (!keep(data.subarray(start, nl))) {
          if (start > runStart) kept.push(data.subarray(runStart, start))
          runStart = nl + 1
        }
        start = nl + 1
      }
      if (start > runStart) kept.push(data.subarray(runStart, start))
      if (start < data.length) carry = Buffer.from(data.subarray(start))
      done(null, kept.length === 1 ? kept[0] : kept.length > 1 ? Buffer.concat(kept) : undefined)
    },
    flush(done: TransformCallback) {
      done(null, carry && keep(carry) ? carry : undefined)
    }
  })
}

/**
 * The repository's object format; throws as every git call does outside a repository. An older git than 2.25
 * knows sha1 alone, and echoes the unknown option back.
 */
export async function objectFormat(git: Git): Promise<ObjectFormat> {
  const answer = (await git.run(['rev-parse', '--show-object-format'])).trim()
  return answer === 'sha256' ? 'sha256' : 'sha1'
}

/** Why a record is not used: `info` for a record of another version, `warning` for one that cannot be trusted. */
class Unusable extends Error {
  readonly level: 'info' | 'warning'
  constructor(level: 'info' | 'warning', message: string) {
    super(message)
    this.level = level
  }
}

const FULL_RESCAN = 'scanning the whole history; the record is rewritten after the scan'

async function readWhole(file: string): Promise<Buffer> {
  let handle: FileHandle
  try {
    // No link is followed, and a FIFO cannot make the open wait (O_NONBLOCK). Windows has neither flag: there a
    // link is looked for first.
    if (constants.O_NOFOLLOW === undefined && (await lstat(file)).isSymbolicLink()) {
      throw Object.assign(new Error('a link'), { code: 'ELOOP' })
    }
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Unusable('info', `No record at ${file} yet: ${FULL_RESCAN}.`)
    if (code === 'ELOOP')
      throw new Unusable('warning', `The record ${file} is a symbolic link, not followed: ${FULL_RESCAN}.`)
    throw new Unusable('warning', `The record ${file} cannot be read (${code ?? 'error'}): ${FULL_RESCAN}.`)
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new Unusable('warning', `The record ${file} is not a file: ${FULL_RESCAN}.`)
    if (stat.size > MAX_RECORD_BYTES) {
      throw new Unusable(
        'warning',
        `The record ${file} is larger than ${MAX_RECORD_BYTES / 1048576} MiB: ignored, ${FULL_RESCAN}.`
      )
    }
    const data = Buffer.allocUnsafe(stat.size)
    let filled = 0
    while (filled < data.length) {
      const { bytesRead } = await handle.read(data, filled, data.length - filled, filled)
      if (bytesRead === 0) break
      filled += bytesRead
    }
    return data.subarray(0, filled)
  } finally {
    await handle.close()
  }
}

/** Checks a record's bytes; the sorted clean ids and the objects with hits, or Unusable saying why not. */
function parseRecord(
  data: Buffer,
  file: string,
  format: ObjectFormat
): { ids: Buffer; hits: Map<string, RecordedHits> } {
  const corrupt = (why: string) =>
    new Unusable('warning', `The record ${file} is not a valid record (${why}): ignored, ${FULL_RESCAN}.`)
  const newline = data.subarray(0, MAX_HEADER_BYTES).indexOf(10)
  if (newline < 0) throw corrupt('no header line')
  const header = data.toString('latin1', 0, newline)
  const version = new RegExp(`^${MAGIC} ([0-9]{1,6}) `).exec(header)
  if (!version) throw corrupt('no header line')
  if (Number(version[1]) !== FORMAT) {
    throw new Unusable('info', `The record ${file} has another format (${version[1]}): ${FULL_RESCAN}.`)
  }
  const m = HEADER.exec(header)
  if (!m) throw corrupt('malformed header')
  const [, detector = '', hash = '', countText = '', hitsText = '', checksum = ''] = m
  if (detector !== DETECTOR_VERSION) {
    throw new Unusable(
      'info',
      `The record ${file} was made by detector version ${detector}, this is version ${DETECTOR_VERSION}: ${FULL_RESCAN}.`
    )
  }
  if (hash !== format) {
    throw new Unusable(
      'info',
      `The record ${file} holds ${hash} ids, this repository uses ${format}: ${FULL_RESCAN}.`
    )
  }
  const width = WIDTH[format]
  const body = data.subarray(newline + 1)
  const idBytes = Number(countText) * width
  if (body.length < idBytes) throw corrupt(`the header says ${countText} ids, ${body.length} bytes follow`)
  const text = body.subarray(idBytes)
  if (text.length > 0 && text[text.length - 1] !== 10) throw corrupt('the hits do not end with a line')
  if (createHash('sha256').update(body).digest('hex') !== checksum)
    throw corrupt('the record does not match its checksum')
  const ids = body.subarray(0, idBytes)
  for (let at = width; at < ids.length; at += width) {
    if (compareIds(ids, at - width, ids, at, width) >= 0) throw corrupt('the ids are not in order')
  }
  const lines = text.length > 0 ? text.toString('utf8', 0, text.length - 1).split('\n') : []
  if (lines.length !== Number(hitsText))
    throw corrupt(`the header says ${hitsText} hits, ${lines.length} lines follow`)
  const hits = new Map<string, RecordedHits>()
  let last = ''
  for (const line of lines) {
    const h = HIT_LINE.exec(line)
    const [
      ,
      oid = '',
      date = '',
      shape = '',
      encoding = '',
      at = '',
      column = '',
      inline = '',
      fp = '',
      red = ''
    ] = h ?? []
    if (!h || oid.length !== 2 * width) throw corrupt('a malformed hit')
    if (oid < last) throw corrupt('the hits are not in order')
    const entry = hits.get(oid) ?? { hits: [], ...(date === '-' ? {} : { authorDate: date }) }
    if (oid !== last && hits.has(oid)) throw corrupt('the hits are not in order')
    if ((entry.authorDate ?? '-') !== date) throw corrupt('an object with two dates')
    entry.hits.push({
      shape: shape as ShapeName,
      encoding: encoding as Encoding,
      line: Number(at),
      column: Number(column),
      inlineAllowed: inline === '1',
      fingerprint: fp,
      redacted: red
    })
    hits.set(oid, entry)
    last = oid
  }
  return { ids, hits }
}

/**
 * The record at `file`, or an empty one (after one line saying why) when there is none, it belongs to another
 * version, or it does not pass every check. It is never a reason to fail: a full rescan is always correct.
 */
export async function loadRecord(file: string, format: ObjectFormat, logger: Logger): Promise<ObjectRecord> {
  try {
    const { ids, hits } = parseRecord(await readWhole(file), file, format)
    return new ObjectRecord(format, ids, hits)
  } catch (error) {
    if (!(error instanceof Unusable)) throw error
    if (error.level === 'info') logger.info(error.message)
    else logger.warning(error.message)
    return new ObjectRecord(format)
  }
}

/**
 * Writes the record in one step: a new file beside it (created exclusively, so no link planted at its name is
 * followed), then renamed over `file`, which replaces whatever is there (a link included) and never leaves half a
 * record. A failure is one warning: the scan's answer stands, and the next scan reads everything.
 */
export async function saveRecord(file: string, record: ObjectRecord, logger: Logger): Promise<void> {
  const ids = record.toWrite()
  const count = ids.length / record.width
  const hits = record.hitsToWrite()
  const header =
    `${MAGIC} ${FORMAT} detector=${DETECTOR_VERSION} hash=${record.format} count=${count} hits=${hits.count} ` +
    `sha256=${createHash('sha256').update(ids).update(hits.text).digest('hex')}\n`
  if (header.length + ids.length + hits.text.length > MAX_RECORD_BYTES) {
    logger.warning(
      `The record would be larger than ${MAX_RECORD_BYTES / 1048576} MiB: not written to ${file}.`
    )
    return
  }
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await mkdir(dir, { recursive: true })
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writev([Buffer.from(header, 'latin1'), ids, hits.text])
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
    logger.debug(`Wrote the record ${file}: ${count} objects scanned clean, ${hits.count} hits.`)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    logger.warning(
      `Could not write the record ${file} (${code}): the next scan reads the whole history again.`
    )
  }
}
