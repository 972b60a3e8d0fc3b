// The one run every step works on: the options it was started with, the state as last saved, and what this run
// has learnt so far. Steps change it and save the state through save(), before each of the machine's crash points.
import type { Logger } from '../logger.js'
import type { RotateSettings } from '../settings.js'
import type { LeakFacts, Outcome, Trigger } from './record.js'
import { sealState } from './state.js'
import type { CreatedServiceAccount, Ports, RotationState, Step, TimelineEntry } from './types.js'

export interface MachineOptions {
  settings: RotateSettings
  owner: string
  repo: string
  trigger: Trigger
  leak?: LeakFacts
  /** The workflow run this process runs in (GITHUB_RUN_ID): recorded as the rotation's owner. */
  run?: { id: number; attempt: number }
  ports: Ports
  logger: Logger
  now: () => number
  /** How long a new key may take to answer GET /models (default 60 s). */
  liveWaitMs?: number
  /** How long a revoked key may keep answering before we warn (default 30 s). */
  revokeConfirmMs?: number
  pollMs?: number
  /** Test hook: throw a Crash at this point, as a SIGKILL would stop the run there. */
  crashAt?: CrashPoint
  /** Names this run in the timeline (see TimelineEntry.run). */
  runLabel: string
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

/** Thrown by the crashAt hook only. */
export class Crash extends Error {
  override name = 'Crash'
}

/**
 * Where a run can be stopped as a SIGKILL would stop it: a step's name is the moment right after the machine
 * saved that step; 'between-targets' is right after the first of several target writes. The points are apart
 * from save(), so a save that goes missing leaves a wrong state behind instead of a crash that never happens.
 */
export type CrashPoint = Step | 'between-targets'

/** A crash point (see CrashPoint): throws a Crash when the run was asked to stop here. */
export function crashPoint(run: Run, point: CrashPoint): void {
  if (run.o.crashAt === point) throw new Crash(`crash at ${point}`)
}

/** The key the rotation replaces, as far as we could identify it. */
export interface OldKey {
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

export interface Run {
  o: MachineOptions
  state: RotationState
  old?: OldKey
  /** Why the old key is unknown, when it is. */
  oldNote?: string
  created?: CreatedServiceAccount
  newRedacted?: string
  revoked: boolean
  smokeRunUrl?: string
  /** current-key is the key this rotation created (a resumed run): there is no old key to write back. */
  currentKeyIsNew?: boolean
  notes: string[]
  /** The issue gets the escalation label and comment in this run (drain-timeout just passed). */
  escalate?: boolean
}

/** Every service account of ours for this secret is named with this prefix and the rotation id. */
export function serviceAccountPrefix(owner: string, repo: string, secretName: string): string {
  return `okg:${owner}/${repo}:${secretName}:`
}

export function ownPrefix(o: MachineOptions): string {
  return serviceAccountPrefix(o.owner, o.repo, o.settings.secretName)
}

/**
 * Deletes a service account of ours; true when it was deleted, false when it was gone. An id this run did not
 * create may come from the state variable, which anyone with Variables: write can edit: it is deleted only when
 * the account's name carries this repository's and this secret's prefix, so a state naming another team's
 * account deletes nothing.
 */
export async function deleteOwnAccount(run: Run, id: string): Promise<boolean> {
  const { admin } = run.o.ports
  if (run.created?.id !== id) {
    const account = (await admin.listServiceAccounts()).find((sa) => sa.id === id)
    if (!account) return false
    if (!account.name.startsWith(ownPrefix(run.o))) {
      run.notes.push(
        `Service account ${id} named in the rotation state is not one of this secret's (its name does not start with ${ownPrefix(run.o)}): it was left alone.`
      )
      run.o.logger.warning(run.notes.at(-1)!)
      return false
    }
  }
  return admin.deleteServiceAccount(id)
}

/** The longest timeline the state keeps: the latest entries win (a drain that waits for days adds many). */
export const TIMELINE_LIMIT = 60

/** Adds an entry to the timeline; it is stored with the next save. */
export function mark(run: Run, step: TimelineEntry['step'], at = new Date(run.o.now()).toISOString()): void {
  const entry: TimelineEntry = { step, at, run: run.o.runLabel }
  run.state = { ...run.state, timeline: [...(run.state.timeline ?? []), entry].slice(-TIMELINE_LIMIT) }
}

/**
 * Once saved, a run killed after this point leaves this step for the next run to finish or undo. The state names
 * this run as its owner while the rotation is under way, so that another run can ask GitHub whether it is still
 * alive; a rotation that is settled, or draining between runs, has no owner.
 */
export async function save(run: Run, step: Step): Promise<void> {
  const at = new Date(run.o.now()).toISOString()
  mark(run, step, at)
  const idle = step === 'draining' || step === 'finished' || step === 'rolled-back'
  const owner = !idle && run.o.run ? { runId: run.o.run.id, attempt: run.o.run.attempt } : undefined
  const { owner: _previous, ...rest } = run.state
  run.state = sealState(
    {
      ...rest,
      step,
      updatedAt: at,
      ...(step === 'promoted' ? { promotedAt: at } : {}),
      ...(owner ? { owner } : {})
    },
    run.o.settings.adminKey
  )
  await run.o.ports.state.save(run.state)
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls with a doubling interval (capped at 10 s) until done() or the timeout; false on timeout. */
export async function waitUntil(
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

export function outcome(run: Run, result: Outcome, message: string, issueUrl?: string): MachineResult {
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

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
