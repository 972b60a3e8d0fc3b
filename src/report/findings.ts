import type { Finding, ShapeName, Unreadable } from '../scan/types.js'

export type FailOn = 'introduced' | 'any' | 'never'

/** Whether a finding fails the check under the `fail-on` policy. */
export function failsCheck(finding: Finding, failOn: FailOn): boolean {
  if (failOn === 'never') return false
  return failOn === 'any' || finding.status === 'introduced'
}

const SHAPE_TITLES: Record<ShapeName, string> = {
  legacy: 'OpenAI API key (legacy user key)',
  'project-legacy': 'OpenAI project API key (2024 format)',
  project: 'OpenAI project API key',
  'service-account': 'OpenAI service account key',
  admin: 'OpenAI Admin API key (organisation-wide)',
  none: 'OpenAI API key (sk-None)',
  service: 'OpenAI service key',
  'openai-key': 'OpenAI API key'
}

export function shapeTitle(shape: ShapeName): string {
  return SHAPE_TITLES[shape]
}

/** Where a finding is, as people read it: `path:line` plus the short commit when there is one. */
export function place(finding: Finding): string {
  const at = `${finding.path}:${finding.line}`
  return finding.commit ? `${at} (commit ${finding.commit.slice(0, 7)})` : at
}

export const ROTATE_ADVICE =
  'Rotate this key now: removing the line does not un-leak it, the key stays in git history and in every clone.'

/** Whether what could not be read fails the check: a scan that could not see everything never passes. */
export function unreadableFails(unreadable: Unreadable | undefined, failOn: FailOn): boolean {
  return failOn !== 'never' && (unreadable?.objects ?? 0) > 0
}

/** Each path that was not scanned, with why when that is known. */
export function unreadablePlaces(unreadable: Unreadable): string[] {
  return unreadable.paths.map((p) => {
    const why = unreadable.reasons?.[p]
    return why ? `${p} (${why})` : p
  })
}

/** One line: how much could not be read and where (the first 20 places). */
export function describeUnreadable(unreadable: Unreadable, what: 'files' | 'git objects'): string {
  const places = unreadablePlaces(unreadable)
  const cause = what === 'git objects' ? ' (a partial or damaged clone)' : ''
  return (
    `Not scanned: ${unreadable.objects} ${what}${cause} could not be read` +
    (places.length > 0
      ? `: ${places.slice(0, 20).join(', ')}${places.length > 20 ? ` and ${places.length - 20} more` : ''}`
      : '') +
    '.'
  )
}
