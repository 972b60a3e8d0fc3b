// The events the Actions runner writes to GITHUB_EVENT_PATH, reduced to the fields the action reads.

export interface RunnerEvent {
  name: string
  payload: unknown
}

/** A `pull_request` event for PR #7 of octo-org/service: `base` and `head` are commit ids. */
export function pullRequestEvent(base: string, head: string, fork = false): RunnerEvent {
  return {
    name: 'pull_request',
    payload: {
      number: 7,
      pull_request: {
        number: 7,
        base: { sha: base, ref: 'main', repo: { full_name: 'octo-org/service' } },
        head: {
          sha: head,
          ref: 'feature',
          repo: { full_name: fork ? 'someone/service' : 'octo-org/service', fork }
        }
      },
      repository: { default_branch: 'main' }
    }
  }
}
