import { closeSync, lstatSync, readdirSync, readlinkSync, readSync, type Stats } from 'node:fs'
import type { Git } from '../../git.js'
import { NotRegularFileError, openRegular } from '../../files.js'
import type { ReadProgress } from '../../progress.js'
import { gitPath } from '../../paths.js'
import { ChunkedKeys } from './chunks.js'
import { keysIn, type ScannedBlob, type SourceHit, type SourceResult } from './common.js'

const SKIP_DIRS = new Set(['.git', 'node_modules'])
const SLASH = Buffer.from('/')

/**
 * Files of a directory that is not a repository, skipping .git and node_modules. Names stay bytes: a name that
 * is not UTF-8 is opened as it is. Links are listed, never entered. Synchronous, like the reads.
 */
function walk(root: Buffer, dir?: Buffer): Buffer[] {
  const entries = readdirSync(dir ? Buffer.concat([root, SLASH, dir]) : root, {
    withFileTypes: true,
    encoding: 'buffer'
  })
  const files: Buffer[] = []
  for (const entry of entries) {
    const rel = dir ? Buffer.concat([dir, SLASH, entry.name]) : entry.name
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name.toString('latin1'))) files.push(...walk(root, rel))
    } else if (entry.isFile() || entry.isSymbolicLink()) files.push(rel)
  }
  return files
}

/** Tracked and untracked files that .gitignore does not exclude, or every file outside a repository. */
async function worktreeFiles(git: Git, root: Buffer): Promise<Buffer[]> {
  // One git call, not two: ls-files itself says when this is not a repository.
  const listed = await git.exec(['ls-files', '-co', '--exclude-standard', '-z'])
  if (listed.code !== 0) return walk(root)
  // latin1 maps bytes to characters one to one: the names come back as the very bytes git listed.
  const names = new Set(listed.stdout.toString('latin1').split('\0').filter(Boolean))
  return [...names].map((name) => Buffer.from(name, 'latin1'))
}

/** Why a file could not be read, in a few words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return code ? `read error ${code}` : (error as Error).message
}

/**
 * What one path holds, as git would store it: a link is its target text (never followed), a regular file its
 * bytes, read in bounded chunks whatever its size. Anything else (a directory such as a submodule, a device, a
 * FIFO, a socket) holds nothing git can store: undefined, and it is never opened.
 */
function keysAtPath(full: Buffer, stats: Stats, reader: ChunkedKeys): ScannedBlob | undefined {
  if (stats.isSymbolicLink()) {
    const target = readlinkSync(full, { encoding: 'buffer' })
    return { found: keysIn(target), bytes: target.length }
  }
  if (!stats.isFile()) return undefined
  const fd = openRegular(full)
  try {
    reader.reset()
    reader.pull((buffer, offset, length) => readSync(fd, buffer, offset, length, null))
    return { found: reader.end(), bytes: reader.bytes }
  } finally {
    closeSync(fd)
  }
}

/**
 * Scans the files on disk as they are now (what a build or an image would ship). A file that is there but
 * cannot be read is reported as not scanned, never skipped in silence.
 */
export async function scanWorktree(git: Git, progress?: ReadProgress): Promise<SourceResult> {
  const root = Buffer.from(git.cwd)
  const files = await worktreeFiles(git, root)
  progress?.setTotals({ objects: files.length })
  const hits: SourceHit[] = []
  const stats = { commits: 0, blobs: 0, bytes: 0 }
  const unreadable: SourceResult['unreadable'] = { objects: 0, paths: [], reasons: {}, files: true }
  // One reader for every file: its buffer is reused, so thousands of small files cost no garbage.
  const reader = new ChunkedKeys()
  for (const file of files) {
    // ls-files paths are plain: no path.join to normalise them.
    const full = Buffer.concat([root, SLASH, file])
    const path = gitPath(file.toString('latin1'))
    let read: ScannedBlob | undefined
    try {
      read = keysAtPath(full, lstatSync(full), reader)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // Deleted but still tracked: there is nothing on disk to ship.
      if (code === 'ENOENT' || code === 'ENOTDIR') continue
      unreadable.objects++
      unreadable.paths.push(path)
      unreadable.reasons![path] =
        error instanceof NotRegularFileError ? `changed while it was read (now ${error.kind})` : reason(error)
      continue
    }
    if (!read) continue
    stats.blobs++
    stats.bytes += read.bytes
    progress?.add(read.bytes)
    for (const { hit, inlineAllowed } of read.found) {
      hits.push({ hit, path, order: 0, inlineAllowed, preExisting: false })
    }
  }
  unreadable.paths.sort()
  return { hits, stats, unreadable }
}
