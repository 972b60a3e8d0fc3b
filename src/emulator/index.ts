// A local GitHub + OpenAI for rotation tests and the demo. Rotation code and its tests rely on these names.
import sodium from 'libsodium-wrappers'
import { Faults, type Fault } from './faults.js'
import { ALL_PERMISSIONS, GitHubService, type Permissions } from './github.js'
import type { SarifUpload } from './github-code-scanning.js'
import { Repositories, selectionOf, type RepositoryOptions } from './github-repos.js'
import { IdSource } from './keys.js'
import { OpenAIService } from './openai.js'
import { SecretStores } from './secret-stores.js'
import { EmulatorServer } from './server.js'

export interface EmulatorOptions {
  port?: number
  owner?: string
  repo?: string
  /** GitHub tokens and their permission sets, e.g. { token: { secrets: 'write', metadata: 'read' } }. */
  tokens?: Record<string, Permissions>
  /** Wall time of a simulated smoke run (default 300). */
  smokeRunMs?: number
  /** Revoked keys keep answering 200 for this long (default 0). */
  revocationDelayMs?: number
  /** Check every exchange against the official descriptions into violations() (default true; false skips them). */
  strict?: boolean
  /** Deterministic ids, keys and key pairs. */
  seed?: number
  /**
   * Enforces GitHub's primary rate limit per token: `limit` requests per `windowMs`, then 403 with
   * `x-ratelimit-remaining: 0` until `x-ratelimit-reset`. Default: 5,000 an hour, counted but never enforced.
   */
  rateLimit?: { limit: number; windowMs?: number }
  /** Where hosted repositories are made (default: the OS temp directory); a tmpfs makes a thousand cheap. */
  gitRoot?: string
}

export type { RepositoryOptions } from './github-repos.js'
export type { SarifUpload } from './github-code-scanning.js'

export interface Emulator {
  url: string
  /**
   * The "github.com" of this emulator (GITHUB_SERVER_URL): an origin, as on github.com. It serves git at
   * `${serverUrl}/${owner}/${name}.git`; the REST API lives under `${serverUrl}/github` (githubUrl).
   */
  serverUrl: string
  githubUrl: string
  openaiUrl: string
  adminKey: string
  projectId: string
  token: string
  /**
   * Creates a token with just these permissions. With `repositories` (`owner/name`s) it is the token of an
   * installation granted only those: others answer 404 to it (the public ones stay readable).
   */
  addToken(permissions: Record<string, 'read' | 'write'>, options?: { repositories?: string[] }): string
  /**
   * Hosts a repository: an empty bare repository at `gitDir` that the test fills with git (push or
   * fast-import), served over smart HTTP at `cloneUrl` behind token auth (Basic `x-access-token:<token>`),
   * and listed by `GET /orgs/{owner}/repos` and `GET /installation/repositories` in creation order.
   * Costs no git process. The emulator's own repository (`owner/repo` options) is not hosted until added.
   */
  addRepository(repo: RepositoryOptions): { gitDir: string; cloneUrl: string }
  /** Deletes a hosted repository (one that is gone between plan and scan): 404 from the API and git. */
  removeRepository(repo: { owner: string; name: string }): void
  /** Another project in the organisation; returns its id. */
  seedProject(name: string): string
  /** A service account with a live key ("the current key"), in the default project unless another is named. */
  seedServiceAccount(name?: string, projectId?: string): { id: string; key: string; keyId: string }
  /** A user-owned project key (owner.type 'user'). */
  seedUserKey(projectId?: string): { key: string; keyId: string }
  /** Sets when a key was created or last used, or when it expires (ms), to seed an organisation's history. */
  setKeyTimes(
    keyId: string,
    times: { createdAt?: number; lastUsedAt?: number | null; expiresAt?: number }
  ): void
  /** The key served model requests at `at` (default now): usage endpoints report them, `last_used_at` moves. */
  recordUsage(
    keyId: string,
    usage: {
      requests: number
      at?: number
      inputTokens?: number
      outputTokens?: number
      /** The usage endpoint that reports it (default completions). */
      endpoint?: 'completions' | 'embeddings'
    }
  ): void
  /**
   * A production consumer: every `everyMs` it calls `GET /models` with its key over HTTP and records one model
   * request for it, until told to switch to another key or to stop.
   */
  consumer(key: string, everyMs?: number): Consumer
  /** Decrypted value; scope 'repo' (default) | `env:NAME` | `org:ORG` | 'dependabot'. */
  secret(name: string, scope?: string): string | undefined
  /** Plants a value as a human would, sealed under the store's key pair. */
  setSecret(name: string, value: string, scope?: string): void
  variable(name: string): string | undefined
  isLive(key: string): boolean
  /** Every project key the emulated OpenAI ever issued, revoked and deleted ones included, oldest first. */
  issuedKeys(): string[]
  serviceAccounts(): Array<{ id: string; name: string; keyIds: string[] }>
  issues(): Array<{
    number: number
    title: string
    body: string
    labels: string[]
    state: string
    comments: string[]
  }>
  runs(): Array<{
    id: number
    workflow: string
    status: string
    conclusion: string | null
    inputs: Record<string, unknown>
  }>
  /**
   * Every request, in the order answered: path without the /github or /openai/v1 prefix or query; status 0 when dropped
   * or hung; `at` is when it arrived (ms since the epoch).
   */
  requests(): Array<{
    /** 'git': the smart HTTP routes, path as requested (`/octo-org/a.git/info/refs`), with the token presented. */
    api: 'github' | 'openai' | 'git'
    method: string
    path: string
    status: number
    body: unknown
    at: number
    token?: string
  }>
  /**
   * Every SARIF upload code scanning accepted (202), oldest first, decoded: `processing_status` is `failed`
   * with `errors` when the SARIF broke one of GitHub's hard limits (runs, results or rules per run).
   */
  sarifUploads(): SarifUpload[]
  /** Contract violations and calls to unemulated routes; tests assert []. */
  violations(): string[]
  /** Faults by api + method + path pattern; `call` defaults to 'every'. A fault with only delayMs then answers normally. */
  fault(f: Fault): void
  /** A workflow run in progress that nothing simulates: the run a rotation itself runs in (GITHUB_RUN_ID). */
  startRun(workflow?: string, event?: string): number
  /** Ends such a run: completed with this conclusion (a killed runner's run ends 'cancelled' or 'failure'). */
  finishRun(id: number, conclusion: 'success' | 'failure' | 'cancelled'): void
  /**
   * What runs of one workflow do with the secret (default: the smoke test, GET /models with it). A deploy:
   * `(secret) => { consumer.switchTo(secret!); return true }`; a failing workflow: `() => false`.
   */
  scriptWorkflow(file: string, script: (secret: string | undefined) => boolean | Promise<boolean>): void
  /** Makes smoke runs conclude with failure whatever the secret holds. */
  failSmoke(on?: boolean): void
  close(): Promise<void>
}

export interface Consumer {
  /** The key it uses now. */
  readonly key: string
  switchTo(key: string): void
  stop(): void
}

const REPO_ID = 1296269

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  await sodium.ready
  const seed = options.seed ?? 1
  const ids = new IdSource(seed)
  const owner = options.owner ?? 'octo-org'
  const repo = options.repo ?? 'service'
  const adminKey = ids.adminKey()
  const token = ids.githubToken()
  const tokens = new Map<string, Permissions>(Object.entries(options.tokens ?? {}))
  tokens.set(token, { ...ALL_PERMISSIONS })
  const selections = new Map<string, ReadonlySet<string>>()
  const repositories = new Repositories(options.gitRoot)
  const projectId = 'proj_emu1'
  const links = { api: '', web: '' }
  const stores = new SecretStores(seed, () => ids.publicKeyId())
  const faults = new Faults()
  const consumers = new Set<NodeJS.Timeout>()

  const openai = new OpenAIService({
    ids,
    projectId,
    adminKeys: new Set([adminKey]),
    revocationDelayMs: options.revocationDelayMs ?? 0
  })
  const github = new GitHubService({
    owner,
    repo,
    repoId: REPO_ID,
    links,
    ids,
    stores,
    tokens,
    selections,
    repositories,
    rateLimit: options.rateLimit ? { ...options.rateLimit, enforce: true } : { limit: 5000, enforce: false },
    smokeRunMs: options.smokeRunMs ?? 300,
    // The run calls the emulated OpenAI over HTTP, so the call is recorded and faults apply to it.
    smoke: async (key) => {
      const response = await fetch(`${server.url}/openai/v1/models`, {
        headers: { authorization: `Bearer ${key}` }
      })
      await response.arrayBuffer()
      return response.status === 200
    }
  })
  const server = new EmulatorServer({
    services: [github, openai],
    faults,
    checkContracts: options.strict ?? true,
    port: options.port ?? 0,
    git: github
  })
  await server.listen()
  links.api = `${server.url}/github`
  links.web = server.url

  return {
    url: server.url,
    serverUrl: server.url,
    githubUrl: `${server.url}/github`,
    openaiUrl: `${server.url}/openai/v1`,
    adminKey,
    projectId,
    token,
    addToken(permissions, tokenOptions = {}) {
      const t = ids.githubToken()
      tokens.set(t, { ...permissions })
      if (tokenOptions.repositories) selections.set(t, selectionOf(tokenOptions.repositories))
      return t
    },
    addRepository(repo) {
      const hosted = repositories.add(repo)
      return { gitDir: hosted.gitDir, cloneUrl: `${server.url}/${hosted.owner}/${hosted.name}.git` }
    },
    removeRepository({ owner: o, name }) {
      if (!repositories.remove(o, name)) throw new Error(`no hosted repository ${o}/${name}`)
    },
    seedProject: (name) => openai.createProject(name).id,
    seedServiceAccount(name = 'okg:seeded', project = projectId) {
      const { sa, key } = openai.createServiceAccount(name, true, undefined, project)
      return { id: sa.id, key: key!.value, keyId: key!.id }
    },
    seedUserKey(project = projectId) {
      const key = openai.createUserKey(project)
      return { key: key.value, keyId: key.id }
    },
    setKeyTimes(keyId, times) {
      const key = openai.keys.get(keyId)
      if (!key) throw new Error(`no key ${keyId}`)
      if (times.createdAt !== undefined) key.createdAt = times.createdAt
      if (times.lastUsedAt !== undefined) key.lastUsedAt = times.lastUsedAt
      if (times.expiresAt !== undefined) key.expiresAt = times.expiresAt
    },
    recordUsage: (keyId, u) =>
      openai.recordUsage(keyId, u.at ?? Date.now(), u.requests, u.inputTokens, u.outputTokens, u.endpoint),
    consumer(initial, everyMs = 100) {
      let key = initial
      let stopped = false
      const tick = async (): Promise<void> => {
        const response = await fetch(`${server.url}/openai/v1/models`, {
          headers: { authorization: `Bearer ${key}` }
        }).catch(() => undefined)
        await response?.arrayBuffer()
        const used = [...openai.keys.values()].find((k) => k.value === key)
        if (response?.status === 200 && used) openai.recordUsage(used.id, Date.now(), 1, 120, 40)
      }
      const timer = setInterval(() => void tick(), everyMs)
      consumers.add(timer)
      void tick()
      return {
        get key() {
          return key
        },
        switchTo(next) {
          if (!stopped) key = next
        },
        stop() {
          stopped = true
          clearInterval(timer)
          consumers.delete(timer)
        }
      }
    },
    secret: (name, scope = 'repo') => github.secret(scope, name),
    setSecret: (name, value, scope = 'repo') => stores.plant(scope, name, value, Date.now()),
    variable: (name) => github.variables.get(name.toUpperCase())?.value,
    isLive: (key) => openai.isLive(key),
    issuedKeys: () => [...openai.keys.values()].map((k) => k.value),
    serviceAccounts: () =>
      [...openai.serviceAccounts.values()].map((sa) => ({
        id: sa.id,
        name: sa.name,
        keyIds: [...openai.keys.values()]
          .filter((k) => k.owner.type === 'service_account' && k.owner.serviceAccountId === sa.id)
          .map((k) => k.id)
      })),
    issues: () =>
      github.issues.map((i) => ({
        number: i.number,
        title: i.title,
        body: i.body,
        labels: [...i.labels],
        state: i.state,
        comments: i.comments.map((c) => c.body)
      })),
    runs: () =>
      github.actions.runs.map((r) => ({
        id: r.id,
        workflow: r.workflowFile,
        status: r.status,
        conclusion: r.conclusion,
        inputs: { ...r.inputs }
      })),
    requests: () => server.log.map((r) => ({ ...r })),
    sarifUploads: () => github.codeScanning.uploads.map((u) => ({ ...u, errors: [...u.errors] })),
    violations: () => [...server.problems],
    fault: (f) => faults.add(f),
    scriptWorkflow: (file, script) => void github.actions.scripts.set(file, script),
    startRun: (workflow = 'rotate.yml', event = 'schedule') => github.actions.start(workflow, event).id,
    finishRun: (id, conclusion) => github.actions.finish(id, conclusion),
    failSmoke: (on = true) => {
      github.actions.failSmoke = on
    },
    async close() {
      for (const timer of consumers) clearInterval(timer)
      await github.stop()
      await server.close()
      await repositories.close()
    }
  }
}

/** `openai-key-guard emulator`: starts the emulator and prints what a user pastes into their shell. */
export async function serveForCli(port: number, log: (line: string) => void): Promise<Emulator> {
  // The demo favours speed: contract checks load a 13 MB description and are for tests.
  const emulator = await startEmulator({ port, strict: false, smokeRunMs: 2000 })
  log(`Emulator listening on ${emulator.url} (GitHub + OpenAI, in memory; emulator-only credentials below)`)
  log(`export GITHUB_API_URL=${emulator.githubUrl}`)
  log(`export GITHUB_SERVER_URL=${emulator.serverUrl}`)
  log(`export OPENAI_BASE_URL=${emulator.openaiUrl}`)
  log(`export OPENAI_PROJECT_ID=${emulator.projectId}`)
  log(`export OPENAI_ADMIN_KEY=${emulator.adminKey}`)
  log(`export GITHUB_TOKEN=${emulator.token}`)
  log(`export GITHUB_REPOSITORY=octo-org/service`)
  // A live "current key" already in the secret, so a first rotation has something to replace.
  const current = emulator.seedServiceAccount('okg:demo-initial')
  emulator.setSecret('OPENAI_API_KEY', current.key)
  log(`# secret OPENAI_API_KEY holds the emulator-only key ${current.key} (pass it as current-key)`)
  return emulator
}
