import { describe, expect, it } from 'vitest'
import { startEmulator } from '../../src/emulator/index.js'
import { ConfigurationError, errorMessage, PermissionError, ServiceError } from '../../src/errors.js'
import { createGitHubClient, github, gitHubError, permissionName } from '../../src/github/client.js'
import { consoleLogger } from '../../src/logger.js'
import { matchesRedacted } from '../../src/openai/admin.js'
import { identifyOldKey, serviceAccountPrefix } from '../../src/rotate/machine.js'
import { issueRecord, issueTitle } from '../../src/rotate/record.js'
import { parseState, stateVariableName } from '../../src/rotate/state.js'
import type { ProjectKey } from '../../src/rotate/types.js'
import { MARKER, makeKey } from '../helpers/keys.js'
import { closedPort } from '../helpers/net.js'

const realForm = (key: string): string => key.slice(0, 8) + '*'.repeat(key.length - 12) + key.slice(-4)
const docsForm = (key: string): string => `${key.slice(0, 6)}...${key.slice(-3)}`

function projectKey(
  id: string,
  key: string,
  owner: ProjectKey['owner'],
  createdAt = 1_700_000_000
): ProjectKey {
  return { id, name: id, redactedValue: realForm(key), createdAt, lastUsedAt: null, owner }
}

describe('matchesRedacted', () => {
  const key = makeKey('service-account', 1)
  it('matches both forms OpenAI uses', () => {
    expect(matchesRedacted(key, realForm(key))).toBe(true)
    expect(matchesRedacted(key, docsForm(key))).toBe(true)
  })
  it('rejects another key, a wrong length and nonsense', () => {
    expect(matchesRedacted(makeKey('service-account', 2), realForm(key))).toBe(false)
    expect(matchesRedacted(key + 'x', realForm(key))).toBe(false)
    expect(matchesRedacted(key, '')).toBe(false)
    expect(matchesRedacted(key, '********')).toBe(false)
  })
})

describe('permissionName and gitHubError', () => {
  it('maps GitHub permission keys to their UI names', () => {
    expect(permissionName('secrets=write')).toBe('Secrets: write')
    expect(permissionName('organization_secrets=write')).toBe('Organization secrets: write')
    expect(permissionName('dependabot_secrets=read; metadata=read')).toBe('Dependabot secrets: read')
    expect(permissionName('environments=write')).toBe('Environments: write')
    expect(permissionName(undefined)).toBeUndefined()
  })
  it('turns a 403 into a PermissionError naming the level the rotation needs', () => {
    const error = gitHubError('write secret X', {
      status: 403,
      message: 'Resource not accessible by integration',
      response: { headers: { 'x-accepted-github-permissions': 'variables=read' } }
    })
    expect(error).toBeInstanceOf(PermissionError)
    expect((error as PermissionError).permission).toBe('Variables: write')
  })
  it('scrubs tokens out of other failures', () => {
    const token = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'
    const error = gitHubError('do it', { status: 500, message: `boom ${token}` })
    expect(error.message).not.toContain(token)
  })
})

describe('gitHubError: a service that failed is not a bug, and a 404 names what to check', () => {
  const quiet = consoleLogger(() => undefined)
  const token = 'ghs_' + 'Zq9'.repeat(12)

  it('names the host and the system error when GitHub cannot be reached, after the retries', async () => {
    const port = await closedPort()
    const octokit = createGitHubClient({
      token,
      apiUrl: `http://127.0.0.1:${port}`,
      logger: quiet,
      retryBaseMs: 1
    })
    const error: unknown = await github('read the repository', () =>
      octokit.rest.repos.get({ owner: 'o', repo: 'r' })
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect(errorMessage(error)).toBe(
      `GitHub: could not reach 127.0.0.1:${port}: ECONNREFUSED (trying to read the repository): check GITHUB_API_URL and the network, then run again.`
    )
    expect(errorMessage(error)).not.toContain(token)
  })

  it('says GitHub is failing, not the run, when it answers 5xx', async () => {
    const emu = await startEmulator()
    try {
      emu.fault({ api: 'github', method: 'GET', path: '/repos/:owner/:repo', status: 502 })
      const octokit = createGitHubClient({
        token: emu.token,
        apiUrl: emu.githubUrl,
        logger: quiet,
        retryBaseMs: 1
      })
      const error: unknown = await github('read the repository', () =>
        octokit.rest.repos.get({ owner: 'octo-org', repo: 'service' })
      ).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ServiceError)
      expect(errorMessage(error)).toBe(
        'GitHub answered 502 to read the repository, after retries: the service is failing, not this run; try again later.'
      )
      // Octokit tried four times before giving up.
      expect(errorMessage(error)).not.toContain(emu.token)
      expect(emu.requests().filter((r) => r.path === '/repos/octo-org/service')).toHaveLength(4)
      expect(emu.violations()).toEqual([])
    } finally {
      await emu.close()
    }
  })

  it('names the workflow or environment a 404 is about, under any API path prefix', () => {
    // A server may echo what it was sent; none of it is repeated.
    const canary = makeKey('project', 31)
    const notFound = (url: string): Error =>
      gitHubError('do it', { status: 404, message: `Not Found: ${canary}`, request: { method: 'GET', url } })
    const workflow = notFound(
      'https://ghe.example.com/api/v3/repos/o/r/actions/workflows/smoke.yml/dispatches'
    )
    expect(workflow).toBeInstanceOf(ConfigurationError)
    expect(workflow.message).toBe(
      'GitHub answered 404 (not found) to do it: check that smoke-workflow "smoke.yml" is in .github/workflows of "o/r" and that the token has "Actions: write".'
    )
    expect(
      notFound('https://api.github.com/repos/o/r/environments/prod%2Feu/secrets/public-key').message
    ).toContain(
      'check that environment "prod/eu" (secret-targets) exists in "o/r" and that the token has "Environments: write"'
    )
    expect(workflow.message).not.toContain(canary)
  })

  it('names the host of a bare fetch that failed, the last resort before calling something a bug', async () => {
    const port = await closedPort()
    const canary = makeKey('project', 32)
    const error: unknown = await fetch(`http://127.0.0.1:${port}/?key=${canary}`).catch((e: unknown) => e)
    expect(errorMessage(error)).toBe(`Could not reach 127.0.0.1:${port}: ECONNREFUSED.`)
    expect(errorMessage(new TypeError('x is undefined'))).toMatch(/a bug in openai-key-guard/)
  })
})

describe('identifyOldKey', () => {
  const prefix = serviceAccountPrefix('o', 'r', 'S')
  const current = makeKey('project', 1)
  const other = makeKey('project', 2)
  const keys = [
    projectKey('k1', current, { type: 'user' }),
    projectKey('k2', other, {
      type: 'service_account',
      serviceAccountId: 'sa2',
      serviceAccountName: `${prefix}x`
    })
  ]
  it('prefers current-key matched to one key', () => {
    const { old } = identifyOldKey(keys, prefix, current, 'sa2')
    expect(old).toMatchObject({ keyId: 'k1', isCurrentKey: true })
    expect(old?.ownServiceAccountId).toBeUndefined()
  })
  it('falls back to the account the last rotation left in place, which is ours', () => {
    const { old } = identifyOldKey(keys, prefix, makeKey('project', 3), 'sa2')
    expect(old).toMatchObject({ keyId: 'k2', ownServiceAccountId: 'sa2', isCurrentKey: false })
  })
  it('says so and revokes nothing when current-key is ambiguous', () => {
    const twin = { ...keys[0]!, id: 'k3' }
    const { old, note } = identifyOldKey([...keys, twin], prefix, current, undefined)
    expect(old).toBeUndefined()
    expect(note).toContain('ambiguous')
    expect(note).not.toContain(current)
  })
})

describe('state', () => {
  it('names one variable per secret', () => {
    expect(stateVariableName('OPENAI_API_KEY')).toBe('OPENAI_KEY_GUARD_STATE_OPENAI_API_KEY')
  })
  const valid = {
    version: 1,
    rotationId: '20260101T000000Z-abc123',
    step: 'promoted',
    trigger: 'manual',
    startedAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:01:00.000Z',
    newServiceAccountId: 'svc_acct_abc',
    newKeyId: 'key_abc',
    oldKeyId: 'key_xyz',
    timeline: [{ step: 'creating', at: '2026-01-01T00:00:00.000Z', run: '123456' }]
  }
  it('reads an absent or empty variable as no state, and a state it wrote as that state', () => {
    expect(parseState(undefined)).toBeUndefined()
    expect(parseState('')).toBeUndefined()
    expect(parseState(JSON.stringify(valid))).toEqual(valid)
  })
  it('rejects anything else with one line naming the first bad field, quoting nothing from it', () => {
    const bad: Array<[string, string]> = [
      ['{', 'not JSON'],
      ['[1]', 'not a JSON object'],
      [JSON.stringify({ ...valid, version: 2 }), 'version'],
      [JSON.stringify({ ...valid, step: 'flying' }), 'step'],
      [JSON.stringify({ ...valid, rotationId: 'x\n::add-mask::x' }), 'rotationId'],
      [
        JSON.stringify({ ...valid, newServiceAccountId: 'svc_acct_a\n::set-output name=x::y' }),
        'newServiceAccountId'
      ],
      [JSON.stringify({ ...valid, oldKeyId: '@team <img src=x>' }), 'oldKeyId'],
      [JSON.stringify({ ...valid, updatedAt: 'yesterday' }), 'updatedAt'],
      [JSON.stringify({ ...valid, trigger: 'cron' }), 'trigger'],
      [JSON.stringify({ ...valid, keptServiceAccountIds: ['svc_acct_a', 'x y'] }), 'keptServiceAccountIds'],
      [JSON.stringify({ ...valid, timeline: [{ step: 'creating', at: 'now', run: '1' }] }), 'timeline[0].at'],
      [
        JSON.stringify({ ...valid, timeline: [{ step: 'creating', at: valid.startedAt, run: '::x' }] }),
        'timeline[0].run'
      ],
      [JSON.stringify({ ...valid, extra: '::stop-commands::x' }), 'unknown field']
    ]
    for (const [text, field] of bad) {
      let error: unknown
      try {
        parseState(text, 'Repository variable S')
      } catch (e) {
        error = e
      }
      expect(error, text).toBeInstanceOf(ConfigurationError)
      const message = (error as Error).message
      expect(message).toContain(field)
      expect(message).toMatch(/^Repository variable S does not hold a rotation state/)
      expect(message).not.toMatch(/::|\n|<img|@team|flying|yesterday|cron/)
    }
  })
})

describe('issueRecord', () => {
  const base = {
    rotationId: 'r1',
    secretName: 'OPENAI_API_KEY',
    trigger: 'schedule' as const,
    targets: [{ kind: 'repo' as const }, { kind: 'org' as const, org: 'acme' }],
    result: 'rotated' as const,
    message: 'done',
    revoked: true,
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:01:00Z',
    labels: ['openai-key-rotation']
  }
  it('titles each outcome', () => {
    expect(issueTitle(base)).toBe('OpenAI key rotated: OPENAI_API_KEY (schedule)')
    expect(issueTitle({ ...base, result: 'rolled-back' })).toBe(
      'OpenAI key rotation rolled back: OPENAI_API_KEY (schedule)'
    )
    expect(issueTitle({ ...base, result: 'failed' })).toBe(
      'OpenAI key rotation failed: OPENAI_API_KEY (schedule)'
    )
  })
  it('never carries a key, even one typed into reason', () => {
    const key = makeKey('project', 7)
    const record = issueRecord({ ...base, reason: `old key was ${key}`, trigger: 'leak' })
    expect(record.body).not.toContain(key)
    expect(record.body).not.toContain(MARKER)
    expect(record.body).toContain('organization acme')
    expect(record.labels).toEqual(['openai-key-rotation', 'security', 'leaked-key'])
  })
})
