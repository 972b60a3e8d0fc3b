// The emulated OpenAI API: projects, service accounts, project API keys and usage (admin routes), GET /models.
import { redactedValue, type IdSource } from './keys.js'
import type { Reply, Request, Route, Service } from './server.js'

export interface Project {
  id: string
  name: string
  createdAt: number
  archivedAt: number | null
}

export interface ServiceAccount {
  id: string
  projectId: string
  name: string
  createdAt: number
}

export interface ApiKey {
  id: string
  projectId: string
  value: string
  name: string
  createdAt: number
  lastUsedAt: number | null
  owner: { type: 'service_account'; serviceAccountId: string } | { type: 'user'; userId: string }
  /** When the key was revoked (ms); it keeps answering for `revocationDelayMs` after, as the real service does. */
  revokedAt?: number
  expiresAt?: number
}

/** Requests and tokens a key served at one moment: what the usage endpoints aggregate into buckets. */
export interface UsageRecord {
  /** Which usage endpoint reports it: a request is a completion or an embedding, never both. */
  endpoint: 'completions' | 'embeddings'
  keyId: string
  projectId: string
  /** When (ms). */
  at: number
  requests: number
  inputTokens: number
  outputTokens: number
}

export interface OpenAIOptions {
  ids: IdSource
  projectId: string
  adminKeys: Set<string>
  revocationDelayMs: number
}

function error(
  status: number,
  message: string,
  code: string | null = null,
  type = 'invalid_request_error'
): Reply {
  return { status, body: { error: { message, type, param: null, code } } }
}

const BAD_KEY = error(
  401,
  'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.',
  'invalid_api_key'
)

const now = (): number => Date.now()
const seconds = (ms: number): number => Math.floor(ms / 1000)

function pageOf<T extends { id: string }>(all: T[], query: URLSearchParams): Record<string, unknown> {
  const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 20) || 20))
  const after = query.get('after')
  const start = after ? all.findIndex((x) => x.id === after) + 1 : 0
  const data = all.slice(start, start + limit)
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: start + limit < all.length
  }
}

export class OpenAIService implements Service {
  readonly api = 'openai' as const
  readonly prefix = '/openai/v1'
  readonly routes: Route[]
  readonly projects = new Map<string, Project>()
  readonly serviceAccounts = new Map<string, ServiceAccount>()
  readonly keys = new Map<string, ApiKey>()
  readonly usage: UsageRecord[] = []
  private requestCount = 0

  constructor(private readonly o: OpenAIOptions) {
    this.projects.set(o.projectId, {
      id: o.projectId,
      name: 'Emulated project',
      createdAt: 1711471533000,
      archivedAt: null
    })
    this.routes = this.buildRoutes()
  }

  createProject(name: string): Project {
    const project = { id: this.o.ids.openaiId('proj_'), name, createdAt: now(), archivedAt: null }
    this.projects.set(project.id, project)
    return project
  }

  /**
   * A key served `requests` model requests at `at`: the usage endpoints report them, and `last_used_at` moves,
   * as it does on the real service when a key authenticates a request.
   */
  recordUsage(
    keyId: string,
    at: number,
    requests: number,
    inputTokens = 0,
    outputTokens = 0,
    endpoint: UsageRecord['endpoint'] = 'completions'
  ): void {
    const key = this.keys.get(keyId)
    if (!key) throw new Error(`no key ${keyId}`)
    this.usage.push({ endpoint, keyId, projectId: key.projectId, at, requests, inputTokens, outputTokens })
    if (key.lastUsedAt === null || key.lastUsedAt < at) key.lastUsedAt = at
  }

  isLive(value: string): boolean {
    const key = [...this.keys.values()].find((k) => k.value === value)
    if (!key) return false
    if (key.expiresAt !== undefined && now() >= key.expiresAt) return false
    return key.revokedAt === undefined || now() < key.revokedAt + this.o.revocationDelayMs
  }

  createServiceAccount(
    name: string,
    withKey = true,
    expiresInSeconds?: number,
    projectId = this.o.projectId
  ): { sa: ServiceAccount; key?: ApiKey } {
    const sa = { id: this.o.ids.openaiId('user-'), projectId, name, createdAt: now() }
    this.serviceAccounts.set(sa.id, sa)
    if (!withKey) return { sa }
    const key: ApiKey = {
      id: this.o.ids.openaiId('key_'),
      projectId,
      value: this.o.ids.serviceAccountKey(),
      name: 'Secret Key',
      createdAt: sa.createdAt,
      lastUsedAt: null,
      owner: { type: 'service_account', serviceAccountId: sa.id },
      ...(expiresInSeconds ? { expiresAt: sa.createdAt + expiresInSeconds * 1000 } : {})
    }
    this.keys.set(key.id, key)
    return { sa, key }
  }

  createUserKey(projectId = this.o.projectId): ApiKey {
    const key: ApiKey = {
      id: this.o.ids.openaiId('key_'),
      projectId,
      value: this.o.ids.userKey(),
      name: 'Dashboard key',
      createdAt: now(),
      lastUsedAt: null,
      owner: { type: 'user', userId: 'user-emulated0001' }
    }
    this.keys.set(key.id, key)
    return key
  }

  authorize(req: Request, route: Route): Reply | undefined {
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    if (token === undefined) {
      return error(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header."
      )
    }
    if (route.needs === 'admin') return this.o.adminKeys.has(token) ? undefined : BAD_KEY
    if (!this.isLive(token)) return BAD_KEY
    const key = [...this.keys.values()].find((k) => k.value === token)
    if (key) key.lastUsedAt = now()
    return undefined
  }

  headers(): Record<string, string> {
    this.requestCount++
    return {
      'x-request-id': `req_emu${String(this.requestCount).padStart(8, '0')}`,
      'openai-version': '2020-10-01'
    }
  }

  notFound(): Reply {
    return error(404, 'Invalid URL')
  }

  faultBody(status: number): unknown {
    if (status === 429)
      return error(429, 'Rate limit reached for requests', 'rate_limit_exceeded', 'requests').body
    return error(
      status,
      status >= 500 ? 'The server had an error while processing your request.' : 'Error',
      null,
      'server_error'
    ).body
  }

  /** Deleting a service account revokes its keys and removes them from the project. */
  deleteServiceAccount(id: string): boolean {
    if (!this.serviceAccounts.delete(id)) return false
    for (const key of this.keys.values()) {
      if (key.owner.type === 'service_account' && key.owner.serviceAccountId === id) key.revokedAt ??= now()
    }
    return true
  }

  private listedKeys(projectId: string | undefined): ApiKey[] {
    return [...this.keys.values()].filter((k) => k.revokedAt === undefined && k.projectId === projectId)
  }

  private accountIn(req: Request): ServiceAccount | undefined {
    const sa = this.serviceAccounts.get(req.params.service_account_id ?? '')
    return sa?.projectId === req.params.project_id ? sa : undefined
  }

  private projectJson(project: Project): Record<string, unknown> {
    return {
      id: project.id,
      object: 'organization.project',
      name: project.name,
      created_at: seconds(project.createdAt),
      archived_at: project.archivedAt === null ? null : seconds(project.archivedAt),
      status: project.archivedAt === null ? 'active' : 'archived'
    }
  }

  private saJson(sa: ServiceAccount): Record<string, unknown> {
    return {
      object: 'organization.project.service_account',
      id: sa.id,
      name: sa.name,
      role: 'member',
      created_at: seconds(sa.createdAt)
    }
  }

  private keyJson(key: ApiKey): Record<string, unknown> {
    const owner =
      key.owner.type === 'service_account'
        ? {
            type: 'service_account',
            service_account: this.ownerAccount(key.owner.serviceAccountId, key.createdAt)
          }
        : {
            type: 'user',
            user: {
              id: key.owner.userId,
              email: 'owner@example.com',
              name: 'Emulated Owner',
              created_at: seconds(key.createdAt),
              role: 'owner'
            }
          }
    return {
      object: 'organization.project.api_key',
      redacted_value: redactedValue(key.value),
      name: key.name,
      created_at: seconds(key.createdAt),
      last_used_at: key.lastUsedAt === null ? null : seconds(key.lastUsedAt),
      id: key.id,
      owner_project_access: 'active',
      owner,
      ...(key.expiresAt !== undefined ? { expires_at: seconds(key.expiresAt) } : {})
    }
  }

  private ownerAccount(id: string, fallbackCreated: number): Record<string, unknown> {
    const sa = this.serviceAccounts.get(id)
    return {
      id,
      name: sa?.name ?? 'deleted',
      created_at: seconds(sa?.createdAt ?? fallbackCreated),
      role: 'member'
    }
  }

  private project(req: Request): Reply | undefined {
    return this.projects.has(req.params.project_id ?? '')
      ? undefined
      : error(404, `No such project: ${req.params.project_id ?? ''}`)
  }

  private buildRoutes(): Route[] {
    const p = '/organization/projects/{project_id}'
    return [
      {
        method: 'GET',
        template: '/models',
        needs: 'key',
        handle: () => ({
          status: 200,
          body: {
            object: 'list',
            data: ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'].map((id) => ({
              id,
              object: 'model',
              created: 1715367049,
              owned_by: 'system'
            }))
          }
        })
      },
      {
        method: 'GET',
        template: '/organization/projects',
        needs: 'admin',
        handle: (req) => {
          const archived = req.query.get('include_archived') === 'true'
          const all = [...this.projects.values()].filter((x) => archived || x.archivedAt === null)
          return {
            status: 200,
            body: pageOf(
              all.map((x) => this.projectJson(x) as { id: string }),
              req.query
            )
          }
        }
      },
      {
        method: 'GET',
        template: p,
        needs: 'admin',
        handle: (req) =>
          this.project(req) ?? {
            status: 200,
            body: this.projectJson(this.projects.get(req.params.project_id ?? '')!)
          }
      },
      {
        method: 'GET',
        template: `${p}/service_accounts`,
        needs: 'admin',
        handle: (req) =>
          this.project(req) ?? {
            status: 200,
            body: pageOf(
              [...this.serviceAccounts.values()]
                .filter((sa) => sa.projectId === req.params.project_id)
                .map((sa) => this.saJson(sa) as { id: string }),
              req.query
            )
          }
      },
      {
        method: 'POST',
        template: `${p}/service_accounts`,
        needs: 'admin',
        handle: (req) => this.createRoute(req)
      },
      {
        method: 'GET',
        template: `${p}/service_accounts/{service_account_id}`,
        needs: 'admin',
        handle: (req) => {
          const sa = this.accountIn(req)
          return (
            this.project(req) ??
            (sa ? { status: 200, body: this.saJson(sa) } : error(404, 'No such service account'))
          )
        }
      },
      {
        method: 'DELETE',
        template: `${p}/service_accounts/{service_account_id}`,
        needs: 'admin',
        handle: (req) => {
          const id = req.params.service_account_id ?? ''
          return (
            this.project(req) ??
            (this.accountIn(req) && this.deleteServiceAccount(id)
              ? {
                  status: 200,
                  body: { object: 'organization.project.service_account.deleted', id, deleted: true }
                }
              : error(404, 'No such service account'))
          )
        }
      },
      {
        method: 'GET',
        template: `${p}/api_keys`,
        needs: 'admin',
        handle: (req) => {
          const access = req.query.get('owner_project_access')
          const keys = access === 'inactive' ? [] : this.listedKeys(req.params.project_id)
          return (
            this.project(req) ?? {
              status: 200,
              body: pageOf(
                keys.map((k) => this.keyJson(k) as { id: string }),
                req.query
              )
            }
          )
        }
      },
      {
        method: 'GET',
        template: `${p}/api_keys/{api_key_id}`,
        needs: 'admin',
        handle: (req) => {
          const key = this.listedKeys(req.params.project_id).find((k) => k.id === req.params.api_key_id)
          return (
            this.project(req) ??
            (key ? { status: 200, body: this.keyJson(key) } : error(404, 'No such API key'))
          )
        }
      },
      {
        method: 'DELETE',
        template: `${p}/api_keys/{api_key_id}`,
        needs: 'admin',
        handle: (req) =>
          this.project(req) ?? this.deleteKey(req.params.project_id, req.params.api_key_id ?? '')
      },
      ...(['completions', 'embeddings'] as const).map((kind): Route => ({
        method: 'GET',
        template: `/organization/usage/${kind}`,
        needs: 'admin',
        handle: (req) => this.usageRoute(kind, req.query)
      }))
    ]
  }

  /**
   * `GET /organization/usage/{completions,embeddings}`: buckets of `bucket_width` from `start_time` (inclusive)
   * to `end_time` (exclusive, default now), `limit` buckets a page, `next_page` the next bucket's start.
   * Every bucket is listed, empty ones with no results, as the real service does. Results are grouped by the
   * `group_by` fields given (here `project_id` and `api_key_id`), else one total per bucket that has usage.
   */
  private usageRoute(kind: 'completions' | 'embeddings', q: URLSearchParams): Reply {
    const all = (name: string): string[] =>
      [...q.getAll(name), ...q.getAll(`${name}[]`)].flatMap((v) => v.split(','))
    const width = { '1m': 60, '1h': 3600, '1d': 86400 }[q.get('bucket_width') ?? '1d'] ?? 86400
    const maxLimit = { 60: 1440, 3600: 168, 86400: 31 }[width]!
    const defaultLimit = { 60: 60, 3600: 24, 86400: 7 }[width]!
    const limit = Math.min(maxLimit, Math.max(1, Number(q.get('limit') ?? defaultLimit) || defaultLimit))
    const start = Number(q.get('page') ?? q.get('start_time'))
    const end = Number(q.get('end_time') ?? seconds(now()) + 1)
    if (!Number.isInteger(start)) return error(400, 'start_time is required')
    const keys = new Set(all('api_key_ids'))
    const projects = new Set(all('project_ids'))
    const groups = new Set(all('group_by'))
    const data: Record<string, unknown>[] = []
    let t = start
    for (; t < end && data.length < limit; t += width) {
      const inBucket = this.usage.filter(
        (u) =>
          u.endpoint === kind &&
          seconds(u.at) >= t &&
          seconds(u.at) < Math.min(t + width, end) &&
          (keys.size === 0 || keys.has(u.keyId)) &&
          (projects.size === 0 || projects.has(u.projectId))
      )
      const grouped = new Map<string, UsageRecord[]>()
      for (const u of inBucket) {
        const group = `${groups.has('project_id') ? u.projectId : ''}|${groups.has('api_key_id') ? u.keyId : ''}`
        grouped.set(group, [...(grouped.get(group) ?? []), u])
      }
      const results = [...grouped.values()].map((records) => {
        const sum = (f: (u: UsageRecord) => number): number => records.reduce((n, u) => n + f(u), 0)
        return {
          object: `organization.usage.${kind}.result`,
          input_tokens: sum((u) => u.inputTokens),
          ...(kind === 'completions' ? { output_tokens: sum((u) => u.outputTokens) } : {}),
          num_model_requests: sum((u) => u.requests),
          project_id: groups.has('project_id') ? records[0]!.projectId : null,
          api_key_id: groups.has('api_key_id') ? records[0]!.keyId : null,
          user_id: null,
          model: null
        }
      })
      data.push({ object: 'bucket', start_time: t, end_time: Math.min(t + width, end), results })
    }
    const more = t < end
    return { status: 200, body: { object: 'page', data, has_more: more, next_page: more ? String(t) : null } }
  }

  private createRoute(req: Request): Reply {
    const denied = this.project(req)
    if (denied) return denied
    const body = (req.body ?? {}) as Record<string, unknown>
    if (typeof body.name !== 'string' || body.name === '') return error(400, 'name is required', null)
    const expires = typeof body.expires_in_seconds === 'number' ? body.expires_in_seconds : undefined
    const { sa, key } = this.createServiceAccount(
      body.name,
      body.create_service_account_only !== true,
      expires,
      req.params.project_id
    )
    const apiKey = key
      ? {
          object: 'organization.project.service_account.api_key',
          value: key.value,
          name: key.name,
          created_at: seconds(key.createdAt),
          id: key.id,
          ...(key.expiresAt !== undefined ? { expires_at: seconds(key.expiresAt) } : {})
        }
      : null
    return { status: 200, body: { ...this.saJson(sa), role: key ? 'member' : 'none', api_key: apiKey } }
  }

  /** Service account keys go with their account: OpenAI refuses to delete them one by one. */
  private deleteKey(projectId: string | undefined, id: string): Reply {
    const key = this.keys.get(id)
    if (!key || key.revokedAt !== undefined || key.projectId !== projectId) {
      return error(404, `No such API key: ${id}`)
    }
    if (key.owner.type === 'service_account') {
      return error(400, 'Service account API keys cannot be deleted; delete the service account instead.')
    }
    key.revokedAt = now()
    return { status: 200, body: { object: 'organization.project.api_key.deleted', id, deleted: true } }
  }
}
