import type { Logger } from '../logger.js'
import type { SmokeResult, SmokeRun, WorkflowsPort } from '../rotate/types.js'
import { type GitHub, gitHubError, github, statusOf } from './client.js'

export interface SmokeWorkflowOptions {
  owner: string
  repo: string
  /** Branch or tag; default: the repository's default branch. */
  ref?: string
  logger: Logger
  /** First poll interval; it grows by half each poll up to 30 s. */
  pollMs: number
  sleep?: (ms: number) => Promise<void>
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Dispatches workflows (deploy, smoke) and waits for their conclusions; tells whether a run is still going.
 *
 * No inputs are sent: GitHub rejects a dispatch that carries inputs the workflow does not declare (422
 * "Unexpected inputs provided"), so the smoke workflow reads the secret name itself. `return_run_details`
 * gives the run id; servers that reject it get a plain dispatch, and the run is the newest workflow_dispatch run
 * of that workflow created since (the documented `concurrency` group keeps it to one rotation at a time).
 */
export function gitHubWorkflows(octokit: GitHub, options: SmokeWorkflowOptions): WorkflowsPort {
  const { owner, repo, logger } = options
  const sleep = options.sleep ?? delay
  const idOf = (workflow: string): string | number => (/^\d+$/.test(workflow) ? Number(workflow) : workflow)

  const ref = async (): Promise<string> => {
    if (options.ref) return options.ref
    const { data } = await github('read the repository', () => octokit.rest.repos.get({ owner, repo }))
    return data.default_branch
  }

  const findRun = async (workflow: string, since: Date): Promise<SmokeRun> => {
    // Runs appear a few seconds after the dispatch; GitHub's clock may differ from ours by a little.
    const created = `>=${new Date(since.getTime() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z')}`
    for (let attempt = 0; attempt < 10; attempt++) {
      const { data } = await github(`list runs of workflow ${workflow}`, () =>
        octokit.rest.actions.listWorkflowRuns({
          owner,
          repo,
          workflow_id: idOf(workflow),
          event: 'workflow_dispatch',
          created,
          per_page: 20
        })
      )
      const newest = data.workflow_runs
        .filter((r) => Date.parse(r.created_at) >= since.getTime() - 5_000)
        .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)[0]
      if (newest) return { id: newest.id, url: newest.html_url }
      await sleep(options.pollMs * (attempt + 1))
    }
    throw new Error(`GitHub: the run of workflow ${workflow} did not appear after the dispatch.`)
  }

  return {
    async dispatch(workflow) {
      const workflow_id = idOf(workflow)
      const what = `dispatch workflow ${workflow}`
      const branch = await ref()
      const since = new Date()
      try {
        const response = await octokit.rest.actions.createWorkflowDispatch({
          owner,
          repo,
          workflow_id,
          ref: branch,
          inputs: {},
          return_run_details: true
        })
        // Octokit types the body as the 204's (never); the 200 carries the run.
        const details = response.data as unknown as
          { workflow_run_id?: number; html_url?: string } | undefined
        if (typeof details?.workflow_run_id === 'number') {
          return { id: details.workflow_run_id, url: details.html_url }
        }
      } catch (error) {
        const status = statusOf(error)
        if (status !== 400 && status !== 422) throw gitHubError(what, error)
        logger.debug(`The server rejected return_run_details (${status}); dispatching without it.`)
        await github(what, () =>
          octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref: branch, inputs: {} })
        )
      }
      return findRun(workflow, since)
    },

    async runStatus(runId) {
      // GET /repos/{owner}/{repo}/actions/runs/{run_id}: `status` is queued, in_progress, waiting, … or completed.
      try {
        const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })
        return data.status === 'completed' ? 'ended' : 'running'
      } catch (error) {
        logger.debug(`Could not read workflow run ${runId} (${statusOf(error) ?? 'no answer'}).`)
        return 'unknown'
      }
    },

    async wait(run, timeoutMs) {
      const deadline = Date.now() + timeoutMs
      let interval = options.pollMs
      let url = run.url
      for (;;) {
        const { data } = await github(`read workflow run ${run.id}`, () =>
          octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })
        )
        url = data.html_url || url
        if (data.status === 'completed') {
          return {
            conclusion: data.conclusion === 'success' ? 'success' : 'failure',
            url
          } satisfies SmokeResult
        }
        if (Date.now() + interval > deadline) return { conclusion: 'timed-out', url }
        await sleep(interval)
        interval = Math.min(Math.round(interval * 1.5), 30_000)
      }
    }
  }
}
