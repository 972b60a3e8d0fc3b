// The rotation, step by step: plan → create → promote → smoke → finish → record. Each step is a small function
// over the ports in types.ts; the state is saved before anything that a crash could leave half done, so the next
// run can finish or undo it (see resume()).
import { ConfigurationError } from '../errors.js'
import { describeTarget } from '../github/secrets.js'
import type { Logger } from '../logger.js'
import { matchesRedacted } from '../openai/admin.js'
import { redact } from '../redact.js'
import type { RotateSettings } from '../settings.js'
import { type LeakFacts, type Outcome, type Trigger, issueRecord } from './record.js'
import { isSettled } from './state.js'
import type {
  AdminPort,
  CreatedServiceAccount,
  IssuesPort,
  ProjectKey,
  RotationState,
  SecretsPort,
  StatePort,
  Step,
  WorkflowsPort
} from './types.js'

export interface Ports {
  admin: AdminPort
  secrets: SecretsPort
  /** Absent when no smoke-workflow is configured: the new key's live check is then the only test. */
  workflows?: WorkflowsPort
  issues: IssuesPort
  state: StatePort
}

export interface MachineOptions {
  settings: RotateSettings
  owner: string
  repo: string
  trigger: Trigger
  leak?: LeakFacts
  ports: Ports
  logger: Logger
  now: () => number
  /** How long a new key may take to answer GET /models (default 60 s). */
  liveWaitMs?: number
  /** How long a revoked key may keep answering before we warn (default 30 s). */
  revokeConfirmMs?: number
  pollMs?: number
  /** Test hook: throw a Crash right after this step's state is saved, as a SIGKILL would stop the run. */
  crashAfter?: Step
  sleep?: (ms: number) => Promise<void>
}

export interface MachineResult {
  result: Outcome
  newKeyId?: string
  oldKeyId?: string
  revoked: boolean
  smokeRunUrl?: string
  issueUrl?: string
  message: string
}

/** Thrown by the crashAfter hook only. */
export class Crash extends Error {
  override name = 'Crash'
}

/** The key the rotation replaces, as far as we could identify it. */
interface OldKey {
  keyId: string
  createdAt: number
  redacted: string
  /** Set when the key belongs to one of our service accounts: deleting the account revokes it. */
  ownServiceAccountId?: string
  /** current-key is this key: its revocation can be confirmed by GET /models. */
  isCurrentKey: boolean
  /** Someone else's service account that holds only this key: deleting the account revokes just this key. */
  soleKeyOf?: string
}

interface Run {
  o: MachineOptions
  state: RotationState
  old?: OldKey
  /** Why the old key is unknown, when it is. */
  oldNote?: string
  created?: CreatedServiceAccount
  newRedacted?: string
  revoked: boolean
  smokeRunUrl?: string
  notes: string[]
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function serviceAccountPrefix(owner: string, repo: string, secretName: string): string {
  return `okg:${owner}/${repo}:${secretName}:`
}

function newRotationId(now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${stamp}-${Math.random().toString(36).slice(2, 8)}`
}

// ---------------------------------------------------------------------------------------------------- plan

/** What revoking this project key takes, and whether current-key is it. */
function oldKeyOf(
  k: ProjectKey,
  keys: ProjectKey[],
  ownPrefix: string,
  currentKey: string | undefined
): OldKey {
  const isCurrentKey = !!currentKey && matchesRedacted(currentKey, k.redactedValue)
  const account = k.owner.serviceAccountId
  return {
    keyId: k.id,
    createdAt: k.createdAt,
    redacted: isCurrentKey && currentKey ? redact(currentKey) : k.redactedValue,
    isCurrentKey,
    soleKeyOf:
      account && keys.filter((other) => other.owner.serviceAccountId === account).length === 1
        ? account
        : undefined,
    ownServiceAccountId: k.owner.serviceAccountName?.startsWith(ownPrefix) ? account : undefined
  }
}

/** The old key: `current-key` matched to one project key wins (it is the secret's value now), else the state. */
export function identifyOldKey(
  keys: ProjectKey[],
  ownPrefix: string,
  currentKey: string | undefined,
  currentServiceAccountId: string | undefined
): { old?: OldKey; note?: string } {
  const toOld = (k: ProjectKey): OldKey => oldKeyOf(k, keys, ownPrefix, currentKey)
  let note: string | undefined
  if (currentKey) {
    const matches = keys.filter((k) => matchesRedacted(currentKey, k.redactedValue))
    if (matches.length === 1) return { old: toOld(matches[0]!) }
    note =
      matches.length > 1
        ? `current-key matches ${matches.length} project keys (${matches.map((k) => k.id).join(', ')}): it is ambiguous, so it will not be revoked.`
        : 'current-key matches no key of the project: it will not be revoked.'
  }
  if (currentServiceAccountId) {
    const owned = keys.filter((k) => k.owner.serviceAccountId === currentServiceAccountId)
    if (owned.length === 1) return { old: toOld(owned[0]!) }
  }
  return {
    note: note ?? 'no current-key and no earlier rotation: the old key is unknown and will not be revoked.'
  }
}

type Plan =
  | { kind: 'skip'; message: string; old?: OldKey }
  | {
      kind: 'go'
      state?: RotationState
      old?: OldKey
      oldNote?: string
      keys: ProjectKey[]
    }

/** The service account whose key the secret held when the last rotation settled. */
function settledServiceAccount(state: RotationState | undefined): string | undefined {
  return state?.step === 'finished' ? state.newServiceAccountId : state?.oldServiceAccountId
}

async function plan(o: MachineOptions): Promise<Plan> {
  const { settings, ports, logger } = o
  const prefix = serviceAccountPrefix(o.owner, o.repo, settings.secretName)
  const state = await ports.state.load()
  // Reading first proves both credentials and every target before anything is written.
  const keys = await ports.admin.listProjectKeys()
  await ports.secrets.check(settings.targets)

  if (!isSettled(state) && state) {
    const age = o.now() - Date.parse(state.updatedAt)
    if (age < settings.smokeTimeoutMs + 5 * 60_000) {
      return {
        kind: 'skip',
        message: `Another rotation of ${settings.secretName} (${state.rotationId}, step ${state.step}) is in progress since ${state.startedAt}: nothing done. Use a workflow concurrency group to queue runs.`
      }
    }
  }
  const { old, note } = identifyOldKey(keys, prefix, settings.currentKey, settledServiceAccount(state))
  if (note) logger.info(note)

  if (isSettled(state) && o.trigger === 'schedule' && settings.maxAgeMs > 0) {
    if (!old) {
      logger.warning('max-age cannot apply: the current key is unknown (pass current-key). Rotating.')
    } else if (o.now() - old.createdAt * 1000 < settings.maxAgeMs) {
      const days = ((o.now() - old.createdAt * 1000) / 86_400_000).toFixed(1)
      return {
        kind: 'skip',
        message: `${settings.secretName}: the current key ${old.keyId} is ${days} days old, younger than max-age: not rotated.`,
        old
      }
    }
  }
  if (settings.dryRun) {
    const resume = isSettled(state)
      ? ''
      : ` First finish or undo the unfinished rotation ${state?.rotationId}.`
    const targets = settings.targets.map(describeTarget)
    return {
      kind: 'skip',
      message:
        `Dry run: would create a service account ${prefix}<id>, write its key to ${targets.join(', ')}, ` +
        `${o.ports.workflows ? `run smoke workflow ${settings.smokeWorkflow}, ` : ''}` +
        `${old ? `then ${settings.revoke === 'never' ? 'keep' : 'revoke'} the old key ${old.keyId}` : 'and leave the old key alone (unknown)'}.` +
        resume,
      old
    }
  }
  return { kind: 'go', state, old, oldNote: note, keys }
}

// ---------------------------------------------------------------------------------------------------- steps

async function save(run: Run, step: Step): Promise<void> {
  run.state = { ...run.state, step, updatedAt: new Date(run.o.now()).toISOString() }
  await run.o.ports.state.save(run.state)
  if (run.o.crashAfter === step) throw new Crash(`crash after ${step}`)
}

async function waitUntil(
  o: MachineOptions,
  timeoutMs: number,
  done: () => Promise<boolean>
): Promise<boolean> {
  const sleep = o.sleep ?? delay
  const deadline = Date.now() + timeoutMs
  let interval = o.pollMs ?? 1000
  for (;;) {
    if (await done()) return true
    if (Date.now() + interval > deadline) return false
    await sleep(interval)
    interval = Math.min(interval * 2, 10_000)
  }
}

/** A create that failed may still have made the account: find it by name and delete it, then try once more. */
async function create(run: Run): Promise<CreatedServiceAccount> {
  const { o } = run
  const { admin } = o.ports
  const name = serviceAccountPrefix(o.owner, o.repo, o.settings.secretName) + run.state.rotationId
  await save(run, 'creating')
  let created: CreatedServiceAccount | undefined
  for (let attempt = 1; !created; attempt++) {
    try {
      created = await admin.createServiceAccount(name, o.settings.keyExpirySeconds)
    } catch (error) {
      if (error instanceof ConfigurationError) throw error
      const leftovers = (await admin.listServiceAccounts()).filter((sa) => sa.name === name)
      for (const sa of leftovers) await admin.deleteServiceAccount(sa.id)
      o.logger.warning(
        `Creating service account ${name} failed (${error instanceof Error ? error.message : String(error)}); ` +
          `${leftovers.length ? `deleted the ${leftovers.length} it made anyway; ` : ''}` +
          `${attempt < 2 ? 'trying once more.' : 'giving up.'}`
      )
      if (attempt >= 2) throw error
    }
  }
  run.created = created
  run.newRedacted = redact(created.key)
  run.state = { ...run.state, newServiceAccountId: created.id, newKeyId: created.keyId }
  await save(run, 'created')
  const live = await waitUntil(
    o,
    o.liveWaitMs ?? 60_000,
    async () => (await admin.checkKey(created.key)) === 'live'
  )
  if (!live) {
    await admin.deleteServiceAccount(created.id)
    await save(run, 'rolled-back')
    throw new Error(
      `The new key ${created.keyId} never answered GET /models; it was deleted. The old key is unchanged.`
    )
  }
  o.logger.info(
    `Created service account ${created.id} with key ${created.keyId} (${run.newRedacted}); it is live.`
  )
  return created
}

/** Writes the new key into every target; on any failure, puts the old key back where it was already written. */
async function promote(run: Run, key: string): Promise<void> {
  const { o } = run
  await save(run, 'promoting')
  let written = 0
  try {
    for (const target of o.settings.targets) {
      await o.ports.secrets.put(target, key)
      written++
    }
  } catch (error) {
    await rollBack(run, written > 0)
    throw error
  }
  await save(run, 'promoted')
  o.logger.info(`Wrote the new key to ${o.settings.secretName} in ${o.settings.targets.length} target(s).`)
}

/**
 * Undo: the old key (current-key) back into every target, then the new service account deleted. Without a
 * current-key a target that already holds the new key cannot be restored, so the new key is kept alive.
 */
async function rollBack(run: Run, targetsTouched: boolean): Promise<void> {
  const { o } = run
  const currentKey = o.settings.currentKey
  if (targetsTouched) {
    if (!currentKey || (await o.ports.admin.checkKey(currentKey)) !== 'live') {
      run.notes.push(
        'The old key could not be written back (no live current-key): the new key stays in the secret and stays valid.'
      )
      o.logger.warning(run.notes.at(-1)!)
      return
    }
    for (const target of o.settings.targets) await o.ports.secrets.put(target, currentKey)
  }
  if (run.state.newServiceAccountId) await o.ports.admin.deleteServiceAccount(run.state.newServiceAccountId)
  await save(run, 'rolled-back')
}

async function smoke(run: Run): Promise<boolean> {
  const { o } = run
  const workflows = o.ports.workflows
  if (!workflows) {
    o.logger.info('No smoke-workflow configured: the new key answering GET /models is the test.')
    return true
  }
  const dispatched = await workflows.dispatch()
  run.smokeRunUrl = dispatched.url
  o.logger.info(`Smoke run ${dispatched.id} dispatched${dispatched.url ? `: ${dispatched.url}` : ''}.`)
  const result = await workflows.wait(dispatched, o.settings.smokeTimeoutMs)
  run.smokeRunUrl = result.url ?? run.smokeRunUrl
  if (result.conclusion !== 'success') {
    run.notes.push(
      result.conclusion === 'timed-out'
        ? `The smoke run did not finish within smoke-timeout (${Math.round(o.settings.smokeTimeoutMs / 1000)}s).`
        : 'The smoke run failed with the new key.'
    )
    return false
  }
  return true
}

/** Deletes the old key (its service account when it is ours); 404 is success. Then waits for it to answer 401. */
async function revokeOld(run: Run): Promise<void> {
  const { o, old } = run
  if (!old) {
    run.notes.push(`The old key was not revoked: ${run.oldNote ?? 'it is unknown.'}`)
    return
  }
  const { admin } = o.ports
  let alreadyGone: boolean
  if (old.ownServiceAccountId) {
    alreadyGone = !(await admin.deleteServiceAccount(old.ownServiceAccountId))
  } else {
    const deleted = await admin.deleteProjectKey(old.keyId)
    if (deleted === 'refused' && old.soleKeyOf) {
      alreadyGone = !(await admin.deleteServiceAccount(old.soleKeyOf))
    } else if (deleted === 'refused') {
      run.notes.push(
        `OpenAI refused to delete the old key ${old.keyId} and its service account holds other keys: revoke it at platform.openai.com → API keys.`
      )
      return
    } else {
      alreadyGone = deleted === 'missing'
    }
  }
  run.revoked = true
  o.logger.info(`Revoked the old key ${old.keyId}${alreadyGone ? ' (it was already gone)' : ''}.`)
  const currentKey = o.settings.currentKey
  if (!currentKey || !old.isCurrentKey) return
  const dead = await waitUntil(
    o,
    o.revokeConfirmMs ?? 30_000,
    async () => (await admin.checkKey(currentKey)) === 'invalid'
  )
  if (!dead)
    o.logger.warning(
      `The old key ${old.keyId} still answers GET /models; OpenAI may take a while to revoke it.`
    )
}

/** Success: the old key goes (or is kept, as `revoke: never` asks), and the state points at the new account. */
async function finish(run: Run): Promise<void> {
  const { o } = run
  if (run.state.step !== 'old-revoked') {
    if (o.settings.revoke === 'never') {
      const kept = run.old?.ownServiceAccountId
      if (kept) run.state.keptServiceAccountIds = [...(run.state.keptServiceAccountIds ?? []), kept]
      run.notes.push(`revoke is never: the old key ${run.old?.keyId ?? '(unknown)'} stays valid.`)
    } else {
      await revokeOld(run)
    }
  }
  await save(run, 'finished')
}

async function record(run: Run, result: Outcome, message: string): Promise<string | undefined> {
  const { o } = run
  if (!o.settings.issue) return undefined
  const issue = issueRecord({
    rotationId: run.state.rotationId,
    secretName: o.settings.secretName,
    trigger: o.trigger,
    reason: o.settings.reason,
    leak: o.leak,
    targets: o.settings.targets,
    result,
    message,
    oldKeyId: run.old?.keyId ?? run.state.oldKeyId,
    oldRedacted: run.old?.redacted,
    newKeyId: run.state.newKeyId,
    newRedacted: run.newRedacted,
    revoked: run.revoked,
    smokeRunUrl: run.smokeRunUrl,
    startedAt: run.state.startedAt,
    finishedAt: new Date(o.now()).toISOString(),
    labels: o.settings.issueLabels
  })
  try {
    return await o.ports.issues.record(issue)
  } catch (error) {
    // The rotation's outcome stands; a missing issue must not turn a rotation into a failure.
    o.logger.warning(
      `Could not record the rotation in an issue: ${error instanceof Error ? error.message : String(error)}`
    )
    return undefined
  }
}

function outcome(run: Run, result: Outcome, message: string, issueUrl?: string): MachineResult {
  return {
    result,
    newKeyId: run.state.newKeyId,
    oldKeyId: run.old?.keyId ?? run.state.oldKeyId,
    revoked: run.revoked,
    smokeRunUrl: run.smokeRunUrl,
    issueUrl,
    message
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Undo what a failed step left (best effort), record the failure, and rethrow: main turns it into exit 1. */
async function fail(run: Run, error: unknown): Promise<never> {
  if (error instanceof Crash) throw error
  const { o } = run
  try {
    const step = run.state.step
    if (step === 'creating' || step === 'created') {
      if (run.state.newServiceAccountId)
        await o.ports.admin.deleteServiceAccount(run.state.newServiceAccountId)
      await save(run, 'rolled-back')
    } else if (step === 'promoted') {
      await rollBack(run, true)
    }
  } catch (cleanup) {
    if (cleanup instanceof Crash) throw cleanup
    o.logger.warning(`Cleaning up after the failure failed too: ${messageOf(cleanup)}`)
  }
  const undone = run.state.step === 'rolled-back' ? ' The old key is untouched and the secret works.' : ''
  await record(run, 'failed', `Rotation of ${o.settings.secretName} failed: ${messageOf(error)}${undone}`)
  throw error
}

function rotatedMessage(run: Run, resumed: boolean): string {
  const { o } = run
  const old = run.revoked
    ? `old key ${run.old?.keyId ?? run.state.oldKeyId} revoked`
    : `old key ${run.old?.keyId ?? run.state.oldKeyId ?? '(unknown)'} not revoked`
  const notes = run.notes.length ? ` ${run.notes.join(' ')}` : ''
  return (
    `${resumed ? `Finished rotation ${run.state.rotationId} left by an earlier run: ` : 'Rotated '}` +
    `${o.settings.secretName}: new key ${run.state.newKeyId} in ${o.settings.targets.length} target(s), ${old}.${notes}`
  )
}

/** After promotion: smoke, then finish or roll back. Shared by a fresh rotation and one resumed from 'promoted'. */
async function smokeAndFinish(run: Run, resumed: boolean): Promise<MachineResult> {
  const { o } = run
  const leak = run.state.step === 'old-revoked'
  const passed = await smoke(run)
  if (!passed && !leak) {
    await rollBack(run, true)
    const message = `Rotation of ${o.settings.secretName} rolled back: ${run.notes.join(' ')} The secret holds the old key again; the new key is deleted.`
    o.logger.error(message)
    return outcome(run, 'rolled-back', message, await record(run, 'rolled-back', message))
  }
  if (!passed) {
    // The old key was leaked and is revoked: the new key is the only one left, so it stays.
    await save(run, 'finished')
    const message = `${o.settings.secretName}: the leaked key is revoked and the new key ${run.state.newKeyId} is in place, but ${run.notes.join(' ')}`
    o.logger.error(message)
    return outcome(run, 'failed', message, await record(run, 'failed', message))
  }
  if (!leak) await save(run, 'smoked')
  await finish(run)
  const message = rotatedMessage(run, resumed)
  o.logger.info(message)
  return outcome(run, 'rotated', message, await record(run, 'rotated', message))
}

async function rotateFresh(run: Run): Promise<MachineResult> {
  const { o } = run
  try {
    const created = await create(run)
    await promote(run, created.key)
    if (o.trigger === 'leak' || o.settings.revoke === 'immediately') {
      await revokeOld(run)
      await save(run, 'old-revoked')
    }
    return await smokeAndFinish(run, false)
  } catch (error) {
    return fail(run, error)
  }
}

// ---------------------------------------------------------------------------------------------------- resume

/**
 * An earlier run stopped mid-way. Before promotion: its account is an orphan. While promoting: undo with
 * current-key (or finish, when current-key already is the new key). Promoted or later: finish it.
 * Returns a result when the old rotation was finished here, undefined when it was undone and a new one may start.
 */
async function resume(run: Run, keys: ProjectKey[]): Promise<MachineResult | undefined> {
  const { o, state } = run
  const { admin } = o.ports
  o.logger.info(`Found rotation ${state.rotationId} stopped at step ${state.step}: resuming.`)
  if (state.step === 'creating' || state.step === 'created') {
    const name = serviceAccountPrefix(o.owner, o.repo, o.settings.secretName) + state.rotationId
    const mine = (await admin.listServiceAccounts()).filter(
      (sa) => sa.name === name || sa.id === state.newServiceAccountId
    )
    for (const sa of mine) await admin.deleteServiceAccount(sa.id)
    await save(run, 'rolled-back')
    return undefined
  }
  try {
    if (state.step === 'smoked') {
      await finish(run)
      const message = rotatedMessage(run, true)
      return outcome(run, 'rotated', message, await record(run, 'rotated', message))
    }
    if (state.step === 'old-revoked') return await smokeAndFinish(run, true)
    const currentKey = o.settings.currentKey
    const newKey = keys.find((k) => k.id === state.newKeyId)
    if (currentKey && newKey && matchesRedacted(currentKey, newKey.redactedValue)) {
      for (const target of o.settings.targets) await o.ports.secrets.put(target, currentKey)
      await save(run, 'promoted')
      return await smokeAndFinish(run, true)
    }
    if (currentKey && (await admin.checkKey(currentKey)) === 'live') {
      await rollBack(run, true)
      o.logger.info(`Undid rotation ${state.rotationId}: the secret holds current-key again.`)
      return undefined
    }
    if (state.step === 'promoted') return await smokeAndFinish(run, true)
  } catch (error) {
    return fail(run, error)
  }
  throw new ConfigurationError(
    `Rotation ${state.rotationId} stopped while writing ${o.settings.secretName}: some targets may hold the new key, both keys are valid. Pass current-key (the secret's value) so that this run can finish or undo it.`
  )
}

/** Our accounts for this secret that no state refers to: left by a create that was never recorded. */
async function sweepOrphans(
  o: MachineOptions,
  state: RotationState | undefined,
  keep: Set<string>
): Promise<void> {
  if (!state && !o.settings.currentKey) return
  const prefix = serviceAccountPrefix(o.owner, o.repo, o.settings.secretName)
  for (const sa of await o.ports.admin.listServiceAccounts()) {
    if (!sa.name.startsWith(prefix) || keep.has(sa.id)) continue
    await o.ports.admin.deleteServiceAccount(sa.id)
    o.logger.info(`Deleted orphaned service account ${sa.id} (${sa.name}).`)
  }
}

// ---------------------------------------------------------------------------------------------------- run

export async function runRotation(o: MachineOptions): Promise<MachineResult> {
  const planned = await plan(o)
  if (planned.kind === 'skip') {
    o.logger.info(planned.message)
    return { result: 'skipped', oldKeyId: planned.old?.keyId, revoked: false, message: planned.message }
  }
  const prior = planned.state
  const runOf = (state: RotationState, old: OldKey | undefined): Run => ({
    o,
    state,
    old,
    oldNote: planned.oldNote,
    revoked: state.step === 'old-revoked',
    notes: []
  })
  if (prior && !isSettled(prior)) {
    // The rotation in progress replaces the key it found then, whatever current-key says now.
    const known = planned.keys.find((k) => k.id === prior.oldKeyId)
    const prefix = serviceAccountPrefix(o.owner, o.repo, o.settings.secretName)
    const old: OldKey | undefined = known
      ? oldKeyOf(known, planned.keys, prefix, o.settings.currentKey)
      : prior.oldKeyId
        ? // Already gone from the list: revoking it again answers 404, which counts as done.
          {
            keyId: prior.oldKeyId,
            createdAt: 0,
            redacted: '',
            isCurrentKey: false,
            ownServiceAccountId: prior.oldServiceAccountId
          }
        : undefined
    const resumed = await resume(runOf(prior, old), planned.keys)
    if (resumed) return resumed
  }
  const latest = (await o.ports.state.load()) ?? prior
  const keep = new Set<string>(latest?.keptServiceAccountIds ?? [])
  const settled = settledServiceAccount(latest)
  if (settled) keep.add(settled)
  if (planned.old?.ownServiceAccountId) keep.add(planned.old.ownServiceAccountId)
  await sweepOrphans(o, latest, keep)

  const now = o.now()
  const state: RotationState = {
    version: 1,
    rotationId: newRotationId(now),
    step: 'creating',
    trigger: o.trigger,
    startedAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    oldKeyId: planned.old?.keyId,
    oldServiceAccountId: planned.old?.ownServiceAccountId,
    keptServiceAccountIds: latest?.keptServiceAccountIds
  }
  return rotateFresh(runOf(state, planned.old))
}
