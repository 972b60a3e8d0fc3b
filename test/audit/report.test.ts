// The audit's markdown stays within what an issue body and a job summary hold, what needs action first.
import { describe, expect, it } from 'vitest'
import { classify } from '../../src/audit/classify.js'
import { auditJson, auditMarkdown, countClasses, type AuditReport } from '../../src/audit/report.js'

const DAY_S = 86_400
const LAST = 1_800_000_000
const now = (LAST + DAY_S) * 1000
const thresholds = {
  maxAgeMs: 0,
  unusedAfterMs: 30 * DAY_S * 1000,
  expiringWithinMs: 14 * DAY_S * 1000,
  spikeFactor: 5
}

function report(count: number): AuditReport {
  const keys = Array.from({ length: count }, (_, i) =>
    classify(
      {
        projectId: 'proj_a',
        id: `key_${i}`,
        name: `name ${'|'.repeat(50)} ${i}`,
        redactedValue: `sk-svcac${'*'.repeat(150)}abcd`,
        createdAt: LAST - 100 * DAY_S,
        lastUsedAt: i % 2 ? LAST - 40 * DAY_S : LAST,
        expiresAt: null,
        owner: { type: 'service_account', id: `user-${i}`, name: 'svc' }
      },
      { id: 'proj_a', name: 'A' },
      [],
      LAST,
      thresholds,
      now
    )
  )
  const actions = keys.map((k) => ({
    projectId: k.projectId,
    keyId: k.id,
    serviceAccountId: k.owner.id,
    result: 'planned' as const
  }))
  return {
    generatedAt: new Date(now).toISOString(),
    thresholds,
    projects: 1,
    keys,
    counts: countClasses(keys),
    flagged: keys.filter((k) => k.classes.length > 0).length,
    calls: 3,
    fix: { mode: 'revoke-unused', dryRun: true, actions }
  }
}

describe('audit markdown', () => {
  it('shows everything when it fits', () => {
    const text = auditMarkdown(report(4), now, 60_000)
    expect(text.match(/^\| (ok|unused) \| A `proj_a`/gm)).toHaveLength(4)
    expect(text).not.toMatch(/Too long/)
    // Escaped pipes keep each row at its eight cells.
    for (const line of text.split('\n').filter((l) => l.startsWith('| ') && l.includes('`key_'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(10)
    }
  })

  it('stops at the size it is given and says the JSON has the rest', () => {
    const text = auditMarkdown(report(2000), now, 60_000)
    expect(text.length).toBeLessThanOrEqual(60_000)
    expect(text).toMatch(
      /Too long to show in full: the JSON output \(`audit`\) has every key and action\.\n$/
    )
    expect(text).toMatch(/\| unused \|/)
  })

  it('keeps only the keys that need action when asked for a smaller JSON', () => {
    const whole = JSON.parse(auditJson(report(6))) as { keys: unknown[]; omitted?: number }
    const small = JSON.parse(auditJson(report(6), { flaggedOnly: true })) as {
      keys: Array<{ classes: string[] }>
      omitted: number
    }
    expect([whole.keys.length, whole.omitted]).toEqual([6, undefined])
    expect(small.keys.map((k) => k.classes)).toEqual([['unused'], ['unused'], ['unused']])
    expect(small.omitted).toBe(3)
  })
})
