// A bare copy of one repository of the organisation, fetched for a history scan. The repository is hostile: its
// content must not be able to run anything (hooks), reach another server (submodules, redirects, lazy fetches) or
// receive the token anywhere but the GitHub server the workflow runs against.
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { Git, type GitConfig } from '../git.js'
import type { Logger } from '../logger.js'
import { scrub } from '../redact.js'
import { printable } from '../report/quote.js'
import { authorization } from '../scan/sources/fetch.js'

/**
 * Every ref a reader of the repository on GitHub can reach: branches, tags, notes, and the head of every pull
 * request. GitHub keeps `refs/pull/N/head` for ever, for forks' pull requests and closed ones too, so a key pushed
 * there is public whatever happens to the branch. `refs/pull/N/merge` is left out: GitHub's test merges only join
 * what the heads and the base already hold.
 */
export const REFSPECS = [
  '+refs/heads/*:refs/heads/*',
  '+refs/tags/*:refs/tags/*',
  '+refs/notes/*:refs/notes/*',
  '+refs/pull/*/head:refs/pull/*/head'
]

/** A repository that could not be fetched: the message is one line saying what to fix, with no secret in it. */
export class CloneError extends Error {}

export interface CloneOptions {
  /** Where the bare clone lives; reused when it already holds one (a run that stopped before deleting it). */
  dir: string
  /** The GitHub server (GITHUB_SERVER_URL): the token goes to its origin and nowhere else. */
  serverUrl: string
  repository: string
  token?: string
  logger: Logger
  /** Retry n (1-based) of a transient failure waits retryBaseMs × 4^(n-1). */
  retryBaseMs: number
  /** A fetch that would leave the clone larger than this many bytes is stopped (0: no limit). */
  maxBytes: number
}

export interface Clone {
  git: Git
  /** The default branch (`refs/heads/…`) and its tip; undefined when the server names none that exists. */
  ref?: string
  head?: string
  /** No ref at all: nothing was ever pushed. */
  empty: boolean
}

/** Retries after the first attempt; the waits add up to 21 × retryBaseMs (42 s by default). */
const RETRIES = 3

/**
 * Settings for every git command on a clone: no hooks (the clone's own or the machine's), no stored credentials, no
 * redirects (a redirect would carry the token's header to wherever it points), no submodules, no protocol but the
 * server's, no background maintenance that could outlive the scan.
 */
function safeConfig(serverUrl: string, token: string | undefined): GitConfig {
  const scheme = new URL(serverUrl).protocol.replace(/:$/, '')
  return {
    'core.hooksPath': '/dev/null',
    'credential.helper': '',
    'http.followRedirects': 'false',
    'protocol.allow': 'never',
    [`protocol.${scheme}.allow`]: 'always',
    'fetch.recurseSubmodules': 'false',
    'submodule.recurse': 'false',
    'gc.auto': '0',
    'maintenance.auto': 'false',
    ...authorization({ token, serverUrl })
  }
}

/** What a failed git command means for this repository, from git's own words. */
interface Failure {
  transient: boolean
  message: string
}

function explain(repository: string, stderr: string): Failure {
  const status = Number(/returned error: (\d{3})/.exec(stderr)?.[1] ?? /HTTP (\d{3})/.exec(stderr)?.[1] ?? 0)
  if (status === 429 || status >= 500) {
    return { transient: true, message: `the server answered ${status}` }
  }
  if (status === 301 || status === 302 || status === 307 || status === 308) {
    return {
      transient: false,
      message: `the server redirects ${repository} elsewhere (renamed or moved?): list it by its current name.`
    }
  }
  if (status === 404 || /repository '.*' not found|repository not found/i.test(stderr)) {
    return {
      transient: false,
      message:
        `${repository} was not found, or the token cannot read it: check the name, and that github-token ` +
        '(a GitHub App installation token) has Contents: read on it.'
    }
  }
  if (status === 401 || status === 403 || /could not read Username|Authentication failed/i.test(stderr)) {
    return {
      transient: false,
      message: `access to ${repository} was denied: give github-token Contents: read on it (a GitHub App installation token).`
    }
  }
  // A connection cut mid-transfer also leaves index-pack without its pack: it is the network, not the objects.
  if (
    /Failed to connect|Could not resolve host|Connection (?:reset|refused|timed out)|Operation timed out|early EOF|RPC failed|remote end hung up|transfer closed|SSL/i.test(
      stderr
    )
  ) {
    return { transient: true, message: `the connection to the server failed (${firstLine(stderr)})` }
  }
  if (/inflate|corrupt|bad object|hash mismatch|did not receive expected object/i.test(stderr)) {
    return {
      transient: false,
      message:
        `the server sent a damaged object (${firstLine(stderr)}): the repository may be corrupt on the server; ` +
        'ask its owners to check it (git fsck).'
    }
  }
  return { transient: false, message: `git could not fetch it: ${firstLine(stderr) || 'no message'}` }
}

function firstLine(stderr: string): string {
  const line =
    stderr
      .split('\n')
      .map((l) => l.replace(/^(?:(?:fatal|error|remote): )+/, '').trim())
      .find(Boolean) ?? ''
  return printable(scrub(line)).slice(0, 300)
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The bytes under `dir`, files only, symbolic links not followed. */
function sizeOf(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    total += statSync(path.join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0
  }
  return total
}

function tooLarge(options: CloneOptions): CloneError {
  return new CloneError(
    `${options.repository} is larger than max-repository-size (${options.maxBytes} bytes): raise the limit, or exclude it from the plan.`
  )
}

interface Attempt {
  code: number
  stdout: string
  stderr: string
  big: boolean
}

/** Runs git, stopping it when the clone grows past the size limit; resolves with its exit code and stderr. */
function watched(git: Git, args: string[], options: CloneOptions): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const child = git.spawn(args, ['ignore', 'pipe', 'pipe'], { GIT_NO_LAZY_FETCH: '1' })
    let stdout = ''
    let stderr = ''
    let big = false
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)))
    const objects = path.join(options.dir, 'objects')
    const timer =
      options.maxBytes > 0
        ? setInterval(() => {
            // git moves and removes files as it writes: a walk that meets one gone is tried again next time.
            let size = 0
            try {
              size = sizeOf(objects)
            } catch {
              return
            }
            if (size <= options.maxBytes) return
            big = true
            child.kill('SIGKILL')
          }, 250)
        : undefined
    child.on('error', (error) => {
      clearInterval(timer)
      reject(error)
    })
    child.on('close', (code) => {
      clearInterval(timer)
      resolve({ code: code ?? 1, stdout, stderr, big })
    })
  })
}

/** Runs a network command, retrying transient failures with a bounded backoff; resolves with its output. */
async function withRetries(git: Git, args: string[], options: CloneOptions): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const result = await watched(git, args, options)
    if (result.big) throw tooLarge(options)
    if (result.code === 0) return result.stdout
    const failure = explain(options.repository, result.stderr)
    if (!failure.transient) throw new CloneError(failure.message)
    if (attempt >= RETRIES) {
      throw new CloneError(`${failure.message} on each of ${RETRIES + 1} tries: run the batch again later.`)
    }
    const wait = options.retryBaseMs * 4 ** attempt
    options.logger.info(
      `${options.repository}: ${failure.message}; retry ${attempt + 1} of ${RETRIES} in ${wait} ms.`
    )
    await delay(wait)
  }
}

/** A bare repository at `dir`: the one already there, or a new one without the machine's templates (hooks). */
async function openBare(dir: string, config: GitConfig): Promise<Git> {
  const git = new Git(dir, config)
  const existing = statSync(dir, { throwIfNoEntry: false })
  if (existing?.isDirectory()) {
    const answer = await git.exec(['rev-parse', '--is-bare-repository'])
    if (answer.code === 0 && answer.stdout.toString().trim() === 'true') return git
    rmSync(dir, { recursive: true, force: true })
  }
  mkdirSync(path.dirname(dir), { recursive: true })
  await new Git(path.dirname(dir), config).run(['init', '--quiet', '--bare', '--template=', dir])
  return git
}

/** `ref: refs/heads/main<TAB>HEAD`: the default branch the server names, when it names a valid one. */
function defaultBranch(lsRemote: string): string | undefined {
  const ref = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(lsRemote)?.[1]
  return ref && !/\.\.|@\{|[\\~^:?*[]|\/\.|\.lock$|\/$/.test(ref) ? ref : undefined
}

/**
 * Fetches every ref of the repository into a bare clone at `options.dir`. Throws CloneError, with one line saying
 * what to fix, when the repository cannot be fetched.
 */
export async function cloneRepository(options: CloneOptions): Promise<Clone> {
  const url = `${options.serverUrl.replace(/\/+$/, '')}/${options.repository}.git`
  const git = await openBare(options.dir, safeConfig(options.serverUrl, options.token))
  // The default branch, asked on its own: a fetch of refspecs does not record where the server's HEAD points.
  const heads = await withRetries(git, ['ls-remote', '--symref', '--', url, 'HEAD'], options)
  const ref = defaultBranch(heads)
  await withRetries(
    git,
    [
      'fetch',
      '--quiet',
      '--prune',
      '--no-tags',
      '--no-recurse-submodules',
      '--no-write-fetch-head',
      '--',
      url,
      ...REFSPECS
    ],
    options
  )
  if (options.maxBytes > 0 && sizeOf(path.join(options.dir, 'objects')) > options.maxBytes)
    throw tooLarge(options)
  const refs = (await git.run(['for-each-ref', '--count=1', '--format=%(refname)'])).trim()
  if (ref) await git.run(['symbolic-ref', 'HEAD', ref])
  const head = ref ? await git.resolveCommit(ref) : undefined
  return { git, ref: head ? ref : undefined, head, empty: refs === '' }
}
