import { detect, mayContainKey } from '../detector.js'
import { pathFromBytes } from '../../paths.js'
import { allowedInline } from '../allowlist.js'
import type { ObjectCounts } from '../record.js'
import type { Hit, MessageKind, Unreadable } from '../types.js'

/** One key in one place, before de-duplication and allowing. `key` is raw: it stays in memory. */
export interface SourceHit {
  hit: Hit
  /** Empty for a message (`kind`). */
  path: string
  kind?: MessageKind
  tag?: string
  commit?: string
  authorDate?: string
  /** Position of the commit in oldest-first order: the lowest wins when a key is seen several times. */
  order: number
  inlineAllowed: boolean
  /**
   * Commit ranges: the base already held this key at this path on a line that allows it, so the allow
   * comment is not one the range adds.
   */
  inlineAtBase?: boolean
  /** The key was already there before the scanned range (at its base). */
  preExisting: boolean
  /** A hit the incremental record replays: the object was not read, `hit.key` is empty, these are its facts. */
  known?: KnownKey
}

/** What a finding needs of a key that was not read this time (record.ts). */
export interface KnownKey {
  fingerprint: string
  redacted: string
}

export interface SourceStats {
  commits: number
  blobs: number
  bytes: number
  /** History scans: the objects listed (blobs, commits, annotated tags), read, and skipped by the record. */
  objects?: ObjectCounts
}

export interface SourceResult {
  hits: SourceHit[]
  /** Commit ranges: the tip scanned, and the commit whose rules are trusted. */
  commits?: { head: string; rulesFrom?: string }
  /** What the scan covered when it is not what the event suggests (a new branch, a force push), in words. */
  notes?: string[]
  stats: SourceStats
  unreadable: Unreadable
}

/** The keys of one file or blob, and how many bytes were read. */
export interface ScannedBlob {
  found: BufferHit[]
  bytes: number
}

/** A key found in a buffer, with whether its line allows it. */
export interface BufferHit {
  hit: Hit
  inlineAllowed: boolean
  /** Set when the hit is replayed from the incremental record (see SourceHit.known). */
  known?: KnownKey
}

/** A key found in a blob, placed at the commit and path of one change that added the blob. */
export function hitAt(found: BufferHit, change: RawChange): SourceHit {
  const { commit, authorDate, order, path } = change
  return {
    hit: found.hit,
    inlineAllowed: found.inlineAllowed,
    path,
    commit,
    authorDate,
    order,
    preExisting: false,
    ...(found.known ? { known: found.known } : {})
  }
}

/** The detector's keys in a buffer, each with whether its line allows it inline; no prefilter. */
export function detectKeys(content: Buffer): BufferHit[] {
  const hits = detect(content)
  const allowed = allowedInline(content, hits)
  return hits.map((hit, i) => ({ hit, inlineAllowed: allowed[i] === true }))
}

/** The keys in a buffer: the cheap prefilter first, the detector only on buffers that may hold one. */
export function keysIn(content: Buffer): BufferHit[] {
  return mayContainKey(content) ? detectKeys(content) : []
}

/** One line of `git log --raw -z`: a blob that a commit's tree holds at a path after the change. */
export interface RawChange {
  commit: string
  authorDate: string
  /** Index of the commit in the log's output (oldest first when the log ran with --reverse). */
  order: number
  status: string
  oldOid: string
  newOid: string
  newMode: string
  path: string
}

/** The format the raw-log parser expects: a NUL, a `C` marker, the commit id and its author date. */
export const RAW_LOG_ARGS = [
  '--no-color',
  '--format=%x00C %H %aI',
  '--raw',
  '--no-abbrev',
  '--no-renames',
  '--root',
  '-m',
  '-z'
]

/**
 * Parses `git log` output made with RAW_LOG_ARGS (or with `-c` for `-m`) chunk by chunk: `C <commit> <date>` headers, then for each change a meta
 * field (one `:` per parent, the modes, the blob ids, the status) and the path. A path is taken as it is, so a
 * path that looks like a header cannot confuse it; only the paths of wanted blobs are decoded.
 */
export class RawLogParser {
  private carry: Buffer[] = []
  private commit = ''
  private authorDate = ''
  private commits = 0
  /** The change whose path is the next token, when its blob is wanted; null for a path to skip. */
  private pending: Omit<RawChange, 'path'> | null | undefined

  private readonly wanted: (oid: string) => boolean
  private readonly onChange: (change: RawChange) => void

  constructor(wanted: (oid: string) => boolean, onChange: (change: RawChange) => void) {
    this.wanted = wanted
    this.onChange = onChange
  }

  push(chunk: Buffer): void {
    let start = 0
    for (let nul = chunk.indexOf(0, start); nul >= 0; nul = chunk.indexOf(0, start)) {
      const piece = chunk.subarray(start, nul)
      this.token(this.carry.length > 0 ? Buffer.concat([...this.carry.splice(0), piece]) : piece)
      start = nul + 1
    }
    if (start < chunk.length) this.carry.push(chunk.subarray(start))
  }

  /** The number of commits; throws when the log ended in the middle of a change. */
  end(): number {
    if (this.carry.length > 0) this.token(Buffer.concat(this.carry.splice(0)))
    if (this.pending !== undefined) throw new Error('git log ended in the middle of a change')
    return this.commits
  }

  private token(bytes: Buffer): void {
    if (this.pending !== undefined) {
      // Paths are bytes, not always UTF-8: pathFromBytes keeps every one of them.
      if (this.pending) this.onChange({ ...this.pending, path: pathFromBytes(bytes) })
      this.pending = undefined
      return
    }
    // Each header but the first follows the previous commit's last field after a newline.
    let at = 0
    while (bytes[at] === 10) at++
    if (bytes[at] === 0x43 /* C */ && bytes[at + 1] === 0x20) {
      const [, id = '', date = ''] = bytes.toString('latin1', at).split(' ')
      // With `-m` a merge comes once per parent, one right after the other: one commit all the same.
      if (id !== this.commit) this.commits++
      this.commit = id
      this.authorDate = date
    } else if (bytes[at] === 0x3a /* : */) {
      let parents = 0
      while (bytes[at + parents] === 0x3a) parents++
      // Modes of each parent and of the result, then the blob ids likewise, then the status.
      const fields = bytes.toString('latin1', at + parents).split(' ')
      const newOid = fields[2 * parents + 1] ?? ''
      this.pending = this.wanted(newOid)
        ? {
            commit: this.commit,
            authorDate: this.authorDate,
            order: this.commits - 1,
            status: fields[2 * parents + 2] ?? '',
            oldOid: fields[parents + 1] ?? '',
            newOid,
            newMode: fields[parents] ?? ''
          }
        : null
    }
  }
}

/** Parses a whole log made with RAW_LOG_ARGS; returns the number of commits. */
export function parseRawLog(output: Buffer, onChange: (change: RawChange) => void): number {
  const parser = new RawLogParser(() => true, onChange)
  parser.push(output)
  return parser.end()
}

/** Gitlinks (submodules) name commits of another repository: nothing to read here. */
export function isBlobMode(mode: string): boolean {
  return mode !== '160000' && mode !== '000000'
}
