// Which classes each key of the organisation falls into, from its times, its owner and its daily usage. Pure.
import type { AuditKey, AuditProject, DailyUsage } from '../openai/audit.js'

/** In the order a reader should act on them: a spike may be abuse now; an expiry is an outage soon. */
export const CLASSES = ['spike', 'expiring', 'orphaned', 'old', 'unused', 'never-used'] as const
export type KeyClass = (typeof CLASSES)[number]

export interface AuditThresholds {
  /** 0: no age class. */
  maxAgeMs: number
  unusedAfterMs: number
  expiringWithinMs: number
  spikeFactor: number
}

/** The service accounts rotation makes: `okg:<owner>/<repo>:<SECRET>:<rotation-id>` (src/rotate/run.ts). */
const OURS = /^okg:([^:/\s]+\/[^:/\s]+):([A-Za-z_][A-Za-z0-9_]*):(\d{8}T\d{6}Z-[a-z0-9]{1,12})$/

/**
 * A rotation promotes the key it creates within its smoke and drain time, and whatever uses the secret then uses
 * it. A key of ours that nothing used for a day after it was made was left by a rotation that did not finish.
 */
export const ORPHAN_AFTER_MS = 86_400_000

/** Days used as the baseline of a spike, before the last day. */
export const BASELINE_DAYS = 14
/** A day below both is never a spike, so that a key's first few requests do not count as one. */
export const SPIKE_FLOOR = { requests: 10, tokens: 10_000 }

export interface Spike {
  measure: 'requests' | 'tokens'
  lastDay: number
  median: number
}

export interface AuditedKey extends AuditKey {
  projectName: string
  /** Rotation's own account: the repository and secret it rotates, and the rotation that made it. */
  ours?: { repository: string; secret: string; rotationId: string }
  classes: KeyClass[]
  spike?: Spike
}

export function ownAccount(name: string): AuditedKey['ours'] {
  const m = OURS.exec(name)
  return m ? { repository: m[1]!, secret: m[2]!, rotationId: m[3]! } : undefined
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * The last daily bucket against the median of the 14 before it (days without usage count as 0): requests or
 * tokens at least `factor` times that median, and at least the floor times `factor` when the median is lower.
 */
export function spikeOf(days: DailyUsage[], lastDay: number, factor: number): Spike | undefined {
  const byDay = new Map(days.map((d) => [d.day, d]))
  const last = byDay.get(lastDay)
  if (!last) return undefined
  for (const measure of ['requests', 'tokens'] as const) {
    const before = Array.from(
      { length: BASELINE_DAYS },
      (_, i) => byDay.get(lastDay - (i + 1) * 86_400)?.[measure] ?? 0
    )
    const m = median(before)
    if (last[measure] >= factor * Math.max(m, SPIKE_FLOOR[measure])) {
      return { measure, lastDay: last[measure], median: m }
    }
  }
  return undefined
}

export function classify(
  key: AuditKey,
  project: AuditProject,
  usage: DailyUsage[],
  lastDay: number,
  t: AuditThresholds,
  now: number
): AuditedKey {
  const ours = key.owner.type === 'service_account' ? ownAccount(key.owner.name) : undefined
  const age = now - key.createdAt * 1000
  const classes: KeyClass[] = []
  const spike = spikeOf(usage, lastDay, t.spikeFactor)
  if (spike) classes.push('spike')
  if (key.expiresAt !== null && key.expiresAt * 1000 - now <= t.expiringWithinMs) classes.push('expiring')
  if (ours && key.lastUsedAt === null && age > ORPHAN_AFTER_MS) classes.push('orphaned')
  if (t.maxAgeMs > 0 && age > t.maxAgeMs) classes.push('old')
  if (key.lastUsedAt !== null && now - key.lastUsedAt * 1000 > t.unusedAfterMs) classes.push('unused')
  if (key.lastUsedAt === null && age > t.unusedAfterMs) classes.push('never-used')
  return { ...key, projectName: project.name, ours, classes, ...(spike ? { spike } : {}) }
}

/** What needs action first: by the most urgent class, then by how many, then the oldest key first. */
export function byUrgency(a: AuditedKey, b: AuditedKey): number {
  const rank = (k: AuditedKey): number =>
    k.classes.length === 0 ? CLASSES.length : Math.min(...k.classes.map((c) => CLASSES.indexOf(c)))
  return rank(a) - rank(b) || b.classes.length - a.classes.length || a.createdAt - b.createdAt
}

/**
 * Keys `fix: revoke-unused` may revoke: owned by a service account (a user's key is that person's to manage)
 * and unused for longer than unused-after, or never used in that time.
 */
export function revocable(key: AuditedKey): boolean {
  return (
    key.owner.type === 'service_account' &&
    (key.classes.includes('unused') || key.classes.includes('never-used'))
  )
}
