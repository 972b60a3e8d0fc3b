import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigurationError, errorMessage } from '../src/errors.js'
import { formatDuration, parseDuration, parseSettings, parseTargets } from '../src/settings.js'
import { makeKey } from './helpers/keys.js'

const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? ''

describe('settings', () => {
  it('defaults to a scan with fail-on introduced and the SARIF file in RUNNER_TEMP', () => {
    const s = parseSettings(reader({}), { RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/work/repo' })
    expect(s.command).toBe('scan')
    expect(s.scan).toMatchObject({ scope: 'auto', failOn: 'introduced', verify: false, onLeak: 'fail' })
    expect(s.scan.trustPrRules).toBe(false)
    expect(s.scan.sarifFile).toBe('/runner/tmp/openai-key-guard.sarif')
    expect(s.openaiBaseUrl).toBe('https://api.openai.com/v1')
    expect(s.github.apiUrl).toBe('https://api.github.com')
    expect(s.rotate).toBeUndefined()
  })

  it('reads the repository, API URLs and event payload from the runner environment', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'okg-settings-'))
    const event = path.join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7 } }))
    const s = parseSettings(reader({ 'openai-base-url': 'http://127.0.0.1:9/v1/' }), {
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event
    })
    expect(s.github).toMatchObject({ owner: 'octo', repo: 'app', apiUrl: 'https://ghe.example/api/v3' })
    expect(s.github.payload).toEqual({ pull_request: { number: 7 } })
    expect(s.openaiBaseUrl).toBe('http://127.0.0.1:9/v1')
  })

  it.each([
    [{ scope: 'everything' }, "Input 'scope' must be one of auto, pull-request, push, history, worktree"],
    [{ 'fail-on': 'sometimes' }, "Input 'fail-on' must be one of introduced, any, never"],
    [{ verify: 'maybe' }, "Input 'verify' must be true or false"],
    [{ 'trust-pr-rules': 'sure' }, "Input 'trust-pr-rules' must be true or false"],
    [{ command: 'delete' }, "Input 'command' must be one of scan, rotate"]
  ])('rejects %o with one clear line', (inputs, message) => {
    expect(() => parseSettings(reader(inputs), {})).toThrow(ConfigurationError)
    expect(() => parseSettings(reader(inputs), {})).toThrow(message)
  })

  it('parses every rotate input', () => {
    const adminKey = makeKey('admin', 1)
    const s = parseSettings(
      reader({
        command: 'rotate',
        'openai-admin-key': adminKey,
        'openai-project-id': 'proj_abc123',
        'secret-targets': 'repo\nenvironment:production\norg:octo\ndependabot',
        'smoke-timeout': '90s',
        'max-age': '30d',
        'key-expiry': '90d',
        'issue-labels': 'security, rotation',
        'dry-run': 'true',
        revoke: 'never'
      }),
      {}
    )
    expect(s.rotate).toMatchObject({
      adminKey,
      projectId: 'proj_abc123',
      secretName: 'OPENAI_API_KEY',
      smokeTimeoutMs: 90_000,
      maxAgeMs: 30 * 86_400_000,
      keyExpirySeconds: 90 * 86_400,
      issueLabels: ['security', 'rotation'],
      dryRun: true,
      revoke: 'never',
      issue: true
    })
    expect(s.rotate?.targets).toEqual([
      { kind: 'repo' },
      { kind: 'environment', name: 'production' },
      { kind: 'org', org: 'octo' },
      { kind: 'dependabot' }
    ])
  })

  it('says what to fix when the admin key or project is missing or wrong, without echoing the key', () => {
    expect(() => parseSettings(reader({ command: 'rotate' }), {})).toThrow(/openai-admin-key' is required/)
    const notAdmin = makeKey('project', 2)
    const attempt = () =>
      parseSettings(
        reader({ command: 'rotate', 'openai-admin-key': notAdmin, 'openai-project-id': 'proj_1' }),
        {}
      )
    expect(attempt).toThrow(/must be an OpenAI Admin key/)
    try {
      attempt()
    } catch (error) {
      expect(String(error)).not.toContain(notAdmin)
    }
    expect(() =>
      parseSettings(
        reader({ command: 'rotate', 'openai-admin-key': makeKey('admin', 1), 'openai-project-id': 'p' }),
        {}
      )
    ).toThrow(/openai-project-id' must be/)
  })

  it('lets on-leak report only when a fork gets no admin key', () => {
    expect(parseSettings(reader({ 'on-leak': 'rotate' }), {}).rotate).toBeUndefined()
  })
})

/** The line a run would print for what `attempt` throws. */
function messageOf(attempt: () => unknown): string {
  try {
    attempt()
  } catch (error) {
    return errorMessage(error)
  }
  throw new Error('expected an error')
}

describe('durations and targets', () => {
  it('reads units, and requires one: a bare number could be seconds or days', () => {
    expect(parseDuration('x', '15m')).toBe(900_000)
    expect(parseDuration('x', '900s')).toBe(900_000)
    expect(parseDuration('x', '2h')).toBe(7_200_000)
    expect(parseDuration('x', '1.5d')).toBe(129_600_000)
    expect(parseDuration('x', '1d12h')).toBe(129_600_000)
    expect(() => parseDuration('key-expiry', '90')).toThrow(
      `Input 'key-expiry' needs a unit: write 90d, 90h, 90m or 90s (got "90").`
    )
    expect(() => parseDuration('smoke-timeout', 'soon')).toThrow("Input 'smoke-timeout' must be a duration")
    // A key pasted into the wrong input is not printed back.
    const canary = makeKey('project', 5)
    expect(messageOf(() => parseDuration('smoke-timeout', canary))).toMatch(
      /^Input 'smoke-timeout' must be a duration/
    )
    expect(messageOf(() => parseDuration('smoke-timeout', canary))).not.toContain(canary)
  })

  it('takes 0 alone only where zero means something, and names durations the way it reads them', () => {
    expect(formatDuration(90_000)).toBe('1m30s')
    expect(formatDuration(86_400_000 + 20 * 60_000)).toBe('1d20m')
    expect(formatDuration(0)).toBe('0s')
    const canary = makeKey('project', 6)
    expect(messageOf(() => parseDuration('max-age', `0${canary}`, { zero: true }))).not.toContain(canary)
    expect(parseDuration('max-age', '0', { zero: true })).toBe(0)
    expect(() => parseDuration('smoke-timeout', '0')).toThrow("Input 'smoke-timeout' must be longer than 0")
    expect(() => parseDuration('smoke-timeout', '0s')).toThrow("Input 'smoke-timeout' must be longer than 0")
  })

  it('rejects a key-expiry the key would not survive: the rotation, then max-age until the next one', () => {
    const canary = makeKey('admin', 1)
    const rotate = (inputs: Record<string, string>) => () =>
      parseSettings(
        reader({
          command: 'rotate',
          'openai-admin-key': canary,
          'openai-project-id': 'proj_abc123',
          ...inputs
        }),
        {}
      )
    expect(rotate({ 'key-expiry': '90s', 'smoke-workflow': 'smoke.yml' })).toThrow(
      "Input 'key-expiry' (1m30s) is shorter than a rotation can need (smoke-timeout 15m + drain-wait 40m + " +
        'the rotation margin 5m + the safety margin 1d): set key-expiry to 1d1h or more (e.g. 90d), or leave it empty for a key that does not expire.'
    )
    expect(rotate({ 'key-expiry': '30d', 'max-age': '30d' })).toThrow(
      /\(max-age 30d \+ drain-wait 40m \+ the rotation margin 5m \+ the safety margin 1d\): set key-expiry to 31d45m or more/
    )
    expect(rotate({ 'key-expiry': '90', 'current-key': canary })).toThrow(/^(?!.*sk-).*needs a unit/)
    expect(rotate({ 'key-expiry': '1d45m' })().rotate?.keyExpirySeconds).toBe(89_100)
    expect(rotate({})().rotate?.keyExpirySeconds).toBeUndefined()
  })

  it('rejects an unknown target kind, and names GitHub would not take', () => {
    expect(() => parseTargets('environment:')).toThrow(/secret-targets/)
    expect(() => parseTargets('s3')).toThrow(/secret-targets/)
    for (const bad of ['org:..', 'org:-octo', 'org:octo--org', 'org:a/b', `org:${'a'.repeat(40)}`]) {
      expect(() => parseTargets(bad), bad).toThrow(/an organization name is up to 39 letters/)
    }
    for (const bad of [
      'environment:..',
      'environment:.',
      `environment:${'e'.repeat(256)}`,
      'environment:a\u0007b'
    ]) {
      expect(() => parseTargets(bad), bad).toThrow(/an environment name is 1 to 255 characters/)
    }
    expect(() => parseTargets(',,,')).toThrow(/names no target/)
    const canary = makeKey('project', 7)
    expect(messageOf(() => parseTargets(`org:${canary}`))).toMatch(/an organization name is up to 39/)
    expect(messageOf(() => parseTargets(`org:${canary}`))).not.toContain(canary)
    expect(parseTargets('  \n')).toEqual([{ kind: 'repo' }])
    expect(parseTargets('org:octo-org\nenvironment:prod / eu\nrepo')).toEqual([
      { kind: 'org', org: 'octo-org' },
      { kind: 'environment', name: 'prod / eu' },
      { kind: 'repo' }
    ])
  })
})
