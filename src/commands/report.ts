// `command: report`: the per-repository reports of a matrix scan → one SARIF upload per repository, one
// organisation issue kept current, and the outcome the job summary and the CLI show.
import { ConfigurationError, errorMessage } from '../errors.js'
import { keepMarkedIssue } from '../github/audit-issue.js'
import { createGitHubClient, type GitHub } from '../github/client.js'
import { uploadSarif } from '../github/code-scanning.js'
import type { Logger } from '../logger.js'
import type { FailOn } from '../report/findings.js'
import { currentItems, issueBody, ORG_MARKER, parseState, type Item } from '../org/issue.js'
import { collectReports, type RepositoryResult } from '../org/reports.js'
import { repositorySarif } from '../org/sarif.js'
import { totalsOf, type OrgSummaryInput, type Totals, type UploadLine } from '../org/summary.js'
import type { Settings } from '../settings.js'
import { VERSION } from '../version.js'

export interface ReportOutcome extends OrgSummaryInput {
  totals: Totals
  /** Why the step fails (keys that fail the check, repositories not scanned), or undefined. */
  failed?: string
}

/**
 * The repositories to upload to: those with findings now, and those the issue still lists as open (an upload
 * without results closes their alerts). Not every repository: GitHub allows 1,000 uploads an hour per
 * installation, and an organisation has more.
 */
function uploadTargets(
  repositories: readonly RepositoryResult[],
  previous: readonly Item[]
): RepositoryResult[] {
  const hadOpen = new Set(previous.filter((i) => i.state === 'open').map((i) => i.repository.toLowerCase()))
  return repositories.filter(
    (r) => r.status !== 'failed' && (r.findings.length > 0 || hadOpen.has(r.repository.toLowerCase()))
  )
}

async function uploadAll(
  octokit: GitHub,
  failOn: FailOn,
  targets: readonly RepositoryResult[],
  logger: Logger
): Promise<UploadLine[]> {
  const lines: UploadLine[] = []
  for (const r of targets) {
    const [owner = '', repo = ''] = r.repository.split('/')
    // An analysis belongs to a commit of a branch: a report that names neither (an empty repository) has none.
    if (!r.head || !r.ref) {
      if (r.findings.length > 0) {
        lines.push({
          repository: r.repository,
          result: 'failed',
          message: 'its report names no head and ref'
        })
      }
      continue
    }
    const sarif = repositorySarif(r.findings, failOn, VERSION, r.unreadable)
    try {
      const answer = await uploadSarif(octokit, {
        owner,
        repo,
        commitSha: r.head,
        ref: r.ref,
        sarif: sarif.sarif
      })
      lines.push({ repository: r.repository, result: answer.result, leftOut: sarif.leftOut })
      if (answer.result === 'forbidden') {
        logger.warning(
          `SARIF not uploaded to ${r.repository}: GitHub answered 403; the token needs "Code scanning alerts: write" (security_events: write).`
        )
      }
    } catch (error) {
      lines.push({ repository: r.repository, result: 'failed', message: errorMessage(error) })
      logger.warning(`SARIF not uploaded to ${r.repository}: ${errorMessage(error)}`)
    }
  }
  return lines
}

export async function reportCommand(
  settings: Settings,
  logger: Logger,
  now = Date.now()
): Promise<ReportOutcome> {
  const r = settings.report
  if (!r) throw new ConfigurationError("Input 'reports' is required for command: report.")
  const { repositories, notes } = collectReports(r.reports, r.repositories)
  // A repository's history has no range that adds its keys: every key in it counts, unless the user reports only.
  const failOn: FailOn = settings.scan.failOn === 'never' ? 'never' : 'any'
  const { owner, repo, token, apiUrl } = settings.github
  const octokit = token ? createGitHubClient({ token, apiUrl, logger }) : undefined
  let uploads: UploadLine[] = []
  let issueUrl: string | undefined
  let previous: Item[] = []
  const problems: string[] = []
  // The issue's last state is read first: it says which repositories had open keys whose alerts an upload closes.
  if (r.issue && octokit && owner && repo) {
    const at = new Date(now).toISOString()
    try {
      issueUrl = await keepMarkedIssue(
        octokit,
        { owner, repo },
        {
          marker: ORG_MARKER,
          title: 'OpenAI keys leaked in the organisation',
          labels: r.issueLabels,
          attention: repositories.some((x) => x.status === 'failed' || x.findings.length > 0),
          body: (old) => {
            const state = parseState(old)
            if (state.problem && old !== undefined)
              logger.warning(
                `Organisation issue: ${state.problem}; resolved keys, and the earlier keys of repositories that failed, are not shown this time.`
              )
            previous = state.items
            const items = currentItems(repositories, previous, at.slice(0, 10))
            return issueBody(items, { repositories: repositories.length, at })
          }
        }
      )
      if (issueUrl) logger.info(`Organisation issue: ${issueUrl}`)
    } catch (error) {
      problems.push(`The organisation issue could not be written: ${errorMessage(error)}`)
    }
  } else if (r.issue) {
    logger.info(
      'No organisation issue written: it needs GITHUB_REPOSITORY and a GitHub token (or set issue to false).'
    )
  }
  if (r.uploadSarif && octokit) {
    uploads = await uploadAll(octokit, failOn, uploadTargets(repositories, previous), logger)
  } else if (r.uploadSarif) {
    logger.info('No SARIF uploaded: uploads need a GitHub token (or set upload-sarif to false).')
  }
  const totals = totalsOf(repositories, failOn)
  const reasons: string[] = []
  if (failOn !== 'never' && totals.failing > 0) {
    reasons.push(
      `${totals.failing} leaked OpenAI key finding(s) in ${totals.withFindings} repositories: rotate them now (see the job summary).`
    )
  }
  if (failOn !== 'never' && totals.failed > 0) {
    reasons.push(
      `${totals.failed} repositories could not be scanned (see the job summary): a scan that cannot see everything does not pass.`
    )
  }
  if (failOn !== 'never' && totals.partial > 0) {
    reasons.push(
      `${totals.partial} repositories were scanned only in part: objects could not be read (see the job summary).`
    )
  }
  reasons.push(...problems)
  return {
    repositories,
    failOn,
    uploads,
    notes: [...notes, ...problems],
    ...(issueUrl ? { issueUrl } : {}),
    totals,
    ...(reasons.length > 0 ? { failed: reasons.join(' ') } : {})
  }
}
