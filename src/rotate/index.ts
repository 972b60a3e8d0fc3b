import { randomBytes } from 'node:crypto'
import { createGitHubClient } from '../github/client.js'
import { gitHubIssues } from '../github/issues.js'
import { gitHubSecrets } from '../github/secrets.js'
import { gitHubVariables } from '../github/variables.js'
import { gitHubWorkflows } from '../github/workflows.js'
import type { Logger } from '../logger.js'
import { matchesRedacted, openAIAdmin } from '../openai/admin.js'
import { redact } from '../redact.js'
import type { RotateSettings } from '../settings.js'
import { type CrashPoint, type MachineOptions, type MachineResult, runRotation } from './machine.js'
import type { LeakFacts } from './record.js'
import { variableState } from './state.js'

export interface RotateOptions {
  settings: RotateSettings
  github: { token: string; apiUrl: string; serverUrl: string; owner: string; repo: string }
  openaiBaseUrl: string
  /** leak → the old key is revoked right after the new one is in place, before the smoke test. */
  trigger: 'schedule' | 'manual' | 'leak'
  leak?: LeakFacts
  /** The workflow run this process runs in: it owns the rotation while it works on it. */
  run?: { id: number; attempt: number }
  logger: Logger
  now?: () => number
  /** Base interval of the smoke-run and key polls. */
  pollMs?: number
  /** Knobs for tests: crash points and shorter waits. */
  testHooks?: {
    crashAt?: CrashPoint
    /** Pause between GitHub writes (default: the throttling plugin's 1 s). */
    githubWriteIntervalMs?: number
    githubRetryBaseMs?: number
    liveWaitMs?: number
    revokeConfirmMs?: number
  }
}

/**
 * What main reports. `rolled-back` and `failed` are returned (not thrown) when the outputs still mean something;
 * main sets them and then fails the step. Configuration and permission problems are thrown.
 */
export type RotateResult = MachineResult

/** Names this run in the rotation's timeline: the Actions run id and attempt, or a random local id. */
function runLabel(run: RotateOptions['run']): string {
  if (!run) return `local-${randomBytes(4).toString('hex')}`
  return run.attempt > 1 ? `${run.id}-${run.attempt}` : String(run.id)
}

/** The machine wired to GitHub and OpenAI; exported so tests can wrap a port. */
export function machineOptions(options: RotateOptions): MachineOptions {
  const { settings, logger, testHooks: hooks } = options
  const { owner, repo } = options.github
  logger.setSecret(settings.adminKey)
  if (settings.currentKey) logger.setSecret(settings.currentKey)
  const octokit = createGitHubClient({
    token: options.github.token,
    apiUrl: options.github.apiUrl,
    logger,
    writeIntervalMs: hooks?.githubWriteIntervalMs,
    retryBaseMs: hooks?.githubRetryBaseMs
  })
  const pollMs = options.pollMs ?? 5000
  return {
    settings,
    owner,
    repo,
    trigger: options.trigger,
    leak: options.leak,
    run: options.run,
    logger,
    now: options.now ?? Date.now,
    pollMs,
    crashAt: hooks?.crashAt,
    runLabel: runLabel(options.run),
    liveWaitMs: hooks?.liveWaitMs,
    revokeConfirmMs: hooks?.revokeConfirmMs,
    ports: {
      admin: openAIAdmin({
        adminKey: settings.adminKey,
        projectId: settings.projectId,
        baseUrl: options.openaiBaseUrl,
        logger
      }),
      secrets: gitHubSecrets(octokit, owner, repo, settings.secretName),
      workflows: gitHubWorkflows(octokit, { owner, repo, ref: settings.smokeRef, logger, pollMs }),
      issues: gitHubIssues(octokit, owner, repo),
      state: variableState(gitHubVariables(octokit, owner, repo), settings.secretName)
    }
  }
}

/** Rotates the key behind one secret: plan → create → promote → smoke → finish → record (src/rotate/machine.ts). */
export function rotate(options: RotateOptions): Promise<RotateResult> {
  return runRotation(machineOptions(options))
}

export interface RevokeResult {
  result: 'revoked' | 'ambiguous' | 'not-found'
  keyId?: string
  message: string
}

/**
 * on-leak: revoke. Finds the leaked key among the project's keys by its redacted form; exactly one match is
 * deleted (404: already gone) and confirmed dead with a bounded wait. Anything else changes nothing.
 */
export async function revokeLeakedKey(options: RotateOptions & { key: string }): Promise<RevokeResult> {
  const { settings, logger, key } = options
  logger.setSecret(key)
  logger.setSecret(settings.adminKey)
  const admin = openAIAdmin({
    adminKey: settings.adminKey,
    projectId: settings.projectId,
    baseUrl: options.openaiBaseUrl,
    logger
  })
  const shown = redact(key)
  const keys = await admin.listProjectKeys()
  const matches = keys.filter((k) => matchesRedacted(key, k.redactedValue))
  if (matches.length === 0) {
    return {
      result: 'not-found',
      message: `The leaked key ${shown} is not a key of project ${settings.projectId} (or it is already revoked): nothing revoked.`
    }
  }
  if (matches.length > 1) {
    return {
      result: 'ambiguous',
      message: `The leaked key ${shown} matches ${matches.length} keys of project ${settings.projectId} (${matches.map((k) => k.id).join(', ')}): nothing revoked; revoke the right one at platform.openai.com → API keys.`
    }
  }
  const match = matches[0]!
  const keyId = match.id
  let deleted = await admin.deleteProjectKey(keyId)
  const account = match.owner.serviceAccountId
  if (
    deleted === 'refused' &&
    account &&
    keys.filter((k) => k.owner.serviceAccountId === account).length === 1
  ) {
    // OpenAI will not delete a service account's key by id; the account holds only this key, so it goes.
    deleted = (await admin.deleteServiceAccount(account)) ? 'deleted' : 'missing'
  }
  if (deleted === 'refused') {
    return {
      result: 'ambiguous',
      keyId,
      message: `OpenAI refused to delete the leaked key ${shown} (${keyId}) and its service account holds other keys: revoke it at platform.openai.com → API keys.`
    }
  }
  const gone = deleted === 'deleted'
  const deadline = Date.now() + (options.testHooks?.revokeConfirmMs ?? 30_000)
  let live = (await admin.checkKey(key)) === 'live'
  while (live && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000))
    live = (await admin.checkKey(key)) === 'live'
  }
  const confirm = live
    ? ' It still answers GET /models; OpenAI may take a while to revoke it.'
    : ' It now answers 401.'
  if (live) logger.warning(`Revoked key ${keyId} still answers GET /models.`)
  return {
    result: 'revoked',
    keyId,
    message: `Revoked the leaked key ${shown} (${keyId})${gone ? '' : ', which was already gone'}.${confirm}`
  }
}
