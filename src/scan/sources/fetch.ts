import { ConfigurationError } from '../../errors.js'
import type { Git } from '../../git.js'
import type { Logger } from '../../logger.js'

/** The commits to walk: head, minus everything reachable from `exclude`. */
export interface CommitSet {
  head: string
  base?: string
  exclude: string[]
  /**
   * The commit whose allow rules are trusted: the base, or for a new branch the default branch it grew from.
   * Undefined when neither is known: then no rule from the repository is trusted.
   */
  rulesFrom?: string
}

export interface EnsureOptions {
  git: Git
  base?: string
  head: string
  defaultBranch?: string
  token?: string
  /** The GitHub server (GITHUB_SERVER_URL): the only host the token is ever sent to. */
  serverUrl?: string
  logger: Logger
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const DEEPEN_STEPS = [50, 500]

interface FetchAuth {
  token?: string
  serverUrl?: string
  logger: Logger
}

/**
 * The token as a header scoped to the GitHub server's origin, as actions/checkout's git-auth-helper does: an
 * unscoped `http.extraheader` goes to every host git talks to, including a submodule's server that a pull
 * request chose. Undefined when there is no token or no server to scope it to.
 */
function authorization({ token, serverUrl }: FetchAuth): Record<string, string> | undefined {
  if (!token || !serverUrl) return undefined
  let origin: string
  try {
    origin = new URL(serverUrl).origin
  } catch {
    return undefined
  }
  if (!/^https?:\/\//.test(origin)) return undefined
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
  return { [`http.${origin}/.extraheader`]: `AUTHORIZATION: basic ${basic}` }
}

/**
 * Fetches from origin: first as the clone is configured (actions/checkout leaves its own header), then with
 * the token in an environment-only header, so the token never shows on a command line. Never into
 * submodules: their servers are whatever the fetched commits name.
 */
async function fetch(git: Git, args: string[], auth: FetchAuth): Promise<boolean> {
  const remotes = (await git.run(['remote'])).split('\n')
  if (!remotes.includes('origin')) return false
  const argv = ['fetch', '--no-recurse-submodules', '--no-tags', '--quiet', '--no-write-fetch-head', ...args]
  auth.logger.debug(`git ${argv.join(' ')}`)
  if ((await git.exec(argv)).code === 0) return true
  const header = authorization(auth)
  return header ? (await git.withConfig(header).exec(argv)).code === 0 : false
}

function notInClone(base: string | undefined, head: string): ConfigurationError {
  const range = `${base ? base.slice(0, 12) : '(new branch)'}..${head.slice(0, 12)}`
  return new ConfigurationError(
    `The range ${range} is not in this clone: set \`fetch-depth: 0\` on actions/checkout.`
  )
}

async function rangeCommits(git: Git, set: CommitSet): Promise<string[]> {
  const input = [set.head, ...set.exclude.map((e) => `^${e}`)].join('\n') + '\n'
  return (await git.run(['rev-list', '--stdin'], { input })).split('\n').filter(Boolean)
}

/** A range walked in a shallow clone stops at the boundary: it is complete only when it never reaches it. */
async function truncated(git: Git, set: CommitSet): Promise<boolean> {
  const boundary = await git.shallowCommits()
  if (boundary.size === 0) return false
  return (await rangeCommits(git, set)).some((c) => boundary.has(c))
}

async function resolveOrFetch(git: Git, ref: string, opts: EnsureOptions, shallow: boolean): Promise<string> {
  const found = await git.resolveCommit(ref)
  if (found) return found
  if (SHA.test(ref)) {
    opts.logger.info(`Fetching ${ref.slice(0, 12)}, which this clone does not have.`)
    const depth = shallow ? [`--depth=${DEEPEN_STEPS[0]}`] : []
    if (await fetch(git, [...depth, 'origin', ref], opts)) {
      const fetched = await git.resolveCommit(ref)
      if (fetched) return fetched
    }
    if (shallow) throw notInClone(opts.base, opts.head)
  }
  return git.verifyCommit(ref)
}

/** The tip of the default branch, fetched when a shallow clone lacks it. */
async function defaultBranchTip(git: Git, opts: EnsureOptions): Promise<string | undefined> {
  const name = opts.defaultBranch
  if (name) {
    const candidates = [`refs/remotes/origin/${name}`, `refs/heads/${name}`]
    for (const ref of candidates) {
      const oid = await git.resolveCommit(ref)
      if (oid) return oid
    }
    const shallow = (await git.isShallow()) ? [`--depth=${DEEPEN_STEPS[0]}`] : []
    if (await fetch(git, [...shallow, 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`], opts)) {
      return git.resolveCommit(candidates[0] ?? '')
    }
  }
  return undefined
}

/** What a new branch is measured against: the default branch, else every other ref. */
async function newBranchExclusions(git: Git, head: string, tip: string | undefined): Promise<string[]> {
  if (tip) return [tip]
  const refs = await git.run(['for-each-ref', '--format=%(objectname) %(refname)'])
  return refs
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '))
    .filter(([oid, ref]) => oid !== head && ref !== 'refs/stash')
    .map(([oid]) => oid ?? '')
    .filter(Boolean)
}

/**
 * Makes sure every commit of the range is in this clone: fetches what a shallow clone lacks, deepening step
 * by step; fails with one clear line rather than scanning part of the range.
 */
export async function ensureRange(opts: EnsureOptions): Promise<CommitSet> {
  const { git } = opts
  const shallow = await git.isShallow()
  const head = await resolveOrFetch(git, opts.head, opts, shallow)
  const base = opts.base === undefined ? undefined : await resolveOrFetch(git, opts.base, opts, shallow)
  const tip = base ? undefined : await defaultBranchTip(git, opts)
  const set: CommitSet = {
    head,
    base,
    exclude: base ? [base] : await newBranchExclusions(git, head, tip),
    rulesFrom: base ?? tip
  }
  if (!(await truncated(git, set))) return set
  for (const step of DEEPEN_STEPS) {
    opts.logger.info(
      `The clone is shallow: fetching ${step} more commits of history to scan the whole range.`
    )
    await fetch(git, [`--deepen=${step}`, 'origin', head], opts)
    if (!(await truncated(git, set))) return set
  }
  await fetch(git, ['--unshallow', 'origin'], opts)
  if (!(await truncated(git, set))) return set
  throw notInClone(base, head)
}
