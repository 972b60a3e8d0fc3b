import type { Logger } from '../logger.js'
import { revokeLeakedKey, rotate, type RotateResult } from '../rotate/index.js'
import type { Finding } from '../scan/types.js'
import type { Settings } from '../settings.js'
import { messageName } from '../report/findings.js'
import { fileIncident } from './incident.js'

export interface Remediation {
  notes: string[]
  rotation?: RotateResult
  revoked: number
  /** True when an action on a leak was attempted and failed: the run must not look green. */
  failed: boolean
}

interface RespondOptions {
  settings: Settings
  findings: readonly Finding[]
  /** fingerprint → raw key, in memory only. */
  keys: ReadonlyMap<string, string>
  logger: Logger
}

/** A pull request from a fork runs without the base repository's secrets. */
export function isForkPullRequest(payload: Record<string, unknown>): boolean {
  const pr = payload.pull_request as
    | { head?: { repo?: { fork?: boolean; full_name?: string } }; base?: { repo?: { full_name?: string } } }
    | undefined
  if (!pr) return false
  return pr.head?.repo?.fork === true || pr.head?.repo?.full_name !== pr.base?.repo?.full_name
}

/**
 * `on-leak`: rotate the managed key when it is among the leaks, or revoke leaked keys that the project
 * owns. A leak still fails the check either way: the key was public, whatever was done about it.
 */
export async function respondToLeaks(options: RespondOptions): Promise<Remediation> {
  const { settings, findings, keys, logger } = options
  const none: Remediation = { notes: [], revoked: 0, failed: false }
  const mode = settings.scan.onLeak
  if (mode === 'fail' || findings.length === 0) return none
  const rotateSettings = settings.rotate
  const { owner, repo } = settings.github
  if (!rotateSettings || !owner || !repo) {
    const why = isForkPullRequest(settings.github.payload)
      ? 'pull requests from forks get no secrets, so there is no openai-admin-key here. The scan ran with a read-only token; a maintainer must rotate the key.'
      : 'openai-admin-key is not set.'
    const note = `on-leak: ${mode} skipped: ${why}`
    logger.warning(note)
    return { ...none, notes: [note] }
  }
  const github = {
    token: settings.github.token,
    apiUrl: settings.github.apiUrl,
    serverUrl: settings.github.serverUrl,
    owner,
    repo
  }
  const current = rotateSettings.currentKey
  const managed = current ? findings.find((f) => keys.get(f.fingerprint) === current) : undefined

  if (mode === 'rotate') {
    if (!managed) {
      const note = current
        ? 'on-leak: rotate: the leaked key(s) are not the managed secret (current-key), so nothing was rotated. Revoke them in the OpenAI dashboard, or use on-leak: revoke.'
        : 'on-leak: rotate needs current-key (the value in the secret) to recognise the managed key: nothing was rotated.'
      logger.warning(note)
      return { ...none, notes: [note] }
    }
    logger.warning(`The managed key ${managed.redacted} leaked: rotating now and revoking it at once.`)
    const rotation = await rotate({
      settings: { ...rotateSettings, revoke: 'immediately' },
      github,
      openaiBaseUrl: settings.openaiBaseUrl,
      trigger: 'leak',
      // A key in a message is in no file: the record names the message where it names a path.
      leak: {
        commit: managed.commit,
        path: messageName(managed) ?? managed.path,
        line: managed.line,
        redacted: managed.redacted
      },
      run: settings.github.run,
      logger
    })
    return {
      notes: [
        `on-leak: rotate: ${rotation.message}${rotation.issueUrl ? ` Incident: ${rotation.issueUrl}` : ''}`
      ],
      rotation,
      revoked: rotation.revoked ? 1 : 0,
      failed: rotation.result !== 'rotated'
    }
  }

  // on-leak: revoke. Each distinct leaked key that is not the managed secret (rotating that one is the safe way).
  const notes: string[] = []
  let revoked = 0
  const seen = new Set<string>()
  const outcomes: { finding: Finding; message: string }[] = []
  for (const finding of findings) {
    const key = keys.get(finding.fingerprint)
    if (!key || seen.has(finding.fingerprint)) continue
    seen.add(finding.fingerprint)
    if (key === current) {
      outcomes.push({
        finding,
        message: 'the managed secret: not revoked here (use on-leak: rotate to replace it safely)'
      })
      continue
    }
    const outcome = await revokeLeakedKey({
      settings: rotateSettings,
      github,
      openaiBaseUrl: settings.openaiBaseUrl,
      trigger: 'leak',
      logger,
      key
    })
    if (outcome.result === 'revoked') revoked++
    outcomes.push({ finding, message: outcome.message })
  }
  for (const { finding, message } of outcomes) notes.push(`on-leak: revoke: ${finding.redacted}: ${message}`)
  const issueUrl = await fileIncident({ github, settings: rotateSettings, outcomes, logger })
  if (issueUrl) notes.push(`Incident issue: ${issueUrl}`)
  return { notes, revoked, failed: false }
}
