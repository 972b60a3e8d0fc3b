import { ConfigurationError } from '../errors.js'
import { Git } from '../git.js'
import type { Logger } from '../logger.js'
import type { ReadProgress } from '../progress.js'
import { fingerprint, redact } from '../redact.js'
import { failsCheck, unreadableWarning } from '../report/findings.js'
import { Allowlist, loadBaseline, loadConfig } from './allowlist.js'
import type { Range } from './range.js'
import type { SourceHit, SourceResult } from './sources/common.js'
import { scanHistory } from './sources/history.js'
import { scanCommitRange } from './sources/range.js'
import { scanStaged } from './sources/staged.js'
import { scanStdin } from './sources/stdin.js'
import { scanWorktree } from './sources/worktree.js'
import type { Finding } from './types.js'

export interface ScanOptions {
  cwd: string
  range: Range
  stdin?: Buffer
  config?: string
  baseline?: string
  failOn: 'introduced' | 'any' | 'never'
  token?: string
  logger: Logger
  /** Called with each raw key found (in memory only), e.g. for on-leak comparison and verify. */
  onKey?: (key: string, finding: Finding) => void
  /** Told about the reading of the scans that can take long (history, working tree); done when reading ends. */
  progress?: ReadProgress
}

export interface ScanResult {
  findings: Finding[]
  allowed: number
  failing: number
  stats: { commits: number; blobs: number; bytes: number; ms: number }
  unreadable: { objects: number; paths: string[] }
}

function readSource(options: ScanOptions, git: Git): Promise<SourceResult> {
  const { range } = options
  switch (range.kind) {
    case 'pull-request':
    case 'push':
    case 'range':
      return scanCommitRange({
        git,
        base: range.base,
        head: range.head,
        defaultBranch: range.defaultBranch,
        token: options.token,
        logger: options.logger
      })
    case 'history':
      return scanHistory(git, options.progress)
    case 'worktree':
      return scanWorktree(git, options.progress)
    case 'staged':
      return scanStaged(git)
    case 'stdin':
      if (!options.stdin)
        throw new ConfigurationError('Nothing to scan: --stdin was given but no input arrived.')
      return Promise.resolve(scanStdin(options.stdin))
  }
}

/** One finding per (key, path): the earliest commit that holds it there, with its line. */
export function keepEarliest(hits: SourceHit[]): Array<SourceHit & { fingerprint: string }> {
  const best = new Map<string, SourceHit & { fingerprint: string }>()
  for (const h of hits) {
    const fp = fingerprint(h.hit.key)
    const id = `${fp}\0${h.path}`
    const current = best.get(id)
    const earlier =
      !current ||
      h.order < current.order ||
      (h.order === current.order && (h.hit.line - current.hit.line || h.hit.column - current.hit.column) < 0)
    if (earlier) best.set(id, { ...h, fingerprint: fp })
  }
  return [...best.values()]
}

function toFinding(h: SourceHit & { fingerprint: string }): Finding {
  const finding: Finding = {
    path: h.path,
    line: h.hit.line,
    column: h.hit.column,
    shape: h.hit.shape,
    encoding: h.hit.encoding,
    redacted: redact(h.hit.key),
    fingerprint: h.fingerprint,
    status: h.preExisting ? 'pre-existing' : 'introduced'
  }
  if (h.commit) finding.commit = h.commit
  if (h.authorDate) finding.authorDate = h.authorDate
  return finding
}

/** Scans the range, drops what is allowed, and counts what fails the check under `failOn`. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now() // not performance.now(): loading perf_hooks would cost more than it measures
  const config = await loadConfig(options.cwd, options.config)
  const allowlist = await Allowlist.create(
    config,
    options.baseline ? loadBaseline(options.cwd, options.baseline) : []
  )
  const git = new Git(options.cwd)
  let source: SourceResult
  try {
    source = await readSource(options, git)
  } finally {
    options.progress?.done()
  }

  const findings: Finding[] = []
  let allowed = 0
  for (const h of keepEarliest(source.hits)) {
    const finding = toFinding(h)
    if (h.inlineAllowed || allowlist.allows(finding)) {
      allowed++
      continue
    }
    findings.push(finding)
    options.onKey?.(h.hit.key, finding)
  }
  findings.sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column
  )

  if (source.unreadable.objects > 0) {
    options.logger.warning(unreadableWarning(source.unreadable))
  }
  const ms = Date.now() - started
  options.logger.debug(
    `Scanned ${source.stats.commits} commits, ${source.stats.blobs} blobs, ${source.stats.bytes} bytes in ${ms} ms.`
  )
  return {
    findings,
    allowed,
    failing: findings.filter((f) => failsCheck(f, options.failOn)).length,
    stats: { ...source.stats, ms },
    unreadable: source.unreadable
  }
}
