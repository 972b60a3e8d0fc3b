// The emulated GitHub REST API: the subset rotation calls, with GitHub's paths, shapes, auth and errors.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { gitRefusal, runHttpBackend, type GitRoute } from './git-http.js'
import { CodeScanning } from './github-code-scanning.js'
import { issueRoutes } from './github-issues.js'
import { RateLimits, type RateLimitOptions } from './github-rate-limit.js'
import { canSee, repositoryRoutes, type Repositories, type Selection } from './github-repos.js'
import { WorkflowRuns } from './github-runs.js'
import { isoSeconds, minimalRepository, plainRepository } from './github-shapes.js'
import type { IssueState, Links, RepositoryFacts } from './github-shapes.js'
import { DOCS, error, page, record } from './github-util.js'
import type { IdSource } from './keys.js'
import { secretName, type SecretStore, type SecretStores } from './secret-stores.js'
import type { GitHost, Reply, Request, Route, Service } from './server.js'

export type Permissions = Record<string, 'read' | 'write'>

export const ALL_PERMISSIONS: Permissions = {
  metadata: 'read',
  contents: 'write',
  security_events: 'write',
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
  /** Tokens of installations granted "selected repositories" only: lower-cased `owner/name`s. */
  selections: Map<string, ReadonlySet<string>>
  /** Hosted repositories: listed, served over git, and answered by the routes marked `anyOwner`. */
  repositories: Repositories
  /** The primary rate limit: counted always, enforced only when asked. */
  rateLimit: RateLimitOptions
  smokeRunMs: number
  /** Calls the emulated OpenAI `GET /models` with the key; true when it answers 200. */
  smoke(key: string): Promise<boolean>
}

/** The answer once the primary rate limit is spent (its headers come from the rate limit's count). */
function primaryLimit(status: number): Reply {
  return {
    status,
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: DOCS,
      status: String(status)
    }
  }
}

export class GitHubService implements Service, GitHost {
  readonly api = 'github' as const
  readonly prefix = '/github'
  readonly routes: Route[]
  readonly actions: WorkflowRuns
  readonly codeScanning: CodeScanning
  readonly issues: IssueState[] = []
  readonly variables = new Map<string, { value: string; createdAt: number; updatedAt: number }>()
  private readonly rate: RateLimits
  private nextId = 1

  constructor(private readonly o: GitHubOptions) {
    this.actions = new WorkflowRuns({
      ...o,
      runMs: o.smokeRunMs,
      nextId: () => this.id(),
      secret: (name) => this.secret('repo', name)
    })
    this.rate = new RateLimits(o.rateLimit)
    this.codeScanning = new CodeScanning({
      links: o.links,
      repositories: o.repositories,
      fallbackName: (owner, name) =>
        owner === o.owner && name === o.repo ? `${o.owner}/${o.repo}` : undefined
    })
    this.routes = this.buildRoutes()
  }

  authorize(req: Request, route: Route): Reply | undefined {
    const token = this.token(req)
    if (token === undefined) return error(401, 'Requires authentication')
    const permissions = this.o.tokens.get(token)
    if (!permissions) return error(401, 'Bad credentials')
    if (this.rate.exhausted(token)) return primaryLimit(403)
    const { owner, repo, org } = req.params
    if (owner !== undefined && repo !== undefined) {
      // A repository the token may not see is answered 404, not 403: GitHub does not reveal that it exists.
      const facts = this.repositoryFacts(owner, repo, route.anyOwner === true)
      if (!facts || !canSee(this.o.selections.get(token), facts, req.method === 'GET')) {
        return error(404, 'Not Found')
      }
    } else if (owner !== undefined || repo !== undefined) return error(404, 'Not Found')
    if (org !== undefined && !route.anyOwner && org !== this.o.owner) return error(404, 'Not Found')
    const level = req.method === 'GET' ? 'read' : 'write'
    // Every GitHub App holds `metadata: read` ("mandatory" in GitHub's permission reference).
    const held = permissions[route.needs] ?? (route.needs === 'metadata' ? 'read' : undefined)
    if (held === 'write' || (held === 'read' && level === 'read')) return undefined
    const refusal = error(403, 'Resource not accessible by integration')
    return { ...refusal, headers: { 'x-accepted-github-permissions': `${route.needs}=${level}` } }
  }

  /** Basic `x-access-token:<token>`, as actions/checkout and GitHub's App docs send an installation token. */
  presented(req: IncomingMessage): string | undefined {
    return this.basic(req)?.password
  }

  /**
   * Git over HTTP as github.com answers it: no credentials → 401 with a Basic challenge (git then asks for
   * some), except reads of a public repository; wrong credentials → 401; a repository that does not exist or
   * that the token cannot see → 404 "Repository not found." (a private repository's existence is never
   * revealed); a token without the `contents` permission the operation needs → 403.
   */
  async serve(route: GitRoute, req: IncomingMessage, res: ServerResponse, query: string): Promise<number> {
    const refuse = (status: number, message: string): number => {
      req.resume()
      gitRefusal(res, status, message)
      return status
    }
    const hosted = this.o.repositories.get(route.owner, route.name)
    const credentials = this.basic(req)
    if (!credentials) {
      if (hosted?.visibility === 'public' && !route.write)
        return runHttpBackend(hosted.gitDir, route, req, res, query)
      return refuse(401, 'Authentication required')
    }
    const permissions =
      credentials.user === 'x-access-token' ? this.o.tokens.get(credentials.password) : undefined
    if (!permissions) {
      return refuse(
        401,
        'Invalid username or token. Password authentication is not supported for Git operations.'
      )
    }
    if (!hosted || !canSee(this.o.selections.get(credentials.password), hosted, !route.write)) {
      return refuse(404, 'Repository not found.')
    }
    const held = permissions.contents
    const allowed = route.write ? held === 'write' : held !== undefined || hosted.visibility === 'public'
    if (!allowed)
      return refuse(403, `Permission to ${hosted.owner}/${hosted.name}.git denied to x-access-token.`)
    if (route.write && hosted.archived) return refuse(403, 'This repository was archived so it is read-only.')
    return runHttpBackend(hosted.gitDir, route, req, res, query)
  }

  headers(req: Request): Record<string, string> {
    const token = this.token(req) ?? 'anonymous'
    // An unauthenticated caller gets GitHub's 60 an hour; it is not refused here (every route needs a token).
    const limit = this.o.tokens.has(token) ? undefined : 60
    return {
      ...this.rate.count(token, limit),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json'
    }
  }

  notFound(): Reply {
    return error(404, 'Not Found')
  }

  faultBody(status: number, headers: Record<string, string> = {}): unknown {
    // GitHub's two limits read differently ("Rate limits for the REST API"): the primary one is spent when
    // x-ratelimit-remaining is 0, anything else is a secondary limit.
    if ((status === 429 || status === 403) && headers['x-ratelimit-remaining'] === '0') {
      return primaryLimit(status).body
    }
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
  stop(): Promise<void> {
    return this.actions.stop()
  }

  /** The hosted repository of that name, else the emulator's own one when the names match exactly. */
  private repositoryFacts(owner: string, repo: string, anyOwner: boolean): RepositoryFacts | undefined {
    const hosted = anyOwner ? this.o.repositories.get(owner, repo) : undefined
    if (hosted) return hosted
    return owner === this.o.owner && repo === this.o.repo
      ? plainRepository(this.o.owner, this.o.repo, this.o.repoId)
      : undefined
  }

  private basic(req: IncomingMessage): { user: string; password: string } | undefined {
    const m = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')
    if (!m) return undefined
    const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
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
      ...repositoryRoutes({
        links: this.o.links,
        repositories: this.o.repositories,
        owner: this.o.owner,
        fallback: (owner, name) => this.repositoryFacts(owner, name, false),
        selection: (req): Selection => {
          const token = this.token(req)
          return token === undefined ? undefined : this.o.selections.get(token)
        }
      }),
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
      ...this.actions.routes(r),
      ...this.codeScanning.routes(),
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
}
