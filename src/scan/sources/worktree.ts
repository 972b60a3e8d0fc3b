import { closeSync, openSync, readdirSync, readSync } from 'node:fs'
import path from 'node:path'
import type { Git } from '../../git.js'
import type { ReadProgress } from '../../progress.js'
import { keysIn, type SourceHit, type SourceResult } from './common.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])

/** Files of a directory that is not a repository, skipping .git and node_modules. Synchronous, like the reads. */
function walk(root: string, dir = ''): string[] {
  const entries = readdirSync(path.join(root, dir), { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) files.push(...walk(root, rel))
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

/**
 * Reads whole files into one buffer that is reused from file to file (and grown when a file needs more):
 * for thousands of small files this spares an allocation and its garbage per file. Plain synchronous reads,
 * as they beat the thread pool's round trips. A returned buffer is valid until the next read.
 */
class FileReader {
  private buffer = Buffer.allocUnsafe(1 << 20)

  read(file: string): Buffer {
    const fd = openSync(file, 'r')
    try {
      let length = 0
      for (;;) {
        if (length === this.buffer.length) {
          const larger = Buffer.allocUnsafe(this.buffer.length * 2)
          this.buffer.copy(larger)
          this.buffer = larger
        }
        const n = readSync(fd, this.buffer, length, this.buffer.length - length, null)
        if (n === 0) return this.buffer.subarray(0, length)
        length += n
      }
    } finally {
      closeSync(fd)
    }
  }
}

/** Scans the files on disk as they are now (what a build or an image would ship). */
export async function scanWorktree(git: Git, progress?: ReadProgress): Promise<SourceResult> {
  const files = await worktreeFiles(git)
  progress?.setTotals({ objects: files.length })
  const hits: SourceHit[] = []
  const stats = { commits: 0, blobs: 0, bytes: 0 }
  const reader = new FileReader()
  for (const file of files) {
    let content: Buffer
    try {
      content = reader.read(`${git.cwd}/${file}`) // ls-files paths are plain: no path.join to normalise them
    } catch {
      continue // deleted but still tracked, a submodule directory, a dangling link: nothing to read
    }
    stats.blobs++
    stats.bytes += content.length
    progress?.add(content.length)
    for (const { hit, inlineAllowed } of keysIn(content)) {
      hits.push({ hit, path: file, order: 0, inlineAllowed, preExisting: false })
    }
  }
  return { hits, stats, unreadable: { objects: 0, paths: [] } }
}
