import type { Finding } from '../scan/types.js'
import { liveNote } from './annotations.js'
import { type FailOn, failsCheck, shapeTitle } from './findings.js'

/** The CLI's human output: one line per finding, then a verdict. */
export function renderText(findings: readonly Finding[], failOn: FailOn, scanned: string): string {
  const lines = findings.map((f) => {
    const mark = failsCheck(f, failOn) ? 'LEAK' : 'warn'
    const commit = f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''
    return `${mark}  ${f.path}:${f.line}:${f.column}${commit}  ${f.redacted}  ${shapeTitle(f.shape)}${liveNote(f)}`
  })
  const failing = findings.filter((f) => failsCheck(f, failOn)).length
  lines.push(
    findings.length === 0
      ? `No OpenAI keys found in ${scanned}.`
      : `${failing} leaked key(s) fail the check, ${findings.length} finding(s) in ${scanned}. ` +
          'Rotate every leaked key: removing it from the file does not un-leak it.'
  )
  return lines.join('\n') + '\n'
}

/** The JSON report; also the format `baseline` reads back. */
export function renderJson(
  findings: readonly Finding[],
  failOn: FailOn,
  scanned: string,
  version: string
): string {
  const leaks = findings.filter((f) => failsCheck(f, failOn)).length
  return JSON.stringify({ tool: 'openai-key-guard', version, scanned, leaks, findings }, null, 2) + '\n'
}
