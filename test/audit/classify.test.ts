// The classes of one key from its times and daily usage: the edges a seeded organisation does not reach.
import { describe, expect, it } from 'vitest'
import { byUrgency, classify, revocable, spikeOf } from '../../src/audit/classify.js'
import type { AuditKey, DailyUsage } from '../../src/openai/audit.js'

const DAY_S = 86_400
const LAST = 1_800_000_000
const now = (LAST + DAY_S) * 1000
const thresholds = {
  maxAgeMs: 0,
  unusedAfterMs: 30 * DAY_S * 1000,
  expiringWithinMs: 14 * DAY_S * 1000,
  spikeFactor: 5
}

/** `perDay[i]` requests i+1 days before the last day; `last` on the last day. */
function days(last: Partial<DailyUsage>, perDay: number[], tokens = 0): DailyUsage[] {
  return [
    { day: LAST, requests: 0, tokens: 0, ...last },
    ...perDay.map((requests, i) => ({ day: LAST - (i + 1) * DAY_S, requests, tokens }))
  ]
}

function key(over: Partial<AuditKey> = {}): AuditKey {
  return {
    projectId: 'proj_a',
    id: 'key_a',
    name: 'k',
    redactedValue: 'sk-...abcd',
    createdAt: LAST - 10 * DAY_S,
    lastUsedAt: LAST,
    expiresAt: null,
    owner: { type: 'service_account', id: 'user-a', name: 'svc' },
    ...over
  }
}

describe('spikes', () => {
  it('compares the last day with the median of the 14 before, days without use counted as 0', () => {
    // Used on 7 of 14 days: the median is (0 + 10) / 2 = 5, under the floor of 10, so the bar is 5 × 10.
    const half = [10, 10, 10, 10, 10, 10, 10]
    expect(spikeOf(days({ requests: 49 }, half), LAST, 5)).toBeUndefined()
    expect(spikeOf(days({ requests: 50 }, half), LAST, 5)).toEqual({
      measure: 'requests',
      lastDay: 50,
      median: 5
    })
    const steady = Array(14).fill(100) as number[]
    expect(spikeOf(days({ requests: 499 }, steady), LAST, 5)).toBeUndefined()
    expect(spikeOf(days({ requests: 500 }, steady), LAST, 5)?.median).toBe(100)
  })

  it('needs more than a few requests or tokens on a key with no history', () => {
    expect(spikeOf(days({ requests: 9, tokens: 49_999 }, []), LAST, 5)).toBeUndefined()
    expect(spikeOf(days({ requests: 1, tokens: 50_000 }, []), LAST, 5)?.measure).toBe('tokens')
    expect(spikeOf([], LAST, 5)).toBeUndefined()
  })
})

describe('classes', () => {
  it('names our rotation accounts orphaned only once a day has passed unused', () => {
    const ours = {
      type: 'service_account' as const,
      id: 'user-o',
      name: 'okg:o/r:OPENAI_API_KEY:20261130T000000Z-abc123'
    }
    const project = { id: 'proj_a', name: 'A' }
    const young = classify(
      key({ owner: ours, lastUsedAt: null, createdAt: LAST }),
      project,
      [],
      LAST,
      thresholds,
      now
    )
    expect(young.classes).toEqual([])
    expect(young.ours).toEqual({
      repository: 'o/r',
      secret: 'OPENAI_API_KEY',
      rotationId: '20261130T000000Z-abc123'
    })
    const left = classify(key({ owner: ours, lastUsedAt: null }), project, [], LAST, thresholds, now)
    expect(left.classes).toEqual(['orphaned'])
    // A look-alike name is someone else's account.
    const other = { ...ours, name: 'okg:not ours' }
    expect(
      classify(key({ owner: other, lastUsedAt: null }), project, [], LAST, thresholds, now).classes
    ).toEqual([])
  })

  it('counts an expired key as expiring, and revokes only service-account keys that went unused', () => {
    const project = { id: 'proj_a', name: 'A' }
    const expired = classify(key({ expiresAt: LAST }), project, [], LAST, thresholds, now)
    expect(expired.classes).toEqual(['expiring'])
    const stale = { lastUsedAt: LAST - 40 * DAY_S, createdAt: LAST - 50 * DAY_S }
    const sa = classify(key(stale), project, [], LAST, thresholds, now)
    const user = classify(
      key({ ...stale, owner: { type: 'user', id: 'user-u', name: 'U' } }),
      project,
      [],
      LAST,
      thresholds,
      now
    )
    expect([sa.classes, user.classes]).toEqual([['unused'], ['unused']])
    expect([revocable(sa), revocable(user), revocable(expired)]).toEqual([true, false, false])
    expect([user, expired, sa].sort(byUrgency).map((k) => k.classes[0])).toEqual([
      'expiring',
      'unused',
      'unused'
    ])
  })
})
