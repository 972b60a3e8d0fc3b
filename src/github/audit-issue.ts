import { type GitHub, github } from './client.js'

/** The hidden line that marks the one audit issue of a repository: each audit rewrites it in place. */
export const AUDIT_MARKER = '<!-- openai-key-guard audit -->'

interface MarkedIssue {
  number: number
  html_url: string
  state: string
  body?: string | null
}

/** The issue that carries `marker`: an open one first, else the newest closed one (at most 10 pages of each). */
async function findMarkedIssue(
  octokit: GitHub,
  where: { owner: string; repo: string },
  marker: string,
  label: string | undefined
): Promise<MarkedIssue | undefined> {
  const mine = (found: { body?: string | null; pull_request?: unknown }): boolean =>
    !found.pull_request && (found.body ?? '').includes(marker)
  for (const state of ['open', 'closed'] as const) {
    for (let page = 1; page <= 10; page++) {
      const listed = await github('list the issues', () =>
        octokit.rest.issues.listForRepo({
          ...where,
          state,
          per_page: 100,
          page,
          ...(label ? { labels: label } : {})
        })
      )
      const existing = listed.data.find(mine)
      if (existing) return existing
      if (listed.data.length < 100) break
    }
  }
  return undefined
}

export interface KeptIssue {
  /** The hidden line that tells this issue from every other. */
  marker: string
  title: string
  /** The new body, from the body the issue had (undefined when there is none yet). */
  body: (previous: string | undefined) => string
  labels: string[]
  /** Something needs doing: a closed issue is reopened, and a missing one is opened. */
  attention: boolean
  /** Open a new issue even when nothing needs attention (the audit's record of every key). */
  openWhenCalm?: boolean
}

/**
 * Keeps one issue current: the open issue with the marker (and the first label) gets the new body by PATCH; only
 * when none is open is the newest closed one updated, and reopened when something needs attention; only when there
 * is none at all is one opened. Returns its URL, or undefined when there was none and nothing to say.
 */
export async function keepMarkedIssue(
  octokit: GitHub,
  where: { owner: string; repo: string },
  issue: KeptIssue
): Promise<string | undefined> {
  const existing = await findMarkedIssue(octokit, where, issue.marker, issue.labels[0])
  const body = `${issue.body(existing?.body ?? undefined)}\n${issue.marker}\n`
  if (existing) {
    const number = existing.number
    await github(`update issue #${number}`, () =>
      octokit.rest.issues.update({
        ...where,
        issue_number: number,
        title: issue.title,
        body,
        ...(issue.attention && existing.state === 'closed' ? { state: 'open' as const } : {})
      })
    )
    return existing.html_url
  }
  if (!issue.attention && !issue.openWhenCalm) return undefined
  const created = await github('open the issue', () =>
    octokit.rest.issues.create({ ...where, title: issue.title, body, labels: issue.labels })
  )
  return created.data.html_url
}

/** Writes the audit into its issue (keepMarkedIssue); the audit opens one even when every key is fine. */
export async function keepAuditIssue(
  octokit: GitHub,
  where: { owner: string; repo: string },
  issue: { title: string; body: string; labels: string[]; attention: boolean }
): Promise<string> {
  const url = await keepMarkedIssue(octokit, where, {
    ...issue,
    marker: AUDIT_MARKER,
    body: () => issue.body,
    openWhenCalm: true
  })
  return url!
}
