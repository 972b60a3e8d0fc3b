// The repositories a token can see, listed through the one Octokit (retries 5xx, waits out rate limits).
//
// Which listing, from GitHub's REST reference ("List repositories accessible to the app installation", "List
// organization repositories"):
// - `GET /installation/repositories` answers only to an installation access token (a GitHub App's, and
//   GITHUB_TOKEN, which is the installation token of GitHub Actions' own app for the one repository that runs
//   the workflow). It lists exactly the repositories the installation was granted, "all" or "selected", private
//   and internal ones included. Other tokens are refused (401/403).
// - `GET /orgs/{org}/repos` works with any token: a fine-grained PAT needs "Metadata: read" on the repositories
//   (the organisation's public ones are listed without it); the reference says `type=internal` is not supported
//   for installation tokens, and an installation token sees the installed repositories plus public ones.
// So the installation listing comes first: for an App token it is the App's grant, which the user chose. A token
// it refuses gets the organisation listing: what that PAT can see. Both are pages of at most 100 (`per_page`).
import type { Logger } from '../logger.js'
import { isRepositoryName, type OrgRepository, type Visibility } from '../org/batches.js'
import { ConfigurationError, PermissionError } from '../errors.js'
import { gitHubError, permissionName, statusOf, type GitHub } from './client.js'

export type ListingSource = 'installation' | 'organization'

export interface RepositoryListing {
  source: ListingSource
  /** `GET /installation/repositories` or `GET /orgs/{org}/repos`, to name in the summary. */
  route: string
  /** Pages read, retries not counted (the organisation listing also cost the refused installation request). */
  pages: number
  repositories: OrgRepository[]
  /** Entries whose names break GitHub's rule for names: never planned, counted. */
  invalid: number
  /** For an installation: whether it was granted `all` repositories or `selected` ones. */
  selection?: string
}

const PER_PAGE = 100

interface ListedRepository {
  full_name?: unknown
  name?: unknown
  owner?: { login?: unknown } | null
  private?: unknown
  visibility?: unknown
  archived?: unknown
  fork?: unknown
  topics?: unknown
  size?: unknown
}

const VISIBILITIES: readonly string[] = ['public', 'private', 'internal']

/** One listed entry as the plan sees it, or undefined when its name is not one GitHub could have given. */
function toRepository(r: ListedRepository): OrgRepository | undefined {
  const owner = typeof r.owner?.login === 'string' ? r.owner.login : ''
  const name = typeof r.name === 'string' ? r.name : ''
  const fullName = typeof r.full_name === 'string' ? r.full_name : ''
  if (!isRepositoryName(fullName) || fullName !== `${owner}/${name}`) return undefined
  const visibility: Visibility =
    typeof r.visibility === 'string' && VISIBILITIES.includes(r.visibility)
      ? (r.visibility as Visibility)
      : r.private === true
        ? 'private'
        : 'public'
  return {
    fullName,
    owner,
    name,
    visibility,
    archived: r.archived === true,
    fork: r.fork === true,
    topics: Array.isArray(r.topics) ? r.topics.filter((t): t is string => typeof t === 'string') : [],
    sizeKb: typeof r.size === 'number' && Number.isFinite(r.size) && r.size > 0 ? r.size : 0
  }
}

/** Collects pages; a repository listed twice (pages shift when one is created mid-listing) counts once. */
class Collector {
  readonly repositories: OrgRepository[] = []
  invalid = 0
  pages = 0
  /** An installation's `repository_selection`. */
  selection?: string
  private readonly seen = new Set<string>()

  add(page: ListedRepository[]): void {
    this.pages++
    for (const entry of page) {
      const repository = toRepository(entry)
      if (!repository) {
        this.invalid++
        continue
      }
      const key = repository.fullName.toLowerCase()
      if (this.seen.has(key)) continue
      this.seen.add(key)
      this.repositories.push(repository)
    }
  }
}

function header(error: unknown, name: string): string | undefined {
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers
  const value = headers?.[name]
  return value === undefined ? undefined : String(value)
}

/** A rate limit the client's retries did not outlast: GitHub says so with these headers (403 or 429). */
function rateLimited(error: unknown): boolean {
  const status = statusOf(error)
  return (
    (status === 403 || status === 429) &&
    (header(error, 'x-ratelimit-remaining') === '0' || header(error, 'retry-after') !== undefined)
  )
}

/** One line for a listing that failed: the permission GitHub names (403/404), the rate limit, or the service. */
function listingError(org: string, route: string, error: unknown): Error {
  const what = `list the repositories of ${org} (${route})`
  if (rateLimited(error)) {
    // The reset time is the primary limit's: it says when to come back only when that limit is the one spent.
    const reset =
      header(error, 'x-ratelimit-remaining') === '0' ? Number(header(error, 'x-ratelimit-reset')) : 0
    const when =
      Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : ''
    return new ConfigurationError(
      `GitHub's rate limit held after retries while trying to ${what}${when}: run the plan again later.`
    )
  }
  const status = statusOf(error)
  const named = permissionName(header(error, 'x-accepted-github-permissions'))
  const permission = named ?? 'Metadata: read'
  if (status === 403) {
    return new PermissionError(
      `GitHub refused to ${what} (403): the token needs "${permission}" on ${org}'s repositories ` +
        `(a GitHub App installed on ${org}, or a fine-grained token whose resource owner is ${org}; a token of ` +
        `an organization that enforces SAML single sign-on must be authorized for it).`,
      permission
    )
  }
  if (status === 404) {
    return new PermissionError(
      `GitHub answered 404 (not found) to ${what}: check that organization "${org}" exists (input org) and that ` +
        `the token can see it: a GitHub App installed on ${org}, or a fine-grained token whose resource owner ` +
        `is ${org}, with "${permission}".`,
      permission
    )
  }
  return gitHubError(what, error)
}

async function installationListing(octokit: GitHub, logger: Logger): Promise<Collector | undefined> {
  const collector = new Collector()
  try {
    for await (const response of octokit.paginate.iterator(
      octokit.rest.apps.listReposAccessibleToInstallation,
      { per_page: PER_PAGE }
    )) {
      // The paginate plugin moves the envelope's fields onto the page's array.
      collector.selection ??= (response.data as { repository_selection?: string }).repository_selection
      collector.add(response.data as ListedRepository[])
      logger.debug(
        `Installation repositories: page ${collector.pages}, ${collector.repositories.length} so far.`
      )
    }
  } catch (error) {
    const status = statusOf(error)
    // Not an installation token: refused at once, before any page. A refusal on a later page is an error.
    if (collector.pages === 0 && (status === 401 || status === 403) && !rateLimited(error)) return undefined
    throw listingError('the installation', 'GET /installation/repositories', error)
  }
  return collector
}

async function organizationListing(octokit: GitHub, org: string, logger: Logger): Promise<Collector> {
  const collector = new Collector()
  try {
    // Oldest first: a repository created while the pages are read lands on the last page, not between them.
    for await (const response of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
      org,
      type: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: PER_PAGE
    })) {
      collector.add(response.data as ListedRepository[])
      logger.debug(
        `Repositories of ${org}: page ${collector.pages}, ${collector.repositories.length} so far.`
      )
    }
  } catch (error) {
    throw listingError(org, 'GET /orgs/{org}/repos', error)
  }
  return collector
}

/**
 * The repositories the token can see: the App installation's, or else the organisation's (see the top of this
 * file). An installation on another account is refused with a line naming it, rather than planning nothing.
 */
export async function listRepositories(
  octokit: GitHub,
  org: string,
  logger: Logger
): Promise<RepositoryListing> {
  const installation = await installationListing(octokit, logger)
  if (installation) {
    const owners = [...new Set(installation.repositories.map((r) => r.owner))]
    const own = installation.repositories.some((r) => r.owner.toLowerCase() === org.toLowerCase())
    if (!own && owners.length > 0) {
      throw new ConfigurationError(
        `The token's GitHub App installation is on ${owners.slice(0, 3).join(', ')}, not on ${org}: create the ` +
          `token for ${org} (actions/create-github-app-token with owner: ${org}), or set org.`
      )
    }
    return {
      source: 'installation',
      route: 'GET /installation/repositories',
      pages: installation.pages,
      repositories: installation.repositories,
      invalid: installation.invalid,
      selection: installation.selection
    }
  }
  const organization = await organizationListing(octokit, org, logger)
  return {
    source: 'organization',
    route: 'GET /orgs/{org}/repos',
    pages: organization.pages,
    repositories: organization.repositories,
    invalid: organization.invalid
  }
}
