// `command: audit`: every key of the organisation (or of the projects named), classified, what needs action
// first; optionally the unused service-account keys revoked; the one audit issue rewritten.
import { BASELINE_DAYS, byUrgency, classify, revocable, type AuditedKey } from '../audit/classify.js'
import { auditMarkdown, countClasses, type AuditReport, type FixAction } from '../audit/report.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { keepAuditIssue } from '../github/audit-issue.js'
import { createGitHubClient } from '../github/client.js'
import type { Logger } from '../logger.js'
import { openAIAudit, type AuditPort } from '../openai/audit.js'
import type { AuditSettings, Settings } from '../settings.js'

export interface AuditOutcome {
  report: AuditReport
  issueUrl?: string
  /** What failed after the keys were read (a revocation, the issue): the report still stands. */
  failed?: string
}

/** An issue body holds 65,536 characters (the marker goes after the audit). */
const ISSUE_CHARS = 60_000
/** A step's job summary holds 1 MiB; a character of a name can take up to 4 bytes of it. */
export const SUMMARY_CHARS = 250_000
const DAY_S = 86_400

/** Revokes the keys `fix: revoke-unused` allows, or under dry-run says which it would. */
async function revokeUnused(
  port: AuditPort,
  keys: AuditedKey[],
  dryRun: boolean,
  logger: Logger
): Promise<FixAction[]> {
  const actions: FixAction[] = []
  for (const key of keys.filter(revocable)) {
    // Deleting the account revokes every key it holds: only when this is its one key.
    const sole = keys.filter((k) => k.projectId === key.projectId && k.owner.id === key.owner.id).length === 1
    const base = { projectId: key.projectId, keyId: key.id, serviceAccountId: key.owner.id }
    if (dryRun) {
      actions.push({
        ...base,
        result: 'planned',
        ...(sole
          ? {}
          : { note: 'its service account holds other keys: revoked only if OpenAI deletes the key alone' })
      })
      logger.info(
        `Dry run: would revoke ${key.id} (${key.redactedValue}) of service account ${key.owner.id}.`
      )
      continue
    }
    try {
      const done = await port.revokeServiceAccountKey(key, sole)
      if (done === 'refused') {
        actions.push({
          ...base,
          result: 'skipped',
          note: 'OpenAI revokes service-account keys only with their account, which holds other keys'
        })
      } else actions.push({ ...base, result: done })
      logger.info(`Revoke ${key.id} of service account ${key.owner.id}: ${actions.at(-1)!.result}.`)
    } catch (error) {
      actions.push({ ...base, result: 'failed', note: errorMessage(error) })
      logger.error(`Could not revoke ${key.id}: ${errorMessage(error)}`)
    }
  }
  return actions
}

async function listEverything(
  port: AuditPort,
  a: AuditSettings,
  now: number,
  logger: Logger
): Promise<{ projects: number; keys: AuditedKey[] }> {
  const projects = await port.listProjects(a.projectIds)
  // The last day and the 14 before it, ending now.
  const end = Math.floor(now / 1000)
  const usage = await port.dailyUsage(end - (BASELINE_DAYS + 1) * DAY_S, end, a.projectIds)
  const lastDay = usage.lastDay ?? end - DAY_S
  const keys: AuditedKey[] = []
  for (const project of projects) {
    for (const key of await port.listKeys(project.id)) {
      keys.push(classify(key, project, usage.perKey.get(key.id) ?? [], lastDay, a, now))
    }
  }
  logger.info(`Audited ${keys.length} key(s) in ${projects.length} project(s).`)
  return { projects: projects.length, keys: keys.sort(byUrgency) }
}

export async function auditCommand(
  settings: Settings,
  logger: Logger,
  now: number = Date.now()
): Promise<AuditOutcome> {
  const a = settings.audit
  if (!a) throw new ConfigurationError("Input 'openai-admin-key' is required to audit the keys.")
  logger.setSecret(a.adminKey)
  const port = openAIAudit({ adminKey: a.adminKey, baseUrl: settings.openaiBaseUrl, logger })
  const { projects, keys } = await listEverything(port, a, now, logger)
  const actions = a.fix === 'revoke-unused' ? await revokeUnused(port, keys, a.dryRun, logger) : undefined
  const flagged = keys.filter((k) => k.classes.length > 0).length
  const report: AuditReport = {
    generatedAt: new Date(now).toISOString(),
    thresholds: {
      maxAgeMs: a.maxAgeMs,
      unusedAfterMs: a.unusedAfterMs,
      expiringWithinMs: a.expiringWithinMs,
      spikeFactor: a.spikeFactor
    },
    projects,
    keys,
    counts: countClasses(keys),
    flagged,
    calls: port.calls(),
    ...(actions ? { fix: { mode: 'revoke-unused' as const, dryRun: a.dryRun, actions } } : {})
  }
  const failed = actions?.some((x) => x.result === 'failed')
    ? 'A revocation of revoke-unused failed: see the log and the audit report.'
    : undefined
  const { owner, repo, token } = settings.github
  if (!a.issue) return { report, failed }
  if (!owner || !repo || !token) {
    logger.info(
      'No audit issue written: it needs GITHUB_REPOSITORY and a GitHub token (or set issue to false).'
    )
    return { report, failed }
  }
  try {
    const octokit = createGitHubClient({ token, apiUrl: settings.github.apiUrl, logger })
    const issueUrl = await keepAuditIssue(
      octokit,
      { owner, repo },
      {
        title: 'OpenAI key audit',
        body: auditMarkdown(report, now, ISSUE_CHARS),
        labels: a.issueLabels,
        attention: flagged > 0
      }
    )
    logger.info(`Audit issue: ${issueUrl}`)
    return { report, issueUrl, failed }
  } catch (error) {
    // The audit itself is done: it still reaches the summary and the outputs.
    return { report, failed: `The audit issue could not be written: ${errorMessage(error)}` }
  }
}
