// plan: read the state, both credentials and every target before anything is written; find the key the rotation
// replaces; decide whether to go (or resume), skip, or only describe (dry run). Also the clean-up of orphans.
import { ConfigurationError } from '../errors.js'
import { describeTarget } from '../github/secrets.js'
import { matchesRedacted } from '../openai/admin.js'
import { redact } from '../redact.js'
import { type MachineOptions, type OldKey, ownPrefix } from './run.js'
import { isSealed, isSettled } from './state.js'
import type { ProjectKey, RotationState } from './types.js'

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
    // The id comes from the state variable, which only ever names our own accounts: any other is not trusted.
    const owned = keys.filter(
      (k) =>
        k.owner.serviceAccountId === currentServiceAccountId &&
        !!k.owner.serviceAccountName?.startsWith(ownPrefix)
    )
    if (owned.length === 1) return { old: toOld(owned[0]!) }
  }
  return {
    note: note ?? 'no current-key and no earlier rotation: the old key is unknown and will not be revoked.'
  }
}

/** The key an unfinished rotation set out to replace: the one it found then, whatever current-key says now. */
export function resumedOldKey(
  o: MachineOptions,
  prior: RotationState,
  keys: ProjectKey[]
): OldKey | undefined {
  const known = keys.find((k) => k.id === prior.oldKeyId)
  if (known) return oldKeyOf(known, keys, ownPrefix(o), o.settings.currentKey)
  if (!prior.oldKeyId) return undefined
  // Already gone from the list: revoking it again answers 404, which counts as done.
  return {
    keyId: prior.oldKeyId,
    createdAt: 0,
    redacted: '',
    isCurrentKey: false,
    ownServiceAccountId: prior.oldServiceAccountId
  }
}

export type Plan =
  | { kind: 'skip'; message: string; old?: OldKey }
  | {
      kind: 'go'
      state?: RotationState
      old?: OldKey
      oldNote?: string
      keys: ProjectKey[]
    }

/** The service account whose key the secret held when the last rotation settled. */
export function settledServiceAccount(state: RotationState | undefined): string | undefined {
  return state?.step === 'finished' ? state.newServiceAccountId : state?.oldServiceAccountId
}

export async function plan(o: MachineOptions): Promise<Plan> {
  const { settings, ports, logger } = o
  const prefix = ownPrefix(o)
  const state = await ports.state.load()
  // Reading first proves both credentials and every target before anything is written.
  const keys = await ports.admin.listProjectKeys()
  await ports.secrets.check(settings.targets)

  if (state && !isSettled(state) && !isSealed(state, settings.adminKey)) {
    // Resuming acts on the ids in the state: only a state written with our Admin key may name them.
    throw new ConfigurationError(
      `The rotation state of ${settings.secretName} names an unfinished rotation that was not saved with this Admin key (edited by hand, or saved by another Admin key): nothing done. Check that rotation's service account and the secret, then delete the state variable to start afresh.`
    )
  }
  if (!isSettled(state) && state) {
    const busy = await ownerStillWorking(o, state)
    if (busy) return { kind: 'skip', message: busy }
  }
  const settled = settledServiceAccount(trustedState(state, settings.adminKey))
  const { old, note } = identifyOldKey(keys, prefix, settings.currentKey, settled)
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
        `${settings.smokeWorkflows.length ? `run ${settings.smokeWorkflows.join(', then ')}, ` : ''}` +
        `${old ? `then ${settings.revoke === 'never' ? 'keep' : 'revoke'} the old key ${old.keyId}` : 'and leave the old key alone (unknown)'}.` +
        resume,
      old
    }
  }
  return { kind: 'go', state, old, oldNote: note, keys }
}

/**
 * A rotation under way belongs to the workflow run that saved it last. GitHub says whether that run is still
 * going (GET /repos/{owner}/{repo}/actions/runs/{run_id}): a completed run (finished, cancelled, killed) will
 * never touch it again, so this run resumes it at once. Only when GitHub cannot say (no owner recorded, the
 * run is gone, the token may not read Actions, or the owner is this very run) does the age rule decide:
 * younger than smoke-timeout + drain-wait + 5 minutes counts as alive. Returns why to skip, or undefined.
 */
async function ownerStillWorking(o: MachineOptions, state: RotationState): Promise<string | undefined> {
  const { settings } = o
  const busy = `Another rotation of ${settings.secretName} (${state.rotationId}, step ${state.step}) is in progress since ${state.startedAt}`
  if (state.step === 'draining') return undefined
  const owner = state.owner
  const self = owner && o.run && owner.runId === o.run.id && owner.attempt === o.run.attempt
  const status =
    owner && !self && o.ports.workflows ? await o.ports.workflows.runStatus(owner.runId) : 'unknown'
  if (status === 'running') {
    return `${busy}, owned by workflow run ${owner!.runId} (attempt ${owner!.attempt}), which is still running: nothing done. Use a workflow concurrency group to queue runs.`
  }
  if (status === 'ended') {
    o.logger.info(
      `Workflow run ${owner!.runId}, which owned rotation ${state.rotationId}, has ended: taking it over.`
    )
    return undefined
  }
  const age = o.now() - Date.parse(state.updatedAt)
  if (age < settings.smokeTimeoutMs * settings.smokeWorkflows.length + settings.drainWaitMs + 5 * 60_000) {
    return `${busy}, and GitHub cannot say whether the run that owns it is still alive: nothing done. Use a workflow concurrency group to queue runs.`
  }
  return undefined
}

/** Accounts of ours that are not orphans: the one the secret uses and the ones kept on purpose. */
function accountsInUse(latest: RotationState | undefined, old: OldKey | undefined): Set<string> {
  const keep = new Set<string>(latest?.keptServiceAccountIds ?? [])
  const settled = settledServiceAccount(latest)
  if (settled) keep.add(settled)
  if (old?.ownServiceAccountId) keep.add(old.ownServiceAccountId)
  return keep
}

/**
 * Our accounts for this secret that no state refers to: left by a create that was never recorded. Only when we
 * know which of our accounts the secret uses: from current-key, or else from a state sealed with our Admin key
 * (an edited state could leave the account in use off the list) that is the latest one: every rotation saves
 * its state before it creates an account, so an account of ours newer than the state's rotation means the
 * state is an old one written back.
 */
export async function sweepOrphans(
  o: MachineOptions,
  trusted: RotationState | undefined,
  old: OldKey | undefined
): Promise<void> {
  if (!trusted && !old?.isCurrentKey) return
  const prefix = ownPrefix(o)
  const ours = (await o.ports.admin.listServiceAccounts()).filter((sa) => sa.name.startsWith(prefix))
  if (trusted && !old?.isCurrentKey) {
    // Rotation ids start with their UTC second (20260101T000000Z), so they sort by time.
    const second = (rotationId: string): string => rotationId.slice(0, 16)
    const newer = ours.find((sa) => second(sa.name.slice(prefix.length)) > second(trusted.rotationId))
    if (newer) {
      o.logger.warning(
        `The rotation state is older than service account ${newer.id} of a later rotation: no account is swept. Pass current-key.`
      )
      return
    }
  }
  const keep = accountsInUse(trusted, old)
  for (const sa of ours) {
    if (keep.has(sa.id)) continue
    await o.ports.admin.deleteServiceAccount(sa.id)
    o.logger.info(`Deleted orphaned service account ${sa.id} (${sa.name}).`)
  }
}

/** The state as far as it may name accounts: sealed with our Admin key, so neither edited nor made by hand. */
export function trustedState(state: RotationState | undefined, adminKey: string): RotationState | undefined {
  return state && isSealed(state, adminKey) ? state : undefined
}

function newRotationId(now: number): string {
  const stamp = new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${stamp}-${Math.random().toString(36).slice(2, 8)}`
}

/** The state a fresh rotation starts from; it carries over the accounts kept on purpose. */
export function freshState(
  o: MachineOptions,
  old: OldKey | undefined,
  latest?: RotationState
): RotationState {
  const now = o.now()
  return {
    version: 1,
    rotationId: newRotationId(now),
    step: 'creating',
    trigger: o.trigger,
    startedAt: new Date(now).toISOString(),
    updatedAt: new Date(now).toISOString(),
    oldKeyId: old?.keyId,
    oldServiceAccountId: old?.ownServiceAccountId,
    keptServiceAccountIds: latest?.keptServiceAccountIds
  }
}
