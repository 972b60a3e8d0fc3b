// An organisation of many small repositories, built in about a second: one `git fast-import` stream writes every
// repository's history, never a worktree, an index or a `git commit` per file. A few repositories hold keys (in
// a blob, in a commit message); the rest vary in visibility, archived, fork and topics so that a plan's filters
// have something to filter. Keys are made at run time (makeKey), so no key-shaped string is ever committed.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createBareRepository } from '../../src/emulator/git-http.js'
import { makeKey, seeded } from './keys.js'

export type Visibility = 'public' | 'private' | 'internal'

/** What a host (the emulator) is told about a repository; the names are `addRepository`'s. */
export interface RepositorySpec {
  owner: string
  name: string
  visibility: Visibility
  archived: boolean
  fork: boolean
  topics: string[]
  sizeKb: number
  defaultBranch: string
}

/** Where repositories live: the emulator's `addRepository`, which makes an empty bare repository and serves it. */
export type AddRepository = (spec: RepositorySpec) => { gitDir: string }

/** A key planted in one repository's history. */
export interface PlantedKey {
  repository: string
  key: string
  commit: string
  /** The file that holds it; absent for a key in a commit message. */
  path?: string
  where: 'blob' | 'message'
}

export interface OrgRepository extends RepositorySpec {
  fullName: string
  gitDir: string
  /** The default branch's tip. */
  head: string
}

export interface Org {
  owner: string
  repositories: OrgRepository[]
  planted: PlantedKey[]
  /** Holds the object store every repository borrows from: remove it with the repositories. */
  workDir: string
  /** Wall time of the build, for the bench and for telling how long a test's setup took. */
  ms: number
}

export interface OrgOptions {
  owner: string
  count: number
  addRepository: AddRepository
  /** How many repositories hold keys (default 4): spread over the organisation, never archived or forks. */
  keyed?: number
  /** Also plant a key in one archived repository and in one fork: a plan that skips them must not report it. */
  plantInSkipped?: boolean
  /** Different seeds give different organisations (and keys); the same seed the same one. */
  seed?: number
  /** Where the shared object store goes (default: a new temp directory); the caller removes it. */
  workDir?: string
}

const TOPICS = ['payments', 'frontend', 'ml', 'infra', 'docs']
const VISIBILITIES: Visibility[] = ['public', 'private', 'private', 'internal']
const WORDS =
  'const let return function import export await async if else value result request response client config user model data items index count total parse render update create fetch'.split(
    ' '
  )

/** A small plausible source file; different per repository so that repositories share few blobs. */
function sourceText(rand: () => number, lines: number): string {
  const out: string[] = []
  for (let i = 0; i < lines; i++) {
    const words = Array.from(
      { length: 3 + Math.floor(rand() * 6) },
      () => WORDS[Math.floor(rand() * WORDS.length)]
    )
    out.push(`${'  '.repeat(i % 3)}${words.join(' ')}(${Math.floor(rand() * 1000)})`)
  }
  return out.join('\n') + '\n'
}

interface Change {
  path: string
  content: string | null
}

interface Commit {
  message: string
  changes: Change[]
}

/** The fast-import stream of one repository's commits on `ref`; commit i gets mark :firstMark+i+1. */
function fastImportStream(commits: Commit[], ref: string, start: number, firstMark = 0): string {
  const parts: string[] = []
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`
  commits.forEach((commit, i) => {
    const who = `Dev ${i % 5} <dev${i % 5}@example.com> ${start + i * 3600} +0000`
    parts.push(`commit ${ref}\nmark :${firstMark + i + 1}\nauthor ${who}\ncommitter ${who}\n`)
    parts.push(data(commit.message))
    for (const change of commit.changes) {
      if (change.content === null) parts.push(`D ${change.path}\n`)
      else parts.push(`M 100644 inline ${change.path}\n${data(change.content)}`)
    }
    parts.push('\n')
  })
  return parts.join('')
}

/** Runs `git fast-import` into a bare repository; resolves to the commit id of every mark, in order. */
function fastImport(gitDir: string, stream: string, marksFile: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], {
      env: { ...process.env, GIT_DIR: gitDir },
      stdio: ['pipe', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git fast-import exited ${code}: ${stderr.slice(-300)}`))
      const marks = new Map<number, string>()
      for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
        const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line)
        if (m) marks.set(Number(m[1]), m[2]!)
      }
      resolve([...marks.keys()].sort((a, b) => a - b).map((k) => marks.get(k)!))
    })
    child.stdin.end(stream)
  })
}

/** The commits of one repository; keys planted as `plant` says, recorded in `planted` by commit index. */
function historyOf(
  spec: RepositorySpec,
  rand: () => number,
  plant: { blob?: string; message?: string }
): { commits: Commit[]; keys: Array<Omit<PlantedKey, 'commit'> & { index: number }> } {
  const fullName = `${spec.owner}/${spec.name}`
  const commits: Commit[] = [
    {
      message: 'Initial commit',
      changes: [
        { path: 'README.md', content: `# ${spec.name}\n\nPart of ${spec.owner}.\n` },
        { path: '.gitignore', content: 'node_modules/\n.env\n' },
        {
          path: 'package.json',
          content: JSON.stringify({ name: spec.name, version: '1.0.0' }, null, 2) + '\n'
        },
        { path: 'src/index.js', content: sourceText(rand, 20) }
      ]
    },
    { message: 'Add the client', changes: [{ path: 'src/client.js', content: sourceText(rand, 30) }] },
    { message: 'Update the index', changes: [{ path: 'src/index.js', content: sourceText(rand, 25) }] }
  ]
  const keys: Array<Omit<PlantedKey, 'commit'> & { index: number }> = []
  if (plant.blob) {
    const file = 'config/settings.env'
    commits.push({
      message: 'Add local settings',
      changes: [{ path: file, content: `MODEL=gpt-4o\nOPENAI_API_KEY=${plant.blob}\n` }]
    })
    keys.push({ repository: fullName, key: plant.blob, path: file, where: 'blob', index: commits.length - 1 })
    // Removed again: the key stays in history, where a history scan must still find it.
    commits.push({ message: 'Remove local settings', changes: [{ path: file, content: null }] })
  }
  if (plant.message) {
    commits.push({
      message: `Point the client at the new project\n\nUsing ${plant.message} until the secret is set.\n`,
      changes: [{ path: 'src/client.js', content: sourceText(rand, 31) }]
    })
    keys.push({ repository: fullName, key: plant.message, where: 'message', index: commits.length - 1 })
  }
  return { commits, keys }
}

/**
 * Builds `count` repositories named `repo-0001`… under `owner`. Repository i is archived when i % 10 === 9, a fork
 * when i % 7 === 6, has visibility VISIBILITIES[i % 4] and topics by i. Keyed repositories (`keyed`, spread
 * evenly, none archived or a fork) alternate: a key in a blob, a key in a message, both.
 */
export async function buildOrg(options: OrgOptions): Promise<Org> {
  const started = performance.now()
  const { owner, count } = options
  const seed = options.seed ?? 1
  const keyed = options.keyed ?? 4
  const specs: RepositorySpec[] = Array.from({ length: count }, (_, i) => ({
    owner,
    name: `repo-${String(i + 1).padStart(4, '0')}`,
    visibility: VISIBILITIES[i % VISIBILITIES.length]!,
    archived: i % 10 === 9,
    fork: i % 7 === 6,
    topics: i % 3 === 0 ? [TOPICS[i % TOPICS.length]!] : i % 3 === 1 ? [TOPICS[i % 5]!, 'service'] : [],
    sizeKb: 4 + ((i * 37) % 200),
    defaultBranch: 'main'
  }))
  const plain = specs.flatMap((s, i) => (s.archived || s.fork ? [] : [i]))
  const plants = new Map<number, { blob?: string; message?: string }>()
  let keySeed = seed * 1000
  for (let k = 0; k < keyed; k++) {
    const index = plain[Math.floor(((k + 0.5) * plain.length) / keyed)]!
    const kind = k % 3
    plants.set(index, {
      blob: kind !== 1 ? makeKey(k % 2 ? 'project' : 'service-account', ++keySeed) : undefined,
      message: kind !== 0 ? makeKey('project', ++keySeed) : undefined
    })
  }
  if (options.plantInSkipped) {
    const archived = specs.findIndex((s) => s.archived && !s.fork)
    const fork = specs.findIndex((s) => s.fork && !s.archived)
    plants.set(archived, { blob: makeKey('project', ++keySeed) })
    plants.set(fork, { message: makeKey('project', ++keySeed) })
  }

  // One fast-import for the whole organisation into a shared object store, one branch per repository; each
  // repository borrows its objects through `objects/info/alternates` (as GitHub's forks share a network) and
  // gets its own default branch. One git process in all, whatever the count.
  const workDir = options.workDir ?? mkdtempSync(path.join(tmpdir(), 'okg-org-'))
  const store = path.join(workDir, 'objects.git')
  createBareRepository(store, 'main')
  const histories = specs.map((spec, i) => historyOf(spec, seeded(seed * 100_003 + i), plants.get(i) ?? {}))
  let mark = 0
  const stream = histories
    .map(({ commits }, i) => {
      const text = fastImportStream(commits, `refs/heads/${specs[i]!.name}`, 1_767_225_600 + i * 60, mark)
      mark += commits.length
      return text
    })
    .join('')
  const ids = await fastImport(store, stream, path.join(workDir, 'marks'))
  const planted: PlantedKey[] = []
  const repositories: OrgRepository[] = []
  mark = 0
  specs.forEach((spec, i) => {
    const { commits, keys } = histories[i]!
    const commitIds = ids.slice(mark, mark + commits.length)
    mark += commits.length
    const { gitDir } = options.addRepository(spec)
    mkdirSync(path.join(gitDir, 'objects/info'), { recursive: true })
    writeFileSync(path.join(gitDir, 'objects/info/alternates'), path.join(store, 'objects') + '\n')
    writeFileSync(path.join(gitDir, 'packed-refs'), `${commitIds.at(-1)} refs/heads/${spec.defaultBranch}\n`)
    for (const { index, ...key } of keys) planted.push({ ...key, commit: commitIds[index]! })
    repositories.push({ ...spec, fullName: `${owner}/${spec.name}`, gitDir, head: commitIds.at(-1)! })
  })
  planted.sort((a, b) => (a.repository + a.where).localeCompare(b.repository + b.where))
  return { owner, repositories, planted, workDir, ms: performance.now() - started }
}

/** One more commit on a repository's default branch (for incremental reruns); returns its id. */
export async function addCommit(
  repository: OrgRepository,
  message: string,
  changes: Change[],
  marksFile: string
): Promise<string> {
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`
  const who = `Dev 9 <dev9@example.com> 1798761600 +0000`
  const stream =
    `commit refs/heads/${repository.defaultBranch}\nmark :1\nauthor ${who}\ncommitter ${who}\n` +
    data(message) +
    `from ${repository.head}\n` +
    changes
      .map((c) => (c.content === null ? `D ${c.path}\n` : `M 100644 inline ${c.path}\n${data(c.content)}`))
      .join('') +
    '\n'
  const [id] = await fastImport(repository.gitDir, stream, marksFile)
  repository.head = id!
  return id!
}
