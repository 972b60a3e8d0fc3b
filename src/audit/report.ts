// The audit as a reader sees it: a markdown table (job summary and the audit issue), JSON, and plain text for the
// terminal. Every name comes from the API and is hostile text: escaped for markdown, made printable for logs.
// Key values never reach here: ids, names and OpenAI's redacted forms only.
import { cell, code, text } from '../report/markdown.js'
import { printable } from '../report/quote.js'
import { scrub } from '../redact.js'
import { formatDuration } from '../settings.js'
import { CLASSES, type AuditedKey, type AuditThresholds, type KeyClass } from './classify.js'

export interface FixAction {
  projectId: string
  keyId: string
  serviceAccountId: string
  /** planned: dry run; skipped: the service account holds other keys too. */
  result: 'planned' | 'deleted-key' | 'deleted-service-account' | 'missing' | 'skipped' | 'failed'
  note?: string
}

export interface AuditReport {
  generatedAt: string
  thresholds: AuditThresholds
  projects: number
  keys: AuditedKey[]
  counts: Record<KeyClass, number>
  /** Keys in at least one class. */
  flagged: number
  /** Admin API requests the audit made (retries not counted). */
  calls: number
  fix?: { mode: 'revoke-unused'; dryRun: boolean; actions: FixAction[] }
}

/** What each class means, in the words the README uses. */
export const CLASS_MEANING: Record<KeyClass, string> = {
  spike:
    'the last day’s requests or tokens are at least spike-factor times the daily median of the 14 days before',
  expiring: 'expires within expiring-within (or has expired)',
  orphaned: 'a service account of ours (okg:…) whose key nothing used a day after a rotation made it',
  old: 'older than max-age',
  unused: 'last used longer ago than unused-after',
  'never-used': 'never used, and older than unused-after'
}

const iso = (seconds: number | null): string | null =>
  seconds === null ? null : new Date(seconds * 1000).toISOString()

export function countClasses(keys: AuditedKey[]): Record<KeyClass, number> {
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<KeyClass, number>
  for (const key of keys) for (const c of key.classes) counts[c]++
  return counts
}

/** `flaggedOnly`: only the keys in a class, for where every key would not fit (`omitted` says how many are not). */
export function auditJson(report: AuditReport, options: { flaggedOnly?: boolean } = {}): string {
  const keys = options.flaggedOnly ? report.keys.filter((k) => k.classes.length > 0) : report.keys
  return JSON.stringify(
    {
      ...report,
      ...(options.flaggedOnly ? { omitted: report.keys.length - keys.length } : {}),
      keys: keys.map((k) => ({
        ...k,
        createdAt: iso(k.createdAt),
        lastUsedAt: iso(k.lastUsedAt),
        expiresAt: iso(k.expiresAt)
      }))
    },
    null,
    2
  )
}

/** The largest whole unit: `200d`, `5h`, `3m`. A table of ages reads at a glance without the seconds. */
function rough(ms: number): string {
  for (const [unit, size] of [
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000]
  ] as const) {
    if (ms >= size) return `${Math.floor(ms / size)}${unit}`
  }
  return `${Math.floor(ms / 1000)}s`
}

/** OpenAI's redacted form at the key's full length is 150 stars wide: the stars are shown as one ellipsis. */
function shortRedacted(redacted: string): string {
  return redacted.replace(/\*{4,}/g, '…')
}

function ownerText(k: AuditedKey): string {
  if (k.ours) return `ours: ${k.ours.repository} ${k.ours.secret}`
  return `${k.owner.type === 'user' ? 'user' : 'service account'} ${k.owner.name || k.owner.id}`
}

function ago(now: number, seconds: number | null, none: string): string {
  return seconds === null ? none : `${rough(Math.max(0, now - seconds * 1000))} ago`
}

function expiry(now: number, seconds: number | null): string {
  if (seconds === null) return 'never'
  const left = seconds * 1000 - now
  return left <= 0 ? `expired ${rough(-left)} ago` : `in ${rough(left)}`
}

function classText(k: AuditedKey): string {
  return k.classes
    .map((c) =>
      c === 'spike' && k.spike
        ? `spike (${k.spike.measure} ${k.spike.lastDay} vs median ${k.spike.median})`
        : c
    )
    .join(', ')
}

function row(k: AuditedKey, now: number): string {
  const cells = [
    k.classes.length > 0 ? text(classText(k)) : 'ok',
    `${text(k.projectName)} ${code(k.projectId)}`,
    `${code(k.id)} ${code(shortRedacted(k.redactedValue))}`,
    text(k.name),
    `${text(ownerText(k))} ${code(k.owner.id)}`,
    rough(Math.max(0, now - k.createdAt * 1000)),
    ago(now, k.lastUsedAt, 'never'),
    expiry(now, k.expiresAt)
  ]
  return `| ${cells.map(cell).join(' | ')} |`
}

function fixLines(fix: NonNullable<AuditReport['fix']>): string[] {
  const head = fix.dryRun
    ? `**revoke-unused (dry run)**: ${fix.actions.length} key(s) would be revoked; nothing was changed.`
    : `**revoke-unused**: ${fix.actions.filter((a) => a.result.startsWith('deleted')).length} of ${fix.actions.length} eligible key(s) revoked.`
  return [
    head,
    '',
    ...fix.actions.map(
      (a) =>
        `- ${code(a.keyId)} of service account ${code(a.serviceAccountId)} in ${code(a.projectId)}: ${a.result}${a.note ? ` (${text(a.note)})` : ''}`
    )
  ]
}

/**
 * The audit in markdown: counts per class, the revocations, and one row per key, what needs action first, in at
 * most `maxChars` characters (an issue body holds 65,536, a job summary 1 MiB): the JSON output has every key.
 */
export function auditMarkdown(report: AuditReport, now: number, maxChars: number): string {
  const { thresholds: t } = report
  const head = [
    `## OpenAI key audit`,
    '',
    `${report.keys.length} key(s) in ${report.projects} project(s); ${report.flagged} need attention. ` +
      `max-age ${t.maxAgeMs > 0 ? formatDuration(t.maxAgeMs) : 'off'}, unused-after ${formatDuration(t.unusedAfterMs)}, ` +
      `expiring-within ${formatDuration(t.expiringWithinMs)}, spike-factor ${t.spikeFactor}. ` +
      `${report.calls} Admin API request(s), at ${report.generatedAt}.`,
    '',
    '| Class | Keys | Meaning |',
    '| --- | --- | --- |',
    ...CLASSES.map((c) => `| ${c} | ${report.counts[c]} | ${CLASS_MEANING[c]} |`),
    ''
  ]
  // Room for the closing line that says what was left out.
  let room = maxChars - 200 - head.join('\n').length
  const fitting = (lines: string[]): string[] => {
    const kept: string[] = []
    for (const line of lines) {
      if (line.length + 1 > room) break
      room -= line.length + 1
      kept.push(line)
    }
    return kept
  }
  const allFix = report.fix ? [...fixLines(report.fix), ''] : []
  const allRows = [
    '| Needs | Project | Key | Name | Owner | Age | Last used | Expires |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...report.keys.map((k) => row(k, now))
  ]
  const fix = fitting(allFix)
  const rows = fitting(allRows)
  const lines = [...head, ...fix, ...rows]
  if (fix.length < allFix.length || rows.length < allRows.length) {
    lines.push('', 'Too long to show in full: the JSON output (`audit`) has every key and action.')
  }
  return lines.join('\n') + '\n'
}

/** The terminal's form: one line per key, printable, what needs action first. */
export function auditText(report: AuditReport, now: number): string {
  const lines = report.keys.map((k) =>
    printable(
      scrub(
        `${k.classes.length > 0 ? classText(k) : 'ok'}  ${k.projectId}  ${k.id}  ${shortRedacted(k.redactedValue)}  ${k.name}  ` +
          `${ownerText(k)}  age ${rough(Math.max(0, now - k.createdAt * 1000))}  ` +
          `last used ${ago(now, k.lastUsedAt, 'never')}  expires ${expiry(now, k.expiresAt)}`
      )
    )
  )
  const fix = report.fix ? fixLines(report.fix).filter(Boolean) : []
  return (
    [
      ...lines,
      ...fix.map((l) => printable(scrub(l.replace(/\*\*/g, '')))),
      `${report.keys.length} key(s) in ${report.projects} project(s); ${report.flagged} need attention.`
    ].join('\n') + '\n'
  )
}
