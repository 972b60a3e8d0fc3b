import type { Readable, Writable } from 'node:stream'
import { CAT_FILE_FORMAT, CatFileParser, gitFailure, type Git, type Pieces } from '../../git.js'
import type { ReadProgress, ReadTotals } from '../../progress.js'
import { replayedHits, unrecorded, type ObjectRecord, type OnRecordedHits } from '../record.js'
import { chunkedBlobs } from './base.js'
import { CHUNK_BYTES } from './chunks.js'
import {
  detectKeys,
  hitAt,
  keysIn,
  type BufferHit,
  type ScannedBlob,
  type SourceHit,
  type SourceResult
} from './common.js'
import { startCommitLog, type CommitLog } from './history-log.js'
import { commitDate, commitKeys, largeCommits, placeCommitMessages, type CommitKeys } from './messages.js'

function collect(child: ReturnType<Git['spawn']>): { stderr: () => string; done: Promise<number> } {
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const done = new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => resolve(code ?? 1))
  })
  return { stderr: () => stderr, done }
}

/** How many `cat-file` processes share the reading: two streams into this process move more than one. */
const READERS = 2

/** A listing of object ids for `cat-file`, and which of its lines to pass on (all, without `keep`). */
interface Listing {
  stream: Readable
  keep?: (bytes: Buffer, start: number, end: number) => boolean
}

/**
 * Deals the lines of the listings out to `to`, a block of whole lines at a time, each to the next target in turn
 * (whole blocks keep neighbouring objects, often deltas of one another, in one reader), and ends them all when
 * every listing has ended. The listings wait while any target is behind, but never for one that has closed (a
 * reader that died is reported by its exit). Lines stay bytes: nothing is decoded.
 */
function dealLines(from: Listing[], to: Writable[]): void {
  let next = 0
  let open = from.length
  const behind = new Set<Writable>()
  const caughtUp = (target: Writable) =>
    behind.delete(target) && behind.size === 0 && from.forEach(({ stream }) => stream.resume())
  for (const target of to) target.on('close', () => caughtUp(target))
  const send = (block: Buffer) => {
    if (block.length === 0) return
    const target = to[next++ % to.length]!
    if (target.destroyed || target.write(block) || behind.has(target)) return
    behind.add(target)
    for (const { stream } of from) stream.pause()
    target.once('drain', () => caughtUp(target))
  }
  for (const { stream, keep } of from) {
    let partial: Buffer | undefined
    const lines = (block: Buffer) => send(keep ? keptLines(block, keep) : block)
    stream.on('data', (chunk: Buffer) => {
      const bytes = partial ? Buffer.concat([partial, chunk]) : chunk
      const end = bytes.lastIndexOf(10) + 1
      partial = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined
      lines(bytes.subarray(0, end))
    })
    stream.on('end', () => {
      if (partial) lines(Buffer.concat([partial, Buffer.from('\n')]))
      if (--open === 0) for (const target of to) target.end()
    })
  }
}

/** The lines of `block` (whole lines) that `keep` accepts; the block itself when it accepts them all. */
function keptLines(block: Buffer, keep: NonNullable<Listing['keep']>): Buffer {
  const runs: Buffer[] = []
  let from = 0
  for (let start = 0; start < block.length;) {
    const end = block.indexOf(10, start) + 1
    if (!keep(block, start, end - 1)) {
      if (start > from) runs.push(block.subarray(from, start))
      from = end
    }
    start = end
  }
  if (from === 0) return block
  if (from < block.length) runs.push(block.subarray(from))
  return Buffer.concat(runs)
}

/**
 * `rev-list --objects` names every blob and tag after a space (an empty name included) and prints the commits at
 * the tips of refs bare: those come with every other commit from the commit listing, so they are dropped here.
 * `?<id>` is an object that is missing: cat-file says so, and it is reported.
 */
function namesAnObject(bytes: Buffer, start: number, end: number): boolean {
  if (bytes[start] === 0x3f /* ? */) return true
  const space = bytes.indexOf(0x20, start)
  return space >= 0 && space < end
}

interface ReadHandlers {
  /** The incremental record: the ids it holds are dropped from both listings, and counted. */
  record?: {
    record: ObjectRecord
    blobs: { skipped: number }
    commits: { skipped: number }
    /** Objects the record holds with hits, skipped like clean ones; without these, they are read again. */
    onBlobHits?: OnRecordedHits
    onCommitHits?: OnRecordedHits
  }
  onBlob: (oid: string, blob: ScannedBlob, name: string) => void
  /** Every commit of every ref, once, in no particular order, with the keys of its message. */
  onCommit: (oid: string, keys: CommitKeys) => void
  onMissing?: () => void
}

/**
 * Reads every reachable blob and commit once: `rev-list --objects` streams blob ids (with a path) and `rev-list`
 * the commit ids into long-lived `cat-file --batch` processes while this process scans what comes out, so
 * enumeration, reading and matching run side by side on separate cores. Commits are read here rather than in a
 * pass of their own: it would walk the history and start a `cat-file` once more. Missing objects are counted,
 * never fetched, never fatal.
 */
async function readAllBlobs(
  git: Git,
  { onBlob, onCommit, onMissing, record }: ReadHandlers
): Promise<{ missing: string[] }> {
  const noFetch = { GIT_NO_LAZY_FETCH: '1' }
  const listers = [
    git.spawn(
      ['rev-list', '--objects', '--all', '--missing=print', '--filter=object:type=blob'],
      ['ignore', 'pipe', 'pipe'],
      noFetch
    ),
    git.spawn(['rev-list', '--all'], ['ignore', 'pipe', 'pipe'], noFetch)
  ]
  const missing: string[] = []
  let parseError: Error | undefined
  const readers = Array.from({ length: READERS }, () => {
    const cat = git.spawn(['cat-file', CAT_FILE_FORMAT, '--buffer'], ['pipe', 'pipe', 'pipe'], noFetch)
    cat.stdin?.on('error', () => undefined)
    const large = chunkedBlobs()
    const commits = largeCommits()
    const pieces: Pieces = {
      above: CHUNK_BYTES,
      open: (name, size, type) => (type === 'commit' ? commits : large).pieces.open(name, size, type)
    }
    const parser = new CatFileParser((record) => {
      if (record.missing) {
        missing.push(record.name.replace(/^\?/, ''))
        onMissing?.()
      } else if (record.type === 'blob') {
        const chunked = large.done.get(record.name)
        large.done.delete(record.name)
        onBlob(
          record.name,
          chunked ?? { found: keysIn(record.content), bytes: record.content.length },
          record.rest
        )
      } else if (record.type === 'commit') {
        const chunked = commits.done.get(record.name)
        commits.done.delete(record.name)
        onCommit(record.name, chunked ?? commitKeys(record.content))
      }
    }, pieces)
    cat.stdout?.on('data', (chunk: Buffer) => {
      if (parseError) return
      try {
        parser.push(chunk)
      } catch (error) {
        parseError = error as Error
        for (const lister of listers) lister.kill()
      }
    })
    return { cat, parser, reading: collect(cat) }
  })
  const [objects, commits] = listers
  if (objects?.stdout && commits?.stdout)
    dealLines(
      [
        {
          stream: objects.stdout,
          keep: record
            ? unrecorded(record.record, record.blobs, namesAnObject, record.onBlobHits)
            : namesAnObject
        },
        {
          stream: commits.stdout,
          keep: record && unrecorded(record.record, record.commits, undefined, record.onCommitHits)
        }
      ],
      readers.flatMap(({ cat }) => (cat.stdin ? [cat.stdin] : []))
    )
  const listings = listers.map(collect)
  const [listed, ...read] = await Promise.all([
    Promise.all(listings.map(({ done }) => done)),
    ...readers.map(({ reading }) => reading.done)
  ])
  if (parseError) throw parseError
  listed.forEach((code, i) => {
    if (code !== 0) throw gitFailure(git.cwd, ['rev-list'], code, listings[i]!.stderr())
  })
  readers.forEach(({ reading, parser }, i) => {
    if (read[i] !== 0) throw gitFailure(git.cwd, ['cat-file'], read[i]!, reading.stderr())
    parser.end()
  })
  return { missing }
}

/** The first ref (by name) that points at each object, directly or through an annotated tag. */
async function refsByObject(git: Git): Promise<Map<string, string>> {
  const out = await git.run(['for-each-ref', '--format=%(objectname) %(*objectname) %(refname)'])
  const refs = new Map<string, string>()
  for (const line of out.split('\n')) {
    // A ref name holds no space; a ref to anything but an annotated tag has an empty peeled id.
    const [direct = '', peeled = '', name = ''] = line.split(' ')
    for (const oid of [direct, peeled]) if (oid && !refs.has(oid)) refs.set(oid, name)
  }
  return refs
}

/** The history scan's findings in blobs, and apart from them those in commit messages. */
export interface HistoryResult extends SourceResult {
  messageHits: SourceHit[]
}

/**
 * The fast history scan (see readAllBlobs). Only the blobs that hit, or could not be read, are looked up in the
 * commit log (see startCommitLog), and the log is started at the first of them: a history with nothing to
 * report costs no walk of its trees beside the reading. Commit messages are read in the same stream.
 */
export async function scanHistory(
  git: Git,
  progress?: ReadProgress,
  record?: ObjectRecord,
  replay = true
): Promise<HistoryResult> {
  await git.assertRepository()
  // With a record, most blobs are skipped: the database's totals would only make the estimate wrong.
  if (!record) progress?.measureTotals((signal) => blobTotals(git, signal))
  const skipped = { blobs: { skipped: 0 }, commits: { skipped: 0 } }
  /** Each blob that hit, with what rev-list calls it: a path, or nothing for a blob that a tag names itself. */
  const hitBlobs = new Map<string, { found: BufferHit[]; name: string }>()
  const messageKeys = new Map<string, CommitKeys>()
  const stats = { commits: 0, blobs: 0, bytes: 0 }
  let log: CommitLog | undefined
  try {
    const { missing } = await readAllBlobs(git, {
      onBlob: (oid, { found, bytes }, name) => {
        stats.blobs++
        stats.bytes += bytes
        progress?.add(bytes)
        if (found.length === 0) return record?.add(oid)
        record?.addHits(oid, found)
        hitBlobs.set(oid, { found, name })
        // Started at the first hit, the log runs beside the rest of the reading.
        log ??= startCommitLog(git)
      },
      onCommit: (oid, keys) => {
        stats.commits++
        if (keys.found.length > 0) {
          messageKeys.set(oid, keys)
          record?.addHits(oid, keys.found, commitDate(keys))
        } else record?.add(oid)
      },
      onMissing: () => (log ??= startCommitLog(git)),
      record: record && {
        record,
        ...skipped,
        // A recorded blob's hits go where a read blob's go: only rev-list listed it, so a history rewritten
        // without it reports nothing of it, and the log places it at the commits and paths that hold it now.
        ...(replay && {
          onBlobHits: (oid, entry, name) => {
            hitBlobs.set(oid, { found: replayedHits(entry), name })
            log ??= startCommitLog(git)
          },
          onCommitHits: (oid, entry) =>
            messageKeys.set(oid, {
              found: replayedHits(entry),
              headers: Buffer.alloc(0),
              ...(entry.authorDate ? { authorDate: entry.authorDate } : {})
            })
        })
      }
    })
    const read = stats.blobs + stats.commits + missing.length
    const objects = { listed: read + skipped.blobs.skipped + skipped.commits.skipped, read, skipped: 0 }
    objects.skipped = objects.listed - read
    stats.commits += skipped.commits.skipped
    const messageHits = placeCommitMessages(git, messageKeys)
    messageHits.catch(() => undefined) // awaited below, after the log's own failure if any

    const hits: SourceHit[] = []
    const paths = new Set<string>()
    const missingOids = new Set(missing)
    const unmapped = new Set(hitBlobs.keys())
    if (log) {
      // The log is oldest first: the first change to a (blob, path) pair is the one that introduced it there.
      const placed = new Set<string>()
      await log.changes(
        (oid) => hitBlobs.has(oid) || missingOids.has(oid),
        (change) => {
          if (missingOids.has(change.newOid)) paths.add(change.path)
          const pair = `${change.newOid}\0${change.path}`
          if (placed.has(pair)) return
          placed.add(pair)
          for (const found of hitBlobs.get(change.newOid)?.found ?? []) hits.push(hitAt(found, change))
          unmapped.delete(change.newOid)
        }
      )
    }
    // A blob that no commit holds but a ref still reaches (a tag of a blob, or of a tree) is as public as the
    // rest: reported under its path in the tagged tree, or under the ref that names it, after every commit.
    const nameless = [...unmapped].some((oid) => !hitBlobs.get(oid)?.name)
    const refs = nameless ? await refsByObject(git) : new Map<string, string>()
    for (const oid of unmapped) {
      const { found, name } = hitBlobs.get(oid) ?? { found: [], name: '' }
      const path = name || refs.get(oid) || oid
      for (const { hit, inlineAllowed, known } of found) {
        hits.push({
          hit,
          path,
          order: stats.commits,
          inlineAllowed,
          preExisting: false,
          ...(known && { known })
        })
      }
    }
    return {
      hits,
      messageHits: await messageHits,
      stats: { ...stats, objects },
      unreadable: { objects: missing.length, paths: [...paths].sort() }
    }
  } finally {
    log?.dispose()
  }
}

/**
 * The blobs of the object database and their bytes, for an estimate of the time left: one pass over the pack
 * indexes and object headers (`--batch-check`, no contents), far quicker than the scan. It counts what the
 * database holds, which can be more than the refs reach (unreachable blobs), never less than what is readable.
 */
export function blobTotals(git: Git, signal: AbortSignal): Promise<ReadTotals> {
  const child = git.spawn(
    ['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objecttype) %(objectsize)'],
    ['ignore', 'pipe', 'ignore'],
    { GIT_NO_LAZY_FETCH: '1' }
  )
  const totals = { objects: 0, bytes: 0 }
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('latin1')).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.startsWith('blob ')) continue
      totals.objects++
      totals.bytes += Number(line.slice(5))
    }
  })
  return new Promise((resolve, reject) => {
    // Once the scan has ended, the totals are of no use, however far cat-file got.
    const stop = (): void => {
      child.kill()
      reject(new Error('cat-file: stopped, the scan ended first'))
    }
    if (signal.aborted) stop()
    else signal.addEventListener('abort', stop, { once: true })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(totals) : reject(new Error(`cat-file exit ${code}`))))
  })
}

/**
 * The straightforward history scan, kept to check the fast one: walk every commit oldest first, list its
 * whole tree, read each (blob, path) pair the first time it appears, with a separate git call per blob.
 * It sees only what commits hold, not blobs and trees that a tag names directly.
 */
export async function scanHistorySlow(git: Git): Promise<SourceResult> {
  await git.assertRepository()
  const commits = (await git.run(['log', '--all', '--reverse', '--topo-order', '--format=%H %aI']))
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string])
  const seen = new Set<string>()
  const byBlob = new Map<string, BufferHit[] | undefined>()
  const hits: SourceHit[] = []
  const stats = { commits: commits.length, blobs: 0, bytes: 0 }
  const unreadable = { objects: 0, paths: new Set<string>() }
  for (const [order, [commit, authorDate]] of commits.entries()) {
    const tree = await git.run(['ls-tree', '-r', '-z', commit])
    for (const entry of tree.split('\0')) {
      const tab = entry.indexOf('\t')
      const [, type, oid = ''] = entry.slice(0, tab).split(' ')
      const path = entry.slice(tab + 1)
      if (tab < 0 || type !== 'blob' || seen.has(`${oid}\0${path}`)) continue
      seen.add(`${oid}\0${path}`)
      if (!byBlob.has(oid)) {
        const result = await git.exec(['cat-file', 'blob', oid], { env: { GIT_NO_LAZY_FETCH: '1' } })
        if (result.code === 0) {
          stats.blobs++
          stats.bytes += result.stdout.length
        } else unreadable.objects++
        byBlob.set(oid, result.code === 0 ? detectKeys(result.stdout) : undefined)
      }
      const found = byBlob.get(oid)
      if (!found) unreadable.paths.add(path)
      for (const { hit, inlineAllowed } of found ?? []) {
        hits.push({ hit, path, commit, authorDate, order, inlineAllowed, preExisting: false })
      }
    }
  }
  return { hits, stats, unreadable: { objects: unreadable.objects, paths: [...unreadable.paths].sort() } }
}
