import { createGitHubClient } from '../github/client.js'
import { gitHubIssues } from '../github/issues.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import { place } from '../report/findings.js'
import { cell, code, text } from '../report/markdown.js'
import type { Finding } from '../scan/types.js'
import type { RotateSettings } from '../settings.js'

interface IncidentOptions {
  github: { token: string; apiUrl: string; serverUrl: string; owner: string; repo: string }
  settings: RotateSettings
  /** Each leaked key (as its finding: redacted, never raw) and what was done about it. */
  outcomes: ReadonlyArray<{ finding: Finding; message: string }>
  logger: Logger
}

/**
 * The incident issue of `on-leak: revoke`: where each key leaked and what became of it. No key, no hash. Paths
 * are code spans and outcomes escaped text (markdown.ts): a file name must not write the issue.
 */
export async function fileIncident(options: IncidentOptions): Promise<string | undefined> {
  const { github, settings, outcomes, logger } = options
  if (!settings.issue || outcomes.length === 0) return undefined
  const rows = outcomes.map(
    ({ finding, message }) =>
      `| ${code(finding.redacted)} | ${cell(code(place(finding)))} | ${text(message)} |`
  )
  const runUrl = process.env.GITHUB_RUN_ID
    ? `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
    : undefined
  const body = [
    `A scan found ${outcomes.length} leaked OpenAI key(s) and tried to revoke them (\`on-leak: revoke\`).`,
    '',
    '| Key | Where | Outcome |',
    '|---|---|---|',
    ...rows,
    '',
    'What to do next: a key that was not revoked here is still live. Revoke it at platform.openai.com → API keys,',
    'replace it wherever it is used, and remember that deleting the line does not un-leak it.',
    ...(runUrl ? ['', `Found by ${runUrl}`] : [])
  ].join('\n')
  const octokit = createGitHubClient({ token: github.token, apiUrl: github.apiUrl, logger })
  const url = await gitHubIssues(octokit, github.owner, github.repo).record({
    rotationId: `incident-${new Date().toISOString()}`,
    title: `Leaked OpenAI key(s) found: ${outcomes.length} (on-leak: revoke)`,
    body: scrub(body),
    labels: [...new Set(['security', 'leaked-key', ...settings.issueLabels])]
  })
  logger.info(`Incident issue: ${url}`)
  return url
}
