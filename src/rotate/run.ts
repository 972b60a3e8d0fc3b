// The one run every step works on: the options it was started with, the state as last saved, and what this run
// has learnt so far. Steps change it and save the state through save(), before each of the machine's crash points.
import type { Logger } from '../logger.js'
import type { RotateSettings } from '../settings.js'
import type { LeakFacts, Outcome, Trigger } from './record.js'
import type { CreatedServiceAccount, Ports, RotationState, Step } from './types.js'

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
  /** Test hook: throw a Crash at this point, as a SIGKILL would stop the run there. */
  crashAt?: CrashPoint
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
  notes: string[]
}

/** Every service account of ours for this secret is named with this prefix and the rotation id. */
export function serviceAccountPrefix(owner: string, repo: string, secretName: string): string {
  return `okg:${owner}/${repo}:${secretName}:`
}

export function ownPrefix(o: MachineOptions): string {
  return serviceAccountPrefix(o.owner, o.repo, o.settings.secretName)
}

/** Once saved, a run killed after this point leaves this step for the next run to finish or undo. */
export async function save(run: Run, step: Step): Promise<void> {
  run.state = { ...run.state, step, updatedAt: new Date(run.o.now()).toISOString() }
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
