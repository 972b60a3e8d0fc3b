// `command: plan`: the repositories the token can see → the filters → at most `batches` balanced batches → the
// matrix a workflow's scan job runs (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`).
import { ConfigurationError } from '../errors.js'
import { createGitHubClient } from '../github/client.js'
import { listRepositories, type RepositoryListing } from '../github/repositories.js'
import type { Logger } from '../logger.js'
import {
  filterRepositories,
  FILTERS,
  matrixJson,
  planBatches,
  type FilterName,
  type Matrix
} from '../org/batches.js'
import type { Settings } from '../settings.js'

export interface PlanOutcome {
  matrix: Matrix
  /** The matrix as one line of JSON, for the `matrix` output and the CLI's stdout. */
  json: string
  /** Repositories in the matrix. */
  repositories: number
  batches: number
  listing: Pick<RepositoryListing, 'source' | 'route' | 'pages' | 'selection'>
  removed: Record<FilterName, number>
  /** One line: what was listed where, what each filter removed, how many batches. */
  summary: string
}

const FILTER_LABELS: Record<FilterName, string> = {
  owner: 'other owners',
  archived: 'archived',
  forks: 'forks',
  visibility: 'visibility',
  topics: 'topics',
  include: 'include',
  exclude: 'exclude'
}

function describeListing(l: RepositoryListing): string {
  const pages = `${l.pages} page${l.pages === 1 ? '' : 's'}`
  return l.source === 'installation'
    ? `GitHub App installation, ${l.route}${l.selection ? `, ${l.selection} repositories` : ''}, ${pages}`
    : `organization, ${l.route} (the token is no App installation's), ${pages}`
}

function describeRemoved(removed: Record<FilterName, number>): string {
  return FILTERS.filter((name) => name !== 'owner' || removed.owner > 0)
    .map((name) => `${FILTER_LABELS[name]} ${removed[name]}`)
    .join(', ')
}

export async function planCommand(settings: Settings, logger: Logger): Promise<PlanOutcome> {
  const plan = settings.plan
  if (!plan) throw new ConfigurationError("Input 'command' must be plan to plan an organisation scan.")
  const { token, apiUrl } = settings.github
  if (!token) {
    throw new ConfigurationError(
      'plan needs a GitHub token that can see the repositories: github-token (a GitHub App installation token), or GITHUB_TOKEN for the CLI.'
    )
  }
  logger.setSecret(token)
  const octokit = createGitHubClient({ token, apiUrl, logger })
  const listing = await listRepositories(octokit, plan.org, logger)
  if (listing.invalid > 0) {
    logger.warning(
      `${listing.invalid} listed repositor${listing.invalid === 1 ? 'y has a name' : 'ies have names'} GitHub does not give: left out of the plan.`
    )
  }
  const { kept, removed } = filterRepositories(listing.repositories, plan)
  const source = describeListing(listing)
  if (listing.repositories.length === 0) {
    throw new ConfigurationError(
      `The token sees no repository of ${plan.org} (${source}): grant the GitHub App the repositories, or give the fine-grained token "Metadata: read" on them.`
    )
  }
  if (kept.length === 0) {
    throw new ConfigurationError(
      `No repository of ${plan.org} is left to scan: the token sees ${listing.repositories.length} and the filters removed them all (${describeRemoved(removed)}): loosen include, exclude, topics, visibility, archived or forks.`
    )
  }
  const { owner, repo } = settings.github
  const only = listing.repositories.length === 1 ? listing.repositories[0]!.fullName.toLowerCase() : ''
  if (listing.source === 'installation' && owner && repo && only === `${owner}/${repo}`.toLowerCase()) {
    // GITHUB_TOKEN is an installation token for the running repository alone: planning with it is a mistake.
    logger.warning(
      `The token sees only ${owner}/${repo}, the repository this workflow runs in (GITHUB_TOKEN sees no other): to plan ${plan.org}, pass a GitHub App installation token (actions/create-github-app-token) as github-token.`
    )
  }
  const batches = planBatches(kept, plan.batches)
  const { matrix, json } = matrixJson(batches, plan.batches)
  const summary =
    `${plan.org}: ${kept.length} of ${listing.repositories.length} listed repositories in ${batches.length} ` +
    `batch${batches.length === 1 ? '' : 'es'} (listing: ${source}; removed: ${describeRemoved(removed)}).`
  return {
    matrix,
    json,
    repositories: kept.length,
    batches: batches.length,
    listing: {
      source: listing.source,
      route: listing.route,
      pages: listing.pages,
      selection: listing.selection
    },
    removed,
    summary
  }
}
