// The events the Actions runner writes to GITHUB_EVENT_PATH, reduced to the fields the action reads.
import { TestRepo } from './git.js'

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

/** A `push` event to `feature` of octo-org/service; `before` all zeros (the default) means the push created it. */
export function pushEvent(after: string, before = '0'.repeat(40), forced = false): RunnerEvent {
  return {
    name: 'push',
    payload: {
      ref: 'refs/heads/feature',
      before,
      after,
      created: /^0+$/.test(before),
      deleted: false,
      forced,
      repository: { full_name: 'octo-org/service', default_branch: 'main' }
    }
  }
}

/** A `merge_group` event: the merge queue tests `head` (the group's commits) on top of `base` (main's tip). */
export function mergeGroupEvent(base: string, head: string): RunnerEvent {
  return {
    name: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: head,
        head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + base,
        base_sha: base,
        base_ref: 'refs/heads/main'
      },
      repository: { full_name: 'octo-org/service', default_branch: 'main' }
    }
  }
}

/** A new repository and the push to main whose last commit adds `files`. */
export function pushed(files: Record<string, string>): { repo: TestRepo; event: RunnerEvent } {
  const repo = TestRepo.init()
  const before = repo.commit('Initial commit', { 'README.md': '# service\n' })
  const after = repo.commit('Wire up the client', files)
  const payload = { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } }
  return { repo, event: { name: 'push', payload } }
}
