// The organisation run as its job summary (markdown) and as the CLI prints it (text). Every name, path and reason
// comes from the reports and is hostile: code spans and escaped text (markdown.ts), printable lines (quote.ts),
// and the whole scrubbed of anything key-shaped.
import { liveNote } from '../report/annotations.js'
import { failsCheck, messageName, ROTATE_ADVICE, shapeTitle, type FailOn } from '../report/findings.js'
import { cell, code, text } from '../report/markdown.js'
import { displayPath, printable } from '../report/quote.js'
import { TABLE_BYTES } from '../report/summary.js'
import { scrub } from '../redact.js'
import type { Finding } from '../scan/types.js'
import type { RepositoryResult } from './reports.js'

/** What happened to one repository's SARIF. */
export interface UploadLine {
  repository: string
  result: 'uploaded' | 'forbidden' | 'failed'
  /** Findings not in the upload (GitHub's limits). */
  leftOut?: number
  message?: string
}

export interface OrgSummaryInput {
  repositories: readonly RepositoryResult[]
  failOn: FailOn
  uploads: readonly UploadLine[]
  /** Plain text lines (escaped here). */
  notes: readonly string[]
  issueUrl?: string
}

export interface Totals {
  repositories: number
  failed: number
  findings: number
  failing: number
  withFindings: number
  /** Repositories scanned only in part: some of their objects could not be read. */
  partial: number
  read: number
  skipped: number
}

export function totalsOf(repositories: readonly RepositoryResult[], failOn: FailOn): Totals {
  const sum = (pick: (r: RepositoryResult) => number): number => repositories.reduce((n, r) => n + pick(r), 0)
  return {
    repositories: repositories.length,
    failed: repositories.filter((r) => r.status === 'failed').length,
    findings: sum((r) => r.findings.length),
    failing: sum((r) => r.findings.filter((f) => failsCheck(f, failOn)).length),
    withFindings: repositories.filter((r) => r.findings.length > 0).length,
    partial: repositories.filter((r) => r.status !== 'failed' && r.unreadable.objects > 0).length,
    read: sum((r) => r.objects.read),
    skipped: sum((r) => r.objects.skipped)
  }
}

/** Where a finding is: the path (or the message) and its line, in markdown. */
function where(f: Finding): string {
  const message = messageName(f)
  return message === undefined ? code(displayPath(f.path)) : text(message)
}

function statusText(r: RepositoryResult): string {
  if (r.status !== 'failed') {
    const blind = r.unreadable.objects
    return blind > 0 ? `${r.status}, but ${blind} object(s) could not be read` : r.status
  }
  return `failed: ${text(r.reason ?? 'unknown')}`
}

/** What became of one upload, as markdown (`md`) or as a plain line. */
function uploadText(u: UploadLine, md: boolean): string {
  const name = md ? code(u.repository) : u.repository
  const left = u.leftOut
    ? ` (${u.leftOut} finding(s) left out: GitHub shows 5,000 results per upload; the ones that fail the check went first)`
    : ''
  if (u.result === 'uploaded') return `SARIF uploaded to ${name}${left}.`
  if (u.result === 'forbidden') {
    return (
      `SARIF not uploaded to ${name}: GitHub answered 403; the token needs the ` +
      '"Code scanning alerts: write" permission (security_events: write), and a private repository needs code scanning enabled.'
    )
  }
  const message = u.message ?? 'failed'
  return `SARIF not uploaded to ${name}: ${md ? text(message) : message}`
}

/** What the list of skipped or shortened uploads may take of the summary. */
const UPLOAD_BYTES = 64 * 1024

/** Pushes rows while the table stays under `budget` bytes; returns how many were left out. */
function addRows(lines: string[], rows: readonly string[], budget: number): number {
  let bytes = 0
  let added = 0
  for (const row of rows) {
    bytes += Buffer.byteLength(row) + 1
    if (bytes > budget) break
    lines.push(row)
    added++
  }
  return rows.length - added
}

/**
 * The job summary: totals, one row per repository (failed and those with keys first), every finding (failing
 * first), what became of the uploads. GitHub drops a summary over 1 MiB: the tables share TABLE_BYTES and say
 * how many rows they leave out.
 */
export function renderOrgSummary(input: OrgSummaryInput): string {
  const t = totalsOf(input.repositories, input.failOn)
  const lines = ['## OpenAI Key Guard: organisation', '']
  const verdict =
    t.failing > 0
      ? `**${t.failing} leaked OpenAI key finding(s) in ${t.withFindings} repositories fail this check.** `
      : ''
  lines.push(
    `${verdict}${t.findings} finding(s) in ${t.repositories} repositories; ${t.failed} could not be scanned` +
      `${t.partial > 0 ? ` and ${t.partial} only in part` : ''}` +
      `${t.failed + t.partial > 0 && input.failOn !== 'never' ? ' (this check fails until they can)' : ''}. ` +
      `${t.read} object(s) read, ${t.skipped} skipped as already scanned.`,
    ''
  )
  const repoRows = [...input.repositories]
    .sort(
      (a, b) =>
        Number(b.status === 'failed') - Number(a.status === 'failed') ||
        b.findings.length - a.findings.length ||
        b.unreadable.objects - a.unreadable.objects
    )
    .map(
      (r) =>
        `| ${cell(code(r.repository))} | ${cell(statusText(r))} | ${r.findings.length} | ${r.commits} | ${r.objects.read} | ${r.objects.skipped} |`
    )
  lines.push(
    '| Repository | Status | Findings | Commits | Objects read | Skipped |',
    '| --- | --- | --- | --- | --- | --- |'
  )
  const repoLeft = addRows(lines, repoRows, TABLE_BYTES / 3)
  if (repoLeft > 0) lines.push('', `${repoLeft} more repositories without findings are not listed.`)
  const all = input.repositories.flatMap((r) => r.findings.map((f) => ({ r, f })))
  if (all.length > 0) {
    const ordered = [
      ...all.filter(({ f }) => failsCheck(f, input.failOn)),
      ...all.filter(({ f }) => !failsCheck(f, input.failOn))
    ]
    lines.push('', '| | Repository | Commit | Where | Line | Key | Type |', '|---|---|---|---|---|---|---|')
    const findingLeft = addRows(
      lines,
      ordered.map(
        ({ r, f }) =>
          `| ${failsCheck(f, input.failOn) ? '❌' : '⚠️'} | ${cell(code(r.repository))} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
          `${cell(where(f))} | ${f.line} | ${code(f.redacted)}${liveNote(f)} | ${shapeTitle(f.shape)} |`
      ),
      (TABLE_BYTES * 2) / 3
    )
    if (findingLeft > 0) {
      lines.push(
        '',
        `${findingLeft} more finding(s) are not listed here (GitHub drops a job summary over 1 MiB): the SARIF uploads and the reports hold them.`
      )
    }
    lines.push('', `> ${ROTATE_ADVICE}`)
  }
  // Thousands of repositories may be uploaded to: the plain successes are counted, the rest listed.
  const plain = input.uploads.filter((u) => u.result === 'uploaded' && !u.leftOut).length
  const listed = input.uploads.filter((u) => u.result !== 'uploaded' || u.leftOut)
  if (plain > 0) lines.push('', `SARIF uploaded to ${plain} repositories' code scanning.`)
  if (listed.length > 0) {
    lines.push('')
    const left = addRows(
      lines,
      listed.map((u) => `- ${uploadText(u, true)}`),
      UPLOAD_BYTES
    )
    if (left > 0) lines.push(`- and ${left} more (see the log).`)
  }
  if (input.issueUrl) lines.push('', `Organisation issue: ${text(input.issueUrl)}`)
  for (const note of input.notes) lines.push('', text(note))
  return scrub(lines.join('\n') + '\n')
}

/** The CLI's form: one line per finding and per failed repository, then the totals; every line printable. */
export function renderOrgText(input: OrgSummaryInput): string {
  const t = totalsOf(input.repositories, input.failOn)
  const lines: string[] = []
  for (const r of input.repositories) {
    if (r.status === 'failed') lines.push(`FAILED  ${r.repository}  ${r.reason ?? ''}`)
    else if (r.unreadable.objects > 0)
      lines.push(`PARTIAL  ${r.repository}  ${r.unreadable.objects} object(s) could not be read`)
    for (const f of r.findings) {
      const message = messageName(f)
      const at = message
        ? `${message}:${f.line}`
        : `${displayPath(f.path)}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''}`
      lines.push(
        `${failsCheck(f, input.failOn) ? 'LEAK' : 'warn'}  ${r.repository}  ${at}  ${f.redacted}  ${shapeTitle(f.shape)}`
      )
    }
  }
  for (const u of input.uploads) lines.push(uploadText(u, false))
  lines.push(
    `${t.findings} finding(s) in ${t.repositories} repositories (${t.failing} fail the check); ${t.failed} could not be scanned` +
      `${t.partial > 0 ? `, ${t.partial} only in part` : ''}.`,
    ...input.notes
  )
  if (input.issueUrl) lines.push(`Organisation issue: ${input.issueUrl}`)
  return lines.map((l) => printable(scrub(l))).join('\n') + '\n'
}
