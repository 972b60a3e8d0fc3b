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
  /** What the scan covers when the push is not a plain fast-forward (a new branch, a force push), in words. */
  notes: string[]
}

/**
 * What a push event says about the branch: `created` (before is all zeros), `forced` (the payload's `forced`), or
 * `update` (a push that may still have rewritten the branch: before is not always an ancestor of after).
 */
export type PushKind = 'created' | 'update' | 'forced'

export interface EnsureOptions {
  git: Git
  base?: string
  head: string
  defaultBranch?: string
  /** Set for push events only: a range given by the user is scanned as given. */
  push?: PushKind
  token?: string
  /** The GitHub server (GITHUB_SERVER_URL): the only host the token is ever sent to. */
  serverUrl?: string
  logger: Logger
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const DEEPEN_STEPS = [50, 500]

export interface FetchAuth {
  token?: string
  serverUrl?: string
  logger: Logger
}

/**
 * The token as a header scoped to the GitHub server's origin, as actions/checkout's git-auth-helper does: an
 * unscoped `http.extraheader` goes to every host git talks to, including a submodule's server that a pull
 * request chose. Undefined when there is no token or no server to scope it to.
 */
export function authorization({
  token,
  serverUrl
}: Pick<FetchAuth, 'token' | 'serverUrl'>): Record<string, string> | undefined {
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

async function rangeCommits(git: Git, set: Pick<CommitSet, 'head' | 'exclude'>): Promise<string[]> {
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

/** Whether `older` is an ancestor of (or is) `newer`. */
async function isAncestor(git: Git, older: string, newer: string): Promise<boolean> {
  return (await git.exec(['merge-base', '--is-ancestor', older, newer])).code === 0
}

/** Up to ten short commit ids, then how many more. */
function shortList(commits: string[]): string {
  const named = commits
    .slice(0, 10)
    .map((c) => c.slice(0, 7))
    .join(', ')
  return commits.length > 10 ? `${named} and ${commits.length - 10} more` : named
}

/**
 * A force push: what is new is what `head` reaches and neither the old tip nor the default branch does; what the
 * old tip reached and nothing reaches any more is dropped, and named. The old tip may be gone from the server
 * (GitHub keeps it for a while, not for ever): then only the default branch bounds the scan.
 */
async function forcedPush(git: Git, head: string, opts: EnsureOptions, shallow: boolean): Promise<CommitSet> {
  const before = opts.base
    ? await resolveOrFetch(git, opts.base, opts, shallow).catch(() => undefined)
    : undefined
  const tip = await defaultBranchTip(git, opts)
  const exclude = [before, tip].filter((c): c is string => c !== undefined)
  const against = [
    before && `the old tip ${before.slice(0, 7)}`,
    tip && `the default branch ${opts.defaultBranch}`
  ]
    .filter(Boolean)
    .join(' nor on ')
  const notes = [
    `This force push rewrote the branch: scanned only the commits that are not on ${against || 'any other ref'}.`
  ]
  if (opts.base && !before) {
    notes.push(
      `The old tip ${opts.base.slice(0, 7)} is not in this clone: the commits it dropped cannot be named.`
    )
  }
  return {
    head,
    base: before,
    exclude: exclude.length > 0 ? exclude : await newBranchExclusions(git, head, undefined),
    rulesFrom: before ?? tip,
    notes
  }
}

/**
 * The line naming what a force push dropped: what the old tip reaches and neither the new tip nor the default
 * branch does. Asked once the new side is complete, so that a shallow cut does not pass for a drop; a cut on the old
 * side (its shallow boundary among them) makes the list an upper bound, and the line says so.
 */
async function droppedNote(git: Git, set: CommitSet): Promise<string> {
  const before = set.base ?? ''
  const gone = await rangeCommits(git, {
    head: before,
    exclude: [set.head, ...set.exclude.filter((c) => c !== before)]
  })
  if (gone.length === 0) return 'It dropped no commits.'
  const boundary = await git.shallowCommits()
  const cut = gone.some((c) => boundary.has(c))
  const count = gone.length === 1 ? '1 commit' : `${gone.length} commits`
  return (
    `It dropped ${cut ? `at most ${count} (this clone is shallow)` : count} that the branch no longer reaches: ` +
    `${shortList(gone)}. They stay readable by their ids: a key in them is still leaked.`
  )
}

/** The commits of a range: base..head, unless a new branch or a force push changes what is new. */
async function commitSet(git: Git, head: string, opts: EnsureOptions, shallow: boolean): Promise<CommitSet> {
  if (opts.push === 'forced') return forcedPush(git, head, opts, shallow)
  const base = opts.base === undefined ? undefined : await resolveOrFetch(git, opts.base, opts, shallow)
  const tip = base ? undefined : await defaultBranchTip(git, opts)
  const notes: string[] = []
  if (opts.push === 'created') {
    notes.push(
      tip
        ? `This push creates the branch: scanned the commits it adds over the default branch ${opts.defaultBranch}, not the whole history.`
        : `This push creates the branch and the default branch ${opts.defaultBranch ? `${opts.defaultBranch} could not be fetched` : 'is unknown'}: scanned the commits that no other ref reaches, not the whole history.`
    )
  }
  return {
    head,
    base,
    exclude: base ? [base] : await newBranchExclusions(git, head, tip),
    rulesFrom: base ?? tip,
    notes
  }
}

/**
 * Makes sure every commit of the range is in this clone: fetches what a shallow clone lacks, deepening step
 * by step; fails with one clear line rather than scanning part of the range.
 */
export async function ensureRange(opts: EnsureOptions): Promise<CommitSet> {
  const { git } = opts
  const shallow = await git.isShallow()
  const head = await resolveOrFetch(git, opts.head, opts, shallow)
  let set = await commitSet(git, head, opts, shallow)
  await complete(set, opts)
  // Whether a push rewrote the branch can be told only once the range is whole: a shallow cut hides ancestry.
  const rewritten =
    opts.push === 'update' && set.base !== undefined && !(await isAncestor(git, set.base, head))
  if (rewritten) {
    set = await forcedPush(git, head, opts, shallow)
    await complete(set, opts)
  }
  if (set.base && (rewritten || opts.push === 'forced')) set.notes.push(await droppedNote(git, set))
  return set
}

/** Fetches what a shallow clone lacks of the range, deepening step by step; throws when it cannot. */
async function complete(set: CommitSet, opts: EnsureOptions): Promise<void> {
  const { git } = opts
  if (!(await truncated(git, set))) return
  for (const step of DEEPEN_STEPS) {
    opts.logger.info(
      `The clone is shallow: fetching ${step} more commits of history to scan the whole range.`
    )
    await fetch(git, [`--deepen=${step}`, 'origin', set.head], opts)
    if (!(await truncated(git, set))) return
  }
  await fetch(git, ['--unshallow', 'origin'], opts)
  if (!(await truncated(git, set))) return
  throw notInClone(set.base, set.head)
}
