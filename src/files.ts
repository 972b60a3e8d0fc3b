// Files a repository holds are hostile: a link to /proc/self/environ, a FIFO, /dev/zero. Only regular files are
// read, links are never followed, and what is read is bounded.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from './errors.js'

// O_NONBLOCK: a FIFO swapped in after the type check opens at once instead of waiting for a writer.
const READ_ONLY = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK | constants.O_NOCTTY

/** What a path is, in words, for "must be a regular file, not …". */
export function kindOf(stats: Stats): string {
  if (stats.isFile()) return 'a regular file'
  if (stats.isSymbolicLink()) return 'a symbolic link'
  if (stats.isDirectory()) return 'a directory'
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  return 'not a regular file'
}

/** A path that is there but is not a regular file. */
export class NotRegularFileError extends Error {
  override name = 'NotRegularFileError'
  readonly kind: string

  constructor(kind: string) {
    super(`not a regular file (${kind})`)
    this.kind = kind
  }
}

/**
 * Opens a regular file for reading. A link is never followed (O_NOFOLLOW), and the type is checked on the open
 * descriptor, so a file swapped for something else between a check and the open is still refused.
 */
export function openRegular(file: string | Buffer): number {
  let fd: number
  try {
    fd = openSync(file, READ_ONLY)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new NotRegularFileError('a symbolic link')
    throw error
  }
  try {
    const stats = fstatSync(fd)
    if (!stats.isFile()) throw new NotRegularFileError(kindOf(stats))
    return fd
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/** Reads an open file from its start until the end, or until `limit` bytes; undefined past the limit. */
function readUpTo(fd: number, limit: number): Buffer | undefined {
  // The size stat gives is only a hint: /proc files say 0, and a file may grow while it is read.
  const buffer = Buffer.allocUnsafe(Math.min(limit + 1, 64 * 1024))
  let chunks: Buffer[] = []
  let total = 0
  for (;;) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null)
    if (n === 0) return Buffer.concat(chunks, total)
    chunks.push(Buffer.from(buffer.subarray(0, n)))
    total += n
    if (total > limit) {
      chunks = []
      return undefined
    }
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`
}

/** No directory between `root` and `file` may be a link: a linked `.github/` leads anywhere on the machine. */
function checkParents(root: string, file: string, what: string): void {
  const relative = path.relative(root, file)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return
  const parts = relative.split(path.sep).slice(0, -1)
  for (let i = 1; i <= parts.length; i++) {
    const dir = path.join(root, ...parts.slice(0, i))
    let stats: Stats
    try {
      stats = lstatSync(dir)
    } catch {
      return // missing, or under a file: the open below says so
    }
    if (stats.isSymbolicLink()) {
      throw new ConfigurationError(
        `${what}: ${parts.slice(0, i).join('/')} must be a directory, not a symbolic link.`
      )
    }
  }
}

export interface ReadRegularOptions {
  /** Names the file in errors, e.g. "The config file .github/openai-key-guard.yml". */
  what: string
  /** The most bytes the file may hold. */
  maxBytes: number
  /** The directory the file is looked up from: directories between it and the file must not be links either. */
  root?: string
}

/**
 * Reads a file the user or the repository names (a config, a baseline): it must be a regular file, not a link,
 * a device or a FIFO, and hold at most `maxBytes`. Anything else is one ConfigurationError that says what to fix.
 * Returns undefined when the file does not exist, so that the caller decides whether that is an error.
 */
export function readRegularFile(file: string, options: ReadRegularOptions): Buffer | undefined {
  const { what, maxBytes } = options
  if (options.root) checkParents(options.root, file, what)
  let fd: number
  try {
    fd = openRegular(file)
  } catch (error) {
    if (error instanceof NotRegularFileError) {
      throw new ConfigurationError(`${what} must be a regular file, not ${error.kind}.`)
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new ConfigurationError(`Cannot read ${what}: ${code ?? (error as Error).message}.`)
  }
  try {
    const content = readUpTo(fd, maxBytes)
    if (!content) throw new ConfigurationError(`${what} is larger than ${formatBytes(maxBytes)}.`)
    return content
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(
      `Cannot read ${what}: ${(error as NodeJS.ErrnoException).code ?? 'read error'}.`
    )
  } finally {
    closeSync(fd)
  }
}
