import { describeTarget } from '../github/secrets.js'
import { scrub } from '../redact.js'
import { cell, code, text } from '../report/markdown.js'
import { displayPath } from '../report/quote.js'
import type { SecretTarget } from '../settings.js'
import { messageOf, type Run } from './run.js'
import { timelineSection } from './timeline.js'
import type { IssueRecord, TimelineEntry } from './types.js'

export type Trigger = 'schedule' | 'manual' | 'leak'
export type Outcome = 'rotated' | 'skipped' | 'rolled-back' | 'failed' | 'draining'

export interface LeakFacts {
  commit?: string
  path: string
  line: number
  redacted: string
}

/** Everything an issue may say about a rotation: ids and redacted forms only, never a key or a hash of one. */
export interface RotationFacts {
  rotationId: string
  secretName: string
  trigger: Trigger
  reason?: string
  leak?: LeakFacts
  targets: SecretTarget[]
  result: Outcome
  message: string
  oldKeyId?: string
  oldRedacted?: string
  newKeyId?: string
  newRedacted?: string
  revoked: boolean
  smokeRunUrl?: string
  startedAt: string
  finishedAt: string
  /** Every step of the rotation, across every run that touched it. */
  timeline?: TimelineEntry[]
  labels: string[]
  /** drain-timeout passed in this run: the issue gets the escalation label. */
  escalated?: boolean
}

/** Added to the rotation's issue when the old key has drained for longer than drain-timeout. */
export const ESCALATION_LABEL = 'key-still-in-use'

export function issueTitle(facts: Pick<RotationFacts, 'result' | 'secretName' | 'trigger'>): string {
  const titles: Record<Outcome, string> = {
    rotated: 'OpenAI key rotated',
    draining: 'OpenAI key rotation waiting for the old key to go unused',
    'rolled-back': 'OpenAI key rotation rolled back',
    failed: 'OpenAI key rotation failed',
    skipped: 'OpenAI key rotation skipped'
  }
  const what = titles[facts.result]
  return `${what}: ${facts.secretName} (${facts.trigger})`
}

function nextSteps(facts: RotationFacts): string[] {
  const steps: string[] = []
  if (facts.result === 'rotated') {
    steps.push(
      facts.revoked
        ? 'Nothing to do: every target holds the new key and the old key is revoked.'
        : 'The old key is still valid: revoke it at platform.openai.com → API keys once nothing else uses it.'
    )
  } else if (facts.result === 'draining') {
    steps.push(
      "Both keys are valid. Redeploy everything that still holds the old key (servers, containers, functions, other repositories' deploy jobs): they read the secret only when they are deployed.",
      'Nothing else to do: the next run of the rotation (on its schedule, or started by hand) revokes the old key once it has gone unused for drain-quiet, and comments here.'
    )
  } else if (facts.result === 'rolled-back') {
    steps.push(
      'The secret holds the old key again and the new key is deleted. Open the smoke run to see why the new key failed, fix it, then run the rotation again.'
    )
  } else {
    steps.push(
      'Read the message above. Unless it says otherwise, the old key is still valid and the secret still works; the next run finishes or undoes this rotation.'
    )
  }
  if (facts.leak) {
    steps.push(
      'The leaked key was public: remove it from the history (or accept that it stays there, revoked), and check platform.openai.com → Usage for requests made while it was exposed.'
    )
  }
  return steps
}

export function issueRecord(facts: RotationFacts): IssueRecord {
  // Values come from inputs, APIs and the state variable: code spans and escaped text (markdown.ts).
  const row = (name: string, value: string | undefined): string => `| ${name} | ${cell(value ?? '—')} |`
  const keyCell = (id?: string, redacted?: string): string | undefined =>
    id ? `${code(id)}${redacted ? ` (${code(redacted)})` : ''}` : undefined
  const lines = [
    `**${text(facts.message)}**`,
    '',
    '| | |',
    '| --- | --- |',
    row('Secret', code(facts.secretName)),
    row('Trigger', facts.trigger + (facts.reason ? `: ${text(facts.reason)}` : '')),
    row('Targets', facts.targets.map((t) => code(describeTarget(t))).join(', ')),
    row('Result', facts.result),
    row('Old key', keyCell(facts.oldKeyId, facts.oldRedacted)),
    row('New key', keyCell(facts.newKeyId, facts.newRedacted)),
    row('Old key revoked', facts.revoked ? 'yes' : 'no'),
    row('Smoke run', facts.smokeRunUrl && text(facts.smokeRunUrl)),
    row('Started', facts.startedAt),
    row('Finished', facts.finishedAt),
    row('Rotation id', code(facts.rotationId))
  ]
  if (facts.leak) {
    const where = `${displayPath(facts.leak.path)}:${facts.leak.line}${facts.leak.commit ? ` in ${facts.leak.commit}` : ''}`
    lines.push('', `Leaked key ${code(facts.leak.redacted)} found at ${code(where)}.`)
  }
  const timeline = timelineSection(facts.timeline)
  if (timeline.length) lines.push('', ...timeline)
  lines.push('', '### What to do next', '', ...nextSteps(facts).map((s) => `- ${s}`))
  const labels = [
    ...facts.labels,
    ...(facts.leak || facts.trigger === 'leak' ? ['security', 'leaked-key'] : []),
    ...(facts.escalated ? [ESCALATION_LABEL] : [])
  ]
  return {
    rotationId: facts.rotationId,
    title: issueTitle(facts),
    // scrub: a reason or a path typed by a human could hold a key.
    body: scrub(lines.join('\n')),
    labels: [...new Set(labels)]
  }
}

/** record: one issue per rotation (a comment when it is open already), filed at the end of every run. */
export async function record(run: Run, result: Outcome, message: string): Promise<string | undefined> {
  const { o } = run
  if (!o.settings.issue) return undefined
  const issue = issueRecord({
    rotationId: run.state.rotationId,
    secretName: o.settings.secretName,
    trigger: o.trigger,
    reason: o.settings.reason,
    leak: o.leak,
    targets: o.settings.targets,
    result,
    message,
    oldKeyId: run.old?.keyId ?? run.state.oldKeyId,
    oldRedacted: run.old?.redacted,
    newKeyId: run.state.newKeyId,
    newRedacted: run.newRedacted,
    revoked: run.revoked,
    smokeRunUrl: run.smokeRunUrl,
    startedAt: run.state.startedAt,
    finishedAt: new Date(o.now()).toISOString(),
    timeline: run.state.timeline,
    labels: o.settings.issueLabels,
    escalated: run.escalate
  })
  try {
    return await o.ports.issues.record(issue)
  } catch (error) {
    // The rotation's outcome stands; a missing issue must not turn a rotation into a failure.
    o.logger.warning(`Could not record the rotation in an issue: ${messageOf(error)}`)
    return undefined
  }
}
