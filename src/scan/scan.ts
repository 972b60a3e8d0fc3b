import { ConfigurationError } from '../errors.js'
import { Git } from '../git.js'
import type { Logger } from '../logger.js'
import type { ReadProgress } from '../progress.js'
import { fingerprint, redact, scrub } from '../redact.js'
import { failsCheck, messageName, unreadableFails, unreadableWarning } from '../report/findings.js'
import type { Range } from './range.js'
import { loadRecord, objectFormat, saveRecord, type ObjectCounts, type ObjectRecord } from './record.js'
import { rulesAt, worktreeRules, type RuleFiles } from './rules.js'
import { DEFAULT_CONFIG, type Allowlist } from './allowlist.js'
import type { SourceHit, SourceResult } from './sources/common.js'
import { scanHistory, type HistoryResult } from './sources/history.js'
import { markNotes, tagMessages } from './sources/messages.js'
import { scanCommitRange } from './sources/range.js'
import { scanStaged } from './sources/staged.js'
import { scanStdin } from './sources/stdin.js'
import { scanWorktree } from './sources/worktree.js'
import type { Finding, Unreadable } from './types.js'

export interface ScanOptions {
  cwd: string
  range: Range
  stdin?: Buffer
  config?: string
  baseline?: string
  /** Commit ranges: apply the allow rules of the range's tip instead of only those of its base. */
  trustPrRules?: boolean
  failOn: 'introduced' | 'any' | 'never'
  token?: string
  /** The GitHub server: the one host the token may go to. */
  serverUrl?: string
  logger: Logger
  /** Called with each raw key found (in memory only), e.g. for on-leak comparison and verify. */
  onKey?: (key: string, finding: Finding) => void
  /** Told about the reading of the scans that can take long (history, working tree); done when reading ends. */
  progress?: ReadProgress
  /**
   * History scans: the incremental record (a file path; see record.ts). The objects it holds are not read again;
   * it is rewritten after the scan with every object read clean.
   */
  record?: string
  /**
   * With a record: the caller needs every key found itself (verify, on-leak), so objects the record holds with
   * hits are read again instead of replayed (a replayed hit has no key, only its fingerprint and redacted form).
   */
  rawKeys?: boolean
}

export interface ScanResult {
  findings: Finding[]
  allowed: number
  failing: number
  /** `objects`: history scans, what was listed, read, and skipped because the record holds it. */
  stats: { commits: number; blobs: number; bytes: number; ms: number; objects?: ObjectCounts }
  unreadable: Unreadable
  /** Something could not be read, and `failOn` is not `never`: the check fails even without a leak. */
  unreadableFails: boolean
  /** One line for each finding that only a rule added by the scanned range would allow. */
  untrustedRules: string[]
  /** What the scan covered when it differs from what the event suggests (a new branch, a force push). */
  scopeNotes: string[]
}

function readSource(options: ScanOptions, git: Git, record?: ObjectRecord): Promise<SourceResult> {
  const { range } = options
  switch (range.kind) {
    case 'pull-request':
    case 'push':
    case 'merge-group':
    case 'range':
      return scanCommitRange({
        git,
        base: range.base,
        head: range.head,
        defaultBranch: range.defaultBranch,
        push: range.push,
        token: options.token,
        serverUrl: options.serverUrl,
        logger: options.logger
      })
    case 'history':
      return withMessages(git, scanHistory(git, options.progress, record, !options.rawKeys))
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

/**
 * The history's blobs and commit messages (read in one stream) and, read beside them, its annotated tag messages;
 * notes found among the blobs are named as notes on the objects they annotate.
 */
async function withMessages(git: Git, history: Promise<HistoryResult>): Promise<SourceResult> {
  // Tags come after every commit; their order is set once the commits are counted.
  const tags = tagMessages(git, 0)
  tags.catch(() => undefined) // awaited below; the history scan's failure must surface first
  const { messageHits, ...result } = await history
  const { hits, unreadable, tags: tagCount } = await tags
  for (const hit of hits) hit.order = result.stats.commits
  await markNotes(git, result.hits)
  result.hits.push(...messageHits, ...hits)
  result.unreadable.objects += unreadable
  // Annotated tags are always read (record.ts says why).
  const objects = result.stats.objects ?? { listed: 0, read: 0, skipped: 0 }
  result.stats.objects = { ...objects, listed: objects.listed + tagCount, read: objects.read + tagCount }
  return result
}

/**
 * One finding per (key, path), or per (key, kind of message): the earliest commit that holds it there, with its
 * line.
 */
export function keepEarliest(hits: SourceHit[]): Array<SourceHit & { fingerprint: string }> {
  const best = new Map<string, SourceHit & { fingerprint: string }>()
  for (const h of hits) {
    const fp = h.known?.fingerprint ?? fingerprint(h.hit.key)
    const id = `${fp}\0${h.kind ?? ''}\0${h.path}`
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
    redacted: h.known?.redacted ?? redact(h.hit.key),
    fingerprint: h.fingerprint,
    status: h.preExisting ? 'pre-existing' : 'introduced'
  }
  if (h.kind) finding.kind = h.kind
  if (h.tag) finding.tag = h.tag
  if (h.commit) finding.commit = h.commit
  if (h.authorDate) finding.authorDate = h.authorDate
  return finding
}

function isCommitRange(range: Range): boolean {
  return ['pull-request', 'push', 'merge-group', 'range'].includes(range.kind)
}

/** The rules a hit is judged by, and (for commit ranges) the rules the range proposes, to name them. */
interface Judge {
  allowlist: Allowlist
  trustInline: (h: SourceHit) => boolean
  proposed?: Allowlist
  rulesFrom?: string
}

function settledValue<T>(result: PromiseSettledResult<T>): T {
  if (result.status === 'rejected') throw result.reason
  return result.value
}

/**
 * Commit ranges (pull requests, pushes) take their rules from the base commit, read as blobs: a range that
 * adds a key must not be able to allow it in the same breath. The tip's rules are read too, to name the rule a
 * range adds, and apply only when the repository trusts them (`trust-pr-rules`).
 */
async function commitRangeJudge(git: Git, source: SourceResult, options: ScanOptions): Promise<Judge> {
  const files: RuleFiles = { config: options.config, baseline: options.baseline }
  const rulesFrom = source.commits?.rulesFrom
  // Read side by side; a failure of the base's rules is the one reported when both fail.
  const [atBase, atHead] = await Promise.allSettled([
    rulesAt(git, rulesFrom, files),
    rulesAt(git, source.commits?.head, files)
  ])
  const trusted = settledValue(atBase)
  const proposed = settledValue(atHead)
  const neither = trusted.missing.filter((f) => proposed.missing.includes(f))
  if (neither.length > 0) {
    throw new ConfigurationError(
      `Cannot read ${neither.join(' and ')}: neither the base nor the head of the range has it. ` +
        'Commit-range scans read rules from commits; a file made during the run goes outside the ' +
        'repository (e.g. in $RUNNER_TEMP).'
    )
  }
  if (options.trustPrRules) return { allowlist: proposed.allowlist, trustInline: (h) => h.inlineAllowed }
  return {
    allowlist: trusted.allowlist,
    trustInline: (h) => h.inlineAtBase === true,
    proposed: proposed.allowlist,
    rulesFrom
  }
}

/** "src/a.ts:3: allowed only by … which this range adds; …", or undefined when no added rule allows it. */
async function addedRule(
  h: SourceHit,
  finding: Finding,
  judge: Judge,
  options: ScanOptions
): Promise<string | undefined> {
  let rule: string | undefined
  if (h.inlineAllowed) rule = 'an inline openai-key-guard:allow comment on the line'
  else {
    const found = await judge.proposed?.ruleFor(finding)
    if (found?.source === 'config') rule = `${options.config ?? DEFAULT_CONFIG} ${found.rule}`
    else if (found) rule = `the baseline ${options.baseline ?? ''}: ${found.rule}`
  }
  if (!rule) return undefined
  const where = `${messageName(finding) ?? finding.path}:${finding.line}: the key would be allowed only by ${rule}`
  const trust = 'set trust-pr-rules: true to accept rules that pull requests add.'
  // The glob and the path are the repository's text: a key written there is redacted like any other.
  return scrub(
    judge.rulesFrom
      ? `${where}, which this range adds. Rules are read from the base commit ${judge.rulesFrom.slice(0, 12)}; ${trust}`
      : `${where}, and no base commit is known to read trusted rules from: pass the base, or ${trust}`
  )
}

/** Scans the range, drops what is allowed, and counts what fails the check under `failOn`. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const started = Date.now() // not performance.now(): loading perf_hooks would cost more than it measures
  const git = new Git(options.cwd)
  const commitRange = isCommitRange(options.range)
  // The user's own checkout: its rules are read first, so that a bad config fails before any work.
  const local = commitRange
    ? undefined
    : await worktreeRules(options.cwd, { config: options.config, baseline: options.baseline })
  if (options.record !== undefined && options.range.kind !== 'history') {
    throw new ConfigurationError(
      'A record is read and written by history scans only: scan the history, or drop the record.'
    )
  }
  const record =
    options.record === undefined
      ? undefined
      : await loadRecord(options.record, await objectFormat(git), options.logger)
  let source: SourceResult
  try {
    source = await readSource(options, git, record)
  } finally {
    options.progress?.done()
  }
  // Written only after a whole scan: a scan that failed part way leaves the record as it was.
  if (record && options.record !== undefined) await saveRecord(options.record, record, options.logger)
  const judge: Judge = local
    ? { allowlist: local, trustInline: (h) => h.inlineAllowed }
    : await commitRangeJudge(git, source, options)

  const findings: Finding[] = []
  const untrustedRules: string[] = []
  let allowed = 0
  for (const h of keepEarliest(source.hits)) {
    const finding = toFinding(h)
    if (judge.trustInline(h) || judge.allowlist.allows(finding)) {
      allowed++
      continue
    }
    if (judge.proposed) {
      const line = await addedRule(h, finding, judge, options)
      if (line) untrustedRules.push(line)
    }
    findings.push(finding)
    // A hit the record replays was not read: its key is not known to this run (rawKeys makes it read).
    if (!h.known) options.onKey?.(h.hit.key, finding)
  }
  for (const line of source.notes ?? []) options.logger.info(line)
  for (const line of untrustedRules) options.logger.warning(line)
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
    unreadable: source.unreadable,
    unreadableFails: unreadableFails(source.unreadable, options.failOn),
    untrustedRules,
    scopeNotes: source.notes ?? []
  }
}
