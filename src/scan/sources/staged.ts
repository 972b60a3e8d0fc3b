import type { Git } from '../../git.js'
import { gitPath } from '../../paths.js'
import { keysAt, readBlobKeys } from './base.js'
import type { SourceHit, SourceResult } from './common.js'

/** Staged paths and their blob ids in the index: what the next commit will hold, not the worktree. */
async function stagedBlobs(git: Git): Promise<Map<string, string>> {
  // latin1, then gitPath: names are bytes, and two names that are not UTF-8 must never become one.
  const list = async (args: string[]) => (await git.runBuffer(args)).toString('latin1').split('\0')
  const names = new Set(
    (await list(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames']))
      .filter(Boolean)
      .map(gitPath)
  )
  const blobs = new Map<string, string>()
  if (names.size === 0) return blobs
  for (const entry of await list(['ls-files', '-s', '-z'])) {
    const tab = entry.indexOf('\t')
    const [mode, oid] = entry.slice(0, tab).split(' ')
    const file = gitPath(entry.slice(tab + 1))
    if (tab > 0 && oid && mode !== '160000' && names.has(file)) blobs.set(file, oid)
  }
  return blobs
}

/**
 * The pre-commit scan: the staged version of every added or changed file. A key the file already held at
 * HEAD is pre-existing, so editing an old file does not block every commit until the key is rotated.
 */
export async function scanStaged(git: Git): Promise<SourceResult> {
  await git.assertRepository()
  const blobs = await stagedBlobs(git)
  const pathsOf = new Map<string, string[]>()
  for (const [file, oid] of blobs) pathsOf.set(oid, [...(pathsOf.get(oid) ?? []), file])
  const hits: SourceHit[] = []
  const result: SourceResult = {
    hits,
    stats: { commits: 0, blobs: 0, bytes: 0 },
    unreadable: { objects: 0, paths: [] }
  }
  await readBlobKeys(git, [...pathsOf.keys()], (oid, blob) => {
    const paths = pathsOf.get(oid) ?? []
    if (!blob) {
      result.unreadable.objects++
      result.unreadable.paths.push(...paths)
      return
    }
    result.stats.blobs++
    result.stats.bytes += blob.bytes
    for (const { hit, inlineAllowed } of blob.found) {
      for (const path of paths) hits.push({ hit, path, order: 0, inlineAllowed, preExisting: false })
    }
  })
  if (hits.length > 0 && (await git.resolveCommit('HEAD'))) {
    const before = await keysAt(git, 'HEAD', new Set(blobs.keys()), new Set(hits.map((h) => h.hit.key)))
    for (const h of hits) h.preExisting = before.has(h.hit.key)
  }
  result.unreadable.paths.sort()
  return result
}
