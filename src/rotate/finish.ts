// finish: the old key goes (or is kept, as `revoke: never` asks), and the message says what the rotation did.
import { deleteOwnAccount, type Run, waitUntil } from './run.js'

/** Deletes the old key (its service account when it is ours); 404 is success. Then waits for it to answer 401. */
export async function revokeOld(run: Run): Promise<void> {
  const { o, old } = run
  if (!old) {
    run.notes.push(`The old key was not revoked: ${run.oldNote ?? 'it is unknown.'}`)
    return
  }
  const { admin } = o.ports
  let alreadyGone: boolean
  if (old.ownServiceAccountId) {
    alreadyGone = !(await deleteOwnAccount(run, old.ownServiceAccountId))
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

/** Success: revoke the old key unless a leak already did or `revoke: never` keeps it. */
export async function finish(run: Run): Promise<void> {
  const { o } = run
  if (run.state.step === 'old-revoked') return
  if (o.settings.revoke === 'never') {
    const kept = run.old?.ownServiceAccountId
    if (kept) run.state.keptServiceAccountIds = [...(run.state.keptServiceAccountIds ?? []), kept]
    run.notes.push(`revoke is never: the old key ${run.old?.keyId ?? '(unknown)'} stays valid.`)
  } else {
    await revokeOld(run)
  }
}

export function rotatedMessage(run: Run, resumed: boolean): string {
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
