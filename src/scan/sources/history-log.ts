import { closeSync, createReadStream, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gitFailure, type Git } from '../../git.js'
import { RAW_LOG_ARGS, RawLogParser, type RawChange } from './common.js'

/**
 * Every commit of every ref, oldest first, with the (path, blob) pairs it changes. Merges are shown in git's
 * combined form (`-c`): only the paths whose result differs from every parent. That is exactly what the scan
 * needs, because the first commit to hold a (blob, path) pair differs from each of its parents there (they come
 * earlier and do not hold it), so it is always listed, also when it is a merge whose resolution made the blob.
 * Diffing each merge against each parent instead (`-m`) lists again every change a side branch brought in: on
 * real repositories, full of pull-request merges and long-lived branches, that is most of the log.
 */
export const COMMIT_LOG_ARGS = [
  'log',
  '--all',
  '--reverse',
  '--topo-order',
  ...RAW_LOG_ARGS.map((arg) => (arg === '-m' ? '-c' : arg))
]

/** The log, written by git while the blobs are read, and read back only once the hits are known. */
export interface CommitLog {
  /**
   * Streams the log once git is done with it: `onChange` sees each change whose new blob `wanted` accepts,
   * oldest first. Returns the number of commits.
   */
  changes(wanted: (oid: string) => boolean, onChange: (change: RawChange) => void): Promise<number>
  /** Removes the spool file; safe to call at any point, more than once. */
  dispose(): void
}

/**
 * Starts the log into a private spool file: git writes it on its own core beside the blob reading, and this
 * process holds none of it in memory; the read back keeps only the changes of wanted blobs. The log walks trees
 * only, never blob contents, so it works on partial clones too.
 */
export function startCommitLog(git: Git): CommitLog {
  const dir = mkdtempSync(path.join(tmpdir(), 'okg-history-'))
  const file = path.join(dir, 'log')
  let child: ReturnType<Git['spawn']> | undefined
  // A scan that failed first leaves no git behind: it would go on writing a log that nobody reads.
  const dispose = () => {
    if (child?.exitCode === null && child.signalCode === null) child.kill()
    rmSync(dir, { recursive: true, force: true })
  }
  let exited: Promise<{ code: number; stderr: string }>
  try {
    const fd = openSync(file, 'wx', 0o600)
    try {
      const log = git.spawn(COMMIT_LOG_ARGS, ['ignore', fd, 'pipe'], { GIT_NO_LAZY_FETCH: '1' })
      child = log
      let stderr = ''
      log.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      exited = new Promise((resolve, reject) => {
        log.on('error', reject)
        log.on('close', (code) => resolve({ code: code ?? 1, stderr }))
      })
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    dispose()
    throw error
  }
  exited.catch(() => undefined) // awaited in changes(); a failure must not surface first as an unhandled rejection
  return {
    dispose,
    async changes(wanted, onChange) {
      const { code, stderr } = await exited
      if (code !== 0) throw gitFailure(git.cwd, ['log'], code, stderr)
      const parser = new RawLogParser(wanted, onChange)
      for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }))
        parser.push(chunk as Buffer)
      return parser.end()
    }
  }
}
