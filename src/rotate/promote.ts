// promote: the new key into every target. Both keys are valid while this runs, so a half-done promotion never
// breaks anything; undoing it needs current-key, the only copy of the old key we may hold.
import { Crash, crashPoint, deleteOwnAccount, type Run, save } from './run.js'

/** Writes the new key into every target; on any failure, puts the old key back where it was already written. */
export async function promote(run: Run, key: string): Promise<void> {
  const { o } = run
  let written = 0
  try {
    for (const target of o.settings.targets) {
      await o.ports.secrets.put(target, key)
      written++
      if (written === 1 && o.settings.targets.length > 1) crashPoint(run, 'between-targets')
    }
  } catch (error) {
    // A crash stops the run where it is, as a SIGKILL would: no undo.
    if (error instanceof Crash) throw error
    await rollBack(run, written > 0)
    throw error
  }
  o.logger.info(`Wrote the new key to ${o.settings.secretName} in ${o.settings.targets.length} target(s).`)
}

/** Writes `key` into every target again: finishes a promotion that a killed run left half done. */
export async function writeEverywhere(run: Run, key: string): Promise<void> {
  for (const target of run.o.settings.targets) await run.o.ports.secrets.put(target, key)
}

/**
 * Undo: the old key (current-key) back into every target, then the new service account deleted; true when done.
 * A target that already holds the new key can be restored only from a live current-key that is not the new key
 * itself; otherwise the new key stays in the secret and stays valid (false, with a note saying why).
 */
export async function rollBack(run: Run, targetsTouched: boolean): Promise<boolean> {
  const { o } = run
  const currentKey = o.settings.currentKey
  if (targetsTouched) {
    const why = run.currentKeyIsNew
      ? 'current-key is the new key, so the old key cannot be written back (pass the old key as current-key to roll back)'
      : !currentKey || (await o.ports.admin.checkKey(currentKey)) !== 'live'
        ? 'The old key could not be written back (no live current-key)'
        : undefined
    if (why) {
      run.notes.push(`${why}: the new key stays in the secret and stays valid.`)
      o.logger.warning(run.notes.at(-1)!)
      return false
    }
    await writeEverywhere(run, currentKey!)
  }
  if (run.state.newServiceAccountId) await deleteOwnAccount(run, run.state.newServiceAccountId)
  await save(run, 'rolled-back')
  return true
}
