import type { IssuesPort } from '../rotate/types.js'
import { type GitHub, github } from './client.js'

/** The hidden line that ties an issue to its rotation, so a resumed rotation comments instead of opening another. */
export function rotationMarker(rotationId: string): string {
  return `<!-- openai-key-guard rotation ${rotationId} -->`
}

export function gitHubIssues(octokit: GitHub, owner: string, repo: string): IssuesPort {
  return {
    async record({ rotationId, title, body, labels }) {
      const marker = rotationMarker(rotationId)
      const open = await github('list open issues', () =>
        octokit.rest.issues.listForRepo({ owner, repo, state: 'open', per_page: 100, labels: labels[0] })
      )
      const same = open.data.find((issue) => !issue.pull_request && (issue.body ?? '').includes(marker))
      if (same) {
        await github(`comment on issue #${same.number}`, () =>
          octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: same.number,
            body: `**${title}**\n\n${body}`
          })
        )
        // Labels the record asks for now (an escalation) join the ones the issue has.
        const have = same.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
        if (labels.some((l) => !have.includes(l))) {
          await github(`label issue #${same.number}`, () =>
            octokit.rest.issues.update({
              owner,
              repo,
              issue_number: same.number,
              labels: [...new Set([...have, ...labels])]
            })
          )
        }
        return same.html_url
      }
      const created = await github('open an issue', () =>
        octokit.rest.issues.create({ owner, repo, title, body: `${body}\n\n${marker}`, labels })
      )
      return created.data.html_url
    }
  }
}
