// The emulated GitHub REST API: the subset rotation calls, with GitHub's paths, shapes, auth and errors.
import { issueRoutes } from './github-issues.js'
import { fullRepository, isoSeconds, minimalRepository, workflowRun } from './github-shapes.js'
import type { IssueState, Links, RunState } from './github-shapes.js'
import { DOCS, error, page, record } from './github-util.js'
import type { IdSource } from './keys.js'
import { secretName, type SecretStore, type SecretStores } from './secret-stores.js'
import type { Reply, Request, Route, Service } from './server.js'

export type Permissions = Record<string, 'read' | 'write'>

export const ALL_PERMISSIONS: Permissions = {
  metadata: 'read',
  secrets: 'write',
  organization_secrets: 'write',
  dependabot_secrets: 'write',
  environments: 'write',
  variables: 'write',
  actions: 'write',
  issues: 'write'
}

export interface GitHubOptions {
  owner: string
  repo: string
  repoId: number
  links: Links
  ids: IdSource
  stores: SecretStores
  tokens: Map<string, Permissions>
  smokeRunMs: number
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

export class GitHubService implements Service {
  readonly api = 'github' as const
  readonly prefix = '/github'
  readonly routes: Route[]
  readonly runs: RunState[] = []
  readonly issues: IssueState[] = []
  readonly variables = new Map<string, { value: string; createdAt: number; updatedAt: number }>()
  failSmoke = false
  private readonly workflows = new Map<string, { id: number; file: string }>()
  private readonly rateUsed = new Map<string, number>()
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly pending = new Set<Promise<void>>()
  private nextId = 1

  constructor(private readonly o: GitHubOptions) {
    this.routes = this.buildRoutes()
  }

  authorize(req: Request, route: Route): Reply | undefined {
    const token = this.token(req)
    if (token === undefined) return error(401, 'Requires authentication')
    const permissions = this.o.tokens.get(token)
    if (!permissions) return error(401, 'Bad credentials')
    const { owner, repo, org } = req.params
    if ((owner !== undefined && owner !== this.o.owner) || (repo !== undefined && repo !== this.o.repo)) {
      return error(404, 'Not Found')
    }
    if (org !== undefined && org !== this.o.owner) return error(404, 'Not Found')
    const level = req.method === 'GET' ? 'read' : 'write'
    const held = permissions[route.needs]
    if (held === 'write' || (held === 'read' && level === 'read')) return undefined
    const refusal = error(403, 'Resource not accessible by integration')
    return { ...refusal, headers: { 'x-accepted-github-permissions': `${route.needs}=${level}` } }
  }

  headers(req: Request): Record<string, string> {
    const token = this.token(req) ?? 'anonymous'
    const limit = this.o.tokens.has(token) ? 5000 : 60
    const used = (this.rateUsed.get(token) ?? 0) + 1
    this.rateUsed.set(token, used)
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - used)),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json'
    }
  }

  notFound(): Reply {
    return error(404, 'Not Found')
  }

  faultBody(status: number): unknown {
    if (status === 429 || status === 403) {
      return {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: DOCS,
        status: String(status)
      }
    }
    return error(status, status >= 500 ? 'Server Error' : 'Error').body
  }

  secret(scope: string, name: string): string | undefined {
    return this.o.stores.get(scope).secrets.get(secretName(name))?.value
  }

  /** Stops the simulated runs and waits for the ones already calling OpenAI. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.timers.clear()
    await Promise.allSettled([...this.pending])
  }

  private token(req: Request): string | undefined {
    const header = req.headers.authorization
    const match = header ? /^(?:token|bearer)\s+(\S+)$/i.exec(header) : null
    return match?.[1]
  }

  private id(): number {
    return this.nextId++
  }

  private buildRoutes(): Route[] {
    const r = '/repos/{owner}/{repo}'
    const env = `${r}/environments/{environment_name}/secrets`
    const org = '/orgs/{org}/actions/secrets'
    const dependabot = `${r}/dependabot/secrets`
    const repoScope = (): string => 'repo'
    const envScope = (req: Request): string => `env:${req.params.environment_name}`
    const orgScope = (req: Request): string => `org:${req.params.org}`
    const dependabotScope = (): string => 'dependabot'
    return [
      {
        method: 'GET',
        template: r,
        needs: 'metadata',
        handle: () => ({
          status: 200,
          body: fullRepository(this.o.links, this.o.owner, this.o.repo, this.o.repoId)
        })
      },
      ...this.secretRoutes(`${r}/actions/secrets`, 'secrets', repoScope),
      ...this.secretRoutes(env, 'secrets', envScope),
      ...this.secretRoutes(org, 'organization_secrets', orgScope),
      ...this.secretRoutes(dependabot, 'dependabot_secrets', dependabotScope),
      {
        method: 'GET',
        template: `${org}/{secret_name}/repositories`,
        needs: 'organization_secrets',
        handle: (req) => this.orgSecretRepositories(req)
      },
      ...this.variableRoutes(`${r}/actions/variables`),
      {
        method: 'POST',
        template: `${r}/actions/workflows/{workflow_id}/dispatches`,
        needs: 'actions',
        handle: (req) => this.dispatch(req)
      },
      {
        method: 'GET',
        template: `${r}/actions/workflows/{workflow_id}/runs`,
        needs: 'actions',
        handle: (req) => this.listRuns(req)
      },
      {
        method: 'GET',
        template: `${r}/actions/runs/{run_id}`,
        needs: 'actions',
        handle: (req) => {
          const run = this.runs.find((x) => String(x.id) === req.params.run_id)
          return run ? { status: 200, body: this.runJson(run) } : error(404, 'Not Found')
        }
      },
      ...issueRoutes(`${r}/issues`, {
        links: this.o.links,
        owner: this.o.owner,
        repo: this.o.repo,
        issues: this.issues,
        nextId: () => this.id()
      })
    ]
  }

  private secretRoutes(base: string, needs: string, scope: (req: Request) => string): Route[] {
    const isOrg = base.startsWith('/orgs/')
    const store = (req: Request): SecretStore => this.o.stores.get(scope(req))
    return [
      {
        method: 'GET',
        template: `${base}/public-key`,
        needs,
        handle: (req) => ({ status: 200, body: { key_id: store(req).keyId, key: store(req).publicKey } })
      },
      {
        method: 'GET',
        template: `${base}/{secret_name}`,
        needs,
        handle: (req) => {
          const name = secretName(req.params.secret_name ?? '')
          const s = store(req).secrets.get(name)
          if (!s) return error(404, 'Not Found')
          const body: Record<string, unknown> = {
            name,
            created_at: isoSeconds(s.createdAt),
            updated_at: isoSeconds(s.updatedAt)
          }
          if (isOrg) {
            body.visibility = s.visibility ?? 'private'
            if (s.visibility === 'selected') {
              body.selected_repositories_url = `${this.o.links.api}${base.replace('{org}', this.o.owner)}/${name}/repositories`
            }
          }
          return { status: 200, body }
        }
      },
      {
        method: 'PUT',
        template: `${base}/{secret_name}`,
        needs,
        handle: (req) => this.putSecret(req, store(req), isOrg)
      },
      {
        method: 'DELETE',
        template: `${base}/{secret_name}`,
        needs,
        handle: (req) =>
          store(req).secrets.delete(secretName(req.params.secret_name ?? ''))
            ? { status: 204 }
            : error(404, 'Not Found')
      }
    ]
  }

  private putSecret(req: Request, store: SecretStore, isOrg: boolean): Reply {
    const body = record(req.body) ?? {}
    for (const field of ['encrypted_value', 'key_id']) {
      if (typeof body[field] !== 'string')
        return error(422, `Invalid request.\n\n"${field}" wasn't supplied.`)
    }
    if (body.key_id !== store.keyId)
      return error(422, 'Bad request - the key_id does not match the public key')
    const value = store.open(body.encrypted_value as string)
    if (value === undefined) return error(422, 'Bad request - the encrypted_value could not be decrypted')
    const name = secretName(req.params.secret_name ?? '')
    const previous = store.secrets.get(name)
    const now = Date.now()
    const next = { ...previous, value, createdAt: previous?.createdAt ?? now, updatedAt: now }
    if (isOrg) {
      const visibility = body.visibility
      if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected') {
        return error(422, 'Invalid request.\n\n"visibility" wasn\'t supplied.')
      }
      next.visibility = visibility
      const ids = Array.isArray(body.selected_repository_ids) ? body.selected_repository_ids.map(Number) : []
      next.selectedRepositoryIds = visibility === 'selected' ? ids : []
    }
    store.secrets.set(name, next)
    return previous ? { status: 204 } : { status: 201, body: {} }
  }

  private orgSecretRepositories(req: Request): Reply {
    const s = this.o.stores.get(`org:${req.params.org}`).secrets.get(secretName(req.params.secret_name ?? ''))
    if (!s) return error(404, 'Not Found')
    if (s.visibility !== 'selected') return error(409, 'The visibility of this secret is not "selected"')
    const repos = (s.selectedRepositoryIds ?? []).map((id) =>
      minimalRepository(this.o.links, this.o.owner, id === this.o.repoId ? this.o.repo : `repo-${id}`, id)
    )
    return { status: 200, body: { total_count: repos.length, repositories: page(repos, req.query, 30) } }
  }

  private variableRoutes(base: string): Route[] {
    const json = (name: string, v: { value: string; createdAt: number; updatedAt: number }) => ({
      name,
      value: v.value,
      created_at: isoSeconds(v.createdAt),
      updated_at: isoSeconds(v.updatedAt)
    })
    const name = (req: Request): string => secretName(req.params.name ?? '')
    return [
      {
        method: 'GET',
        template: base,
        needs: 'variables',
        handle: (req) => {
          const all = [...this.variables].map(([n, v]) => json(n, v))
          return { status: 200, body: { total_count: all.length, variables: page(all, req.query, 10) } }
        }
      },
      {
        method: 'POST',
        template: base,
        needs: 'variables',
        handle: (req) => {
          const body = record(req.body) ?? {}
          if (typeof body.name !== 'string' || typeof body.value !== 'string') {
            return error(422, 'Invalid request.\n\n"name" and "value" are required.')
          }
          const key = secretName(body.name)
          if (this.variables.has(key)) return error(409, 'Already exists - Variable already exists')
          const now = Date.now()
          this.variables.set(key, { value: body.value, createdAt: now, updatedAt: now })
          return { status: 201, body: {} }
        }
      },
      {
        method: 'GET',
        template: `${base}/{name}`,
        needs: 'variables',
        handle: (req) => {
          const v = this.variables.get(name(req))
          return v ? { status: 200, body: json(name(req), v) } : error(404, 'Not Found')
        }
      },
      {
        method: 'PATCH',
        template: `${base}/{name}`,
        needs: 'variables',
        handle: (req) => {
          const v = this.variables.get(name(req))
          if (!v) return error(404, 'Not Found')
          const body = record(req.body) ?? {}
          const next = { ...v, updatedAt: Date.now() }
          if (typeof body.value === 'string') next.value = body.value
          this.variables.delete(name(req))
          this.variables.set(typeof body.name === 'string' ? secretName(body.name) : name(req), next)
          return { status: 204 }
        }
      },
      {
        method: 'DELETE',
        template: `${base}/{name}`,
        needs: 'variables',
        handle: (req) => (this.variables.delete(name(req)) ? { status: 204 } : error(404, 'Not Found'))
      }
    ]
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
    const now = Date.now()
    const run: RunState = {
      id: 22000000000 + this.id(),
      runNumber: this.runs.filter((x) => x.workflowId === workflow.id).length + 1,
      workflowId: workflow.id,
      workflowFile: workflow.file,
      ref: body.ref,
      event: 'workflow_dispatch',
      status: 'queued',
      conclusion: null,
      inputs: record(body.inputs) ?? {},
      headSha: this.o.ids.sha(),
      createdAt: now,
      updatedAt: now
    }
    this.runs.push(run)
    this.schedule(run)
    if (body.return_run_details !== true) return { status: 204 }
    const json = this.runJson(run)
    return { status: 200, body: { workflow_run_id: run.id, run_url: json.url, html_url: json.html_url } }
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
    later(Math.floor(this.o.smokeRunMs / 3), () => {
      run.status = 'in_progress'
      run.updatedAt = Date.now()
    })
    later(this.o.smokeRunMs, () => {
      const done = this.complete(run).finally(() => this.pending.delete(done))
      this.pending.add(done)
    })
  }

  private async complete(run: RunState): Promise<void> {
    const name = typeof run.inputs['secret-name'] === 'string' ? run.inputs['secret-name'] : 'OPENAI_API_KEY'
    const key = this.secret('repo', name)
    let ok = false
    if (!this.failSmoke && key !== undefined) ok = await this.o.smoke(key).catch(() => false)
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
