// plan: read the state, both credentials and every target before anything is written; find the key the rotation
// replaces; decide whether to go (or resume), skip, or only describe (dry run). Also the clean-up of orphans.
import { describeTarget } from '../github/secrets.js'
import { matchesRedacted } from '../openai/admin.js'
import { redact } from '../redact.js'
import { type MachineOptions, type OldKey, ownPrefix } from './run.js'
import { isSettled } from './state.js'
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
    const owned = keys.filter((k) => k.owner.serviceAccountId === currentServiceAccountId)
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

/** Our accounts for this secret that no state refers to: left by a create that was never recorded. */
export async function sweepOrphans(
  o: MachineOptions,
  state: RotationState | undefined,
  keep: Set<string>
): Promise<void> {
  if (!state && !o.settings.currentKey) return
  const prefix = ownPrefix(o)
  for (const sa of await o.ports.admin.listServiceAccounts()) {
    if (!sa.name.startsWith(prefix) || keep.has(sa.id)) continue
    await o.ports.admin.deleteServiceAccount(sa.id)
    o.logger.info(`Deleted orphaned service account ${sa.id} (${sa.name}).`)
  }
}

/** Accounts of ours that are not orphans: the one the secret uses and the ones kept on purpose. */
export function accountsInUse(latest: RotationState | undefined, old: OldKey | undefined): Set<string> {
  const keep = new Set<string>(latest?.keptServiceAccountIds ?? [])
  const settled = settledServiceAccount(latest)
  if (settled) keep.add(settled)
  if (old?.ownServiceAccountId) keep.add(old.ownServiceAccountId)
  return keep
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
