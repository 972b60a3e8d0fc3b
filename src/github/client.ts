import Bottleneck from 'bottleneck'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { Octokit } from '@octokit/rest'
import { ConfigurationError, hostOf, PermissionError, ServiceError, unreachable } from '../errors.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'

const GuardOctokit = Octokit.plugin(retry, throttling)
export type GitHub = InstanceType<typeof GuardOctokit>

export interface GitHubClientOptions {
  token: string
  apiUrl: string
  logger: Logger
  /** Pause between writes (GitHub asks for about one second); tests pass 0. */
  writeIntervalMs?: number
  /** Base of the retry backoff in ms (retry n waits n² × this); tests pass small values. */
  retryBaseMs?: number
}

const RATE_LIMIT_RETRIES = 3

/** The one Octokit: retries 5xx and dropped connections, waits out rate limits as GitHub asks, a user agent. */
export function createGitHubClient(options: GitHubClientOptions): GitHub {
  const { logger } = options
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      logger.warning(`GitHub ${kind} on ${request.method} ${request.url}; retrying after ${retryAfter}s.`)
      return retryCount < RATE_LIMIT_RETRIES
    }
  return new GuardOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'openai-key-guard',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => logger.debug(scrub(m)), error: () => {} },
    // The retry plugin runs inside the throttling plugin and would retry a 429 on its own backoff, ignoring
    // retry-after: it leaves 429 (with 403, its default) to the throttling handlers, which wait as GitHub asks
    // ("Rate limits for the REST API": wait retry-after seconds, else until x-ratelimit-reset).
    retry: {
      retries: 3,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      // Writes that notify people (issues, comments) are paced 3 s apart by default, others 1 s.
      ...(options.writeIntervalMs === undefined
        ? {}
        : {
            write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
            notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs })
          })
    }
  })
}

// GitHub's permission keys (x-accepted-github-permissions) as its settings pages name them.
const PERMISSION_NAMES: Record<string, string> = {
  secrets: 'Secrets',
  variables: 'Variables',
  actions: 'Actions',
  issues: 'Issues',
  organization_secrets: 'Organization secrets',
  dependabot_secrets: 'Dependabot secrets',
  environments: 'Environments',
  metadata: 'Metadata',
  contents: 'Contents',
  members: 'Members'
}

/** `secrets=write` → `Secrets: write`; several alternatives (`a=read; b=write`, `x, y`) → the first. */
export function permissionName(header: string | undefined): string | undefined {
  const first = header?.split(/[;,]/)[0]?.trim()
  if (!first) return undefined
  const [key = '', level = 'write'] = first.split('=').map((s) => s.trim())
  return `${PERMISSION_NAMES[key] ?? key}: ${level}`
}

interface HttpErrorLike {
  status: number
  message: string
  request?: { method?: string; url?: string }
  response?: { headers?: Record<string, string | number | undefined> }
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return (
    typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
  )
}

/**
 * Runs one GitHub call and turns its failure into one clear line: 401 → the token, 403 → the missing permission
 * named from `x-accepted-github-permissions`, anything else → what we were doing and the status.
 */
export async function github<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw gitHubError(what, error)
  }
}

export function gitHubError(what: string, error: unknown): Error {
  if (error instanceof ConfigurationError) return error
  // Octokit reports a request that got no answer as status 500: look under it first.
  const failure = unreachable(error)
  if (failure) {
    const host = hostOf(isHttpError(error) ? error.request?.url : undefined) ?? failure.host ?? 'GitHub'
    return new ServiceError(
      `GitHub: could not reach ${host}: ${failure.reason} (trying to ${what}): check GITHUB_API_URL and the network, then run again.`
    )
  }
  if (!isHttpError(error)) return new Error(scrub(`GitHub: ${what} failed: ${String(error)}`))
  if (error.status === 401) {
    return new ConfigurationError(
      `GitHub rejected github-token (401) while trying to ${what}: pass a valid GitHub App token or fine-grained PAT.`
    )
  }
  if (error.status === 403) {
    const header = error.response?.headers?.['x-accepted-github-permissions']
    // Rotation writes wherever it reads (secrets, variables, runs, issues): asking for read first would only
    // move the failure one request later, so the message names the level the whole run needs.
    const permission = permissionName(header === undefined ? undefined : String(header))?.replace(
      /^(?!Metadata)(.*): read$/,
      '$1: write'
    )
    if (permission) {
      return new PermissionError(
        `GitHub refused to ${what} (403): the token needs the "${permission}" permission (GitHub App or fine-grained PAT; GITHUB_TOKEN cannot write secrets).`,
        permission
      )
    }
  }
  if (error.status === 404) {
    return new ConfigurationError(
      scrub(`GitHub answered 404 (not found) to ${what}: ${notFoundHint(error)}.`)
    )
  }
  if (error.status >= 500) {
    return new ServiceError(
      `GitHub answered ${error.status} to ${what}, after retries: the service is failing, not this run; try again later.`
    )
  }
  return new Error(scrub(`GitHub: could not ${what} (${error.status}): ${error.message.split('\n')[0]}`))
}

/**
 * What a 404 means for the resource the URL names. GitHub answers 404, not 403, when the token may not see a
 * private resource, so the hint names both the input that holds the name and the permission to check.
 */
function notFoundHint(error: HttpErrorLike): string {
  let segments: string[] = []
  try {
    segments = new URL(error.request?.url ?? '').pathname.split('/').map(decodeURIComponent)
  } catch {
    // no URL: the generic hint below
  }
  const header = error.response?.headers?.['x-accepted-github-permissions']
  const permission = permissionName(header === undefined ? undefined : String(header))
  const has = (fallback: string): string => `"${permission ?? fallback}"`
  // The API may sit under a path (GHES: /api/v3): the route starts at its first /repos or /orgs.
  const start = segments.findIndex((s) => s === 'repos' || s === 'orgs')
  const [root, owner = '', repo = '', area = '', name = '', item = ''] =
    start < 0 ? [] : segments.slice(start)
  const repository = JSON.stringify(`${owner}/${repo}`)
  if (root === 'orgs') {
    return `check that organization ${JSON.stringify(owner)} (secret-targets) exists and that the token has ${has('Organization secrets: write')} there`
  }
  if (root === 'repos' && area === 'environments') {
    return `check that environment ${JSON.stringify(name)} (secret-targets) exists in ${repository} and that the token has ${has('Environments: write')}`
  }
  if (root === 'repos' && name === 'workflows') {
    return `check that smoke-workflow ${JSON.stringify(item)} is in .github/workflows of ${repository} and that the token has ${has('Actions: write')}`
  }
  if (root === 'repos' && area === 'code-scanning') {
    // An organisation report uploads to repositories the plan listed, not to GITHUB_REPOSITORY.
    return `check that repository ${repository} still exists and that the token was granted it, with ${has('Code scanning alerts: write')}`
  }
  if (root === 'repos') {
    return `check that repository ${repository} (GITHUB_REPOSITORY, or --repo) exists and that the token was granted it, with ${has('Metadata: read')}`
  }
  return `check GITHUB_API_URL, and that the token can see the resource${permission ? ` with ${has(permission)}` : ''}`
}

/** The HTTP status of a failed call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined
}

/** Like github(), but a 404 is an answer (the thing does not exist yet), not an error. */
export async function githubOrMissing<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call()
  } catch (error) {
    if (statusOf(error) === 404) return undefined
    throw gitHubError(what, error)
  }
}
