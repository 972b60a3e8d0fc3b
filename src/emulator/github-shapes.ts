// GitHub's response objects, with every field its description requires, filled with plausible values.

/** Where the emulated GitHub lives: the API base and the "web" base for html_url links. */
export interface Links {
  api: string
  web: string
}

export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export function user(links: Links, login: string, id: number, type = 'User'): Record<string, unknown> {
  const path = encodeURIComponent(login)
  const url = `${links.api}/users/${path}`
  return {
    login,
    id,
    node_id: `MDQ6VXNlcj${id}`,
    avatar_url: `${links.web}/avatars/${path}`,
    gravatar_id: '',
    url,
    html_url: `${links.web}/${path}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false
  }
}

const REPO_LINKS = [
  'archive',
  'assignees',
  'blobs',
  'branches',
  'collaborators',
  'comments',
  'commits',
  'compare',
  'contents',
  'contributors',
  'deployments',
  'downloads',
  'events',
  'forks',
  'git_commits',
  'git_refs',
  'git_tags',
  'hooks',
  'issue_comment',
  'issue_events',
  'issues',
  'keys',
  'labels',
  'languages',
  'merges',
  'milestones',
  'notifications',
  'pulls',
  'releases',
  'stargazers',
  'statuses',
  'subscribers',
  'subscription',
  'tags',
  'teams',
  'trees'
]

/** What a repository is, as far as its JSON shows. */
export interface RepositoryFacts {
  owner: string
  name: string
  id: number
  visibility: 'public' | 'private' | 'internal'
  archived: boolean
  fork: boolean
  topics: string[]
  /** GitHub reports `size` in kilobytes. */
  sizeKb: number
  defaultBranch: string
  /** ms since the epoch. */
  createdAt: number
}

const CREATED = Date.parse('2024-01-02T03:04:05Z')

/** The facts of a repository nothing describes further (the default repository, the ones secrets name). */
export function plainRepository(owner: string, name: string, id: number): RepositoryFacts {
  return {
    owner,
    name,
    id,
    visibility: 'private',
    archived: false,
    fork: false,
    topics: [],
    sizeKb: 128,
    defaultBranch: 'main',
    createdAt: CREATED
  }
}

export function minimalRepository(
  links: Links,
  owner: string,
  name: string,
  id: number
): Record<string, unknown> {
  const url = `${links.api}/repos/${owner}/${name}`
  const repo: Record<string, unknown> = {
    id,
    node_id: `R_kgDO${id}`,
    name,
    full_name: `${owner}/${name}`,
    owner: user(links, owner, 9919, 'Organization'),
    private: true,
    html_url: `${links.web}/${owner}/${name}`,
    description: null,
    fork: false,
    url
  }
  for (const link of REPO_LINKS) repo[`${link}_url`] = `${url}/${link.replace('_', '/')}`
  return repo
}

/**
 * The `repository` schema (what `GET /installation/repositories` lists); a superset of `minimal-repository`,
 * which `GET /orgs/{org}/repos` lists with these same fields filled in on github.com.
 */
export function repository(links: Links, f: RepositoryFacts): Record<string, unknown> {
  const created = isoSeconds(f.createdAt)
  return {
    ...minimalRepository(links, f.owner, f.name, f.id),
    private: f.visibility !== 'public',
    fork: f.fork,
    clone_url: `${links.web}/${f.owner}/${f.name}.git`,
    git_url: `git://127.0.0.1/${f.owner}/${f.name}.git`,
    ssh_url: `git@127.0.0.1:${f.owner}/${f.name}.git`,
    svn_url: `${links.web}/${f.owner}/${f.name}`,
    mirror_url: null,
    homepage: null,
    language: null,
    default_branch: f.defaultBranch,
    visibility: f.visibility,
    topics: [...f.topics],
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    size: f.sizeKb,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: f.archived,
    disabled: false,
    license: null,
    pushed_at: created,
    created_at: created,
    updated_at: created,
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
  }
}

/** `GET /repos/{owner}/{repo}` (`full-repository`). */
export function fullRepository(links: Links, f: RepositoryFacts): Record<string, unknown> {
  return { ...repository(links, f), network_count: 0, subscribers_count: 1 }
}

export interface RunState {
  id: number
  runNumber: number
  workflowId: number
  workflowFile: string
  ref: string
  event: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'cancelled' | null
  inputs: Record<string, unknown>
  headSha: string
  createdAt: number
  updatedAt: number
}

export function workflowRun(
  links: Links,
  owner: string,
  repo: string,
  repoId: number,
  run: RunState
): Record<string, unknown> {
  const repoUrl = `${links.api}/repos/${owner}/${repo}`
  const url = `${repoUrl}/actions/runs/${run.id}`
  const name = run.workflowFile.replace(/\.ya?ml$/, '')
  const repository = minimalRepository(links, owner, repo, repoId)
  return {
    id: run.id,
    name,
    node_id: `WFR_kwLO${run.id}`,
    check_suite_id: run.id + 1000,
    check_suite_node_id: `CS_kwDO${run.id}`,
    head_branch: run.ref.replace(/^refs\/heads\//, ''),
    head_sha: run.headSha,
    path: `.github/workflows/${run.workflowFile}`,
    display_title: name,
    run_number: run.runNumber,
    run_attempt: 1,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    url,
    html_url: `${links.web}/${owner}/${repo}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: isoSeconds(run.createdAt),
    updated_at: isoSeconds(run.updatedAt),
    run_started_at: isoSeconds(run.createdAt),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${repoUrl}/check-suites/${run.id + 1000}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${repoUrl}/actions/workflows/${run.workflowId}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: 'Emulated commit',
      timestamp: isoSeconds(run.createdAt),
      author: { name: 'Octo Cat', email: 'octocat@example.com' },
      committer: { name: 'Octo Cat', email: 'octocat@example.com' }
    },
    repository,
    head_repository: repository
  }
}

export interface IssueState {
  number: number
  id: number
  title: string
  body: string
  labels: string[]
  state: 'open' | 'closed'
  comments: Array<{ id: number; body: string; createdAt: number }>
  createdAt: number
  updatedAt: number
  closedAt: number | null
}

export function label(links: Links, owner: string, repo: string, name: string): Record<string, unknown> {
  let id = 0
  for (const c of name) id = (id * 31 + c.charCodeAt(0)) >>> 0
  return {
    id,
    node_id: `LA_kwDO${id}`,
    url: `${links.api}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'd73a4a',
    default: false
  }
}

export function issue(links: Links, owner: string, repo: string, i: IssueState): Record<string, unknown> {
  const repositoryUrl = `${links.api}/repos/${owner}/${repo}`
  const url = `${repositoryUrl}/issues/${i.number}`
  return {
    id: i.id,
    node_id: `I_kwDO${i.id}`,
    url,
    repository_url: repositoryUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${links.web}/${owner}/${repo}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.state === 'closed' ? 'completed' : null,
    title: i.title,
    body: i.body,
    user: user(links, 'okg-bot[bot]', 41898282, 'Bot'),
    labels: i.labels.map((name) => label(links, owner, repo, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: i.comments.length,
    closed_at: i.closedAt === null ? null : isoSeconds(i.closedAt),
    created_at: isoSeconds(i.createdAt),
    updated_at: isoSeconds(i.updatedAt),
    author_association: 'NONE'
  }
}

export function issueComment(
  links: Links,
  owner: string,
  repo: string,
  issueNumber: number,
  c: { id: number; body: string; createdAt: number }
): Record<string, unknown> {
  const issueUrl = `${links.api}/repos/${owner}/${repo}/issues/${issueNumber}`
  return {
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    url: `${links.api}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `${links.web}/${owner}/${repo}/issues/${issueNumber}#issuecomment-${c.id}`,
    issue_url: issueUrl,
    body: c.body,
    user: user(links, 'okg-bot[bot]', 41898282, 'Bot'),
    created_at: isoSeconds(c.createdAt),
    updated_at: isoSeconds(c.createdAt),
    author_association: 'NONE'
  }
}
