// The repositories an organisation holds: each a real bare repository served over git, listed by the REST API the
// way github.com lists them (pages, `Link`), and visible to a token as an App installation's token sees them.
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createBareRepository } from './git-http.js'
import { fullRepository, repository, type Links, type RepositoryFacts } from './github-shapes.js'
import { error } from './github-util.js'
import type { Reply, Request, Route } from './server.js'

export interface RepositoryOptions {
  owner: string
  name: string
  visibility?: 'public' | 'private' | 'internal'
  archived?: boolean
  fork?: boolean
  topics?: string[]
  sizeKb?: number
  defaultBranch?: string
  /**
   * Whether code scanning takes uploads (default true). False stands for a private repository without GitHub
   * Advanced Security: uploads answer 403.
   */
  codeScanning?: boolean
}

export interface HostedRepository extends RepositoryFacts {
  gitDir: string
  codeScanning: boolean
}

/** GitHub's own rule for owner and repository names; `.` and `..` would escape the git root. */
const NAME = /^[A-Za-z0-9._-]+$/

function key(owner: string, name: string): string {
  return `${owner}/${name}`.toLowerCase()
}

export class Repositories {
  /** Every hosted repository in creation order, per lower-cased owner: what listings page through. */
  private readonly byOwner = new Map<string, HostedRepository[]>()
  private readonly byName = new Map<string, HostedRepository>()
  private readonly all: HostedRepository[] = []
  private root: string | undefined
  /** Made on first use, so an emulator that hosts nothing touches no disk. */
  constructor(private readonly parent = os.tmpdir()) {}

  private nextId = 500_000_001
  // Creation times one second apart from a fixed instant: `sort=created` is then creation order, reproducibly.
  private readonly epoch = Date.parse('2025-01-01T00:00:00Z')

  add(o: RepositoryOptions): HostedRepository {
    for (const part of [o.owner, o.name]) {
      if (!NAME.test(part) || part === '.' || part === '..') throw new Error(`not a repository name: ${part}`)
    }
    const k = key(o.owner, o.name)
    if (this.byName.has(k)) throw new Error(`repository ${o.owner}/${o.name} already exists`)
    this.root ??= mkdtempSync(path.join(this.parent, 'okg-emulator-git-'))
    const gitDir = path.join(this.root, o.owner, `${o.name}.git`)
    const defaultBranch = o.defaultBranch ?? 'main'
    if (!/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(defaultBranch) || defaultBranch.includes('..')) {
      throw new Error(`not a branch name: ${defaultBranch}`)
    }
    createBareRepository(gitDir, defaultBranch)
    const repo: HostedRepository = {
      owner: o.owner,
      name: o.name,
      id: this.nextId++,
      visibility: o.visibility ?? 'private',
      archived: o.archived ?? false,
      fork: o.fork ?? false,
      topics: [...(o.topics ?? [])],
      sizeKb: o.sizeKb ?? 1,
      defaultBranch,
      createdAt: this.epoch + this.all.length * 1000,
      gitDir,
      codeScanning: o.codeScanning ?? true
    }
    this.byName.set(k, repo)
    this.all.push(repo)
    const owner = o.owner.toLowerCase()
    const list = this.byOwner.get(owner) ?? []
    list.push(repo)
    this.byOwner.set(owner, list)
    return repo
  }

  /**
   * Deletes a repository as its owner would: the API and git answer 404 from now on. Its directory stays until
   * close(), as a clone that is under way keeps its files.
   */
  remove(owner: string, name: string): boolean {
    const repo = this.byName.get(key(owner, name))
    if (!repo) return false
    this.byName.delete(key(owner, name))
    this.all.splice(this.all.indexOf(repo), 1)
    const list = this.byOwner.get(repo.owner.toLowerCase()) ?? []
    list.splice(list.indexOf(repo), 1)
    if (list.length === 0) this.byOwner.delete(repo.owner.toLowerCase())
    return true
  }

  /** Owner and repository names are case-insensitive on GitHub. */
  get(owner: string, name: string): HostedRepository | undefined {
    return this.byName.get(key(owner, name))
  }

  ofOwner(owner: string): HostedRepository[] | undefined {
    return this.byOwner.get(owner.toLowerCase())
  }

  everything(): HostedRepository[] {
    return this.all
  }

  async close(): Promise<void> {
    const root = this.root
    this.root = undefined
    if (root) await rm(root, { recursive: true, force: true })
  }
}

/** Which repositories a token's installation was granted: undefined means all of them. */
export type Selection = ReadonlySet<string> | undefined

/**
 * Whether a token sees a repository through the API or git: an installation granted "all repositories" sees
 * every one, a "selected repositories" installation only those, and any token may read a public one.
 */
export function canSee(selection: Selection, repo: RepositoryFacts, read: boolean): boolean {
  if (selection === undefined || selection.has(key(repo.owner, repo.name))) return true
  return read && repo.visibility === 'public'
}

export function selectionOf(names: string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()))
}

/** A list read by position, so that one page costs the page and not the whole list. */
interface Sequence<T> {
  length: number
  at(i: number): T
}

function reversed<T>(items: T[]): Sequence<T> {
  return { length: items.length, at: (i) => items[items.length - 1 - i] as T }
}

function forward<T>(items: T[]): Sequence<T> {
  return { length: items.length, at: (i) => items[i] as T }
}

/**
 * One page and its `Link` header, as GitHub's "Using pagination in the REST API" describes them: `per_page`
 * (default per endpoint, at most 100) and `page` (from 1); links in the order prev, next, last, first, each
 * keeping the request's other query parameters; the header is left out when everything fits on one page.
 */
export function paginate<T>(
  items: Sequence<T>,
  req: Request,
  url: string,
  defaultPerPage: number
): { items: T[]; headers: Record<string, string> } {
  const asked = Number(req.query.get('per_page') ?? defaultPerPage)
  const perPage = Math.min(100, Number.isInteger(asked) && asked > 0 ? asked : defaultPerPage)
  const askedPage = Number(req.query.get('page') ?? 1)
  const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1
  const out: T[] = []
  for (let i = (page - 1) * perPage; i < Math.min(items.length, page * perPage); i++) out.push(items.at(i))
  const last = Math.max(1, Math.ceil(items.length / perPage))
  if (last === 1 && page === 1) return { items: out, headers: {} }
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(req.query)
    query.set('page', String(n))
    return `<${url}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return { items: out, headers: { link: links.join(', ') } }
}

export interface RepositoryRoutesOptions {
  links: Links
  repositories: Repositories
  /** The emulator's own organisation: it exists even while it hosts no repository. */
  owner: string
  /** The repository the emulator's other routes serve, when no hosted repository has its name. */
  fallback(owner: string, name: string): RepositoryFacts | undefined
  selection(req: Request): Selection
}

/** `type` of `GET /orgs/{org}/repos`; `member` lists what the caller is a member of: for a token, everything. */
function typeFilter(type: string | null): ((r: RepositoryFacts) => boolean) | undefined {
  switch (type) {
    case 'public':
      return (r) => r.visibility === 'public'
    case 'private':
      return (r) => r.visibility !== 'public'
    case 'forks':
      return (r) => r.fork
    case 'sources':
      return (r) => !r.fork
    default:
      return undefined
  }
}

export function repositoryRoutes(o: RepositoryRoutesOptions): Route[] {
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}',
      needs: 'metadata',
      anyOwner: true,
      handle: (req) => {
        const { owner = '', repo = '' } = req.params
        const facts = o.repositories.get(owner, repo) ?? o.fallback(owner, repo)
        return facts ? { status: 200, body: fullRepository(o.links, facts) } : error(404, 'Not Found')
      }
    },
    {
      method: 'GET',
      template: '/orgs/{org}/repos',
      needs: 'metadata',
      anyOwner: true,
      handle: (req) => listOrganization(o, req)
    },
    {
      method: 'GET',
      template: '/installation/repositories',
      needs: 'metadata',
      handle: (req) => listInstallation(o, req)
    }
  ]
}

/**
 * The organisation's repositories the token can see: for an installation token, the ones granted to the
 * installation plus the public ones (public repositories are readable by every token). Sorted as the
 * description says: `created` by default, `desc` unless sorting by `full_name`. The default listing of an
 * unrestricted token costs one page; a filter, a selection or a `full_name` sort costs one pass over the list.
 */
function listOrganization(o: RepositoryRoutesOptions, req: Request): Reply {
  const org = req.params.org ?? ''
  const owned = o.repositories.ofOwner(org) ?? (org.toLowerCase() === o.owner.toLowerCase() ? [] : undefined)
  if (!owned) return error(404, 'Not Found')
  const selection = o.selection(req)
  const byType = typeFilter(req.query.get('type'))
  let items =
    selection === undefined && !byType
      ? owned
      : owned.filter((r) => canSee(selection, r, true) && (byType?.(r) ?? true))
  const sort = req.query.get('sort') ?? 'created'
  if (sort === 'full_name') {
    items = [...items].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()))
  }
  const direction = req.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc')
  const sequence = direction === 'asc' ? forward(items) : reversed(items)
  const url = `${o.links.api}/orgs/${encodeURIComponent(org)}/repos`
  const { items: shown, headers } = paginate(sequence, req, url, 30)
  return { status: 200, body: shown.map((r) => repository(o.links, r)), headers }
}

/** The installation's repositories, oldest first: all the emulator hosts, or the token's selection. */
function listInstallation(o: RepositoryRoutesOptions, req: Request): Reply {
  const selection = o.selection(req)
  const all = o.repositories.everything()
  const items = selection === undefined ? all : all.filter((r) => canSee(selection, r, false))
  const { items: shown, headers } = paginate(
    forward(items),
    req,
    `${o.links.api}/installation/repositories`,
    30
  )
  return {
    status: 200,
    body: {
      total_count: items.length,
      repositories: shown.map((r) => repository(o.links, r)),
      repository_selection: selection === undefined ? 'all' : 'selected'
    },
    headers
  }
}
