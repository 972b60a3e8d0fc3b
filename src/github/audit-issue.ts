import { type GitHub, github } from './client.js'

/** The hidden line that marks the one audit issue of a repository: each audit rewrites it in place. */
export const AUDIT_MARKER = '<!-- openai-key-guard audit -->'

/**
 * Writes the audit into its issue: the open or closed issue with the marker (and the first label) gets the new
 * body by PATCH; only when there is none is one opened. A closed issue is reopened when keys need attention again.
 */
export async function keepAuditIssue(
  octokit: GitHub,
  where: { owner: string; repo: string },
  issue: { title: string; body: string; labels: string[]; attention: boolean }
): Promise<string> {
  const { owner, repo } = where
  const body = `${issue.body}\n${AUDIT_MARKER}\n`
  const mine = (found: { body?: string | null; pull_request?: unknown }): boolean =>
    !found.pull_request && (found.body ?? '').includes(AUDIT_MARKER)
  let existing: { number: number; html_url: string; state: string } | undefined
  for (let page = 1; !existing && page <= 10; page++) {
    const listed = await github('list the audit issues', () =>
      octokit.rest.issues.listForRepo({
        owner,
        repo,
        state: 'all',
        per_page: 100,
        page,
        ...(issue.labels[0] ? { labels: issue.labels[0] } : {})
      })
    )
    existing = listed.data.find(mine)
    if (listed.data.length < 100) break
  }
  if (existing) {
    const number = existing.number
    await github(`update issue #${number}`, () =>
      octokit.rest.issues.update({
        owner,
        repo,
        issue_number: number,
        title: issue.title,
        body,
        ...(issue.attention && existing.state === 'closed' ? { state: 'open' as const } : {})
      })
    )
    return existing.html_url
  }
  const created = await github('open the audit issue', () =>
    octokit.rest.issues.create({ owner, repo, title: issue.title, body, labels: issue.labels })
  )
  return created.data.html_url
}
