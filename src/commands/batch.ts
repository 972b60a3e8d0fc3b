import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Logger } from '../logger.js'
import { CloneError, cloneRepository } from '../org/clone.js'
import {
  parseRepositoryName,
  repositoryReport,
  reportPath,
  serializeRepositoryReport,
  type RepositoryReport
} from '../org/report-file.js'
import { scrub } from '../redact.js'
import { cell, code, text } from '../report/markdown.js'
import { printable } from '../report/quote.js'
import { findingsForJson } from '../report/text.js'
import { DETECTOR_VERSION } from '../scan/record.js'
import { scan } from '../scan/scan.js'
import type { BatchSettings, Settings } from '../settings.js'
import { VERSION } from '../version.js'

/** The environment variable that sets the base of the clone retry backoff, in milliseconds: for tests. */
export const RETRY_MS_ENV = 'OPENAI_KEY_GUARD_RETRY_MS'

export interface BatchOutcome {
  reports: RepositoryReport[]
  /** Findings over every repository. */
  findings: number
  /** Repositories that could not be scanned. */
  failed: number
  reportDir: string
}

/** The same logger, each line naming the repository it is about. */
function about(repository: string, logger: Logger): Logger {
  return {
    ...logger,
    info: (m) => logger.info(`${repository}: ${m}`),
    debug: (m) => logger.debug(`${repository}: ${m}`),
    warning: (m) => logger.warning(`${repository}: ${m}`),
    error: (m) => logger.error(`${repository}: ${m}`)
  }
}

/** One line for a failed repository: what went wrong, scrubbed, with nothing a terminal or the runner would act on. */
function failure(error: unknown): string {
  if (error instanceof CloneError) return printable(scrub(error.message))
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ')
  return printable(scrub(`the history scan failed: ${message}`)).slice(0, 500)
}

/** Fetches one repository, scans its whole history and says what it found; never throws. */
async function scanRepository(
  repository: string,
  settings: Settings,
  batch: BatchSettings,
  logger: Logger
): Promise<RepositoryReport> {
  const { owner, name } = parseRepositoryName(repository) as { owner: string; name: string }
  const dir = path.join(batch.cloneDir, `${owner}__${name}.git`)
  const common = { version: VERSION, detector: DETECTOR_VERSION, repository }
  const log = about(repository, logger)
  try {
    const clone = await cloneRepository({
      dir,
      serverUrl: settings.github.serverUrl,
      repository,
      token: settings.github.token || undefined,
      logger,
      retryBaseMs: retryBase(),
      maxBytes: batch.maxRepositoryBytes
    })
    if (clone.empty) return repositoryReport({ ...common, status: 'empty' })
    const result = await scan({
      cwd: dir,
      range: { kind: 'history', head: 'HEAD' },
      // The organisation's own rules, from the workflow's checkout; a scanned repository brings no rules file.
      config: settings.scan.config && path.resolve(settings.workspace, settings.scan.config),
      baseline: settings.scan.baseline && path.resolve(settings.workspace, settings.scan.baseline),
      failOn: 'any',
      record: path.join(batch.recordDir, `${owner}__${name}.rec`),
      logger: log,
      onKey: (key) => logger.setSecret(key)
    })
    return repositoryReport({
      ...common,
      status: 'scanned',
      ref: clone.ref,
      head: clone.head,
      commits: result.stats.commits,
      objects: result.stats.objects ?? { listed: 0, read: 0, skipped: 0 },
      findings: findingsForJson(result.findings),
      notScanned: { count: result.unreadable.objects, paths: result.unreadable.paths.map(scrub) }
    })
  } catch (error) {
    return repositoryReport({ ...common, status: 'failed', error: failure(error) })
  } finally {
    // A runner has about 14 GB of disk: each clone goes as soon as its scan is done.
    rmSync(dir, { recursive: true, force: true })
  }
}

function retryBase(): number {
  const value = Number(process.env[RETRY_MS_ENV] ?? '')
  return process.env[RETRY_MS_ENV] && Number.isFinite(value) && value >= 0 ? value : 2000
}

function describe(report: RepositoryReport): string {
  switch (report.status) {
    case 'failed':
      return `not scanned: ${report.error ?? ''}`
    case 'empty':
      return 'empty (nothing was ever pushed)'
    case 'scanned':
      return (
        `${report.commits} commit(s), ${report.objects.read} object(s) read, ${report.objects.skipped} already ` +
        `scanned clean: ${report.findings.length} finding(s)` +
        (report.notScanned.count > 0 ? `, ${report.notScanned.count} object(s) could not be read` : '')
      )
  }
}

/**
 * How many repositories are worked on at once. A small repository's time goes mostly to waiting on the server
 * (listing, fetching), while a large one's scan keeps both cores of a hosted runner busy: two at a time overlap
 * one's waiting with the other's scanning.
 */
export const BATCH_CONCURRENCY = 2

/**
 * Scans each repository of the batch and writes its report as soon as it is done. One repository's failure is that
 * repository's report; the batch goes on. Reports come back in the order the repositories were given.
 */
export async function batchCommand(
  settings: Settings,
  logger: Logger,
  concurrency = BATCH_CONCURRENCY
): Promise<BatchOutcome> {
  const batch = settings.batch!
  mkdirSync(batch.reportDir, { recursive: true })
  mkdirSync(batch.recordDir, { recursive: true })
  const reports: RepositoryReport[] = new Array<RepositoryReport>(batch.repositories.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < batch.repositories.length) {
      const i = next++
      const repository = batch.repositories[i]!
      const report = await scanRepository(repository, settings, batch, logger)
      writeFileSync(reportPath(batch.reportDir, repository), serializeRepositoryReport(report))
      if (report.status === 'failed') logger.warning(`${repository}: ${describe(report)}`)
      else logger.info(`${repository}: ${describe(report)}`)
      reports[i] = report
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
  return {
    reports,
    findings: reports.reduce((sum, r) => sum + r.findings.length, 0),
    failed: reports.filter((r) => r.status === 'failed').length,
    reportDir: batch.reportDir
  }
}

/** The job summary of a batch: one row per repository. The findings themselves are the report job's to show. */
export function batchSummary(outcome: BatchOutcome): string {
  const rows = outcome.reports.map(
    (r) =>
      `| ${cell(code(r.repository))} | ${r.status} | ${r.commits} | ${r.objects.read} | ${r.findings.length} | ${cell(text(r.error ?? ''))} |`
  )
  return scrub(
    [
      '## OpenAI Key Guard: batch scan',
      '',
      `${outcome.reports.length} repositories, ${outcome.findings} finding(s), ${outcome.failed} not scanned. ` +
        'The report job gives the verdict.',
      '',
      '| Repository | Status | Commits | Objects read | Findings | Error |',
      '| --- | --- | ---: | ---: | ---: | --- |',
      ...rows,
      ''
    ].join('\n')
  )
}
