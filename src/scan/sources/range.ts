import { isZeroOid, type Git } from '../../git.js'
import { keysAt, readBlobKeys, treeBlobs } from './base.js'
import {
  hitAt,
  isBlobMode,
  parseRawLog,
  RAW_LOG_ARGS,
  type RawChange,
  type SourceHit,
  type SourceResult
} from './common.js'
import { ensureRange, type EnsureOptions } from './fetch.js'
import { commitMessages } from './messages.js'

export type CommitRangeOptions = EnsureOptions

/**
 * Every commit of the range, merges included (diffed against each parent, so a key added while resolving a
 * merge is seen), every blob a commit adds or changes, each unique blob read once. A key added and removed
 * again inside the range is still found: the head ref keeps it public. The range's commit messages are read too:
 * a key in one is introduced by the range, whatever the base holds.
 */
export async function scanCommitRange(opts: CommitRangeOptions): Promise<SourceResult> {
  const { git, logger } = opts
  await git.assertRepository()
  const set = await ensureRange(opts)
  const revisions = [set.head, ...set.exclude.map((e) => `^${e}`)]
  const input = revisions.join('\n') + '\n'
  // The messages need nothing from the log: read beside it, they add no wait of their own.
  const messages = commitMessages(git, revisions)
  messages.catch(() => undefined) // awaited below; a failure of the log or the blobs must surface first
  const log = await git.runBuffer(['log', '--reverse', '--topo-order', ...RAW_LOG_ARGS, '--stdin'], { input })

  const changesByBlob = new Map<string, RawChange[]>()
  const touched = new Set<string>()
  const commits = parseRawLog(log, (change) => {
    touched.add(change.path)
    if (isZeroOid(change.newOid) || !isBlobMode(change.newMode)) return
    const list = changesByBlob.get(change.newOid)
    if (list) list.push(change)
    else changesByBlob.set(change.newOid, [change])
  })
  logger.debug(
    `Range ${set.base?.slice(0, 12) ?? '(new branch)'}..${set.head.slice(0, 12)}: ${commits} commits.`
  )

  const hits: SourceHit[] = []
  const result: SourceResult = {
    hits,
    commits: { head: set.head, rulesFrom: set.rulesFrom },
    notes: set.notes,
    stats: { commits, blobs: 0, bytes: 0 },
    unreadable: { objects: 0, paths: [] }
  }
  const unreadablePaths = new Set<string>()
  await readBlobKeys(git, [...changesByBlob.keys()], (oid, blob) => {
    const changes = changesByBlob.get(oid) ?? []
    if (!blob) {
      result.unreadable.objects++
      for (const change of changes) unreadablePaths.add(change.path)
      return
    }
    result.stats.blobs++
    result.stats.bytes += blob.bytes
    for (const found of blob.found) {
      for (const change of changes) hits.push(hitAt(found, change))
    }
  })
  result.unreadable.paths = [...unreadablePaths].sort()
  const { hits: messageHits, unreadable } = await messages
  result.unreadable.objects += unreadable

  if (set.base && hits.length > 0) {
    const before = await keysAt(git, set.base, touched, new Set(hits.map((h) => h.hit.key)))
    for (const h of hits) h.preExisting = before.has(h.hit.key)
    const inline = hits.filter((h) => h.inlineAllowed && h.preExisting)
    if (inline.length > 0) {
      const atBase = await inlineAllowedAt(git, set.base, new Set(inline.map((h) => h.path)))
      for (const h of inline) h.inlineAtBase = atBase.has(`${h.path}\0${h.hit.key}`)
    }
  }
  hits.push(...messageHits)
  return result
}

/** `path\0key` for each key that `treeish` holds at one of `paths` on a line with an inline allow comment. */
async function inlineAllowedAt(git: Git, treeish: string, paths: Set<string>): Promise<Set<string>> {
  const blobs = await treeBlobs(git, treeish, paths)
  const pathsOf = new Map<string, string[]>()
  for (const [file, oid] of blobs) pathsOf.set(oid, [...(pathsOf.get(oid) ?? []), file])
  const allowed = new Set<string>()
  await readBlobKeys(git, [...pathsOf.keys()], (oid, blob) => {
    for (const found of blob?.found ?? []) {
      if (!found.inlineAllowed) continue
      for (const file of pathsOf.get(oid) ?? []) allowed.add(`${file}\0${found.hit.key}`)
    }
  })
  return allowed
}
