import type { Finding, ShapeName } from '../scan/types.js'
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

export function shapeTitle(shape: ShapeName): string {
  return SHAPE_TITLES[shape]
}

/**
 * Where a finding is, as people read it: `path:line` plus the short commit when there is one. The path is quoted
 * and redacted (quote.ts).
 */
export function place(finding: Finding): string {
  const at = `${displayPath(finding.path)}:${finding.line}`
  return finding.commit ? `${at} (commit ${finding.commit.slice(0, 7)})` : at
}

export const ROTATE_ADVICE =
  'Rotate this key now: removing the line does not un-leak it, the key stays in git history and in every clone.'
