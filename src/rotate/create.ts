// create: a new service account named after the rotation, with its key; then wait until the key answers.
// The account's name (our prefix + the rotation id) is how a later run finds it when this run dies mid-create.
import { ConfigurationError } from '../errors.js'
import { redact } from '../redact.js'
import { deleteOwnAccount, messageOf, ownPrefix, type Run, save, waitUntil } from './run.js'
import type { CreatedServiceAccount } from './types.js'

function accountName(run: Run): string {
  return ownPrefix(run.o) + run.state.rotationId
}

/**
 * The SDK never retries this POST (a retry would make an untracked key): a create that failed may still have
 * made the account, so find it by name and delete it, then try once more.
 */
export async function createAccount(run: Run): Promise<CreatedServiceAccount> {
  const { o } = run
  const { admin } = o.ports
  const name = accountName(run)
  let created: CreatedServiceAccount | undefined
  for (let attempt = 1; !created; attempt++) {
    try {
      created = await admin.createServiceAccount(name, o.settings.keyExpirySeconds)
    } catch (error) {
      if (error instanceof ConfigurationError) throw error
      const leftovers = (await admin.listServiceAccounts()).filter((sa) => sa.name === name)
      for (const sa of leftovers) await admin.deleteServiceAccount(sa.id)
      o.logger.warning(
        `Creating service account ${name} failed (${messageOf(error)}); ` +
          `${leftovers.length ? `deleted the ${leftovers.length} it made anyway; ` : ''}` +
          `${attempt < 2 ? 'trying once more.' : 'giving up.'}`
      )
      if (attempt >= 2) throw error
    }
  }
  run.created = created
  run.newRedacted = redact(created.key)
  run.state = { ...run.state, newServiceAccountId: created.id, newKeyId: created.keyId }
  return created
}

/** The new key must answer GET /models before any secret holds it; one that never does is deleted. */
export async function confirmLive(run: Run, created: CreatedServiceAccount): Promise<void> {
  const { o } = run
  const { admin } = o.ports
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
}

/** Undo after a failure in this run: no secret holds the new key yet, so its account just goes. */
export async function undoCreate(run: Run): Promise<void> {
  if (run.state.newServiceAccountId) await deleteOwnAccount(run, run.state.newServiceAccountId)
  await save(run, 'rolled-back')
}

/**
 * Undo for a run that died mid-create: the account may exist without its id saved, so find it by name too. The
 * id comes from the state: an account it names goes only when its name is one of ours.
 */
export async function undoUnrecordedCreate(run: Run): Promise<void> {
  const { admin } = run.o.ports
  const name = accountName(run)
  const prefix = ownPrefix(run.o)
  const mine = (await admin.listServiceAccounts()).filter(
    (sa) => sa.name === name || (sa.id === run.state.newServiceAccountId && sa.name.startsWith(prefix))
  )
  for (const sa of mine) await admin.deleteServiceAccount(sa.id)
  await save(run, 'rolled-back')
}
