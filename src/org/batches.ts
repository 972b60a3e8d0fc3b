// The plan of an organisation scan, pure: which listed repositories to scan (filters) and how to split them into
// the jobs of one `strategy.matrix` (balanced, deterministic and stable batches), within the limits of GitHub
// Actions. The listing itself is src/github/repositories.ts; the command that joins both is src/commands/plan.ts.
import { ConfigurationError } from '../errors.js'
import { GlobMatcher, MAX_GLOBS_LENGTH } from '../scan/glob.js'

export type Visibility = 'public' | 'private' | 'internal'

/** One repository as the listing gives it, reduced to what the plan needs. */
export interface OrgRepository {
  /** `owner/name`, as GitHub spells it. */
  fullName: string
  owner: string
  name: string
  visibility: Visibility
  archived: boolean
  fork: boolean
  topics: string[]
  /** GitHub's `size`, in KB, computed hourly; 0 for a repository just created (and for an empty one). */
  sizeKb: number
}

export interface RepositoryFilters {
  org: string
  visibility: Visibility | 'all'
  /** Keep archived repositories too. */
  archived: boolean
  /** Keep forks too. */
  forks: boolean
  /** Globs over `owner/name`; empty keeps every repository. */
  include: string[]
  exclude: string[]
  /** Keep a repository that has any of these topics; empty keeps every repository. */
  topics: string[]
}

/** The filters in the order they apply; a repository is counted against the first one that removes it. */
export const FILTERS = ['owner', 'archived', 'forks', 'visibility', 'topics', 'include', 'exclude'] as const
export type FilterName = (typeof FILTERS)[number]

export interface Filtered {
  kept: OrgRepository[]
  removed: Record<FilterName, number>
}

// GitHub's rule for owner and repository names. Names become matrix values, cache keys and paths downstream: a
// listing that breaks the rule is not trusted with any of those.
const NAME = /^[A-Za-z0-9._-]+$/

/** Whether `owner/name` is two names GitHub could have given (not `.` or `..`, which are path steps). */
export function isRepositoryName(fullName: string): boolean {
  const parts = fullName.split('/')
  return parts.length === 2 && parts.every((p) => NAME.test(p) && p !== '.' && p !== '..')
}

/**
 * Splits an input list: one item per line, or separated by commas, except commas inside `{…}` (a glob's
 * alternatives, `org/{api,web}-*`) or escaped with `\`.
 */
export function splitList(text: string): string[] {
  const items: string[] = []
  let depth = 0
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (c === '\\' && i + 1 < text.length) {
      current += c + (text[++i] as string)
      continue
    }
    if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    if (c === '\n' || c === '\r' || (c === ',' && depth === 0)) {
      items.push(current)
      current = ''
      depth = 0
    } else current += c
  }
  items.push(current)
  return items.map((item) => item.trim()).filter(Boolean)
}

/**
 * Compiles the globs of input `name` into one matcher over `owner/name`, case-insensitive as GitHub's names are.
 * A glob without `/` could never match `owner/name` (`*` stops at `/`): it is refused, not left to match nothing.
 */
export function repositoryMatcher(name: string, globs: string[]): (fullName: string) => boolean {
  const total = globs.reduce((sum, glob) => sum + glob.length, 0)
  if (total > MAX_GLOBS_LENGTH) {
    throw new ConfigurationError(
      `Input '${name}': the globs hold ${total} characters together; at most ${MAX_GLOBS_LENGTH}.`
    )
  }
  const lone = globs.find((glob) => !glob.includes('/') && !glob.includes('**'))
  if (lone !== undefined) {
    throw new ConfigurationError(
      `Input '${name}' has ${JSON.stringify(lone)}: globs match owner/name, so write */${lone} or ORG/${lone}.`
    )
  }
  const matcher = GlobMatcher.of(
    globs.map((glob) => glob.toLowerCase()),
    `Input '${name}'`
  )
  return (fullName) => matcher.matches(fullName.toLowerCase())
}

/** Applies the filters in the order of FILTERS and counts what each removed. */
export function filterRepositories(repositories: OrgRepository[], f: RepositoryFilters): Filtered {
  const included = f.include.length > 0 ? repositoryMatcher('include', f.include) : () => true
  const excluded = f.exclude.length > 0 ? repositoryMatcher('exclude', f.exclude) : () => false
  const topics = new Set(f.topics.map((t) => t.toLowerCase()))
  const org = f.org.toLowerCase()
  // Each test says whether the repository stays.
  const tests: Record<FilterName, (r: OrgRepository) => boolean> = {
    owner: (r) => r.owner.toLowerCase() === org,
    archived: (r) => f.archived || !r.archived,
    forks: (r) => f.forks || !r.fork,
    visibility: (r) => f.visibility === 'all' || r.visibility === f.visibility,
    topics: (r) => topics.size === 0 || r.topics.some((t) => topics.has(t.toLowerCase())),
    include: (r) => included(r.fullName),
    exclude: (r) => !excluded(r.fullName)
  }
  const removed = Object.fromEntries(FILTERS.map((name) => [name, 0])) as Record<FilterName, number>
  const kept = repositories.filter((r) => {
    const failed = FILTERS.find((name) => !tests[name](r))
    if (failed) removed[failed]++
    return failed === undefined
  })
  return { kept, removed }
}

/**
 * What one repository costs a batch beyond its size, in KB: a clone of an empty repository still takes its
 * round trips, a few processes and API calls, about a second on a hosted runner, which fetches some 20 MB in that
 * time. Without it, a thousand empty repositories would weigh nothing and land in one batch.
 */
export const REPOSITORY_COST_KB = 20_480

/** How far above the mean a batch may grow before a repository goes to the next batch with room. */
export const SLACK = 0.1

/** GitHub Actions runs at most 256 jobs from one matrix. */
export const MAX_BATCHES = 256

export interface Batch {
  /** The matrix's `batch` value: the batch's slot, from 1, stable while the organisation changes. */
  batch: string
  /** `owner/name`, sorted. */
  repositories: string[]
  /** The sum of the repositories' costs (size + REPOSITORY_COST_KB). */
  costKb: number
}

/** FNV-1a, 32 bits: a fixed hash of a name, the same on every machine and in every version of Node. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

interface Item {
  fullName: string
  key: string
  cost: number
  home: number
}

const byKey = (a: Item, b: Item): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)

/**
 * Splits the repositories into at most `batches` groups of about equal cost, the same way every time.
 *
 * Each repository has a home slot, a hash of its name: a repository stays in its batch while the organisation
 * grows or shrinks, so the batch's `actions/cache` entry (keyed by the batch) still holds its record next night.
 * Sorted greedy packing (largest first into the lightest batch) balances about as well but moves most
 * repositories when one is added, and every moved repository is scanned in full again.
 *
 * - Fewer repositories than slots: one repository per batch, the home slot or the next free one.
 * - Otherwise consistent hashing with bounded loads: largest first, each goes to the first slot from its home
 *   whose cost stays within the mean plus SLACK; one that fits nowhere goes to the lightest slot (the one
 *   nearest its home among equals). A batch passes the bound only then: a repository larger than the bound
 *   (placed first, so it gets a batch of its own while slots are empty), or a large one when every batch is
 *   nearly full, which needs a repository over a tenth of the mean.
 */
export function planBatches(
  repositories: Array<Pick<OrgRepository, 'fullName' | 'sizeKb'>>,
  batches: number
): Batch[] {
  if (!Number.isInteger(batches) || batches < 1 || batches > MAX_BATCHES) {
    throw new RangeError(`batches must be a whole number from 1 to ${MAX_BATCHES}`)
  }
  const seen = new Set<string>()
  const items: Item[] = []
  for (const r of repositories) {
    const key = r.fullName.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    const size = Number.isFinite(r.sizeKb) && r.sizeKb > 0 ? r.sizeKb : 0
    items.push({ fullName: r.fullName, key, cost: size + REPOSITORY_COST_KB, home: hash(key) % batches })
  }
  const slots: Item[][] = Array.from({ length: batches }, () => [])
  const load = new Array<number>(batches).fill(0)
  const place = (item: Item, slot: number): void => {
    slots[slot]!.push(item)
    load[slot]! += item.cost
  }
  if (items.length <= batches) {
    // In home order, so that a new repository displaces only the ones that probed past its home.
    for (const item of items.sort((a, b) => a.home - b.home || byKey(a, b))) {
      let slot = item.home
      while (slots[slot]!.length > 0) slot = (slot + 1) % batches
      place(item, slot)
    }
  } else {
    items.sort((a, b) => b.cost - a.cost || byKey(a, b))
    // The bound is the share of the repositories that share batches: one larger than its share gets a batch
    // of its own, and counting it in the mean would let every other batch grow past the balance.
    let rest = items.reduce((sum, item) => sum + item.cost, 0)
    let shared = batches
    for (const item of items) {
      if (shared === 1 || item.cost <= (rest / shared) * (1 + SLACK)) break
      rest -= item.cost
      shared--
    }
    const bound = (rest / shared) * (1 + SLACK)
    for (const item of items) {
      let chosen = -1
      let lightest = item.home
      for (let step = 0; step < batches; step++) {
        const slot = (item.home + step) % batches
        if (load[slot]! + item.cost <= bound) {
          chosen = slot
          break
        }
        if (load[slot]! < load[lightest]!) lightest = slot
      }
      place(item, chosen >= 0 ? chosen : lightest)
    }
  }
  return slots.flatMap((group, slot) =>
    group.length === 0
      ? []
      : [
          {
            batch: String(slot + 1),
            repositories: group.sort(byKey).map((item) => item.fullName),
            costKb: load[slot]!
          }
        ]
  )
}

/**
 * A job's outputs hold 1 MB together, counted in UTF-16 (two bytes a character for names, which are ASCII):
 * the matrix keeps under 500,000 characters, leaving room for the step's other outputs.
 */
export const MAX_MATRIX_CHARS = 500_000

/**
 * The runner hands a step its inputs as environment variables, and Linux refuses to start a process with a
 * variable over 128 KiB (MAX_ARG_STRLEN): one batch's `repositories` stays well below that.
 */
export const MAX_BATCH_CHARS = 120_000

export interface Matrix {
  include: Array<{ batch: string; repositories: string }>
}

/** The matrix as `strategy.matrix` takes it (one line of JSON), or one line that says what to change. */
export function matrixJson(batches: Batch[], requested: number): { matrix: Matrix; json: string } {
  const matrix: Matrix = {
    include: batches.map((b) => ({ batch: b.batch, repositories: b.repositories.join(' ') }))
  }
  const json = JSON.stringify(matrix)
  const count = batches.reduce((sum, b) => sum + b.repositories.length, 0)
  if (json.length > MAX_MATRIX_CHARS) {
    throw new ConfigurationError(
      `The matrix of ${count} repositories takes ${json.length} characters, more than a job's outputs hold ` +
        `(1 MB, about ${MAX_MATRIX_CHARS} characters): plan the organisation in parts, one plan job and one ` +
        `matrix per part, with include (e.g. include: ORG/[a-m]* and include: ORG/[!a-m]*).`
    )
  }
  const longest = matrix.include.reduce(
    (max, b) => (b.repositories.length > max.repositories.length ? b : max),
    matrix.include[0] ?? { batch: '', repositories: '' }
  )
  if (longest.repositories.length > MAX_BATCH_CHARS) {
    throw new ConfigurationError(
      `Batch ${longest.batch} lists ${longest.repositories.length} characters of repository names, more than a ` +
        `step input can pass (${MAX_BATCH_CHARS}; the runner passes inputs as environment variables): raise ` +
        `batches (now ${requested}; at most ${MAX_BATCHES}).`
    )
  }
  return { matrix, json }
}
