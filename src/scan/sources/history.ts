import type { Readable, Transform, Writable } from 'node:stream'
import { CAT_FILE_FORMAT, CatFileParser, gitFailure, type Git } from '../../git.js'
import type { ReadProgress, ReadTotals } from '../../progress.js'
import { skipRecorded, type ObjectRecord } from '../record.js'
import { chunkedBlobs } from './base.js'
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

/**
 * Deals the lines of `from` out to `to`, one each in turn, and ends them all when `from` ends. `from` waits
 * while any of them is behind, but never for one that has closed (a reader that died is reported by its exit).
 */
function dealLines(from: Readable, to: Writable[]): void {
  let partial = ''
  let next = 0
  const behind = new Set<Writable>()
  const caughtUp = (target: Writable) => behind.delete(target) && behind.size === 0 && from.resume()
  for (const target of to) target.on('close', () => caughtUp(target))
  const deal = (lines: string[]) => {
    const parts = to.map(() => '')
    for (const line of lines) parts[next++ % to.length] += `${line}\n`
    to.forEach((target, i) => {
      if (!parts[i] || target.destroyed || target.write(parts[i]) || behind.has(target)) return
      behind.add(target)
      from.pause()
      target.once('drain', () => caughtUp(target))
    })
  }
  from.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n')
    partial = lines.pop() ?? ''
    deal(lines)
  })
  from.on('end', () => {
    if (partial) deal([partial])
    for (const target of to) target.end()
  })
}

/**
 * Reads every reachable blob once: `rev-list --objects` streams blob ids (with a path) into long-lived
 * `cat-file --batch` processes while this process scans what comes out, so enumeration, reading and matching
 * run side by side on separate cores. Missing objects are counted, never fetched, never fatal. `filter` (the
 * incremental record's) drops listed objects before they reach `cat-file`.
 */
async function readAllBlobs(
  git: Git,
  onBlob: (oid: string, blob: ScannedBlob, name: string) => void,
  onMissing?: () => void,
  filter?: Transform
): Promise<{ missing: string[] }> {
  const noFetch = { GIT_NO_LAZY_FETCH: '1' }
  const revList = git.spawn(
    ['rev-list', '--objects', '--all', '--missing=print', '--filter=object:type=blob'],
    ['ignore', 'pipe', 'pipe'],
    noFetch
  )
  const missing: string[] = []
  let parseError: Error | undefined
  const readers = Array.from({ length: READERS }, () => {
    const cat = git.spawn(['cat-file', CAT_FILE_FORMAT, '--buffer'], ['pipe', 'pipe', 'pipe'], noFetch)
    cat.stdin?.on('error', () => undefined)
    const large = chunkedBlobs()
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
      }
    }, large.pieces)
    cat.stdout?.on('data', (chunk: Buffer) => {
      if (parseError) return
      try {
        parser.push(chunk)
      } catch (error) {
        parseError = error as Error
        revList.kill()
      }
    })
    return { cat, parser, reading: collect(cat) }
  })
  const ids = filter && revList.stdout ? revList.stdout.pipe(filter) : revList.stdout
  if (ids)
    dealLines(
      ids,
      readers.flatMap(({ cat }) => (cat.stdin ? [cat.stdin] : []))
    )
  const listing = collect(revList)
  const [listed, ...read] = await Promise.all([listing.done, ...readers.map(({ reading }) => reading.done)])
  if (parseError) throw parseError
  if (listed !== 0) throw gitFailure(git.cwd, ['rev-list'], listed, listing.stderr())
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

/**
 * The fast history scan (see readAllBlobs). Only the blobs that hit, or could not be read, are looked up in the
 * commit log (see startCommitLog), and the log is started at the first of them: a history with nothing to
 * report costs no walk of its trees beside the reading, only a count of its commits. With a `record`, the blobs
 * it holds are not read, and the blobs read without a hit are added to it.
 */
export async function scanHistory(
  git: Git,
  progress?: ReadProgress,
  record?: ObjectRecord
): Promise<SourceResult> {
  await git.assertRepository()
  // With a record, most blobs are skipped: the database's totals would only make the estimate wrong.
  if (!record) progress?.measureTotals((signal) => blobTotals(git, signal))
  const skipped = { skipped: 0 }
  /** Each blob that hit, with what rev-list calls it: a path, or nothing for a blob that a tag names itself. */
  const hitBlobs = new Map<string, { found: BufferHit[]; name: string }>()
  const stats = { commits: 0, blobs: 0, bytes: 0 }
  let log: CommitLog | undefined
  const commitCount = git.run(['rev-list', '--all', '--count'])
  commitCount.catch(() => undefined) // awaited below, unless the log counts the commits itself
  try {
    const { missing } = await readAllBlobs(
      git,
      (oid, { found, bytes }, name) => {
        stats.blobs++
        stats.bytes += bytes
        progress?.add(bytes)
        if (found.length === 0) return record?.add(oid)
        hitBlobs.set(oid, { found, name })
        // Started at the first hit, the log runs beside the rest of the reading.
        log ??= startCommitLog(git)
      },
      () => (log ??= startCommitLog(git)),
      record && skipRecorded(record, false, skipped)
    )

    const hits: SourceHit[] = []
    const paths = new Set<string>()
    const missingOids = new Set(missing)
    const unmapped = new Set(hitBlobs.keys())
    if (log) {
      // The log is oldest first: the first change to a (blob, path) pair is the one that introduced it there.
      const placed = new Set<string>()
      stats.commits = await log.changes(
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
    } else stats.commits = Number((await commitCount).trim())
    // A blob that no commit holds but a ref still reaches (a tag of a blob, or of a tree) is as public as the
    // rest: reported under its path in the tagged tree, or under the ref that names it, after every commit.
    const nameless = [...unmapped].some((oid) => !hitBlobs.get(oid)?.name)
    const refs = nameless ? await refsByObject(git) : new Map<string, string>()
    for (const oid of unmapped) {
      const { found, name } = hitBlobs.get(oid) ?? { found: [], name: '' }
      const path = name || refs.get(oid) || oid
      for (const { hit, inlineAllowed } of found) {
        hits.push({ hit, path, order: stats.commits, inlineAllowed, preExisting: false })
      }
    }
    const read = stats.blobs + missing.length
    return {
      hits,
      stats: { ...stats, objects: { listed: read + skipped.skipped, read, skipped: skipped.skipped } },
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
