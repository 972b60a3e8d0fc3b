import { detect, mayContainKey } from '../detector.js'
import { gitPath } from '../../paths.js'
import { allowedInline } from '../allowlist.js'
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
}

export interface SourceStats {
  commits: number
  blobs: number
  bytes: number
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
    preExisting: false
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
 * Parses `git log` output made with RAW_LOG_ARGS. Paths after a `:` meta field are taken as they are,
 * so a path that looks like a header cannot confuse it.
 */
export function parseRawLog(output: Buffer, onChange: (change: RawChange) => void): number {
  // latin1: paths are bytes, not always UTF-8 (see gitPath); ids, dates and modes are ASCII either way.
  const tokens = output.toString('latin1').split('\0')
  const orderOf = new Map<string, number>()
  let commit = ''
  let authorDate = ''
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] ?? '').replace(/^\n+/, '')
    if (token.startsWith('C ')) {
      const [, id = '', date = ''] = token.split(' ')
      commit = id
      authorDate = date
      if (!orderOf.has(id)) orderOf.set(id, orderOf.size)
    } else if (token.startsWith(':')) {
      const [, newMode = '', oldOid = '', newOid = '', status = ''] = token.slice(1).split(' ')
      const path = gitPath(tokens[++i] ?? '')
      onChange({ commit, authorDate, order: orderOf.get(commit) ?? 0, status, oldOid, newOid, newMode, path })
    }
  }
  return orderOf.size
}

/** Gitlinks (submodules) name commits of another repository: nothing to read here. */
export function isBlobMode(mode: string): boolean {
  return mode !== '160000' && mode !== '000000'
}
