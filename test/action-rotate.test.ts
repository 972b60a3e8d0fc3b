// `command: rotate` through the committed bundle, run like the runner runs it, against the emulator: the happy
// path, a failed smoke run, a bad Admin key, a missing permission, a SIGKILL mid-rotation, dry-run and max-age;
// inputs refused before anything is asked, and each kind of service failure named as what it is.
import { describe, expect, it } from 'vitest'
import { stateVariableName } from '../src/rotate/state.js'
import type { Emulator } from '../src/emulator/index.js'
import { makeKey } from './helpers/keys.js'
import { closedPort } from './helpers/net.js'
import { emulator, rotation } from './helpers/emulated.js'
import { expectMasked, runAction, type RunnerOptions } from './helpers/runner.js'

async function setUp(): Promise<{ emu: Emulator; current: { key: string; keyId: string } }> {
  const emu = await emulator()
  const current = emu.seedServiceAccount('app-production')
  emu.setSecret('OPENAI_API_KEY', current.key)
  return { emu, current }
}

/** The rotation these tests run: the smoke workflow passes; nothing else uses the key, so no drain. */
function rotate(e: Emulator, currentKey: string, inputs: Record<string, string> = {}): RunnerOptions {
  // The drain has its own tests (action-drain.test.ts).
  return rotation(e, currentKey, {
    'smoke-workflow': 'smoke.yml',
    'smoke-timeout': '60s',
    'drain-quiet': '0',
    ...inputs
  })
}

/** Moves the saved rotation state an hour into the past, as if the next scheduled run came much later. */
async function ageState(e: Emulator): Promise<void> {
  const name = stateVariableName('OPENAI_API_KEY')
  const state = JSON.parse(e.variable(name)!) as { updatedAt: string; startedAt: string }
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString()
  const response = await fetch(`${e.githubUrl}/repos/octo-org/service/actions/variables/${name}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${e.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      value: JSON.stringify({ ...state, startedAt: hourAgo, updatedAt: hourAgo })
    })
  })
  expect(response.status).toBe(204)
}

/** Service accounts this tool created (named okg:…) that still exist. */
const ours = (e: Emulator): string[] =>
  e.serviceAccounts().flatMap((a) => (a.name.startsWith('okg:') ? [a.id] : []))

describe('rotate through the action bundle', () => {
  it('puts a new live key in the secret, smoke-tests it, revokes the old one and records it', async () => {
    const { emu, current } = await setUp()
    const run = await runAction(rotate(emu, current.key, { reason: 'quarterly rotation' }))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const secret = emu.secret('OPENAI_API_KEY')!
    expect(secret).not.toBe(current.key)
    expect(emu.isLive(secret)).toBe(true)
    expect(emu.isLive(current.key)).toBe(false)
    expect(run.outputs).toMatchObject({ result: 'rotated', revoked: 'true', 'old-key-id': current.keyId })
    expect(run.outputs['new-key-id']).toMatch(/^key_/)
    expect(run.outputs['smoke-run-url']).toMatch(/\/actions\/runs\/\d+$/)
    expect(emu.runs()).toMatchObject([{ status: 'completed', conclusion: 'success' }])
    const issues = emu.issues()
    expect(issues).toHaveLength(1)
    expect(issues[0]!.title).toBe('OpenAI key rotated: OPENAI_API_KEY (manual)')
    expect(issues[0]!.body).toContain('quarterly rotation')
    expect(run.outputs['issue-url']).toMatch(/\/issues\/1$/)
    // Canary: neither key, the Admin key nor the token anywhere the runner shows or keeps, nor in the issue.
    for (const secretValue of [current.key, secret, emu.adminKey, emu.token]) {
      expect(run.all).not.toContain(secretValue)
      expect(issues[0]!.body).not.toContain(secretValue)
    }
    expect(emu.issuedKeys()).toEqual([current.key, secret])
    expectMasked(run, ...emu.issuedKeys())
  })

  it('rolls back when the smoke run fails: the old key is back and still works, the new account is gone', async () => {
    const { emu, current } = await setUp()
    emu.failSmoke(true)
    const run = await runAction(rotate(emu, current.key))
    expect(run.status).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'rolled-back', revoked: 'false' })
    expect(run.stdout.match(/^::error::.*/gm)).toHaveLength(1)
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.isLive(current.key)).toBe(true)
    expect(ours(emu)).toEqual([])
    expect(emu.issues()[0]?.title).toMatch(/rolled back/)
    // The new key existed for a while: it was masked as soon as it was made.
    expect(emu.issuedKeys()).toHaveLength(2)
    expectMasked(run, ...emu.issuedKeys())
  })

  it('says in one line that the Admin key was refused, and writes nothing', async () => {
    const { emu, current } = await setUp()
    const wrongAdmin = makeKey('admin', 77)
    const run = await runAction(rotate(emu, current.key, { 'openai-admin-key': wrongAdmin }))
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error::OpenAI rejected openai-admin-key \(401\)/m)
    expect(emu.requests().filter((r) => r.method !== 'GET')).toEqual([])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.isLive(current.key)).toBe(true)
    expectMasked(run)
  })

  it('names the missing GitHub permission, and the old key stays in place and valid', async () => {
    const { emu, current } = await setUp()
    const token = emu.addToken({ metadata: 'read', variables: 'write', actions: 'write', issues: 'write' })
    const run = await runAction(rotate(emu, current.key, { 'github-token': token }))
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error::.*Secrets: write/m)
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.isLive(current.key)).toBe(true)
    expect(ours(emu)).toEqual([])
    expectMasked(run)
  })

  it('survives a SIGKILL right after the secret was written: the next run finishes, nothing is orphaned', async () => {
    const { emu, current } = await setUp()
    const putSecret = (): boolean =>
      emu!.requests().some((r) => r.method === 'PUT' && r.path.includes('/actions/secrets/OPENAI_API_KEY'))
    const killed = await runAction({
      ...rotate(emu, current.key),
      onSpawn: (child) => {
        const poll = setInterval(() => {
          if (putSecret()) {
            clearInterval(poll)
            child.kill('SIGKILL')
          }
        }, 5)
        child.on('close', () => clearInterval(poll))
      }
    })
    expect(killed.status).toBeNull()
    const seen = emu.issuedKeys()
    expectMasked(killed, ...seen)
    // Between the two runs the secret works, whichever key it holds.
    expect(emu.isLive(emu.secret('OPENAI_API_KEY')!)).toBe(true)
    // The next run comes later (sooner, it would find the rotation "in progress" and leave it be): age the state.
    await ageState(emu)
    // The workflow passes the secret as it now is (the new key, if the write landed) as current-key.
    const again = await runAction(rotate(emu, emu.secret('OPENAI_API_KEY')!, { 'smoke-timeout': '60s' }))
    expect(again.status).toBe(0)
    expectMasked(again, ...emu.issuedKeys().filter((key) => !seen.includes(key)))
    const secret = emu.secret('OPENAI_API_KEY')!
    expect(emu.isLive(secret)).toBe(true)
    expect(ours(emu)).toHaveLength(1)
    expect(
      emu
        .serviceAccounts()
        .filter((a) => a.keyIds.length > 0)
        .map((a) => a.id)
    ).toEqual(ours(emu))
  })

  it('dry-run from its input: says what it would do, and creates, writes and records nothing', async () => {
    const { emu, current } = await setUp()
    const run = await runAction(rotate(emu, current.key, { 'dry-run': 'true' }))
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'skipped', 'new-key-id': '', revoked: 'false' })
    expect(run.summary).toMatch(
      /Dry run: would create a service account okg:octo-org\/service:OPENAI_API_KEY:/
    )
    expect(emu.requests().filter((r) => r.method !== 'GET')).toEqual([])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.serviceAccounts().map((a) => a.name)).toEqual(['app-production'])
    expect(emu.issues()).toEqual([])
    expect(emu.isLive(current.key)).toBe(true)
    expectMasked(run, ...emu.issuedKeys())
  })

  it('max-age from its input: a scheduled run leaves a younger key alone, result skipped', async () => {
    const { emu, current } = await setUp()
    const run = await runAction({
      ...rotate(emu, current.key, { 'max-age': '30d' }),
      event: { name: 'schedule', payload: { schedule: '0 4 * * 1' } }
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'skipped', 'old-key-id': current.keyId, revoked: 'false' })
    expect(run.summary).toMatch(/current key \S+ is 0\.0 days old, younger than max-age: not rotated/)
    expect(emu.requests().filter((r) => r.method !== 'GET')).toEqual([])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.isLive(current.key)).toBe(true)
    expect(emu.issues()).toEqual([])
    expectMasked(run, ...emu.issuedKeys())
  })
})

describe('rotate through the action bundle: inputs that would hurt, services that fail', () => {
  it.each([
    [{ 'key-expiry': '90' }, 'Input \'key-expiry\' needs a unit: write 90d, 90h, 90m or 90s (got "90").'],
    [
      { 'key-expiry': '90s' },
      "Input 'key-expiry' (1m30s) is shorter than a rotation can need (smoke-timeout 1m + the rotation margin 5m + " +
        'the safety margin 1d): set key-expiry to 1d6m or more (e.g. 90d), or leave it empty for a key that does not expire.'
    ],
    [
      { 'key-expiry': '30d', 'max-age': '30d' },
      "Input 'key-expiry' (30d) is shorter than a rotation can need (max-age 30d + smoke-timeout 1m + the rotation margin 5m + " +
        'the safety margin 1d): set key-expiry to 31d6m or more (e.g. 90d), or leave it empty for a key that does not expire.'
    ],
    [{ 'max-age': '30' }, 'Input \'max-age\' needs a unit: write 30d, 30h, 30m or 30s (got "30").'],
    [
      { 'smoke-timeout': '900' },
      'Input \'smoke-timeout\' needs a unit: write 900d, 900h, 900m or 900s (got "900").'
    ],
    [
      { 'secret-targets': 'environment:..' },
      'Input \'secret-targets\' has "environment:..": an environment name is 1 to 255 characters, not "." or "..", without control characters.'
    ],
    [
      { 'secret-targets': 'org:..' },
      'Input \'secret-targets\' has "org:..": an organization name is up to 39 letters, digits and single hyphens, not starting or ending with one.'
    ],
    [
      { 'secret-targets': ',,,' },
      'Input \'secret-targets\' names no target (got ",,,"): leave it empty for the repository secret, or list repo, environment:NAME, org:ORG or dependabot.'
    ]
  ])('refuses %o in one line, before asking anything of anyone', async (inputs, message) => {
    const { emu, current } = await setUp()
    const run = await runAction(rotate(emu, current.key, { 'smoke-timeout': '1m', ...inputs }))
    expect(run.status).toBe(1)
    expect(run.stdout.match(/^::error::.*/gm)).toEqual([`::error::${message}`])
    expect(emu.requests()).toEqual([])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.isLive(current.key)).toBe(true)
    for (const secretValue of [current.key, emu.adminKey, emu.token])
      expect(run.all).not.toContain(secretValue)
  })

  it('says which host it could not reach and why, not that it is a bug', async () => {
    const { emu, current } = await setUp()
    const port = await closedPort()
    const run = await runAction({
      ...rotate(emu, current.key),
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` }
    })
    expect(run.status).toBe(1)
    expect(run.stdout.match(/^::error::.*/gm)).toEqual([
      `::error::OpenAI: could not reach 127.0.0.1:${port}: ECONNREFUSED (trying to list the project API keys): ` +
        'check openai-base-url (or OPENAI_BASE_URL) and the network, then run again.'
    ])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expectMasked(run)
  })

  it('names what was not found and what to check on a 404: the repository, an organization', async () => {
    const { emu, current } = await setUp()
    const typo = await runAction({
      ...rotate(emu, current.key),
      env: {
        GITHUB_API_URL: emu.githubUrl,
        OPENAI_BASE_URL: emu.openaiUrl,
        GITHUB_REPOSITORY: 'octo-org/servcie'
      }
    })
    expect(typo.status).toBe(1)
    expect(typo.stdout.match(/^::error::.*/gm)).toEqual([
      '::error::GitHub answered 404 (not found) to read the repository secrets public key: check that repository ' +
        '"octo-org/servcie" (GITHUB_REPOSITORY, or --repo) exists and that the token was granted it, with "Metadata: read".'
    ])
    const org = await runAction(rotate(emu, current.key, { 'secret-targets': 'repo\norg:other-org' }))
    expect(org.status).toBe(1)
    expect(org.stdout.match(/^::error::.*/gm)).toEqual([
      '::error::GitHub answered 404 (not found) to read the organization other-org secrets public key: check that ' +
        'organization "other-org" (secret-targets) exists and that the token has "Organization secrets: write" there.'
    ])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(ours(emu)).toEqual([])
    expectMasked(typo)
    expectMasked(org)
  })

  it('says the service failed and to try again when OpenAI answers 5xx', async () => {
    const { emu, current } = await setUp()
    emu.fault({ api: 'openai', method: 'GET', path: /\/api_keys$/, status: 503 })
    const run = await runAction(rotate(emu, current.key))
    expect(run.status).toBe(1)
    expect(run.stdout.match(/^::error::.*/gm)).toEqual([
      '::error::OpenAI answered 503 to list the project API keys, after retries: the service is failing, not this run; try again later.'
    ])
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expectMasked(run)
  })
})
