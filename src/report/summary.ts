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
    for (const f of input.findings) {
      const fails = failsCheck(f, input.failOn)
      const todo = fails
        ? 'Rotate the key now, then remove it'
        : 'Already present before this change: rotate it'
      lines.push(
        `| ${fails ? '❌' : '⚠️'} | ${cell(f.path)} | ${f.line} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
          `\`${f.redacted}\`${cell(liveNote(f))} | ${shapeTitle(f.shape)}${f.encoding === 'plain' ? '' : ` (${f.encoding})`} | ${todo} |`
      )
    }
    lines.push('', `> ${ROTATE_ADVICE}`)
  }
  if (input.notAnnotated > 0) {
    lines.push(
      '',
      `${input.notAnnotated} finding(s) are listed here only: GitHub shows 10 annotations per step.`
    )
  }
  if (input.allowed > 0)
    lines.push('', `${input.allowed} finding(s) allowed by inline comments, config or baseline.`)
  for (const note of input.notes ?? []) lines.push('', note)
  return lines.join('\n') + '\n'
}
