import type { Finding, ShapeName, Unreadable } from '../scan/types.js'
import { displayPath } from './quote.js'

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

/** Every shape name, for checking a name read from outside (an issue's state). */
export const SHAPE_NAMES = Object.keys(SHAPE_TITLES) as ShapeName[]

export function shapeTitle(shape: ShapeName): string {
  return SHAPE_TITLES[shape]
}

/**
 * The message a finding is in, as people read it: "commit message of abc1234", "message of tag v1.0 (on
 * abc1234)", "note on abc1234"; undefined for a file. The tag's name is quoted and redacted like a path.
 */
export function messageName(finding: Pick<Finding, 'kind' | 'commit' | 'tag'>): string | undefined {
  const short = finding.commit?.slice(0, 7) ?? ''
  switch (finding.kind) {
    case 'commit-message':
      return `commit message of ${short}`
    case 'tag-message':
      return `message of tag ${displayPath(finding.tag ?? '')}${short ? ` (on ${short})` : ''}`
    case 'note':
      return `note on ${short}`
    default:
      return undefined
  }
}

/**
 * Where a finding is, as people read it: `path:line` plus the short commit when there is one, or the message and
 * its line. The path is quoted and redacted (quote.ts).
 */
export function place(finding: Finding): string {
  const message = messageName(finding)
  if (message) return `${message}, line ${finding.line}`
  const at = `${displayPath(finding.path)}:${finding.line}`
  return finding.commit ? `${at} (commit ${finding.commit.slice(0, 7)})` : at
}

export const ROTATE_ADVICE =
  'Rotate this key now: removing the line does not un-leak it, the key stays in git history and in every clone.'

/** Whether what could not be read fails the check: a scan that could not see everything never passes. */
export function unreadableFails(unreadable: Unreadable | undefined, failOn: FailOn): boolean {
  return failOn !== 'never' && (unreadable?.objects ?? 0) > 0
}

/** How many paths the unreadable-objects warning names; the rest are counted. */
const UNREADABLE_NAMED = 5

/** The one warning for git objects that could not be read: how many, the first paths, then what to do. */
export function unreadableWarning(unreadable: Unreadable): string {
  const { objects, paths, reasons } = unreadable
  const named = paths
    .slice(0, UNREADABLE_NAMED)
    .map((p) => (reasons?.[p] ? `${displayPath(p)} (${reasons[p]})` : displayPath(p)))
    .join(', ')
  const more = paths.length > UNREADABLE_NAMED ? ` and ${paths.length - UNREADABLE_NAMED} more` : ''
  if (unreadable.files) {
    return (
      `${objects === 1 ? '1 file' : `${objects} files`} could not be read and ${objects === 1 ? 'was' : 'were'} ` +
      `not scanned${named ? `: ${named}${more}` : ''}. Make them readable regular files; everything else was scanned.`
    )
  }
  const what = objects === 1 ? '1 git object' : `${objects} git objects`
  return (
    `${what} could not be read (a partial or damaged clone) and ${objects === 1 ? 'was' : 'were'} not scanned` +
    `${named ? `: ${named}${more}` : ''}. ` +
    'Fetch the missing objects (clone again without --filter) or find the damage with git fsck; ' +
    'everything else was scanned.'
  )
}
