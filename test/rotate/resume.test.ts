// A run that resumes a promoted rotation with current-key set to the new key (the secret's value now) has no
// old key to write back: a failed smoke run must leave the working new key in place, not delete it.
import { describe, expect, it } from 'vitest'
import { rotate } from '../../src/rotate/index.js'
import { stateVariableName } from '../../src/rotate/state.js'
import { attempt, closeAfterEach, expectNoLeak, options, ourAccounts, world } from './harness.js'

const track = closeAfterEach()
const later = (minutes: number) => (): number => Date.now() + minutes * 60_000

describe('resuming a promoted rotation whose smoke run fails', () => {
  it('keeps the new key when current-key is the new key, and rolls back once the old key is passed', async () => {
    const w = track(await world(60))
    const first = await attempt(() => rotate(options(w, { testHooks: { crashAt: 'promoted' } })))
    expect(first.error?.name).toBe('Crash')
    const newKey = w.emu.secret('OPENAI_API_KEY')!
    w.emu.failSmoke(true)

    const resumed = options(w, { now: later(30) })
    resumed.settings = { ...resumed.settings, currentKey: newKey }
    const second = await rotate(resumed)
    expect(second.result).toBe('failed')
    expect(second.revoked).toBe(false)
    expect(second.message).toContain('current-key is the new key')
    // The secret still works, and the old key was not touched either.
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(newKey)
    expect(w.emu.isLive(newKey)).toBe(true)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(ourAccounts(w)).toHaveLength(1)
    const state = JSON.parse(w.emu.variable(stateVariableName('OPENAI_API_KEY'))!) as { step: string }
    expect(state.step).toBe('promoted')

    // With the old key as current-key, a run after the in-progress window undoes it (then tries a fresh one).
    const third = await rotate(options(w, { now: later(60) }))
    expect(third.result).toBe('rolled-back')
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(ourAccounts(w)).toEqual([])
    expectNoLeak(w, first.error?.message, second.message, third.message)
  })
})
