import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from './errors.js'
import { parseRepositoryName } from './org/report-file.js'
import { MAX_BATCHES, repositoryMatcher, splitList, type RepositoryFilters } from './org/batches.js'
import type { FailOn } from './report/findings.js'

/** Reads one input by its action.yml name; '' when unset. The action reads INPUT_*, the CLI its flags. */
export type InputReader = (name: string) => string

/** Inputs whose values are secrets: masked the moment they are read. */
export const SECRET_INPUTS: readonly string[] = ['github-token', 'openai-admin-key', 'current-key']

export type Scope = 'auto' | 'pull-request' | 'push' | 'history' | 'worktree'
export type OnLeak = 'fail' | 'rotate' | 'revoke'
export type Revoke = 'after-smoke' | 'immediately' | 'never' | 'after-drain-timeout'
export type SecretTarget =
  | { kind: 'repo' }
  | { kind: 'environment'; name: string }
  | { kind: 'org'; org: string }
  | { kind: 'dependabot' }

export interface ScanSettings {
  scope: Scope
  base?: string
  head?: string
  failOn: FailOn
  sarifFile: string
  config?: string
  baseline?: string
  /** Pull request and push scans: apply allow rules that the scanned commits add (off: the base's rules only). */
  trustPrRules: boolean
  verify: boolean
  onLeak: OnLeak
  /** History scans: the incremental record's file (absolute); none when unset. */
  record?: string
}

export interface RotateSettings {
  adminKey: string
  projectId: string
  secretName: string
  targets: SecretTarget[]
  currentKey?: string
  /** Dispatched in order, each awaited: deploy, then smoke. All must pass. */
  smokeWorkflows: string[]
  smokeRef?: string
  smokeTimeoutMs: number
  maxAgeMs: number
  revoke: Revoke
  /** The old key is revoked only once unused for this long after the promotion; 0 = no check. */
  drainQuietMs: number
  /** How long one run waits for the old key to drain before it ends `draining`. */
  drainWaitMs: number
  /** How long after the promotion a rotation may drain before its issue is escalated. */
  drainTimeoutMs: number
  keyExpirySeconds?: number
  issue: boolean
  issueLabels: string[]
  dryRun: boolean
  reason?: string
}

export type AuditFix = 'none' | 'revoke-unused'

export interface AuditSettings {
  adminKey: string
  /** Empty: every active project of the organisation. */
  projectIds: string[]
  /** 0: no age class. */
  maxAgeMs: number
  unusedAfterMs: number
  expiringWithinMs: number
  spikeFactor: number
  fix: AuditFix
  dryRun: boolean
  issue: boolean
  issueLabels: string[]
}

/** `command: report`: the per-repository reports of a matrix scan, merged. */
export interface ReportSettings {
  /** The directory the report artifacts were downloaded to (searched recursively). */
  reports: string
  uploadSarif: boolean
  issue: boolean
  issueLabels: string[]
  /** The planned repositories (from the plan's `matrix`): one without a report is a failed one. */
  repositories: string[]
}

/** `command: plan`: which repositories of the organisation to scan, in how many matrix jobs at most. */
export interface PlanSettings extends RepositoryFilters {
  batches: number
}

/** `command: scan` with `repositories`: a history scan of each repository, one report file each. */
export interface BatchSettings {
  /** `owner/name`, checked, without duplicates, in the order given. */
  repositories: string[]
  reportDir: string
  recordDir: string
  /** Where the bare clones go, each deleted after its scan. */
  cloneDir: string
  /** 0: no limit. */
  maxRepositoryBytes: number
}

export interface Settings {
  command: 'scan' | 'rotate' | 'audit' | 'plan' | 'report'
  workspace: string
  github: {
    token: string
    apiUrl: string
    serverUrl: string
    owner?: string
    repo?: string
    eventName: string
    payload: Record<string, unknown>
    /** The workflow run this process runs in (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), when on Actions. */
    run?: { id: number; attempt: number }
  }
  openaiBaseUrl: string
  scan: ScanSettings
  /** Present when the command is `rotate`, or `on-leak` has an admin key to act with. */
  rotate?: RotateSettings
  /** Present when the command is `audit`. */
  audit?: AuditSettings
  /** Present when the command is `plan`. */
  plan?: PlanSettings
  /** Present when the command is `scan` and `repositories` names any. */
  batch?: BatchSettings
  /** Present when the command is `report`. */
  report?: ReportSettings
}

function oneOf<T extends string>(input: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = input(name).trim() || fallback
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigurationError(`Input '${name}' must be one of ${allowed.join(', ')} (got "${value}").`)
  }
  return value as T
}

function bool(input: InputReader, name: string, fallback: boolean): boolean {
  const value = input(name).trim().toLowerCase()
  if (value === '') return fallback
  if (['true', 'yes', '1', 'on'].includes(value)) return true
  if (['false', 'no', '0', 'off'].includes(value)) return false
  throw new ConfigurationError(`Input '${name}' must be true or false (got "${value}").`)
}

const UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000
}

/**
 * `15m`, `900s`, `30d`, `1d12h`: the unit is required, because a bare `90` reads as days to one person and as
 * seconds to another (and a key made to expire in 90 seconds is an outage). `0` alone is the same in every unit,
 * so it is accepted where zero means something (`max-age: 0`: rotate every time) and rejected elsewhere.
 */
export function parseDuration(name: string, value: string, opts: { zero?: boolean } = {}): number {
  const text = value.trim()
  if (text === '0' && opts.zero) return 0
  if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0) {
    throw new ConfigurationError(
      `Input '${name}' needs a unit: write ${text}d, ${text}h, ${text}m or ${text}s (got "${text}").`
    )
  }
  if (!/^(?:\d+(?:\.\d+)?\s*(?:ms|s|m|h|d|w)\s*)+$/.test(text) && !/^0+(?:\.0+)?$/.test(text)) {
    throw new ConfigurationError(
      `Input '${name}' must be a duration with a unit such as 15m, 900s, 12h, 30d or 1d12h (got "${text}").`
    )
  }
  let ms = 0
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)) {
    ms += Number(amount) * (UNITS[unit!] ?? 1000)
  }
  ms = Math.round(ms)
  if (ms === 0) {
    throw new ConfigurationError(`Input '${name}' must be longer than 0 (got "${text}").`)
  }
  return ms
}

/** 93_780_000 → `1d2h3m`: the largest units that add up to the duration, to the second. */
export function formatDuration(ms: number): string {
  let rest = Math.ceil(ms / 1000) * 1000
  const parts: string[] = []
  for (const unit of ['d', 'h', 'm', 's']) {
    const size = UNITS[unit]!
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`)
      rest %= size
    }
  }
  return parts.join('') || '0s'
}

/**
 * What a rotation spends besides the smoke run (waiting for the new key to answer, writing every target, confirming
 * the old key is revoked): the same five minutes the rotation allows itself beyond smoke-timeout.
 */
const ROTATION_MARGIN_MS = 5 * 60_000
/** Time to notice a failed rotation and run it again before the new key expires. */
const SAFETY_MARGIN_MS = UNITS.d!

/**
 * The shortest `key-expiry` that cannot cut a rotation short, as the parts it adds up, each named as the user
 * would change it. An input that makes the rotation wait longer is one more line here.
 */
function expiryNeeds(r: RotateSettings): Array<[string, number]> {
  return [
    ['max-age', r.maxAgeMs],
    ['smoke-timeout', r.smokeTimeoutMs * r.smokeWorkflows.length],
    ['drain-wait', r.drainQuietMs > 0 ? r.drainWaitMs : 0],
    ['the rotation margin', ROTATION_MARGIN_MS],
    ['the safety margin', SAFETY_MARGIN_MS]
  ]
}

/** A key that expires before its rotation is done (or before the next one is due) takes production down. */
function checkKeyExpiry(r: RotateSettings, expiryMs: number): void {
  const needs = expiryNeeds(r).filter(([, ms]) => ms > 0)
  const minimum = needs.reduce((sum, [, ms]) => sum + ms, 0)
  if (expiryMs < minimum) {
    throw new ConfigurationError(
      `Input 'key-expiry' (${formatDuration(expiryMs)}) is shorter than a rotation can need ` +
        `(${needs.map(([what, ms]) => `${what} ${formatDuration(ms)}`).join(' + ')}): ` +
        `set key-expiry to ${formatDuration(minimum)} or more (e.g. 90d), or leave it empty for a key that does not expire.`
    )
  }
}

// GitHub's rules: an organization login is 1-39 letters, digits and single inner hyphens; an environment name
// is up to 255 characters. "." and ".." would be taken as path steps in the URL and write somewhere else.
const ORG_NAME = /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/

function checkEnvironmentName(line: string, name: string): string {
  if (name.length > 255 || name === '.' || name === '..' || [...name].some((c) => c < ' ' || c === '\x7f')) {
    throw new ConfigurationError(
      `Input 'secret-targets' has ${JSON.stringify(line)}: an environment name is 1 to 255 characters, not "." or "..", without control characters.`
    )
  }
  return name
}

export function parseTargets(text: string): SecretTarget[] {
  const lines = text
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter(Boolean)
  if (lines.length === 0 && text.trim() !== '') {
    throw new ConfigurationError(
      `Input 'secret-targets' names no target (got "${text.trim()}"): leave it empty for the repository secret, or list repo, environment:NAME, org:ORG or dependabot.`
    )
  }
  if (lines.length === 0) return [{ kind: 'repo' }]
  return lines.map((line): SecretTarget => {
    if (line === 'repo') return { kind: 'repo' }
    if (line === 'dependabot') return { kind: 'dependabot' }
    const [kind, name] = line.split(/:(.*)/s).map((s) => s.trim())
    if (kind === 'environment' && name) return { kind: 'environment', name: checkEnvironmentName(line, name) }
    if (kind === 'org' && name) {
      if (!ORG_NAME.test(name)) {
        throw new ConfigurationError(
          `Input 'secret-targets' has "${line}": an organization name is up to 39 letters, digits and single hyphens, not starting or ending with one.`
        )
      }
      return { kind: 'org', org: name }
    }
    throw new ConfigurationError(
      `Input 'secret-targets' has "${line}": use repo, environment:NAME, org:ORG or dependabot, one per line.`
    )
  })
}

function readPayload(eventPath: string | undefined): Record<string, unknown> {
  if (!eventPath || !existsSync(eventPath)) return {}
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>
  } catch {
    throw new ConfigurationError(`GITHUB_EVENT_PATH (${eventPath}) is not valid JSON.`)
  }
}

function adminKeyInput(input: InputReader, purpose: string): string {
  const adminKey = input('openai-admin-key').trim()
  if (!adminKey) {
    throw new ConfigurationError(
      `Input 'openai-admin-key' is required to ${purpose}: create an Admin key (sk-admin-…) at platform.openai.com → Settings → Admin keys and pass it from a secret.`
    )
  }
  if (!adminKey.startsWith('sk-admin-')) {
    throw new ConfigurationError(
      "Input 'openai-admin-key' must be an OpenAI Admin key (it starts with sk-admin-)."
    )
  }
  return adminKey
}

function issueLabels(input: InputReader, fallback: string): string[] {
  const labels = input('issue-labels')
  return (labels === '' ? fallback : labels)
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean)
}

const PROJECT_ID = /^proj_[A-Za-z0-9]+$/

function parseAudit(input: InputReader): AuditSettings {
  const adminKey = adminKeyInput(input, 'audit the keys')
  const projectIds = input('openai-project-id')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean)
  const wrong = projectIds.find((p) => !PROJECT_ID.test(p))
  if (wrong !== undefined) {
    throw new ConfigurationError(
      `Input 'openai-project-id' must list project ids like proj_abc123, one per line, or be empty for every project (got "${wrong}").`
    )
  }
  const factorText = input('spike-factor').trim() || '5'
  const spikeFactor = Number(factorText)
  if (!/^\d+(\.\d+)?$/.test(factorText) || !(spikeFactor > 1)) {
    throw new ConfigurationError(
      `Input 'spike-factor' must be a number greater than 1, such as 5 (got "${factorText}").`
    )
  }
  return {
    adminKey,
    projectIds: [...new Set(projectIds)],
    maxAgeMs: parseDuration('max-age', input('max-age') || '0', { zero: true }),
    unusedAfterMs: parseDuration('unused-after', input('unused-after') || '30d'),
    expiringWithinMs: parseDuration('expiring-within', input('expiring-within') || '14d'),
    spikeFactor,
    fix: oneOf(input, 'fix', ['none', 'revoke-unused'] as const, 'none'),
    dryRun: bool(input, 'dry-run', false),
    issue: bool(input, 'issue', true),
    issueLabels: issueLabels(input, 'openai-key-audit')
  }
}

// GitHub's topic rule: lowercase letters, digits and hyphens, starting with a letter or digit, at most 50.
const TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/

function parsePlan(input: InputReader, owner: string | undefined): PlanSettings {
  const org = input('org').trim() || owner || ''
  if (!org) {
    throw new ConfigurationError(
      "Input 'org' is required outside a workflow (GITHUB_REPOSITORY is not set): name the organization, e.g. --org my-org."
    )
  }
  if (!ORG_NAME.test(org)) {
    throw new ConfigurationError(
      `Input 'org' must be an organization name: up to 39 letters, digits and single hyphens, not starting or ending with one (got ${JSON.stringify(org)}).`
    )
  }
  const batchesText = input('batches').trim() || String(MAX_BATCHES)
  const batches = Number(batchesText)
  if (!/^\d+$/.test(batchesText) || batches < 1 || batches > MAX_BATCHES) {
    throw new ConfigurationError(
      `Input 'batches' must be a whole number from 1 to ${MAX_BATCHES}, the most jobs a matrix runs (got ${JSON.stringify(batchesText)}).`
    )
  }
  const topics = splitList(input('topics')).map((t) => t.toLowerCase())
  const badTopic = topics.find((t) => !TOPIC.test(t))
  if (badTopic !== undefined) {
    throw new ConfigurationError(
      `Input 'topics' has ${JSON.stringify(badTopic)}: a GitHub topic is up to 50 lowercase letters, digits and hyphens.`
    )
  }
  const include = splitList(input('include'))
  const exclude = splitList(input('exclude'))
  // Compiled once here so that a bad glob fails before any request, with the input it came from.
  repositoryMatcher('include', include)
  repositoryMatcher('exclude', exclude)
  return {
    org,
    batches,
    include,
    exclude,
    topics,
    visibility: oneOf(input, 'visibility', ['all', 'public', 'private', 'internal'] as const, 'all'),
    archived: bool(input, 'archived', false),
    forks: bool(input, 'forks', false)
  }
}

function parseRotate(input: InputReader): RotateSettings {
  const adminKey = adminKeyInput(input, 'rotate')
  const projectId = input('openai-project-id').trim()
  if (!PROJECT_ID.test(projectId)) {
    throw new ConfigurationError(
      `Input 'openai-project-id' must be the id of the project that owns the key, like proj_abc123 (got "${projectId}").`
    )
  }
  const secretName = input('secret-name').trim() || 'OPENAI_API_KEY'
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretName) || /^GITHUB_/i.test(secretName)) {
    throw new ConfigurationError(
      `Input 'secret-name' must be a valid secret name (letters, digits, _; not starting with GITHUB_), got "${secretName}".`
    )
  }
  const expiry = input('key-expiry').trim()
  const settings: RotateSettings = {
    adminKey,
    projectId,
    secretName,
    targets: parseTargets(input('secret-targets')),
    currentKey: input('current-key').trim() || undefined,
    smokeWorkflows: input('smoke-workflow')
      .split(/[\n,]/)
      .map((w) => w.trim())
      .filter(Boolean),
    smokeRef: input('smoke-ref').trim() || undefined,
    smokeTimeoutMs: parseDuration('smoke-timeout', input('smoke-timeout') || '15m'),
    maxAgeMs: parseDuration('max-age', input('max-age') || '0', { zero: true }),
    revoke: oneOf(
      input,
      'revoke',
      ['after-smoke', 'immediately', 'never', 'after-drain-timeout'] as const,
      'after-smoke'
    ),
    drainQuietMs: parseDuration('drain-quiet', input('drain-quiet') || '30m', { zero: true }),
    drainWaitMs: parseDuration('drain-wait', input('drain-wait') || '40m', { zero: true }),
    drainTimeoutMs: parseDuration('drain-timeout', input('drain-timeout') || '7d'),
    issue: bool(input, 'issue', true),
    issueLabels: issueLabels(input, 'openai-key-rotation'),
    dryRun: bool(input, 'dry-run', false),
    reason: input('reason').trim() || undefined
  }
  if (!expiry) return settings
  const expiryMs = parseDuration('key-expiry', expiry)
  checkKeyExpiry(settings, expiryMs)
  return { ...settings, keyExpirySeconds: Math.round(expiryMs / 1000) }
}

// --- batch scan (`command: scan` with `repositories`) ---

/** `owner/name` items separated by spaces, commas or line breaks, each checked; duplicates dropped. */
export function parseRepositories(text: string): string[] {
  const names = text.split(/[\s,]+/).filter(Boolean)
  for (const name of names) {
    const parsed = parseRepositoryName(name)
    if (parsed instanceof Error) throw new ConfigurationError(`Input 'repositories': ${parsed.message}`)
  }
  return [...new Set(names)]
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }

/** `500m`, `2g`, `1048576`; `0` or empty: no limit. */
export function parseSize(name: string, text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim())
  if (!match) {
    throw new ConfigurationError(
      `Input '${name}' must be a size such as 500m or 2g, or 0 for no limit (got "${text.trim()}").`
    )
  }
  return Math.round(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!)
}

function parseBatch(
  input: InputReader,
  scan: ScanSettings,
  workspace: string,
  runnerTemp: string
): BatchSettings | undefined {
  const repositories = parseRepositories(input('repositories'))
  if (repositories.length === 0) return undefined
  // These act on the one repository of a single scan; with `repositories` they would be ignored in silence.
  const single = Object.entries({
    scope: !['auto', 'history'].includes(scan.scope),
    base: scan.base !== undefined,
    head: scan.head !== undefined,
    'on-leak': scan.onLeak !== 'fail',
    verify: scan.verify,
    record: scan.record !== undefined
  }).find(([, set]) => set)
  if (single) {
    throw new ConfigurationError(
      `Input '${single[0]}' does not apply to a scan of \`repositories\` (each repository's whole history, ` +
        'one record each in record-dir): remove it, or scan one repository without repositories.'
    )
  }
  const base = path.join(runnerTemp, 'openai-key-guard')
  const dir = (name: string, fallback: string) =>
    path.resolve(workspace, input(name).trim() || path.join(base, fallback))
  return {
    repositories,
    reportDir: dir('report-dir', 'reports'),
    recordDir: dir('record-dir', 'records'),
    cloneDir: path.join(base, 'clones'),
    maxRepositoryBytes: parseSize('max-repository-size', input('max-repository-size') || '0')
  }
}

// --- end batch scan ---

/** The repositories of the plan's `matrix` output (`{"include":[{"batch":"1","repositories":"o/a o/b"}]}`). */
function plannedRepositories(text: string): string[] {
  if (text.trim() === '') return []
  const wrong = new ConfigurationError(
    "Input 'matrix' must be the plan step's matrix output (JSON with include[].repositories), or empty."
  )
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw wrong
  }
  const include = (parsed as { include?: unknown } | null)?.include
  if (!Array.isArray(include)) throw wrong
  const names = include.flatMap((batch: unknown) => {
    const list = (batch as { repositories?: unknown } | null)?.repositories
    if (typeof list !== 'string') throw wrong
    return list.split(/[\s,]+/).filter(Boolean)
  })
  const bad = names.find((n) => parseRepositoryName(n) instanceof Error)
  if (bad !== undefined) throw wrong
  return [...new Set(names)]
}

function parseReport(input: InputReader, workspace: string): ReportSettings {
  const reports = input('reports').trim()
  if (!reports) {
    throw new ConfigurationError(
      "Input 'reports' is required for command: report: the directory the scan jobs' report artifacts were downloaded to."
    )
  }
  return {
    reports: path.resolve(workspace, reports),
    uploadSarif: bool(input, 'upload-sarif', true),
    issue: bool(input, 'issue', true),
    issueLabels: issueLabels(input, 'openai-key-leak'),
    repositories: plannedRepositories(input('matrix'))
  }
}

/** The `record` input as an absolute path (relative ones are taken from the workspace), or undefined. */
function recordPath(input: InputReader, workspace: string): string | undefined {
  const value = input('record').trim()
  if (!value) return undefined
  if ([...value].some((c) => c < ' ' || c === '\x7f')) {
    throw new ConfigurationError("Input 'record' must be a file path without control characters.")
  }
  return path.resolve(workspace, value)
}

/** Every input, the event and the environment, checked once, into one typed Settings. */
export function parseSettings(input: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const command = oneOf(input, 'command', ['scan', 'rotate', 'audit', 'plan', 'report'] as const, 'scan')
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd())
  const runnerTemp = env.RUNNER_TEMP || workspace
  const scan: ScanSettings = {
    scope: oneOf(input, 'scope', ['auto', 'pull-request', 'push', 'history', 'worktree'] as const, 'auto'),
    base: input('base').trim() || undefined,
    head: input('head').trim() || undefined,
    failOn: oneOf(input, 'fail-on', ['introduced', 'any', 'never'] as const, 'introduced'),
    sarifFile: path.resolve(
      workspace,
      input('sarif-file').trim() || path.join(runnerTemp, 'openai-key-guard.sarif')
    ),
    config: input('config').trim() || undefined,
    baseline: input('baseline').trim() || undefined,
    trustPrRules: bool(input, 'trust-pr-rules', false),
    verify: bool(input, 'verify', false),
    onLeak: oneOf(input, 'on-leak', ['fail', 'rotate', 'revoke'] as const, 'fail'),
    record: recordPath(input, workspace)
  }
  if (scan.record && ['pull-request', 'push', 'worktree'].includes(scan.scope)) {
    throw new ConfigurationError(
      `Input 'record' has no effect with scope ${scan.scope} (only history scans read and write it): remove it, or use scope history or auto.`
    )
  }
  return {
    command,
    workspace,
    github: {
      token: input('github-token').trim(),
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      owner: owner || undefined,
      repo: repo || undefined,
      eventName: env.GITHUB_EVENT_NAME || '',
      payload: readPayload(env.GITHUB_EVENT_PATH),
      run: /^\d+$/.test(env.GITHUB_RUN_ID ?? '')
        ? { id: Number(env.GITHUB_RUN_ID), attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1 }
        : undefined
    },
    openaiBaseUrl: (
      input('openai-base-url').trim() ||
      env.OPENAI_BASE_URL ||
      'https://api.openai.com/v1'
    ).replace(/\/+$/, ''),
    scan,
    // A fork's pull request gets no secrets: without an admin key `on-leak` can only report, which main says.
    rotate:
      command === 'rotate' || (scan.onLeak !== 'fail' && input('openai-admin-key').trim())
        ? parseRotate(input)
        : undefined,
    audit: command === 'audit' ? parseAudit(input) : undefined,
    plan: command === 'plan' ? parsePlan(input, owner) : undefined,
    batch: command === 'scan' ? parseBatch(input, scan, workspace, runnerTemp) : undefined,
    report: command === 'report' ? parseReport(input, workspace) : undefined
  }
}
