import type { Logger } from '../logger.js'
import type { ReadProgress } from '../progress.js'
import { verifyFindings } from '../openai/verify.js'
import type { Range } from '../scan/range.js'
import { scan, type ScanResult } from '../scan/scan.js'
import type { Settings } from '../settings.js'
import type { Remediation } from './respond.js'

export interface ScanCommandOptions {
  settings: Settings
  range: Range
  stdin?: Buffer
  logger: Logger
  progress?: ReadProgress
}

export interface ScanOutcome extends ScanResult {
  /** What was scanned, in words, for the summary and the CLI's verdict. */
  scanned: string
  /** Lines for the summary: what was done about the leaks, or why nothing was. */
  notes: string[]
  remediation?: Remediation
}

/** Scans, then (when asked) checks which keys are live and acts on leaks. Shared by the action and the CLI. */
export async function scanCommand(options: ScanCommandOptions): Promise<ScanOutcome> {
  const { settings, range, logger } = options
  // Raw keys stay in this map, in memory, for the verify and on-leak comparisons: never logged, never returned.
  const keys = new Map<string, string>()
  // With scope auto, only the runs that scan the history (schedule, workflow_dispatch) use the record.
  const record = range.kind === 'history' ? settings.scan.record : undefined
  if (settings.scan.record && !record) {
    logger.info(
      `This ${range.kind} scan reads only its commits: the record ${settings.scan.record} is left as it is.`
    )
  }
  const result = await scan({
    cwd: settings.workspace,
    range,
    stdin: options.stdin,
    config: settings.scan.config,
    baseline: settings.scan.baseline,
    trustPrRules: settings.scan.trustPrRules,
    failOn: settings.scan.failOn,
    token: settings.github.token || undefined,
    serverUrl: settings.github.serverUrl,
    logger,
    progress: options.progress,
    record,
    // Verifying and acting on a leak need each key itself: the record's hits are read again, not replayed.
    rawKeys: settings.scan.verify || settings.scan.onLeak !== 'fail',
    onKey: (key, finding) => {
      logger.setSecret(key)
      keys.set(finding.fingerprint, key)
    }
  })
  if (settings.scan.verify && result.findings.length > 0) {
    logger.info(`Asking OpenAI whether ${keys.size} key(s) are live (verify: true).`)
    await verifyFindings(settings.openaiBaseUrl, result.findings, keys)
  }
  // The remediation code (OpenAI, GitHub, libsodium) loads only when there is a leak to act on.
  const remediation =
    settings.scan.onLeak === 'fail' || result.findings.length === 0
      ? undefined
      : await (
          await import('./respond.js')
        ).respondToLeaks({ settings, findings: result.findings, keys, logger })
  // Unreadable objects are no note: scan() warned about them once (on stderr, or as an annotation).
  const notes = [...result.scopeNotes, ...result.untrustedRules, ...(remediation?.notes ?? [])]
  keys.clear()
  return { ...result, scanned: describe(range, result), notes, remediation }
}

function short(ref: string | undefined): string {
  return ref && /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 7) : (ref ?? '')
}

/** "3 commits of the pull request (1a2b3c4..5d6e7f8)", "the full history (120 commits)", … */
export function describe(range: Range, result: Pick<ScanResult, 'stats'>): string {
  const commits = `${result.stats.commits} commit${result.stats.commits === 1 ? '' : 's'}`
  const span = range.base ? ` (${short(range.base)}..${short(range.head)})` : ''
  switch (range.kind) {
    case 'pull-request':
      return `${commits} of the pull request${span}`
    case 'push':
      return `${commits} pushed${span}`
    case 'merge-group':
      return `${commits} of the merge queue${span}`
    case 'range':
      return `${commits}${span}`
    case 'history': {
      const objects = result.stats.objects
      if (!objects?.skipped) return `the full history (${commits}, ${result.stats.blobs} unique files)`
      return (
        `the full history (${commits}; ${objects.read} of ${objects.listed} objects read, ` +
        `${objects.skipped} skipped: the record holds them from an earlier scan)`
      )
    }
    case 'worktree':
      return `the working tree (${result.stats.blobs} files)`
    case 'staged':
      return 'the staged changes'
    case 'stdin':
      return 'standard input'
  }
}
