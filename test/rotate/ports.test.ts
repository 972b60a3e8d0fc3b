import { describe, expect, it } from 'vitest'
import { machineOptions, revokeLeakedKey } from '../../src/rotate/index.js'
import { runRotation } from '../../src/rotate/machine.js'
import { makeKey } from '../helpers/keys.js'
import {
  expectNoLeak,
  options,
  ourAccounts,
  settings,
  type World,
  world,
  writes,
  closeAfterEach
} from './harness.js'

let w: World | undefined
const track = closeAfterEach()

describe('rotation edge cases', () => {
  it('a create whose answer is lost after the server made the account: found by name, deleted, made once more', async () => {
    w = track(await world(30))
    const machine = machineOptions(options(w))
    const admin = machine.ports.admin
    let lost: string | undefined
    machine.ports.admin = {
      ...admin,
      async createServiceAccount(name, expiry) {
        const created = await admin.createServiceAccount(name, expiry)
        if (lost) return created
        lost = created.id
        throw new Error('socket hang up')
      }
    }
    const result = await runRotation(machine)
    expect(result.result).toBe('rotated')
    const accounts = ourAccounts(w)
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.id).not.toBe(lost)
    expect(w.emu.serviceAccounts().map((sa) => sa.id)).not.toContain(lost)
    expect(w.emu.isLive(w.emu.secret('OPENAI_API_KEY')!)).toBe(true)
    expectNoLeak(w, result.message)
  })

  it('a server that rejects return_run_details: plain dispatch, the run is found by listing', async () => {
    w = track(await world(31))
    w.emu.fault({
      api: 'github',
      method: 'POST',
      path: '/repos/:o/:r/actions/workflows/:id/dispatches',
      call: 1,
      status: 422,
      body: { message: 'Invalid request.', documentation_url: 'https://docs.github.com/rest', status: '422' }
    })
    const opts = options(w)
    const result = await runRotation(machineOptions(opts))
    expect(result.result).toBe('rotated')
    const dispatches = w.emu.requests().filter((r) => r.path.endsWith('/dispatches'))
    expect(dispatches.map((r) => r.status)).toEqual([422, 204])
    expect(
      w.emu.requests().some((r) => r.method === 'GET' && r.path.endsWith('/workflows/smoke.yml/runs'))
    ).toBe(true)
    expect(w.emu.runs()).toHaveLength(1)
    expect(result.smokeRunUrl).toContain(String(w.emu.runs()[0]!.id))
  })

  it('a smoke run slower than smoke-timeout rolls back', async () => {
    w = track(await world(32, { smokeRunMs: 3000 }))
    const result = await runRotation(
      machineOptions(options(w, { settings: settings(w, { smokeTimeoutMs: 200 }) }))
    )
    expect(result.result).toBe('rolled-back')
    expect(result.message).toContain('smoke-timeout')
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    expect(ourAccounts(w)).toEqual([])
  })

  it('a token without Issues: the rotation stands, the missing issue is a warning naming the permission', async () => {
    w = track(await world(33))
    const token = w.emu.addToken({ secrets: 'write', variables: 'write', actions: 'write', metadata: 'read' })
    const opts = options(w)
    const result = await runRotation(machineOptions({ ...opts, github: { ...opts.github, token } }))
    expect(result.result).toBe('rotated')
    expect(result.issueUrl).toBeUndefined()
    expect(w.lines.join('\n')).toContain('"Issues: write"')
    expectNoLeak(w, result.message)
  })

  it('an old key that keeps answering after revocation: bounded wait, then a warning', async () => {
    w = track(await world(38, { revocationDelayMs: 5000 }))
    const started = Date.now()
    const result = await runRotation(machineOptions(options(w, { testHooks: { revokeConfirmMs: 300 } })))
    expect(result.result).toBe('rotated')
    expect(result.revoked).toBe(true)
    expect(Date.now() - started).toBeLessThan(4000)
    expect(w.lines.join('\n')).toContain('still answers GET /models')
  })

  it('issue: false records nothing', async () => {
    w = track(await world(34))
    const result = await runRotation(machineOptions(options(w, { settings: settings(w, { issue: false }) })))
    expect(result.result).toBe('rotated')
    expect(w.emu.issues()).toEqual([])
  })
})

describe('revokeLeakedKey', () => {
  it("revokes a user's key by its redacted form and confirms it answers 401", async () => {
    w = track(await world(35))
    const leaked = w.emu.seedUserKey()
    const result = await revokeLeakedKey({ ...options(w), key: leaked.key })
    expect(result).toMatchObject({ result: 'revoked', keyId: leaked.keyId })
    expect(result.message).toContain('401')
    expect(w.emu.isLive(leaked.key)).toBe(false)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(result.message).not.toContain(leaked.key)
  })

  it("revokes a service account's only key", async () => {
    w = track(await world(36))
    const result = await revokeLeakedKey({ ...options(w), key: w.current.key })
    expect(result).toMatchObject({ result: 'revoked', keyId: w.current.keyId })
    expect(w.emu.isLive(w.current.key)).toBe(false)
    expectNoLeak(w, result.message)
  })

  it('a key the project does not have: not-found, nothing written', async () => {
    w = track(await world(37))
    const stranger = makeKey('project', 99)
    const result = await revokeLeakedKey({ ...options(w), key: stranger })
    expect(result.result).toBe('not-found')
    expect(writes(w)).toEqual([])
    expect(result.message).not.toContain(stranger)
  })
})
