// drain: the old key is revoked only once nothing uses it any more. Every target holds the new key since the
// promotion, yet an application deployed outside the rotation's workflows may still hold the old one; revoking
// it then would break production. OpenAI reports when a project key was last used (`last_used_at` of
// GET /organization/projects/{project_id}/api_keys/{key_id}); the description does not say how fresh it is, so
// the quiet window (drain-quiet) has to be longer than its lag. The rotation itself makes no request with the
// old key after the promotion (its liveness checks use the new key; the old one is checked only after it is
// revoked, or when it is written back in a roll-back), so any use after the promotion is someone else's.
import type { Run } from './run.js'

export interface DrainFacts {
  drained: boolean
  /** When OpenAI last saw the old key (ms), if it ever did. */
  lastUsedAt?: number
  /** Model requests the old key served since the promotion, from the usage endpoints, when they answered. */
  requests?: number
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** Whether the old key must drain before it is revoked: not for a leak, `revoke: never`, or drain-quiet 0. */
export function needsDrain(run: Run): boolean {
  const { settings } = run.o
  return (
    !!run.old && run.state.step !== 'old-revoked' && settings.revoke !== 'never' && settings.drainQuietMs > 0
  )
}

/**
 * Waits, for at most drain-wait, until the old key has gone unused for drain-quiet since
 * max(promotion, last_used_at). Polls no more often than the earliest moment that could be true, and at most
 * once a minute: each poll is one Admin API call.
 */
export async function drain(run: Run): Promise<DrainFacts> {
  const { o, old } = run
  if (!old) return { drained: true }
  const quiet = o.settings.drainQuietMs
  const promotedAt = Date.parse(run.state.promotedAt ?? run.state.updatedAt)
  const sleep = o.sleep ?? delay
  const deadline = o.now() + o.settings.drainWaitMs
  let lastUsedAt: number | undefined
  for (let polls = 0; ; polls++) {
    const key = await o.ports.admin.getProjectKey(old.keyId)
    if (!key) {
      o.logger.info(`The old key ${old.keyId} is already gone from the project: nothing left to drain.`)
      return { drained: true }
    }
    lastUsedAt = key.lastUsedAt === null ? undefined : key.lastUsedAt * 1000
    const since = Math.max(promotedAt, lastUsedAt ?? 0)
    if (polls === 0) {
      // Which freshness we met is worth a line: the description promises none.
      o.logger.info(
        lastUsedAt === undefined
          ? `OpenAI reports no use of the old key ${old.keyId} (last_used_at is null).`
          : `OpenAI reports the old key ${old.keyId} last used at ${new Date(lastUsedAt).toISOString()}` +
              ` (${lastUsedAt > promotedAt ? 'after' : 'before'} the promotion at ${new Date(promotedAt).toISOString()}).`
      )
    }
    const quietFor = o.now() - since
    if (quietFor >= quiet) {
      o.logger.info(
        `The old key ${old.keyId} has gone unused for ${Math.round(quietFor / 1000)}s (drain-quiet ${Math.round(quiet / 1000)}s): it can go.`
      )
      return { drained: true, lastUsedAt }
    }
    const wait = Math.max(o.pollMs ?? 1000, Math.min(quiet - quietFor, 60_000))
    if (o.now() + wait > deadline) break
    await sleep(wait)
  }
  const requests = await o.ports.admin.requestsSince(old.keyId, Math.floor(promotedAt / 1000))
  return { drained: false, lastUsedAt, requests }
}

/** A duration as a person writes it: 45s, 30 min, 6 h, 7 d. */
export function duration(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)}s`
  if (ms < 7_200_000) return `${Math.round(ms / 60_000)} min`
  if (ms < 172_800_000) return `${Math.round(ms / 3_600_000)} h`
  return `${Math.round(ms / 86_400_000)} d`
}

/** The warning a rotation ends with while the old key is still in use: who should do what. */
export function drainingMessage(run: Run, facts: DrainFacts): string {
  const { o, old } = run
  // OpenAI's own redacted form keeps the key's full length in stars: show it short, as the rest of the output does.
  const shown = old?.redacted.replace(/\*{4,}/, '…') || '(redacted form unknown)'
  const last =
    facts.lastUsedAt === undefined ? '' : ` It was last used at ${new Date(facts.lastUsedAt).toISOString()}`
  const served =
    facts.requests === undefined
      ? ''
      : `${last ? ',' : ' It'} served ${facts.requests} request(s) since the new key was promoted`
  return (
    `${o.settings.secretName}: the new key ${run.state.newKeyId} is in every target, but the old key ${shown} (${old?.keyId ?? '?'}) is still in use, so it is not revoked yet.` +
    `${last}${served}${last || served ? '.' : ''}` +
    ` Redeploy whatever still holds the old key (servers, containers, functions, other repositories): the next run of this rotation revokes it once it has gone unused for ${duration(o.settings.drainQuietMs)} (drain-quiet).`
  )
}
