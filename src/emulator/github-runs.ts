// Workflow runs: dispatch, the simulated run (it reads the decrypted secret and calls the emulated OpenAI with
// it, so a smoke run fails when the wrong key was written), and the Actions API's views of runs.
import { isoSeconds, workflowRun } from './github-shapes.js'
import type { Links, RunState } from './github-shapes.js'
import { error, page, record } from './github-util.js'
import type { IdSource } from './keys.js'
import type { Reply, Request, Route } from './server.js'

export interface RunOptions {
  owner: string
  repo: string
  repoId: number
  links: Links
  ids: IdSource
  /** Wall time of a simulated run. */
  runMs: number
  nextId(): number
  /** The decrypted repository secret of that name. */
  secret(name: string): string | undefined
  /** Calls the emulated OpenAI `GET /models` with the key; true when it answers 200. */
  smoke(key: string): Promise<boolean>
}

/** GitHub's `created` search qualifier: `>=X`, `>X`, `<=X`, `<X`, `X..Y` or a date; compared at second precision. */
function createdMatches(filter: string, createdMs: number): boolean {
  const created = Math.floor(createdMs / 1000)
  const at = (text: string): number => Math.floor(Date.parse(text) / 1000)
  const range = /^(.+)\.\.(.+)$/.exec(filter)
  if (range) return created >= at(range[1]!) && created <= at(range[2]!)
  const op = /^(>=|<=|>|<)(.+)$/.exec(filter)
  if (!op) return isoSeconds(createdMs).startsWith(filter)
  const bound = at(op[2]!)
  if (op[1] === '>=') return created >= bound
  if (op[1] === '>') return created > bound
  if (op[1] === '<=') return created <= bound
  return created < bound
}

/** What a dispatched run of one workflow does with the secret's value; true when it succeeds. */
export type WorkflowScript = (secret: string | undefined) => boolean | Promise<boolean>

export class WorkflowRuns {
  readonly runs: RunState[] = []
  failSmoke = false
  /** Per workflow file: what its runs do instead of the default smoke test (GET /models with the secret). */
  readonly scripts = new Map<string, WorkflowScript>()
  private readonly workflows = new Map<string, { id: number; file: string }>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly pending = new Set<Promise<void>>()

  constructor(private readonly o: RunOptions) {}

  routes(repoPath: string): Route[] {
    return [
      {
        method: 'POST',
        template: `${repoPath}/actions/workflows/{workflow_id}/dispatches`,
        needs: 'actions',
        handle: (req) => this.dispatch(req)
      },
      {
        method: 'GET',
        template: `${repoPath}/actions/workflows/{workflow_id}/runs`,
        needs: 'actions',
        handle: (req) => this.listRuns(req)
      },
      {
        method: 'GET',
        template: `${repoPath}/actions/runs/{run_id}`,
        needs: 'actions',
        handle: (req) => {
          const run = this.runs.find((x) => String(x.id) === req.params.run_id)
          return run ? { status: 200, body: this.runJson(run) } : error(404, 'Not Found')
        }
      }
    ]
  }

  /**
   * A run that the emulator does not simulate: the one a rotation itself runs in (GITHUB_RUN_ID), in progress
   * until `finish` says how it ended, so the Actions API can tell whether its owner is still alive.
   */
  start(workflowFile: string, event: string): RunState {
    return this.add(this.workflow(workflowFile), 'refs/heads/main', event, 'in_progress', {})
  }

  finish(id: number, conclusion: NonNullable<RunState['conclusion']>): void {
    const run = this.runs.find((x) => x.id === id)
    if (!run) throw new Error(`no run ${id}`)
    run.status = 'completed'
    run.conclusion = conclusion
    run.updatedAt = Date.now()
  }

  /** Stops the simulated runs and waits for the ones already calling OpenAI. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    await Promise.allSettled([...this.pending])
  }

  private workflow(idOrFile: string): { id: number; file: string } {
    const known = this.workflows.get(idOrFile)
    if (known) return known
    const id = /^\d+$/.test(idOrFile) ? Number(idOrFile) : 161335 + this.workflows.size
    const file = /^\d+$/.test(idOrFile) ? `workflow-${idOrFile}.yml` : idOrFile
    const workflow = { id, file }
    this.workflows.set(String(id), workflow)
    this.workflows.set(file, workflow)
    return workflow
  }

  private dispatch(req: Request): Reply {
    const body = record(req.body) ?? {}
    if (typeof body.ref !== 'string') return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.')
    const workflow = this.workflow(req.params.workflow_id ?? '')
    const run = this.add(workflow, body.ref, 'workflow_dispatch', 'queued', record(body.inputs) ?? {})
    this.schedule(run)
    if (body.return_run_details !== true) return { status: 204 }
    const json = this.runJson(run)
    return { status: 200, body: { workflow_run_id: run.id, run_url: json.url, html_url: json.html_url } }
  }

  private add(
    workflow: { id: number; file: string },
    ref: string,
    event: string,
    status: RunState['status'],
    inputs: Record<string, unknown>
  ): RunState {
    const now = Date.now()
    const run: RunState = {
      id: 22000000000 + this.o.nextId(),
      runNumber: this.runs.filter((x) => x.workflowId === workflow.id).length + 1,
      workflowId: workflow.id,
      workflowFile: workflow.file,
      ref,
      event,
      status,
      conclusion: null,
      inputs,
      headSha: this.o.ids.sha(),
      createdAt: now,
      updatedAt: now
    }
    this.runs.push(run)
    return run
  }

  /** queued → in_progress after a third of the run time → completed once the smoke call has answered. */
  private schedule(run: RunState): void {
    const later = (ms: number, fn: () => void): void => {
      const t = setTimeout(() => {
        this.timers.delete(t)
        fn()
      }, ms)
      this.timers.add(t)
    }
    later(Math.floor(this.o.runMs / 3), () => {
      run.status = 'in_progress'
      run.updatedAt = Date.now()
    })
    later(this.o.runMs, () => {
      const done = this.complete(run).finally(() => this.pending.delete(done))
      this.pending.add(done)
    })
  }

  private async complete(run: RunState): Promise<void> {
    const name = typeof run.inputs['secret-name'] === 'string' ? run.inputs['secret-name'] : 'OPENAI_API_KEY'
    const key = this.o.secret(name)
    const script = this.scripts.get(run.workflowFile)
    let ok = false
    if (this.failSmoke) ok = false
    else if (script) ok = await Promise.resolve(script(key)).catch(() => false)
    else if (key !== undefined) ok = await this.o.smoke(key).catch(() => false)
    run.status = 'completed'
    run.conclusion = ok ? 'success' : 'failure'
    run.updatedAt = Date.now()
  }

  private runJson(run: RunState): Record<string, unknown> {
    return workflowRun(this.o.links, this.o.owner, this.o.repo, this.o.repoId, run)
  }

  private listRuns(req: Request): Reply {
    const workflow = this.workflows.get(req.params.workflow_id ?? '')
    const q = req.query
    const runs = this.runs
      .filter((run) => workflow !== undefined && run.workflowId === workflow.id)
      .filter((run) => !q.get('event') || run.event === q.get('event'))
      .filter(
        (run) => !q.get('status') || run.status === q.get('status') || run.conclusion === q.get('status')
      )
      .filter((run) => !q.get('created') || createdMatches(q.get('created') ?? '', run.createdAt))
      .filter((run) => !q.get('branch') || run.ref.replace(/^refs\/heads\//, '') === q.get('branch'))
      .reverse()
    return {
      status: 200,
      body: { total_count: runs.length, workflow_runs: page(runs, q, 30).map((run) => this.runJson(run)) }
    }
  }
}
