import { scrub } from '../redact.js'
import type { Finding, Unreadable } from '../scan/types.js'
import { liveNote } from './annotations.js'
import {
  type FailOn,
  failsCheck,
  messageName,
  ROTATE_ADVICE,
  shapeTitle,
  unreadableFails
} from './findings.js'
import { cell, code, text } from './markdown.js'
import { displayPath } from './quote.js'

export interface SummaryInput {
  findings: readonly Finding[]
  failOn: FailOn
  /** What was scanned, in words: "12 commits of the pull request", "full history", "the working tree". */
  scanned: string
  allowed: number
  notAnnotated: number
  /** Extra lines (e.g. remediation taken or skipped), as plain text: they are escaped here. */
  notes?: readonly string[]
  /** What could not be read: the notes list it; the verdict says when it fails the check. */
  unreadable?: Unreadable
}

/**
 * Bytes the findings table may take: GitHub drops a step's whole summary when it is over 1 MiB, so the table
 * stops short of that, leaving room for the lines around it. Findings that fail the check are listed first.
 */
export const TABLE_BYTES = 900 * 1024

/** The job summary of a rotation: its outcome, which may quote an API's answer, as escaped text. */
export function renderRotationSummary(message: string): string {
  return scrub(`## OpenAI Key Guard: rotation\n\n${text(message)}\n`)
}

/**
 * The job summary: a verdict, a table of every finding with what to do, and what was scanned. Paths are code
 * spans and notes escaped text (markdown.ts); the whole is scrubbed of anything key-shaped or secret.
 */
export function renderSummary(input: SummaryInput): string {
  const failing = input.findings.filter((f) => failsCheck(f, input.failOn))
  const lines: string[] = ['## OpenAI Key Guard', '']
  let unlisted = 0
  if (unreadableFails(input.unreadable, input.failOn)) {
    lines.push(
      `**${input.unreadable?.objects} file(s) or object(s) were not scanned: this check fails until they can be read.**`,
      ''
    )
  }
  if (input.findings.length === 0) {
    lines.push(`No OpenAI keys found in ${input.scanned}.`)
  } else {
    const verdict = failing.length > 0 ? `**${failing.length} leaked OpenAI key(s) fail this check.**` : ''
    lines.push(`${verdict} ${input.findings.length} finding(s) in ${input.scanned}.`.trim(), '')
    lines.push('| | File | Line | Commit | Key | Type | What to do |', '|---|---|---|---|---|---|---|')
    const ordered = [...failing, ...input.findings.filter((f) => !failsCheck(f, input.failOn))]
    let bytes = 0
    let listed = 0
    for (const f of ordered) {
      const fails = failsCheck(f, input.failOn)
      const todo = fails
        ? 'Rotate the key now, then remove it'
        : 'Already present before this change: rotate it'
      const message = messageName(f)
      const where = message === undefined ? code(displayPath(f.path)) : text(message)
      const row =
        `| ${fails ? '❌' : '⚠️'} | ${cell(where)} | ${f.line} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
        `${code(f.redacted)}${liveNote(f)} | ${shapeTitle(f.shape)}${f.encoding === 'plain' ? '' : ` (${f.encoding})`} | ${todo} |`
      bytes += Buffer.byteLength(row) + 1
      if (bytes > TABLE_BYTES) break
      lines.push(row)
      listed++
    }
    unlisted = ordered.length - listed
    if (unlisted > 0) {
      lines.push(
        '',
        `${unlisted} more finding(s) are not listed here (GitHub drops a job summary over 1 MiB): ` +
          'the `findings` output and the SARIF report hold every one.'
      )
    }
    lines.push('', `> ${ROTATE_ADVICE}`)
  }
  if (input.notAnnotated > 0) {
    const where = unlisted > 0 ? 'have no annotation' : 'are listed here only'
    lines.push('', `${input.notAnnotated} finding(s) ${where}: GitHub shows 10 annotations per step.`)
  }
  if (input.allowed > 0)
    lines.push('', `${input.allowed} finding(s) allowed by inline comments, config or baseline.`)
  for (const note of input.notes ?? []) lines.push('', text(note))
  return scrub(lines.join('\n') + '\n')
}
