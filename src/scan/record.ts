// The incremental record: the ids of the objects a history scan has read and found clean, so that the next scan
// of the same repository reads only what is new. Git objects are content-addressed: an id names one content for
// ever, so "clean under this detector" stays true of it, whatever branch or repository it turns up in again.
//
// What is recorded: blobs and commits (their messages) that were read and had no detector hit at all. Allow rules
// play no part (a changed config never invalidates the record); an object with any hit, or one that could not be
// read, is never recorded and so is read again every time. Annotated tags are few and always read: a tag's message
// is what leads to the tag it names, which a recorded outer tag would hide.
//
// The file: one header line, then the raw ids, sorted, without separators:
//   openai-key-guard-record 1 detector=<DETECTOR_VERSION> hash=<sha1|sha256> count=<n> sha256=<hex of the ids>\n
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

/**
 * The version of what decides that an object is clean: bump it with any change to the detector that can find
 * more (src/scan/detector.ts, src/scan/patterns.ts, src/scan/sources/chunks.ts), and every record made before is
 * read as another version's, so the next scan reads everything again. test/scan/record.test.ts pins a hash of
 * those files to this value, so a change to them fails until it is bumped (or the hash updated, when the change
 * cannot change what is found).
 */
export const DETECTOR_VERSION = '2'

const MAGIC = 'openai-key-guard-record'
const FORMAT = 1
/** Far above the largest public histories (tens of millions of objects), far below a runner's memory. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024
/** A header is about 150 bytes: a longer first line is not one. */
const MAX_HEADER_BYTES = 512
const HEADER = new RegExp(
  `^${MAGIC} 1 detector=([A-Za-z0-9._-]{1,64}) hash=(sha1|sha256) count=(0|[1-9][0-9]{0,9}) sha256=([0-9a-f]{64})$`
)

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

  /** `ids` must be sorted, without repeats (loadRecord checks a file's). */
  constructor(format: ObjectFormat, ids: Buffer = Buffer.alloc(0)) {
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

/**
 * The record's line filter: false for a listed object the record holds (counted in `counts.skipped`) and for a
 * line `keep` refuses. Missing objects (`?<id>`) pass, so that git says they are missing.
 */
export function unrecorded(record: ObjectRecord, counts: { skipped: number }, keep?: KeepLine): KeepLine {
  return (bytes, start, end) => {
    if (keep && !keep(bytes, start, end)) return false
    if (bytes[start] === 0x3f /* ? */ || !record.hasHexAt(bytes, start, end)) return true
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

/** Checks a record's bytes; the sorted ids, or Unusable saying why not. */
function parseRecord(data: Buffer, file: string, format: ObjectFormat): Buffer {
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
  const [, detector = '', hash = '', countText = '', checksum = ''] = m
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
  const ids = data.subarray(newline + 1)
  if (ids.length !== Number(countText) * width)
    throw corrupt(`the header says ${countText} ids, ${ids.length} bytes follow`)
  if (createHash('sha256').update(ids).digest('hex') !== checksum)
    throw corrupt('the ids do not match their checksum')
  for (let at = width; at < ids.length; at += width) {
    if (compareIds(ids, at - width, ids, at, width) >= 0) throw corrupt('the ids are not in order')
  }
  return ids
}

/**
 * The record at `file`, or an empty one (after one line saying why) when there is none, it belongs to another
 * version, or it does not pass every check. It is never a reason to fail: a full rescan is always correct.
 */
export async function loadRecord(file: string, format: ObjectFormat, logger: Logger): Promise<ObjectRecord> {
  try {
    return new ObjectRecord(format, parseRecord(await readWhole(file), file, format))
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
  const header =
    `${MAGIC} ${FORMAT} detector=${DETECTOR_VERSION} hash=${record.format} count=${count} ` +
    `sha256=${createHash('sha256').update(ids).digest('hex')}\n`
  if (header.length + ids.length > MAX_RECORD_BYTES) {
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
      await handle.writev([Buffer.from(header, 'latin1'), ids])
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
    logger.debug(`Wrote the record ${file}: ${count} objects scanned clean.`)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    logger.warning(
      `Could not write the record ${file} (${code}): the next scan reads the whole history again.`
    )
  }
}
