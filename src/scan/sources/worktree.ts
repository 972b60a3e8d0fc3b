import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Git } from '../../git.js'
import { keysIn, type SourceHit, type SourceResult } from './common.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** Files of a directory that is not a repository, skipping .git and node_modules. */
async function walk(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) files.push(...(await walk(root, rel)))
    } else if (entry.isFile()) files.push(rel)
  }
  return files
}

/** Tracked and untracked files that .gitignore does not exclude, or every file outside a repository. */
async function worktreeFiles(git: Git): Promise<string[]> {
  // One git call, not two: ls-files itself says when this is not a repository.
  const listed = await git.exec(['ls-files', '-co', '--exclude-standard', '-z'])
  if (listed.code !== 0) return walk(git.cwd)
  return [...new Set(listed.stdout.toString('utf8').split('\0').filter(Boolean))]
}

/** Scans the files on disk as they are now (what a build or an image would ship). */
export async function scanWorktree(git: Git): Promise<SourceResult> {
  const files = await worktreeFiles(git)
  const hits: SourceHit[] = []
  const stats = { commits: 0, blobs: 0, bytes: 0 }
  // Plain synchronous reads: for thousands of small files they beat the thread pool's round trips.
  for (const file of files) {
    let content: Buffer
    try {
      content = readFileSync(path.join(git.cwd, file))
    } catch {
      continue // deleted but still tracked, a submodule directory, a dangling link: nothing to read
    }
    stats.blobs++
    stats.bytes += content.length
    for (const { hit, inlineAllowed } of keysIn(content)) {
      hits.push({ hit, path: file, order: 0, inlineAllowed, preExisting: false })
    }
  }
  return { hits, stats, unreadable: { objects: 0, paths: [] } }
}
