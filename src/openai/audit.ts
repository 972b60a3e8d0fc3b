// The OpenAI Admin API as the audit reads it: every project, every key in each, and daily usage per key. Reads
// only, except the revocation that `fix: revoke-unused` asks for.
import type OpenAI from 'openai'
import { ServiceError } from '../errors.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import { adminClient, adminError, statusOf } from './admin.js'

export interface AuditProject {
  id: string
  name: string
}

export interface AuditKey {
  projectId: string
  id: string
  name: string
  redactedValue: string
  /** Seconds since the epoch, as the API gives them. */
  createdAt: number
  lastUsedAt: number | null
  expiresAt: number | null
  owner: { type: 'user'; id: string; name: string } | { type: 'service_account'; id: string; name: string }
}

/** One key's usage in one daily bucket. */
export interface DailyUsage {
  /** The bucket's start, seconds since the epoch. */
  day: number
  requests: number
  tokens: number
}

export type Revocation = 'deleted-key' | 'deleted-service-account' | 'missing' | 'refused'

export interface AuditPort {
  /** The active projects of the organisation, or the ones named (each read once, so a wrong id says so). */
  listProjects(ids: string[]): Promise<AuditProject[]>
  listKeys(projectId: string): Promise<AuditKey[]>
  /**
   * Requests and tokens per key per daily bucket in [start, end), completions and embeddings together, and the
   * start of the last bucket the API listed (empty buckets are listed too).
   */
  dailyUsage(
    start: number,
    end: number,
    projectIds: string[]
  ): Promise<{ lastDay: number | undefined; perKey: Map<string, DailyUsage[]> }>
  /**
   * Revokes a service account's key: DELETE of the key, and when OpenAI refuses that for service-account keys
   * (as its API description says it does), deletion of the account, which the caller allows only when the
   * account holds no other key.
   */
  revokeServiceAccountKey(key: AuditKey, deleteAccount: boolean): Promise<Revocation>
  /** Admin API requests made so far (retries not counted). */
  calls(): number
}

/** Reads are idempotent: a large organisation's audit rides out rate limits with more retries than writes get. */
const READ_RETRIES = 6
const PAGE = 100

function toAuditKey(projectId: string, key: OpenAI.Admin.Organization.Projects.ProjectAPIKey): AuditKey {
  const sa = key.owner.service_account
  const user = key.owner.user
  // Names are whatever people typed, a pasted key included: one never leaves the audit whole.
  return {
    projectId,
    id: key.id,
    name: scrub(key.name),
    redactedValue: key.redacted_value,
    createdAt: key.created_at,
    lastUsedAt: key.last_used_at ?? null,
    expiresAt: key.expires_at ?? null,
    owner:
      key.owner.type === 'service_account'
        ? { type: 'service_account', id: sa?.id ?? '', name: scrub(sa?.name ?? '') }
        : { type: 'user', id: user?.id ?? '', name: scrub(user?.name ?? '') }
  }
}

export function openAIAudit(options: { adminKey: string; baseUrl: string; logger: Logger }): AuditPort {
  const baseURL = options.baseUrl.replace(/\/+$/, '')
  const client = adminClient(options.adminKey, baseURL, READ_RETRIES)
  const org = client.admin.organization
  let calls = 0
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    calls++
    try {
      return await run()
    } catch (error) {
      throw adminError(what, error, baseURL)
    }
  }

  return {
    calls: () => calls,

    async listProjects(ids) {
      if (ids.length > 0) {
        const named: AuditProject[] = []
        for (const id of ids) {
          const p = await call(`read project ${id}`, () => org.projects.retrieve(id))
          named.push({ id: p.id, name: scrub(p.name ?? '') })
        }
        return named
      }
      // GET /organization/projects: `limit` (1-100) and `after` (a project id); archived ones are left out.
      const all: AuditProject[] = []
      let after: string | undefined
      for (;;) {
        const page = await call('list the projects', () =>
          org.projects.list({ limit: PAGE, ...(after ? { after } : {}) })
        )
        all.push(...page.data.map((p) => ({ id: p.id, name: scrub(p.name ?? '') })))
        after = page.data.at(-1)?.id
        if (!page.has_more || !after) return all
      }
    },

    async listKeys(projectId) {
      // GET /organization/projects/{project_id}/api_keys: `limit` (1-100) and `after` (a key id).
      const all: AuditKey[] = []
      let after: string | undefined
      for (;;) {
        const page = await call(`list the API keys of project ${projectId}`, () =>
          org.projects.apiKeys.list(projectId, { limit: PAGE, ...(after ? { after } : {}) })
        )
        all.push(...page.data.map((k) => toAuditKey(projectId, k)))
        after = page.data.at(-1)?.id
        if (!page.has_more || !after) return all
      }
    },

    async dailyUsage(start, end, projectIds) {
      // GET /organization/usage/{completions,embeddings}, group_by=api_key_id, bucket_width=1d (at most 31
      // buckets a page; next_page while has_more). Each result carries num_model_requests and input tokens;
      // completions also output tokens.
      const usage = new Map<string, Map<number, DailyUsage>>()
      let lastDay: number | undefined
      for (const endpoint of ['completions', 'embeddings'] as const) {
        let page: string | undefined
        do {
          const query = {
            start_time: start,
            end_time: end,
            bucket_width: '1d' as const,
            limit: 31,
            group_by: ['api_key_id' as const],
            ...(projectIds.length > 0 ? { project_ids: projectIds } : {}),
            ...(page ? { page } : {})
          }
          const answer = await call(`read the ${endpoint} usage`, () => org.usage[endpoint](query))
          for (const bucket of answer.data) {
            lastDay = Math.max(lastDay ?? bucket.start_time, bucket.start_time)
            for (const result of bucket.results) {
              if (!('num_model_requests' in result) || !result.api_key_id) continue
              const days = usage.get(result.api_key_id) ?? new Map<number, DailyUsage>()
              usage.set(result.api_key_id, days)
              const day = days.get(bucket.start_time) ?? { day: bucket.start_time, requests: 0, tokens: 0 }
              day.requests += result.num_model_requests
              const input = 'input_tokens' in result ? result.input_tokens : 0
              const output = 'output_tokens' in result ? (result.output_tokens ?? 0) : 0
              day.tokens += input + output
              days.set(bucket.start_time, day)
            }
          }
          page = answer.has_more && answer.next_page ? answer.next_page : undefined
        } while (page)
      }
      return { lastDay, perKey: new Map([...usage].map(([id, days]) => [id, [...days.values()]])) }
    },

    async revokeServiceAccountKey(key, deleteAccount) {
      const projects = org.projects
      calls++
      try {
        await projects.apiKeys.delete(key.id, { project_id: key.projectId }, { maxRetries: 0 })
        return 'deleted-key'
      } catch (error) {
        const status = statusOf(error)
        if (status === 404) return 'missing'
        // OpenAI refuses to delete service-account keys by id ("delete the service account instead").
        if (status !== 400 && status !== 409 && status !== 422) {
          throw adminError(`delete API key ${key.id}`, error, baseURL)
        }
      }
      if (!deleteAccount) return 'refused'
      calls++
      try {
        const done = await projects.serviceAccounts.delete(key.owner.id, { project_id: key.projectId })
        if (!done.deleted) throw new ServiceError(`OpenAI did not delete service account ${key.owner.id}.`)
        return 'deleted-service-account'
      } catch (error) {
        if (statusOf(error) === 404) return 'missing'
        if (error instanceof ServiceError) throw error
        throw adminError(`delete service account ${key.owner.id}`, error, baseURL)
      }
    }
  }
}
