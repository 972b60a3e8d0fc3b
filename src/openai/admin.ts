import OpenAI from 'openai'
import { ConfigurationError, hostOf, ServiceError, unreachable, type Unreachable } from '../errors.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import type { AdminPort, KeyLiveness, ProjectKey, ServiceAccount } from '../rotate/types.js'

export interface AdminOptions {
  adminKey: string
  projectId: string
  baseUrl: string
  logger: Logger
}

export function statusOf(error: unknown): number | undefined {
  return error instanceof OpenAI.APIError ? error.status : undefined
}

export function adminError(what: string, error: unknown, baseUrl: string): Error {
  const failure = unreachable(error)
  if (failure) return unreachableError(what, failure, baseUrl)
  const status = statusOf(error)
  if (status === 401) {
    return new ConfigurationError(
      'OpenAI rejected openai-admin-key (401): create a new Admin key at platform.openai.com → Settings → Organization → Admin keys and store it in the secret you pass as openai-admin-key.'
    )
  }
  if (status === 403) {
    return new ConfigurationError(
      `OpenAI refused to ${what} (403): the Admin key needs write access to the project's service accounts and API keys.`
    )
  }
  if (status === 404) {
    // Every admin call names the project; a wrong base URL answers 404 for everything.
    return new ConfigurationError(
      `OpenAI answered 404 (not found) to ${what}: check openai-project-id (the proj_… id in the project's settings) and openai-base-url (now ${hostOf(baseUrl) ?? 'unset'}).`
    )
  }
  if (status !== undefined && status >= 500) {
    return new ServiceError(
      `OpenAI answered ${status} to ${what}, after retries: the service is failing, not this run; try again later.`
    )
  }
  const detail = status === undefined ? (error instanceof Error ? error.message : String(error)) : `${status}`
  return new Error(scrub(`OpenAI: could not ${what} (${detail}).`))
}

function unreachableError(what: string, failure: Unreachable, baseUrl: string): ServiceError {
  const host = hostOf(baseUrl) ?? failure.host ?? 'OpenAI'
  return new ServiceError(
    `OpenAI: could not reach ${host}: ${failure.reason} (trying to ${what}): check openai-base-url (or OPENAI_BASE_URL) and the network, then run again.`
  )
}

function toProjectKey(key: OpenAI.Admin.Organization.Projects.ProjectAPIKey): ProjectKey {
  const sa = key.owner.service_account
  return {
    id: key.id,
    name: key.name,
    redactedValue: key.redacted_value,
    createdAt: key.created_at,
    lastUsedAt: key.last_used_at ?? null,
    owner: {
      type: key.owner.type === 'service_account' ? 'service_account' : 'user',
      serviceAccountId: sa?.id,
      serviceAccountName: sa?.name
    }
  }
}

/**
 * The SDK client for admin calls. It retries 408, 409, 429 and 5xx `maxRetries` times, waiting as `retry-after`
 * (or `retry-after-ms`) says when that is at most 60 s, else backing off exponentially up to 8 s.
 */
export function adminClient(adminKey: string, baseURL: string, maxRetries: number): OpenAI {
  // Explicit nulls: the runner's OPENAI_* variables must not leak into admin requests.
  return new OpenAI({
    apiKey: adminKey,
    adminAPIKey: adminKey,
    organization: null,
    project: null,
    baseURL,
    maxRetries,
    timeout: 60_000,
    logLevel: 'off'
  })
}

/** The OpenAI admin API (service accounts and project keys of one project) and the live check of a key. */
export function openAIAdmin(options: AdminOptions): AdminPort {
  const { projectId } = options
  const baseURL = options.baseUrl.replace(/\/+$/, '')
  const client = adminClient(options.adminKey, baseURL, 2)
  const projects = client.admin.organization.projects
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      throw adminError(what, error, baseURL)
    }
  }
  /** True when the call found nothing to delete: already done. */
  const deleted = async (what: string, run: () => Promise<unknown>): Promise<boolean> => {
    try {
      await run()
      return true
    } catch (error) {
      if (statusOf(error) === 404) return false
      throw adminError(what, error, baseURL)
    }
  }

  return {
    async listServiceAccounts() {
      return call('list the project service accounts', async () => {
        const all: ServiceAccount[] = []
        for await (const sa of projects.serviceAccounts.list(projectId, { limit: 100 })) {
          all.push({ id: sa.id, name: sa.name, createdAt: sa.created_at })
        }
        return all
      })
    },

    async createServiceAccount(name, expiresInSeconds) {
      const created = await call('create a service account', () =>
        projects.serviceAccounts.create(
          projectId,
          { name, ...(expiresInSeconds ? { expires_in_seconds: expiresInSeconds } : {}) },
          { maxRetries: 0 }
        )
      )
      const key = created.api_key
      if (!key?.value) {
        throw new ServiceError(`OpenAI created service account ${created.id} without a key.`)
      }
      options.logger.setSecret(key.value)
      return { id: created.id, name: created.name, keyId: key.id, key: key.value }
    },

    deleteServiceAccount: (id) =>
      deleted(`delete service account ${id}`, () =>
        projects.serviceAccounts.delete(id, { project_id: projectId })
      ),

    async listProjectKeys() {
      return call('list the project API keys', async () => {
        const all: ProjectKey[] = []
        for await (const key of projects.apiKeys.list(projectId, { limit: 100 })) all.push(toProjectKey(key))
        return all
      })
    },

    async getProjectKey(id) {
      try {
        return toProjectKey(await projects.apiKeys.retrieve(id, { project_id: projectId }))
      } catch (error) {
        if (statusOf(error) === 404) return undefined
        throw adminError(`read project API key ${id}`, error, baseURL)
      }
    },

    async requestsSince(keyId, since) {
      // GET /organization/usage/{completions,embeddings} with api_key_ids and group_by=api_key_id, 1-minute
      // buckets (at most 1440 a page, next_page for more). Usage data may lag; it only informs the record.
      try {
        let total = 0
        for (const endpoint of ['completions', 'embeddings'] as const) {
          let page: string | undefined
          do {
            const query = {
              start_time: since,
              bucket_width: '1m' as const,
              limit: 1440,
              api_key_ids: [keyId],
              group_by: ['api_key_id' as const],
              ...(page ? { page } : {})
            }
            const answer = await client.admin.organization.usage[endpoint](query, { maxRetries: 0 })
            for (const bucket of answer.data) {
              for (const result of bucket.results) {
                if ('num_model_requests' in result && result.api_key_id === keyId) {
                  total += result.num_model_requests
                }
              }
            }
            page = answer.has_more && answer.next_page ? answer.next_page : undefined
          } while (page)
        }
        return total
      } catch (error) {
        options.logger.debug(`Usage of ${keyId} could not be read (${statusOf(error) ?? messageOf(error)}).`)
        return undefined
      }
    },

    async deleteProjectKey(id) {
      try {
        await projects.apiKeys.delete(id, { project_id: projectId })
        return 'deleted'
      } catch (error) {
        const status = statusOf(error)
        if (status === 404) return 'missing'
        // OpenAI has refused to delete service-account keys by id ("delete the service account instead").
        if (status === 400 || status === 409 || status === 422) return 'refused'
        throw adminError(`delete project API key ${id}`, error, baseURL)
      }
    },

    checkKey: (key) => checkKey(baseURL, key)
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** GET /models with the key itself: 200 → live, 401/403 → invalid. Other answers are errors, not verdicts. */
export async function checkKey(baseUrl: string, key: string): Promise<KeyLiveness> {
  let response: Response
  try {
    response = await fetch(`${baseUrl.replace(/\/+$/, '')}/models`, {
      headers: { Authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(30_000)
    })
  } catch (error) {
    const failure = unreachable(error)
    if (failure) throw unreachableError('check a key with GET /models', failure, baseUrl)
    throw new Error(
      scrub(`OpenAI: GET /models failed: ${error instanceof Error ? error.message : String(error)}`)
    )
  }
  await response.body?.cancel()
  if (response.ok) return 'live'
  if (response.status === 401 || response.status === 403) return 'invalid'
  if (response.status >= 500) {
    throw new ServiceError(
      `OpenAI answered ${response.status} to GET /models: the service is failing; try again later.`
    )
  }
  throw new Error(`OpenAI: GET /models answered ${response.status}.`)
}

/**
 * Whether a project key's `redacted_value` can be this key. Two forms exist: the docs show `sk-abc...def`;
 * real answers show the first 8 characters, `*` for the middle and the last 4, at the key's full length.
 */
export function matchesRedacted(key: string, redacted: string): boolean {
  const ellipsis = /^(.+?)(?:\.\.\.|…)(.+)$/.exec(redacted)
  if (ellipsis) {
    const [, head = '', tail = ''] = ellipsis
    return key.length >= head.length + tail.length && key.startsWith(head) && key.endsWith(tail)
  }
  const stars = /^([^*]+)\*+([^*]+)$/.exec(redacted)
  if (stars) {
    const [, head = '', tail = ''] = stars
    return key.length === redacted.length && key.startsWith(head) && key.endsWith(tail)
  }
  return false
}
