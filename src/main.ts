import * as core from '@actions/core'
import { writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { actionLogger } from './action-logger.js'
import { scanCommand } from './commands/scan.js'
import { errorMessage, secretInput } from './errors.js'
import { annotate } from './report/annotations.js'
import { unreadableWarning } from './report/findings.js'
import { toSarif } from './report/sarif.js'
import { renderRotationSummary, renderSummary } from './report/summary.js'
import { findingsForJson } from './report/text.js'
import type { RotateResult } from './rotate/index.js'
import { progressInterval, scanProgress } from './progress.js'
import { resolveRange } from './scan/range.js'
import { parseSettings, SECRET_INPUTS, type Settings } from './settings.js'
import { VERSION } from './version.js'

/** Reads an input the runner passed, masking the secret ones before anything else can print them. */
function input(name: string): string {
  const value = core.getInput(name)
  if (!value || !SECRET_INPUTS.includes(name)) return value
  core.setSecret(value)
  return secretInput(name, value)
}

async function scanStep(settings: Settings): Promise<void> {
  if (settings.batch) return batchStep(settings)
  const logger = actionLogger()
  const range = resolveRange({
    ...settings.scan,
    eventName: settings.github.eventName,
    payload: settings.github.payload
  })
  // The runner's log is no terminal: a plain line now and then shows that a long scan is moving.
  const progress = scanProgress(range.kind, {
    terminal: false,
    everyMs: progressInterval(process.env, 10_000),
    write: (line) => logger.info(line)
  })
  const outcome = await scanCommand({ settings, range, logger, progress })
  const notAnnotated = annotate(outcome.findings, settings.scan.failOn, logger)
  await mkdir(path.dirname(settings.scan.sarifFile), { recursive: true })
  await writeFile(
    settings.scan.sarifFile,
    JSON.stringify(toSarif(outcome.findings, settings.scan.failOn, VERSION, outcome.unreadable), null, 2)
  )
  // The annotation of unreadable objects is easy to miss: the summary says it again, beside its verdict.
  const unreadable = outcome.unreadable.objects > 0 ? [unreadableWarning(outcome.unreadable)] : []
  await core.summary
    .addRaw(
      renderSummary({
        ...outcome,
        notes: [...unreadable, ...outcome.notes],
        failOn: settings.scan.failOn,
        notAnnotated
      })
    )
    .write()
  core.setOutput('leaks', outcome.failing)
  core.setOutput('findings', JSON.stringify(findingsForJson(outcome.findings)))
  core.setOutput('sarif-file', settings.scan.sarifFile)
  core.setOutput('not-scanned', outcome.unreadable.objects)
  if (outcome.remediation?.rotation) setRotateOutputs(outcome.remediation.rotation)
  logger.info(
    `Scanned ${outcome.scanned}: ${outcome.findings.length} finding(s), ${outcome.failing} failing.`
  )
  if (outcome.failing > 0) {
    core.setFailed(
      `${outcome.failing} leaked OpenAI key(s) found in ${outcome.scanned}: rotate them now (see the job summary).`
    )
  } else if (outcome.unreadableFails) {
    core.setFailed(
      `${outcome.unreadable.objects} file(s) or object(s) in ${outcome.scanned} were not scanned (see the warning ` +
        'and the job summary): a scan that cannot see everything does not pass.'
    )
  } else if (outcome.remediation?.failed) {
    process.exitCode = core.ExitCode.Failure
  }
}

/**
 * `command: scan` with `repositories`: one report file per repository for the report job, which gives the verdict.
 * Findings and repositories that could not be scanned do not fail this step; only bad inputs do.
 */
async function batchStep(settings: Settings): Promise<void> {
  const { batchCommand, batchSummary } = await import('./commands/batch.js')
  const outcome = await batchCommand(settings, actionLogger())
  await core.summary.addRaw(batchSummary(outcome)).write()
  core.setOutput('findings', outcome.findings)
  core.setOutput('failed', outcome.failed)
  core.setOutput('report-dir', outcome.reportDir)
}

function setRotateOutputs(result: RotateResult): void {
  core.setOutput('result', result.result)
  core.setOutput('new-key-id', result.newKeyId ?? '')
  core.setOutput('old-key-id', result.oldKeyId ?? '')
  core.setOutput('revoked', String(result.revoked))
  core.setOutput('smoke-run-url', result.smokeRunUrl ?? '')
  core.setOutput('issue-url', result.issueUrl ?? '')
}

async function rotateStep(settings: Settings): Promise<void> {
  // Loaded only for rotation: a scan (every pull request) starts faster without the OpenAI and sodium code.
  const { rotateCommand } = await import('./commands/rotate.js')
  const logger = actionLogger()
  const result = await rotateCommand(settings, logger)
  setRotateOutputs(result)
  await core.summary.addRaw(renderRotationSummary(result.message)).write()
  // A rollback or failure was already reported as an error by the rotation, with what to do next.
  if (result.result === 'rolled-back' || result.result === 'failed') process.exitCode = core.ExitCode.Failure
  else logger.info(result.message)
}

/** Under the 1 MB a step output may hold, with room for characters that take several bytes. */
const AUDIT_OUTPUT_CHARS = 250_000

async function auditStep(settings: Settings): Promise<void> {
  const { auditCommand, SUMMARY_CHARS } = await import('./commands/audit.js')
  const { auditJson, auditMarkdown } = await import('./audit/report.js')
  const now = Date.now()
  const outcome = await auditCommand(settings, actionLogger(), now)
  await core.summary.addRaw(auditMarkdown(outcome.report, now, SUMMARY_CHARS)).write()
  // A step output holds 1 MB: the file has every key; past that size the output keeps the keys that need action.
  const file = path.join(process.env.RUNNER_TEMP || tmpdir(), 'openai-key-guard-audit.json')
  const json = auditJson(outcome.report)
  await writeFile(file, json)
  core.setOutput('audit-file', file)
  core.setOutput(
    'audit',
    json.length < AUDIT_OUTPUT_CHARS ? json : auditJson(outcome.report, { flaggedOnly: true })
  )
  core.setOutput('flagged', outcome.report.flagged)
  core.setOutput('issue-url', outcome.issueUrl ?? '')
  if (outcome.failed) core.setFailed(outcome.failed)
}

async function planStep(settings: Settings): Promise<void> {
  const { planCommand } = await import('./commands/plan.js')
  const logger = actionLogger()
  const outcome = await planCommand(settings, logger)
  core.setOutput('matrix', outcome.json)
  core.setOutput('repositories', outcome.repositories)
  await core.summary.addRaw(`${outcome.summary}\n`).write()
  logger.info(outcome.summary)
}

async function reportStep(settings: Settings): Promise<void> {
  const { reportCommand } = await import('./commands/report.js')
  const { renderOrgSummary } = await import('./org/summary.js')
  const outcome = await reportCommand(settings, actionLogger())
  await core.summary.addRaw(renderOrgSummary(outcome)).write()
  core.setOutput('findings', outcome.totals.findings)
  core.setOutput('repositories', outcome.totals.repositories)
  core.setOutput('failed', outcome.totals.failed)
  core.setOutput('issue-url', outcome.issueUrl ?? '')
  if (outcome.failed) core.setFailed(outcome.failed)
}

const STEPS = {
  scan: scanStep,
  rotate: rotateStep,
  audit: auditStep,
  plan: planStep,
  report: reportStep
}

/** The action: inputs and event → settings → scan, rotate, audit, plan or report → annotations, summary, SARIF, outputs. */
export async function run(): Promise<void> {
  try {
    const settings = parseSettings(input)
    await STEPS[settings.command](settings)
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}
