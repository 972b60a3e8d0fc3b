import { describe, expect, it } from 'vitest'
import { rotate } from '../../src/rotate/index.js'
import { stateVariableName } from '../../src/rotate/state.js'
import type { SecretTarget } from '../../src/settings.js'
import type { Step } from '../../src/rotate/types.js'
import {
  attempt,
  expectNoLeak,
  options,
  ourAccounts,
  settings,
  type World,
  world,
  closeAfterEach
} from './harness.js'

let w: World | undefined
const track = closeAfterEach()

/** The secret works and every account of ours is the one whose key the secret holds. */
function expectHealthy(world: World): void {
  const secret = world.emu.secret('OPENAI_API_KEY')!
  expect(world.emu.isLive(secret)).toBe(true)
  const accounts = ourAccounts(world)
  expect(accounts.length).toBeLessThanOrEqual(1)
}

/** The step the rotation state (a repository variable) says the run reached. */
function savedStep(world: World): string | undefined {
  const saved = world.emu.variable(stateVariableName('OPENAI_API_KEY'))
  return saved === undefined ? undefined : (JSON.parse(saved) as { step: string }).step
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
        const first = await attempt(() => rotate(options(w!, { trigger, testHooks: { crashAt: step } })))
        expect(first.error?.name).toBe('Crash')
        // The killed run left behind the step it had reached: that is all the next run has to go on.
        expect(savedStep(w)).toBe(step)
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

describe('a run killed between two target writes', () => {
  const targets: SecretTarget[] = [
    { kind: 'repo' },
    { kind: 'environment', name: 'production' },
    { kind: 'org', org: 'octo-org' }
  ]
  const scopes = ['repo', 'env:production', 'org:octo-org']

  for (const passed of ['the old key, as first passed', 'the new key, the repository secret now'] as const) {
    it(`repository + environment + organization; next run passes current-key ${passed}`, async () => {
      w = track(await world(22))
      for (const scope of scopes.slice(1)) w.emu.setSecret('OPENAI_API_KEY', w.current.key, scope)
      const values = (): Array<string | undefined> => scopes.map((s) => w!.emu.secret('OPENAI_API_KEY', s))
      const first = await attempt(() =>
        rotate(
          options(w!, { settings: settings(w!, { targets }), testHooks: { crashAt: 'between-targets' } })
        )
      )
      expect(first.error?.name).toBe('Crash')
      // Half promoted: the repository holds the new key, the environment and the organization the old one, and
      // both keys work.
      const [newKey, ...others] = values()
      expect(newKey).not.toBe(w.current.key)
      expect(others).toEqual([w.current.key, w.current.key])
      expect(w.emu.isLive(newKey!)).toBe(true)
      expect(w.emu.isLive(w.current.key)).toBe(true)
      expect(savedStep(w)).toBe('promoting')

      const currentKey = passed === 'the old key, as first passed' ? w.current.key : newKey
      const second = await rotate(options(w, { settings: settings(w, { targets, currentKey }), now: later }))
      expect(second.result).toBe('rotated')
      // Every target on one key, which works, and is the only key of the only account of ours: no orphan.
      const final = values()
      expect(new Set(final).size).toBe(1)
      expect(w.emu.isLive(final[0]!)).toBe(true)
      const accounts = ourAccounts(w)
      expect(accounts).toHaveLength(1)
      expect(accounts[0]!.keyIds).toEqual([second.newKeyId])
      expect(w.emu.isLive(w.current.key)).toBe(false)
      expect(savedStep(w)).toBe('finished')
      expectNoLeak(w, second.message, first.error?.message)
    })
  }
})
