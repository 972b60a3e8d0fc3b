// The state variable is hostile input: anyone with Variables: write can edit it. A hand-made state must not make
// a rotation delete or revoke anything that is not this secret's, nor put its text into a log line raw.
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { rotate } from '../../src/rotate/index.js'
import { stateVariableName } from '../../src/rotate/state.js'
import { cleanupTempDirs, tempDir } from '../helpers/git.js'
import { runAction } from '../helpers/runner.js'
import {
  attempt,
  closeAfterEach,
  expectNoLeak,
  options,
  settings,
  type World,
  world,
  writes
} from './harness.js'

const track = closeAfterEach()
afterEach(() => cleanupTempDirs())
const NAME = stateVariableName('OPENAI_API_KEY')
const hourAgo = (): string => new Date(Date.now() - 3_600_000).toISOString()

/** Writes the state variable as someone with Variables: write would, through the emulated REST API. */
async function writeState(w: World, value: string): Promise<void> {
  const response = await fetch(`${w.emu.githubUrl}/repos/octo-org/service/actions/variables`, {
    method: 'POST',
    headers: { authorization: `Bearer ${w.emu.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: NAME, value })
  })
  expect(response.status).toBe(201)
}

function hostileState(over: Record<string, unknown>): string {
  return JSON.stringify({
    version: 1,
    rotationId: '20260101T000000Z-evil01',
    trigger: 'manual',
    startedAt: hourAgo(),
    updatedAt: hourAgo(),
    ...over
  })
}

describe('a hand-edited rotation state', () => {
  for (const step of ['created', 'promoting', 'promoted', 'smoked', 'old-revoked']) {
    it(`naming another team's service account and key at step ${step} deletes and revokes nothing`, async () => {
      const w = track(await world(40))
      const otherTeam = w.emu.seedServiceAccount('okg:octo-org/billing:OPENAI_API_KEY:20260101T000000Z-team')
      const userKey = w.emu.seedUserKey()
      await writeState(
        w,
        hostileState({
          step,
          newServiceAccountId: otherTeam.id,
          newKeyId: otherTeam.keyId,
          oldKeyId: userKey.keyId
        })
      )
      const before = writes(w)
      const { value, error } = await attempt(() => rotate(options(w)))
      expect(value).toBeUndefined()
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error!.message).toMatch(/was not saved with this Admin key/)
      expect(error!.message).not.toContain('\n')
      // Nothing written anywhere: no delete, no revoke, no secret, no state.
      expect(writes(w)).toEqual(before)
      expect(w.emu.serviceAccounts().map((sa) => sa.id)).toContain(otherTeam.id)
      expect(w.emu.isLive(otherTeam.key)).toBe(true)
      expect(w.emu.isLive(userKey.key)).toBe(true)
      expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
      expectNoLeak(w, error!.message)
    })
  }

  it("naming another team's service account as the one in use does not make its key the one to revoke", async () => {
    const w = track(await world(41))
    // A service account of someone else that holds one key: revoking it would delete the account.
    const otherTeam = w.emu.seedServiceAccount('billing-production')
    await writeState(w, hostileState({ step: 'finished', newServiceAccountId: otherTeam.id }))
    const result = await rotate(options(w, { settings: settings(w, { currentKey: undefined }) }))
    expect(result.result).toBe('rotated')
    expect(result.revoked).toBe(false)
    expect(result.oldKeyId).toBeUndefined()
    expect(w.emu.serviceAccounts().map((sa) => sa.id)).toContain(otherTeam.id)
    expect(w.emu.isLive(otherTeam.key)).toBe(true)
    expectNoLeak(w, result.message)
  })

  it('that leaves out the account in use does not get that account swept as an orphan', async () => {
    const w = track(await world(44))
    const first = await rotate(options(w))
    expect(first.result).toBe('rotated')
    const inUse = w.emu.secret('OPENAI_API_KEY')!
    // The settled state with the account in use taken out (and no seal, as nobody without the Admin key can make one).
    await fetch(`${w.emu.githubUrl}/repos/octo-org/service/actions/variables/${NAME}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${w.emu.token}` }
    })
    await writeState(w, hostileState({ step: 'finished', trigger: 'manual' }))
    const second = await rotate(options(w, { settings: settings(w, { currentKey: undefined }) }))
    expect(second.result).toBe('rotated')
    // Without current-key nothing says which account the secret used: none of ours is deleted as an orphan.
    expect(w.emu.isLive(inUse)).toBe(true)
    expect(second.revoked).toBe(false)
    expectNoLeak(w, first.message, second.message)
  })

  it('written back from an earlier rotation does not get the account in use swept as an orphan', async () => {
    const w = track(await world(45))
    await rotate(options(w, { now: () => Date.now() - 3_600_000 }))
    const earlier = w.emu.variable(NAME)!
    await rotate(options(w))
    const inUse = w.emu.secret('OPENAI_API_KEY')!
    // The first rotation's state is sealed too: written back, it names an account that no longer exists.
    await fetch(`${w.emu.githubUrl}/repos/octo-org/service/actions/variables/${NAME}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${w.emu.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: NAME, value: earlier })
    })
    const third = await rotate(options(w, { settings: settings(w, { currentKey: undefined }) }))
    expect(third.result).toBe('rotated')
    expect(w.emu.isLive(inUse)).toBe(true)
    expect(w.lines.join('\n')).toContain('older than service account')
    expectNoLeak(w, third.message)
  })

  const injections: Array<[string, Record<string, unknown>]> = [
    ['rotationId', { rotationId: '20260101T000000Z-a\n::add-mask::x' }],
    ['newServiceAccountId', { newServiceAccountId: 'svc_acct_a\n::set-output name=result::rotated' }],
    ['oldKeyId', { oldKeyId: 'key_a::stop-commands::pwned' }],
    ['timeline', { timeline: [{ step: 'creating', at: hourAgo(), run: '1\n::error::forged' }] }]
  ]
  for (const [field, over] of injections) {
    it(`holding a workflow command in ${field} is refused without echoing it`, async () => {
      const w = track(await world(42))
      await writeState(w, hostileState({ step: 'promoted', ...over }))
      const before = writes(w)
      const { error } = await attempt(() => rotate(options(w)))
      expect(error).toBeInstanceOf(ConfigurationError)
      expect(error!.message).toContain(field)
      expect(error!.message).not.toContain('\n')
      for (const text of [error!.message, ...w.lines])
        expect(text).not.toMatch(/::(add-mask|set-output|stop-commands|error)::|pwned|forged/)
      expect(writes(w)).toEqual(before)
      expectNoLeak(w, error!.message)
    })
  }
})

describe('a hand-edited rotation state through the action bundle', () => {
  it('fails the step with one escaped line; no workflow command from the state reaches the runner', async () => {
    const w = track(await world(43))
    await writeState(
      w,
      hostileState({ step: 'promoted', newKeyId: 'key_a\n::add-mask::x\n::set-output name=result::rotated' })
    )
    const run = await runAction({
      workspace: tempDir(),
      event: { name: 'workflow_dispatch', payload: { inputs: {} } },
      env: { GITHUB_API_URL: w.emu.githubUrl, OPENAI_BASE_URL: w.emu.openaiUrl },
      inputs: {
        command: 'rotate',
        'github-token': w.emu.token,
        'openai-admin-key': w.emu.adminKey,
        'openai-project-id': w.emu.projectId,
        'current-key': w.current.key
      }
    })
    expect(run.status).toBe(1)
    expect(run.outputs.result).not.toBe('rotated')
    const errors = run.stdout.match(/^::error::.*/gm) ?? []
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('newKeyId is not a key id')
    // The runner learns masks and outputs only from the action itself: the state's text is none of them.
    expect(run.masked).not.toContain('x')
    expect(run.all).not.toMatch(/::set-output|name=result::rotated/)
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    for (const credential of w.credentials()) expect(run.all).not.toContain(credential)
  })
})
