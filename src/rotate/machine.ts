// The rotation in order: plan → create → promote → smoke → drain → finish → record, each step in its own module
// over the ports in types.ts. The state is saved before anything a crash could leave half done (each save is
// followed by a crash point of the same name, where tests stop a run):
//
//   saved step    what a killed run leaves                       what the next run does (resume below)
//   creating      maybe an account whose id was never saved      deletes it (found by name), starts afresh
//   created       a live new key that no secret holds            deletes it, starts afresh
//   promoting     some targets hold the new key, both are valid  current-key is the new key: finishes it;
//                                                                current-key is the old key: undoes it;
//                                                                neither: stops and asks for current-key
//   promoted      every target holds the new key                 as promoting, but without current-key:
//                                                                smoke, then finish or roll back
//   old-revoked   leak: the old key is gone, the new one is in   smoke, then finish
//   smoked        the smoke test passed                          drain, then finish
//   draining      both keys live; the old one still in use       drain again, then finish (or keep draining)
//   finished / rolled-back: settled, nothing to resume.
// The next run acts on a state only after plan has checked it (state.ts: shapes and the Admin-key seal).
import { ConfigurationError } from '../errors.js'
import { matchesRedacted } from '../openai/admin.js'
import { confirmLive, createAccount, undoCreate, undoUnrecordedCreate } from './create.js'
import { type DrainFacts, drain, drainingMessage, duration, needsDrain } from './drain.js'
import { finish, revokeOld, rotatedMessage } from './finish.js'
import { freshState, plan, resumedOldKey, sweepOrphans, trustedState } from './plan.js'
import { promote, rollBack, writeEverywhere } from './promote.js'
import { type Outcome, record } from './record.js'
import {
  Crash,
  crashPoint,
  type MachineOptions,
  type MachineResult,
  mark,
  messageOf,
  type OldKey,
  outcome,
  type Run,
  save
} from './run.js'
import { smoke } from './smoke.js'
import { isSettled } from './state.js'
import type { ProjectKey, RotationState } from './types.js'

export { identifyOldKey } from './plan.js'
export {
  Crash,
  type CrashPoint,
  type MachineOptions,
  type MachineResult,
  serviceAccountPrefix
} from './run.js'
export type { Ports } from './types.js'

export async function runRotation(o: MachineOptions): Promise<MachineResult> {
  const planned = await plan(o)
  if (planned.kind === 'skip') {
    o.logger.info(planned.message)
    return { result: 'skipped', oldKeyId: planned.old?.keyId, revoked: false, message: planned.message }
  }
  const runOf = (state: RotationState, old: OldKey | undefined): Run => ({
    o,
    state,
    old,
    oldNote: planned.oldNote,
    revoked: state.step === 'old-revoked',
    notes: []
  })
  const prior = planned.state
  if (prior && !isSettled(prior)) {
    const resumed = await resume(runOf(prior, resumedOldKey(o, prior, planned.keys)), planned.keys)
    if (resumed) return resumed
  }
  const latest = trustedState((await o.ports.state.load()) ?? prior, o.settings.adminKey)
  await sweepOrphans(o, latest, planned.old)
  return rotateFresh(runOf(freshState(o, planned.old, latest), planned.old))
}

async function rotateFresh(run: Run): Promise<MachineResult> {
  const { o } = run
  try {
    await save(run, 'creating')
    crashPoint(run, 'creating')
    const created = await createAccount(run)
    await save(run, 'created')
    crashPoint(run, 'created')
    await confirmLive(run, created)
    await save(run, 'promoting')
    crashPoint(run, 'promoting')
    await promote(run, created.key)
    await save(run, 'promoted')
    crashPoint(run, 'promoted')
    if (o.trigger === 'leak' || o.settings.revoke === 'immediately') {
      await revokeOld(run)
      await save(run, 'old-revoked')
      crashPoint(run, 'old-revoked')
    }
    return await smokeAndFinish(run, false)
  } catch (error) {
    return fail(run, error)
  }
}

/** After promotion: smoke, then finish or roll back. Shared by a fresh rotation and one resumed from 'promoted'. */
async function smokeAndFinish(run: Run, resumed: boolean): Promise<MachineResult> {
  const { o } = run
  const leak = run.state.step === 'old-revoked'
  const passed = await smoke(run)
  if (!passed && !leak) {
    if (!(await rollBack(run, true))) {
      // Nothing to roll back to: the state stays at promoted, and a later run with the old key undoes it.
      const message = `Rotation of ${o.settings.secretName} failed: ${run.notes.join(' ')} Nothing was revoked.`
      o.logger.error(message)
      return recorded(run, 'failed', message)
    }
    const message = `Rotation of ${o.settings.secretName} rolled back: ${run.notes.join(' ')} The secret holds the old key again; the new key is deleted.`
    o.logger.error(message)
    return recorded(run, 'rolled-back', message)
  }
  if (!passed) {
    // The old key was leaked and is revoked: the new key is the only one left, so it stays.
    await save(run, 'finished')
    const message = `${o.settings.secretName}: the leaked key is revoked and the new key ${run.state.newKeyId} is in place, but ${run.notes.join(' ')}`
    o.logger.error(message)
    return recorded(run, 'failed', message)
  }
  if (!leak) {
    await save(run, 'smoked')
    crashPoint(run, 'smoked')
  }
  return finishAndRecord(run, resumed)
}

async function finishAndRecord(run: Run, resumed: boolean): Promise<MachineResult> {
  if (needsDrain(run)) {
    const facts = await drain(run)
    if (!facts.drained) return stillDraining(run, facts)
  }
  await finish(run)
  await save(run, 'finished')
  crashPoint(run, 'finished')
  const message = rotatedMessage(run, resumed)
  run.o.logger.info(message)
  return recorded(run, 'rotated', message)
}

/**
 * The old key is still in use after drain-wait: both keys stay live and the run ends `draining` (exit 0); any
 * later run checks again. Past drain-timeout the issue is escalated once, and the key is revoked anyway only
 * when `revoke: after-drain-timeout` asks for it.
 */
async function stillDraining(run: Run, facts: DrainFacts): Promise<MachineResult> {
  const { o } = run
  const promotedAt = Date.parse(run.state.promotedAt ?? run.state.updatedAt)
  const overdue = o.now() - promotedAt >= o.settings.drainTimeoutMs
  if (overdue && o.settings.revoke === 'after-drain-timeout') {
    run.notes.push(
      'drain-timeout passed and revoke is after-drain-timeout: the old key is revoked although it is still in use.'
    )
    o.logger.warning(run.notes.at(-1)!)
    await finish(run)
    await save(run, 'finished')
    return recorded(run, 'rotated', rotatedMessage(run, true))
  }
  let message = drainingMessage(run, facts)
  if (overdue) {
    message += ` It has been draining for longer than drain-timeout (${duration(o.settings.drainTimeoutMs)}): find what still uses it, or set revoke: after-drain-timeout to revoke it anyway.`
    run.escalate = !run.state.escalatedAt
    run.state.escalatedAt ??= new Date(o.now()).toISOString()
  }
  await save(run, 'draining')
  crashPoint(run, 'draining')
  o.logger.warning(message)
  return recorded(run, 'draining', message)
}

async function recorded(run: Run, result: Outcome, message: string): Promise<MachineResult> {
  return outcome(run, result, message, await record(run, result, message))
}

/** Undo what a failed step left (best effort), record the failure, and rethrow: main turns it into exit 1. */
async function fail(run: Run, error: unknown): Promise<never> {
  if (error instanceof Crash) throw error
  const { o } = run
  try {
    const step = run.state.step
    if (step === 'creating' || step === 'created') await undoCreate(run)
    else if (step === 'promoted') await rollBack(run, true)
  } catch (cleanup) {
    if (cleanup instanceof Crash) throw cleanup
    o.logger.warning(`Cleaning up after the failure failed too: ${messageOf(cleanup)}`)
  }
  const undone = run.state.step === 'rolled-back' ? ' The old key is untouched and the secret works.' : ''
  await record(run, 'failed', `Rotation of ${o.settings.secretName} failed: ${messageOf(error)}${undone}`)
  throw error
}

/**
 * An earlier run stopped mid-way (see the table above). Returns a result when the old rotation was finished
 * here, undefined when it was undone and a new one may start.
 */
async function resume(run: Run, keys: ProjectKey[]): Promise<MachineResult | undefined> {
  const { o, state } = run
  o.logger.info(`Found rotation ${state.rotationId} stopped at step ${state.step}: resuming.`)
  mark(run, 'resumed')
  if (state.step === 'creating' || state.step === 'created') {
    await undoUnrecordedCreate(run)
    return undefined
  }
  try {
    if (state.step === 'smoked' || state.step === 'draining') return await finishAndRecord(run, true)
    if (state.step === 'old-revoked') return await smokeAndFinish(run, true)
    // promoting or promoted: current-key says which key the secret is meant to hold.
    const currentKey = o.settings.currentKey
    const newKey = keys.find((k) => k.id === state.newKeyId)
    if (currentKey && newKey && matchesRedacted(currentKey, newKey.redactedValue)) {
      run.currentKeyIsNew = true
      await writeEverywhere(run, currentKey)
      await save(run, 'promoted')
      return await smokeAndFinish(run, true)
    }
    if (currentKey && (await o.ports.admin.checkKey(currentKey)) === 'live') {
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
