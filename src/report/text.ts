import { scrub } from '../redact.js'
import type { Finding, Unreadable } from '../scan/types.js'
import { liveNote } from './annotations.js'
import { type FailOn, failsCheck, messageName, shapeTitle, unreadableFails } from './findings.js'
import { displayPath, printable } from './quote.js'

/**
 * The CLI's human output: one line per finding, then a verdict, then `notes` (what was done about the leaks).
 * Paths are quoted as git quotes them and every line is printable (quote.ts): the CLI may run in a workflow step,
 * where a line is a workflow command, or on a terminal.
 */
export function renderText(
  findings: readonly Finding[],
  failOn: FailOn,
  scanned: string,
  notes: readonly string[] = [],
  unreadable?: Unreadable
): string {
  const lines = findings.map((f) => {
    const mark = failsCheck(f, failOn) ? 'LEAK' : 'warn'
    const commit = f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''
    const message = messageName(f)
    const where = message
      ? `${message}:${f.line}:${f.column}`
      : `${displayPath(f.path)}:${f.line}:${f.column}${commit}`
    return `${mark}  ${where}  ${f.redacted}  ${shapeTitle(f.shape)}${liveNote(f)}`
  })
  const failing = findings.filter((f) => failsCheck(f, failOn)).length
  const blind = unreadable?.objects ?? 0
  // The warning on stderr names them; the report only counts them, so that nothing is said twice.
  const partly = blind > 0 ? `, but ${blind} file(s) or object(s) were not scanned (see the warning)` : ''
  lines.push(
    findings.length === 0
      ? `No OpenAI keys found in ${scanned}${partly}.`
      : `${failing} leaked key(s) fail the check, ${findings.length} finding(s) in ${scanned}${partly}. ` +
          'Rotate every leaked key: removing it from the file does not un-leak it.',
    ...notes
  )
  return lines.map((line) => printable(scrub(line))).join('\n') + '\n'
}

/** A finding in JSON: a message's finding has no path (it is in no file), only its kind and commit (or tag). */
export type JsonFinding = Omit<Finding, 'path'> & { path?: string }

/** Findings as JSON outputs carry them: a key or secret inside a path or a tag's name is redacted there too. */
export function findingsForJson(findings: readonly Finding[]): JsonFinding[] {
  return findings.map(({ path, ...f }) => {
    if (!f.kind) return { ...f, path: scrub(path) }
    return f.tag === undefined ? f : { ...f, tag: scrub(f.tag) }
  })
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
      path: scrub(path),
      ...(unreadable.reasons?.[path] ? { reason: unreadable.reasons[path] } : {})
    }))
  }
  return (
    JSON.stringify(
      { tool: 'openai-key-guard', version, scanned, leaks, notScanned, findings: findingsForJson(findings) },
      null,
      2
    ) + '\n'
  )
}
