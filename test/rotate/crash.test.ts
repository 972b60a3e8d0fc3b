import { describe, expect, it } from 'vitest'
import { rotate } from '../../src/rotate/index.js'
import type { Step } from '../../src/rotate/types.js'
import { attempt, expectNoLeak, options, ourAccounts, type World, world, closeAfterEach } from './harness.js'

let w: World | undefined
const track = closeAfterEach()

/** The secret works and every account of ours is the one whose key the secret holds. */
function expectHealthy(world: World): void {
  const secret = world.emu.secret('OPENAI_API_KEY')!
  expect(world.emu.isLive(secret)).toBe(true)
  const accounts = ourAccounts(world)
  expect(accounts.length).toBeLessThanOrEqual(1)
}

// A killed run leaves its state as saved; a later run (after the in-progress window) finishes or undoes it.
const later = (): number => Date.now() + 30 * 60_000

const crashes: Array<{ step: Step; trigger: 'manual' | 'leak' }> = [
  { step: 'creating', trigger: 'manual' },
  { step: 'created', trigger: 'manual' },
  { step: 'promoting', trigger: 'manual' },
  { step: 'promoted', trigger: 'manual' },
  { step: 'old-revoked', trigger: 'leak' },
  { step: 'smoked', trigger: 'manual' },
  { step: 'finished', trigger: 'manual' }
]

describe('a run killed at each step boundary', () => {
  for (const { step, trigger } of crashes) {
    for (const currentKey of ['as first passed', "the secret's value now"] as const) {
      it(`after ${step} (${trigger}); next run passes current-key ${currentKey}`, async () => {
        w = track(await world(20))
        const first = await attempt(() => rotate(options(w!, { trigger, testHooks: { crashAfter: step } })))
        expect(first.error?.name).toBe('Crash')
        expectHealthy(w)

        const secretNow = w.emu.secret('OPENAI_API_KEY')!
        const opts = options(w, { trigger, now: later })
        if (currentKey !== 'as first passed') opts.settings = { ...opts.settings, currentKey: secretNow }
        const second = await rotate(opts)
        expect(second.result).toBe('rotated')
        expectHealthy(w)
        const accounts = ourAccounts(w)
        expect(accounts).toHaveLength(1)
        expect(accounts[0]!.keyIds).toEqual([second.newKeyId])
        // The key the secret held before the first run is gone once a rotation completes.
        expect(w.emu.isLive(w.current.key)).toBe(false)
        expect(second.revoked).toBe(true)
        expectNoLeak(w, second.message, first.error?.message)
      })
    }
  }

  it('deletes an orphaned service account of ours that no state refers to', async () => {
    w = track(await world(21))
    const orphan = w.emu.seedServiceAccount('okg:octo-org/service:OPENAI_API_KEY:20260101T000000Z-lost')
    const other = w.emu.seedServiceAccount('okg:octo-org/service:OTHER_SECRET:20260101T000000Z-keep')
    const result = await rotate(options(w))
    expect(result.result).toBe('rotated')
    const ids = w.emu.serviceAccounts().map((sa) => sa.id)
    expect(ids).not.toContain(orphan.id)
    expect(ids).toContain(other.id)
    expect(w.emu.isLive(other.key)).toBe(true)
  })
})
