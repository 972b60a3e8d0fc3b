import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import type { Finding } from '../scan/types.js'
import { type FailOn, failsCheck, place, ROTATE_ADVICE, shapeTitle } from './findings.js'

/** GitHub shows at most 10 annotations of each level per step; the rest would be dropped silently. */
export const ANNOTATION_LIMIT = 10

/**
 * One annotation per finding, on the file and line: errors for findings that fail the check, warnings for the
 * others. Returns how many could not be annotated (they are listed in the job summary instead).
 */
export function annotate(findings: readonly Finding[], failOn: FailOn, logger: Logger): number {
  let errors = 0
  let warnings = 0
  let left = 0
  for (const finding of findings) {
    const failing = failsCheck(finding, failOn)
    if ((failing ? errors : warnings) >= ANNOTATION_LIMIT) {
      left++
      continue
    }
    const title = `${shapeTitle(finding.shape)}${failing ? '' : ' (already present before this change)'}`
    const message = `${finding.redacted} ${finding.kind ? 'in the' : 'at'} ${place(finding)}${liveNote(finding)}. ${ROTATE_ADVICE}`
    // The runner needs the path as it is to place the annotation; a key or secret in it is redacted all the same.
    // A message is in no file: its annotation stands on the workflow run, with the commit named in its text.
    const props = finding.kind
      ? { title }
      : { title, file: scrub(finding.path), startLine: finding.line, startColumn: finding.column }
    if (failing) {
      logger.error(message, props)
      errors++
    } else {
      logger.warning(message, props)
      warnings++
    }
  }
  return left
}

export function liveNote(finding: Finding): string {
  switch (finding.live) {
    case 'live':
      return ' — OpenAI accepts this key: it is live'
    case 'restricted':
      return ' — the key is live (restricted permissions)'
    case 'invalid':
      return ' — OpenAI rejects this key (revoked or invalid)'
    case 'unknown':
      return ' — liveness could not be checked'
    default:
      return ''
  }
}
