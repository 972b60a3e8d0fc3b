import { describe, expect, it } from 'vitest'
import { ConfigurationError, PermissionError } from '../../src/errors.js'
import { rotate } from '../../src/rotate/index.js'
import { stateVariableName } from '../../src/rotate/state.js'
import {
  attempt,
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

describe('rotate on the emulator', () => {
  it('happy path: the secret holds a new live key, the smoke run passed, the old key is dead, one issue', async () => {
    w = track(await world())
    const result = await rotate(options(w))
    const secret = w.emu.secret('OPENAI_API_KEY')!
    expect(result.result).toBe('rotated')
    expect(result.revoked).toBe(true)
    expect(secret).not.toBe(w.current.key)
    expect(w.emu.isLive(secret)).toBe(true)
    expect(w.emu.isLive(w.current.key)).toBe(false)
    expect(w.emu.runs().map((r) => r.conclusion)).toEqual(['success'])
    expect(result.smokeRunUrl).toMatch(/^http/)
    expect(result.oldKeyId).toBe(w.current.keyId)
    const accounts = ourAccounts(w)
    expect(accounts).toHaveLength(1)
    expect(accounts[0]!.keyIds).toEqual([result.newKeyId])
    const issues = w.emu.issues()
    expect(issues).toHaveLength(1)
    expect(issues[0]!.title).toBe('OpenAI key rotated: OPENAI_API_KEY (manual)')
    expect(issues[0]!.labels).toEqual(['openai-key-rotation'])
    expect(issues[0]!.body).toContain(result.newKeyId!)
    expect(issues[0]!.body).toContain(w.current.keyId)
    expect(result.issueUrl).toMatch(/issues\/1$/)
    // The order that keeps the secret working throughout: promote (the secret write), then smoke (the dispatch),
    // then revoke (every delete at OpenAI: the old key, refused by id, then its service account).
    const milestones = writes(w).flatMap((r) =>
      r === 'github PUT /repos/octo-org/service/actions/secrets/OPENAI_API_KEY'
        ? ['promote']
        : r === 'github POST /repos/octo-org/service/actions/workflows/smoke.yml/dispatches'
          ? ['smoke']
          : r.startsWith('openai DELETE ')
            ? ['revoke']
            : []
    )
    expect(milestones.filter((m, i) => m !== milestones[i - 1])).toEqual(['promote', 'smoke', 'revoke'])
    const state = JSON.parse(w.emu.variable(stateVariableName('OPENAI_API_KEY'))!) as Record<string, unknown>
    expect(state.step).toBe('finished')
    expect(state.newKeyId).toBe(result.newKeyId)
    expectNoLeak(w, result.message, w.emu.variable(stateVariableName('OPENAI_API_KEY')))
  })

  it('a second rotation finds the old key from the state and deletes our previous service account', async () => {
    w = track(await world(2))
    const first = await rotate(options(w))
    const firstKey = w.emu.secret('OPENAI_API_KEY')!
    // current-key is stale (the first rotation's old key): the state names the account to replace.
    const second = await rotate(options(w))
    expect(second.result).toBe('rotated')
    expect(second.oldKeyId).toBe(first.newKeyId)
    expect(w.emu.isLive(firstKey)).toBe(false)
    expect(ourAccounts(w).map((sa) => sa.keyIds)).toEqual([[second.newKeyId]])
    expect(w.emu.issues()).toHaveLength(2)
    expectNoLeak(w, first.message, second.message)
  })

  it('writes every target: repository, environment, organization (keeping its audience) and Dependabot', async () => {
    w = track(await world(3))
    const targets = [
      { kind: 'repo' as const },
      { kind: 'environment' as const, name: 'production' },
      { kind: 'org' as const, org: 'octo-org' },
      { kind: 'dependabot' as const }
    ]
    const result = await rotate(options(w, { settings: settings(w, { targets }) }))
    expect(result.result).toBe('rotated')
    const value = w.emu.secret('OPENAI_API_KEY')!
    expect(w.emu.secret('OPENAI_API_KEY', 'env:production')).toBe(value)
    expect(w.emu.secret('OPENAI_API_KEY', 'org:octo-org')).toBe(value)
    expect(w.emu.secret('OPENAI_API_KEY', 'dependabot')).toBe(value)
    const orgPut = w.emu
      .requests()
      .find((r) => r.method === 'PUT' && r.path === '/orgs/octo-org/actions/secrets/OPENAI_API_KEY')
    expect(orgPut?.body).toMatchObject({
      visibility: 'selected',
      selected_repository_ids: [expect.any(Number)]
    })
    expectNoLeak(w, result.message)
  })

  it('smoke failure: the old key is back in every target, the new account is gone, result rolled-back', async () => {
    w = track(await world(4))
    w.emu.failSmoke()
    const targets = [{ kind: 'repo' as const }, { kind: 'environment' as const, name: 'production' }]
    w.emu.setSecret('OPENAI_API_KEY', w.current.key, 'env:production')
    const result = await rotate(options(w, { settings: settings(w, { targets }) }))
    expect(result.result).toBe('rolled-back')
    expect(result.revoked).toBe(false)
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    expect(w.emu.secret('OPENAI_API_KEY', 'env:production')).toBe(w.current.key)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(ourAccounts(w)).toEqual([])
    const issues = w.emu.issues()
    expect(issues.map((i) => i.title)).toEqual(['OpenAI key rotation rolled back: OPENAI_API_KEY (manual)'])
    expect(issues[0]!.body).toContain('What to do next')
    expectNoLeak(w, result.message)
  })

  it('no smoke-workflow: the live check is the test, and it says so', async () => {
    w = track(await world(5))
    const result = await rotate(options(w, { settings: settings(w, { smokeWorkflows: [] }) }))
    expect(result.result).toBe('rotated')
    expect(w.emu.runs()).toEqual([])
    expect(w.lines.join('\n')).toContain('No smoke-workflow configured')
    expect(w.emu.isLive(w.emu.secret('OPENAI_API_KEY')!)).toBe(true)
  })

  it('revoke: never keeps the old key live and a later run does not treat it as an orphan', async () => {
    w = track(await world(6))
    const result = await rotate(options(w, { settings: settings(w, { revoke: 'never' }) }))
    expect(result.result).toBe('rotated')
    expect(result.revoked).toBe(false)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(result.message).toContain('stays valid')
  })

  it('leak trigger: the old key is revoked before the smoke run, the issue carries security labels', async () => {
    w = track(await world(7))
    const leak = { path: 'config.py', line: 3, redacted: 'sk-svcacct-Ab…wxyz' }
    const result = await rotate(options(w, { trigger: 'leak', leak }))
    expect(result.result).toBe('rotated')
    expect(w.emu.isLive(w.current.key)).toBe(false)
    const order = writes(w)
    const revokeAt = order.findIndex((r) => r.startsWith('openai DELETE'))
    const dispatchAt = order.findIndex((r) => r.includes('/dispatches'))
    expect(revokeAt).toBeGreaterThan(-1)
    expect(revokeAt).toBeLessThan(dispatchAt)
    const issue = w.emu.issues()[0]!
    expect(issue.title).toBe('OpenAI key rotated: OPENAI_API_KEY (leak)')
    expect(issue.labels).toEqual(['openai-key-rotation', 'security', 'leaked-key'])
    expect(issue.body).toContain('config.py:3')
    expectNoLeak(w, result.message)
  })

  it('dry-run sends only GET requests', async () => {
    w = track(await world(8))
    const result = await rotate(options(w, { settings: settings(w, { dryRun: true }) }))
    expect(result.result).toBe('skipped')
    expect(result.message).toMatch(/^Dry run: would create/)
    expect(writes(w)).toEqual([])
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
  })

  it('max-age: a young key is skipped without writes on schedule; an old one is rotated', async () => {
    w = track(await world(9))
    const young = await rotate(
      options(w, { trigger: 'schedule', settings: settings(w, { maxAgeMs: 30 * 86_400_000 }) })
    )
    expect(young.result).toBe('skipped')
    expect(young.message).toContain('younger than max-age')
    expect(writes(w)).toEqual([])
    const later = Date.now() + 31 * 86_400_000
    const old = await rotate(
      options(w, {
        trigger: 'schedule',
        now: () => later,
        settings: settings(w, { maxAgeMs: 30 * 86_400_000 })
      })
    )
    expect(old.result).toBe('rotated')
  })

  it('a bad admin key: one clear ConfigurationError, nothing written', async () => {
    w = track(await world(10))
    const bad = w.emu.adminKey.slice(0, -4) + 'AAAA'
    const { error } = await attempt(() => rotate(options(w!, { settings: settings(w!, { adminKey: bad }) })))
    expect(error).toBeInstanceOf(ConfigurationError)
    expect(error!.message).toMatch(/^OpenAI rejected openai-admin-key \(401\)/)
    expect(writes(w)).toEqual([])
    expect(error!.message).not.toContain(bad)
    expectNoLeak(w, error!.message)
  })

  it('a token without Secrets: write: PermissionError naming it, the old key still live', async () => {
    w = track(await world(11))
    const token = w.emu.addToken({ variables: 'write', actions: 'write', issues: 'write', metadata: 'read' })
    const opts = options(w)
    const { error } = await attempt(() => rotate({ ...opts, github: { ...opts.github, token } }))
    expect(error).toBeInstanceOf(PermissionError)
    expect((error as PermissionError).permission).toBe('Secrets: write')
    expect(error!.message).toContain('"Secrets: write"')
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    expect(ourAccounts(w)).toEqual([])
    expect(error!.message).not.toContain(token)
    expectNoLeak(w, error!.message)
  })

  it('a transient 503 on the secret write is retried', async () => {
    w = track(await world(12))
    w.emu.fault({
      api: 'github',
      method: 'PUT',
      path: '/repos/:o/:r/actions/secrets/:name',
      call: 1,
      status: 503
    })
    const result = await rotate(options(w))
    expect(result.result).toBe('rotated')
    const puts = w.emu.requests().filter((r) => r.method === 'PUT' && r.path.endsWith('/OPENAI_API_KEY'))
    expect(puts.map((r) => r.status)).toEqual([503, 204])
    expect(w.emu.isLive(w.emu.secret('OPENAI_API_KEY')!)).toBe(true)
  })

  it('a 429 with retry-after on the public-key read is waited out as asked, with a warning, then served', async () => {
    w = track(await world(15))
    // GitHub's secondary rate limit: 429, a "secondary rate limit" message and retry-after in seconds.
    const retryAfter = 10
    w.emu.fault({
      api: 'github',
      method: 'GET',
      path: '/repos/:o/:r/actions/secrets/public-key',
      call: 1,
      status: 429,
      headers: { 'retry-after': String(retryAfter) }
    })
    const opts = options(w)
    const result = await rotate(opts)
    expect(result.result).toBe('rotated')
    const reads = w.emu
      .requests()
      .filter((r) => r.method === 'GET' && r.path === '/repos/octo-org/service/actions/secrets/public-key')
    expect(reads.map((r) => r.status)).toEqual([429, 200, 200])
    // Tests scale GitHub's seconds by the retry base: the second read came no sooner than retry-after asked.
    const waited = reads[1]!.at - reads[0]!.at
    expect(waited).toBeGreaterThanOrEqual(retryAfter * opts.testHooks!.githubRetryBaseMs!)
    expect(w.lines).toContain(
      `warning: GitHub secondary rate limit on GET /repos/{owner}/{repo}/actions/secrets/public-key; retrying after ${retryAfter}s.`
    )
    expect(w.emu.isLive(w.emu.secret('OPENAI_API_KEY')!)).toBe(true)
  })

  it('a refused service-account create (500) is reconciled by name, never two accounts', async () => {
    w = track(await world(13))
    w.emu.fault({ api: 'openai', method: 'POST', path: /\/service_accounts$/, call: 1, status: 500 })
    const result = await rotate(options(w))
    expect(result.result).toBe('rotated')
    const creates = w.emu
      .requests()
      .filter((r) => r.method === 'POST' && r.path.endsWith('/service_accounts'))
    expect(creates.map((r) => r.status)).toEqual([500, 200])
    expect(ourAccounts(w)).toHaveLength(1)
    expect(w.emu.secret('OPENAI_API_KEY')).not.toBe(w.current.key)
  })

  it('a fresh rotation in progress makes the next run skip cleanly', async () => {
    w = track(await world(14))
    const { error } = await attempt(() => rotate(options(w!, { testHooks: { crashAt: 'promoted' } })))
    expect(error?.name).toBe('Crash')
    const again = await rotate(options(w))
    expect(again.result).toBe('skipped')
    expect(again.message).toContain('in progress')
  })
})
