import type { Finding, Unreadable } from '../scan/types.js'
import { liveNote } from './annotations.js'
import { type FailOn, failsCheck, shapeTitle, unreadableFails } from './findings.js'

/** The CLI's human output: one line per finding, then a verdict (which says when something was not scanned). */
export function renderText(
  findings: readonly Finding[],
  failOn: FailOn,
  scanned: string,
  unreadable?: Unreadable
): string {
  const lines = findings.map((f) => {
    const mark = failsCheck(f, failOn) ? 'LEAK' : 'warn'
    const commit = f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''
    return `${mark}  ${f.path}:${f.line}:${f.column}${commit}  ${f.redacted}  ${shapeTitle(f.shape)}${liveNote(f)}`
  })
  const failing = findings.filter((f) => failsCheck(f, failOn)).length
  const blind = unreadable?.objects ?? 0
  // The warning on stderr names them; the report only counts them, so that nothing is said twice.
  const partly = blind > 0 ? `, but ${blind} file(s) or object(s) were not scanned (see the warning)` : ''
  lines.push(
    findings.length === 0
      ? `No OpenAI keys found in ${scanned}${partly}.`
      : `${failing} leaked key(s) fail the check, ${findings.length} finding(s) in ${scanned}${partly}. ` +
          'Rotate every leaked key: removing it from the file does not un-leak it.'
  )
  return lines.join('\n') + '\n'
}

/** The JSON report; also the format `baseline` reads back. */
export function renderJson(
  findings: readonly Finding[],
  failOn: FailOn,
  scanned: string,
  version: string,
  unreadable: Unreadable = { objects: 0, paths: [] }
): string {
  const leaks = findings.filter((f) => failsCheck(f, failOn)).length
  const notScanned = {
    count: unreadable.objects,
    failsCheck: unreadableFails(unreadable, failOn),
    paths: unreadable.paths.map((path) => ({
      path,
      ...(unreadable.reasons?.[path] ? { reason: unreadable.reasons[path] } : {})
    }))
  }
  return (
    JSON.stringify({ tool: 'openai-key-guard', version, scanned, leaks, notScanned, findings }, null, 2) +
    '\n'
  )
}
