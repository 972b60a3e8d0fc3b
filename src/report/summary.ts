import type { Finding } from '../scan/types.js'
import { liveNote } from './annotations.js'
import { type FailOn, failsCheck, ROTATE_ADVICE, shapeTitle } from './findings.js'

export interface SummaryInput {
  findings: readonly Finding[]
  failOn: FailOn
  /** What was scanned, in words: "12 commits of the pull request", "full history", "the working tree". */
  scanned: string
  allowed: number
  notAnnotated: number
  /** Extra lines (e.g. remediation taken or skipped), already free of key material. */
  notes?: readonly string[]
}

/**
 * Rows the findings table holds at most: GitHub drops a step's whole summary when it is over 1 MiB, and a
 * table of thousands of rows is not read anyway. Findings that fail the check are listed first.
 */
export const SUMMARY_ROWS = 200

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/** The job summary: a verdict, a table of every finding with what to do, and what was scanned. */
export function renderSummary(input: SummaryInput): string {
  const failing = input.findings.filter((f) => failsCheck(f, input.failOn))
  const lines: string[] = ['## OpenAI Key Guard', '']
  if (input.findings.length === 0) {
    lines.push(`No OpenAI keys found in ${input.scanned}.`)
  } else {
    const verdict = failing.length > 0 ? `**${failing.length} leaked OpenAI key(s) fail this check.**` : ''
    lines.push(`${verdict} ${input.findings.length} finding(s) in ${input.scanned}.`.trim(), '')
    lines.push('| | File | Line | Commit | Key | Type | What to do |', '|---|---|---|---|---|---|---|')
    const listed = [...failing, ...input.findings.filter((f) => !failsCheck(f, input.failOn))]
    for (const f of listed.slice(0, SUMMARY_ROWS)) {
      const fails = failsCheck(f, input.failOn)
      const todo = fails
        ? 'Rotate the key now, then remove it'
        : 'Already present before this change: rotate it'
      lines.push(
        `| ${fails ? '❌' : '⚠️'} | ${cell(f.path)} | ${f.line} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
          `\`${f.redacted}\`${cell(liveNote(f))} | ${shapeTitle(f.shape)}${f.encoding === 'plain' ? '' : ` (${f.encoding})`} | ${todo} |`
      )
    }
    if (listed.length > SUMMARY_ROWS) {
      lines.push(
        '',
        `${listed.length - SUMMARY_ROWS} more finding(s) are not listed here (the table keeps to its first ` +
          `${SUMMARY_ROWS} rows): the \`findings\` output and the SARIF report hold every one.`
      )
    }
    lines.push('', `> ${ROTATE_ADVICE}`)
  }
  if (input.notAnnotated > 0) {
    const where = input.findings.length > SUMMARY_ROWS ? 'have no annotation' : 'are listed here only'
    lines.push('', `${input.notAnnotated} finding(s) ${where}: GitHub shows 10 annotations per step.`)
  }
  if (input.allowed > 0)
    lines.push('', `${input.allowed} finding(s) allowed by inline comments, config or baseline.`)
  for (const note of input.notes ?? []) lines.push('', note)
  return lines.join('\n') + '\n'
}
