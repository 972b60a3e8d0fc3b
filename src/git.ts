import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from './errors.js'
import { scrub } from './redact.js'

export interface RunOptions {
  input?: string | Buffer
  /** Exit codes that are answers, not failures (`git grep` says 1 for "no match"). */
  okCodes?: number[]
  env?: Record<string, string>
}

export interface RunResult {
  code: number
  stdout: Buffer
  stderr: string
}

/** Settings passed through GIT_CONFIG_* so that they never appear on a command line (a token above all). */
export type GitConfig = Record<string, string>

const ZERO_OID = /^0+$/

export function isZeroOid(oid: string): boolean {
  return ZERO_OID.test(oid)
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? ''
  )
}

/** Turns git's complaint into one line that says what to fix; the user's mistakes become ConfigurationError. */
export function gitFailure(cwd: string, args: string[], code: number, stderr: string): Error {
  const line = scrub(firstLine(stderr.replace(/^(fatal|error): /gm, '')))
  if (/not a git repository/i.test(stderr)) {
    return new ConfigurationError(
      `${cwd} is not a git repository: run inside a clone (actions/checkout) or pass the path of one.`
    )
  }
  if (/dubious ownership/i.test(stderr)) {
    return new ConfigurationError(
      `git refuses to work in ${cwd} (owned by another user): add it to safe.directory (git config --global --add safe.directory ${cwd}).`
    )
  }
  return new Error(`git ${args[0] ?? ''} failed (exit ${code}): ${line || 'no message'}`)
}

/**
 * Why git could not start. Node says ENOENT both when git is missing and when the directory it should run in
 * is: only the second is the usual mistake (`scan /no/such/dir`), so the directory is looked at first.
 */
export function spawnFailure(cwd: string, args: string[], error: NodeJS.ErrnoException): Error {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
    const dir = statSync(cwd, { throwIfNoEntry: false })
    if (!dir) return new ConfigurationError(`${cwd} does not exist: pass the path of a git repository.`)
    if (!dir.isDirectory()) {
      return new ConfigurationError(`${cwd} is not a directory: pass the path of a git repository.`)
    }
    if (error.code === 'ENOENT') return new ConfigurationError('git is not installed or not on PATH.')
  }
  return new Error(`git ${args[0] ?? ''} could not start: ${error.message}`)
}

/** Runs git without a shell; one instance per working directory. */
export class Git {
  readonly cwd: string
  private readonly config: GitConfig

  // Plain fields, no parameter properties: the bench runs these files with Node's type stripping.
  constructor(cwd: string, config: GitConfig = {}) {
    this.cwd = cwd
    this.config = config
  }

  /** The same repository with extra configuration (e.g. an authorization header for one fetch). */
  withConfig(config: GitConfig): Git {
    return new Git(this.cwd, { ...this.config, ...config })
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    const entries = Object.entries(this.config)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      // English messages (we match on them), no prompts, no pager.
      LC_ALL: 'C',
      LANGUAGE: 'C',
      GIT_TERMINAL_PROMPT: '0',
      GIT_PAGER: 'cat',
      ...extra
    }
    if (entries.length > 0) {
      const base = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0
      env.GIT_CONFIG_COUNT = String(base + entries.length)
      entries.forEach(([key, value], i) => {
        env[`GIT_CONFIG_KEY_${base + i}`] = key
        env[`GIT_CONFIG_VALUE_${base + i}`] = value
      })
    }
    return env
  }

  /** Throws spawnFailure's answer when Node refuses at once; a later 'error' event is the caller's to map. */
  spawn(args: string[], stdio: StdioOptions, env?: Record<string, string>): ChildProcess {
    try {
      return spawn('git', args, { cwd: this.cwd, env: this.env(env), stdio, windowsHide: true })
    } catch (error) {
      throw spawnFailure(this.cwd, args, error as NodeJS.ErrnoException)
    }
  }

  /** Runs git and collects its output; never throws for a non-zero exit. */
  exec(args: string[], opts: RunOptions = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = this.spawn(args, ['pipe', 'pipe', 'pipe'], opts.env)
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout?.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr?.on('data', (chunk: Buffer) => err.push(chunk))
      child.on('error', (error: NodeJS.ErrnoException) => reject(spawnFailure(this.cwd, args, error)))
      child.on('close', (code) =>
        resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') })
      )
      // git may exit before reading all of its input (e.g. a bad revision): that is its answer, not ours.
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(opts.input ?? '')
    })
  }

  async runBuffer(args: string[], opts: RunOptions = {}): Promise<Buffer> {
    const result = await this.exec(args, opts)
    if (result.code !== 0 && !(opts.okCodes ?? []).includes(result.code)) {
      throw gitFailure(this.cwd, args, result.code, result.stderr)
    }
    return result.stdout
  }

  async run(args: string[], opts: RunOptions = {}): Promise<string> {
    return (await this.runBuffer(args, opts)).toString('utf8')
  }

  /** Throws ConfigurationError when the directory is not inside a git work tree. */
  async assertRepository(): Promise<void> {
    await this.run(['rev-parse', '--git-dir'])
  }

  async isRepository(): Promise<boolean> {
    const result = await this.exec(['rev-parse', '--git-dir'])
    return result.code === 0
  }

  /** The full commit id a ref names, or undefined when this clone does not have it. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    const result = await this.exec([
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`
    ])
    if (result.code === 0) return result.stdout.toString('utf8').trim()
    if (/not a git repository|dubious ownership/i.test(result.stderr)) {
      throw gitFailure(this.cwd, ['rev-parse'], result.code, result.stderr)
    }
    return undefined
  }

  /** Like resolveCommit, but an unknown ref is the user's mistake: one line that names it. */
  async verifyCommit(ref: string): Promise<string> {
    const oid = await this.resolveCommit(ref)
    if (!oid) {
      throw new ConfigurationError(`Unknown ref "${scrub(ref)}": it does not name a commit in ${this.cwd}.`)
    }
    return oid
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true'
  }

  /** The commits at the shallow boundary (empty for a complete clone). */
  async shallowCommits(): Promise<Set<string>> {
    const file = (await this.run(['rev-parse', '--git-path', 'shallow'])).trim()
    try {
      const text = readFileSync(path.resolve(this.cwd, file), 'utf8')
      return new Set(text.split('\n').filter(Boolean))
    } catch {
      return new Set()
    }
  }
}

/** One object as `git cat-file --batch` answers it; `missing` when the object is not in this clone. */
export interface CatFileRecord {
  name: string
  missing: boolean
  type: string
  size: number
  /** What followed the object name on the input line (the path, when fed by `rev-list --objects`). */
  rest: string
  /** Empty for an object handed over in pieces (see Pieces). */
  content: Buffer
}

/**
 * Where the content of large objects goes instead: in pieces, as it arrives, so that no object is ever held
 * whole. `open` is called with the object's name, size and type; the pieces follow, then `end`.
 */
export interface Pieces {
  /** Objects larger than this many bytes go in pieces; smaller ones come whole in their record. */
  above: number
  open(name: string, size: number, type: string): { push(piece: Buffer): void; end(): void }
}

export const CAT_FILE_FORMAT = '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)'

const EMPTY = Buffer.alloc(0)

/** Parses the output of `git cat-file --batch` chunk by chunk, without buffering more than one object. */
export class CatFileParser {
  private carry: Buffer[] = []
  private carried = 0
  private header?: Omit<CatFileRecord, 'content'>
  /** The object being handed over in pieces, and how many of its bytes (and the newline after it) are to come. */
  private sink?: { push(piece: Buffer): void; end(): void }
  private left = 0

  private readonly emit: (record: CatFileRecord) => void
  private readonly pieces?: Pieces

  constructor(emit: (record: CatFileRecord) => void, pieces?: Pieces) {
    this.emit = emit
    this.pieces = pieces
  }

  push(chunk: Buffer): void {
    let pos = 0
    while (pos < chunk.length) {
      if (!this.header) {
        const nl = chunk.indexOf(10, pos)
        if (nl < 0) {
          this.keep(chunk.subarray(pos))
          return
        }
        const line = this.take(chunk.subarray(pos, nl)).toString('utf8')
        pos = nl + 1
        this.readHeader(line)
        continue
      }
      if (this.sink) {
        pos = this.pass(chunk, pos)
        continue
      }
      const need = this.header.size + 1 - this.carried
      const available = chunk.length - pos
      if (available < need) {
        this.keep(chunk.subarray(pos))
        return
      }
      const content = this.take(chunk.subarray(pos, pos + need)).subarray(0, this.header.size)
      pos += need
      const header = this.header
      this.header = undefined
      this.emit({ ...header, content })
    }
  }

  /** Throws when the stream ended in the middle of an object. */
  end(): void {
    if (this.header || this.carried > 0) throw new Error('git cat-file ended in the middle of an object')
  }

  /** Hands the next bytes of a large object to its sink; returns where the rest of the chunk starts. */
  private pass(chunk: Buffer, pos: number): number {
    const header = this.header!
    const sink = this.sink!
    const n = Math.min(this.left, chunk.length - pos)
    // The newline after the content is git's separator, not part of the object.
    const content = Math.min(n, this.left - 1)
    if (content > 0) sink.push(chunk.subarray(pos, pos + content))
    this.left -= n
    if (this.left === 0) {
      this.sink = undefined
      this.header = undefined
      sink.end()
      this.emit({ ...header, content: EMPTY })
    }
    return pos + n
  }

  private keep(part: Buffer): void {
    this.carry.push(part)
    this.carried += part.length
  }

  private take(last: Buffer): Buffer {
    if (this.carried === 0) return last
    const whole = Buffer.concat([...this.carry, last])
    this.carry = []
    this.carried = 0
    return whole
  }

  private readHeader(line: string): void {
    const parts = line.split(' ')
    if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
      this.emit({ name: parts[0] ?? '', missing: true, type: '', size: 0, rest: '', content: EMPTY })
      return
    }
    const size = Number(parts[2])
    if (parts.length < 3 || !Number.isSafeInteger(size)) {
      throw new Error(`git cat-file answered an unexpected line: ${scrub(line.slice(0, 120))}`)
    }
    const header = {
      name: parts[0] ?? '',
      missing: false,
      type: parts[1] ?? '',
      size,
      rest: parts.slice(3).join(' ')
    }
    this.header = header
    if (this.pieces && size > this.pieces.above) {
      this.sink = this.pieces.open(header.name, size, header.type)
      this.left = size + 1
    }
  }
}

/**
 * A long-lived `git cat-file --batch`: read(oid) may be called many times without waiting, answers come back
 * in order. Missing objects (partial clones) resolve to undefined.
 */
export class CatFile {
  private readonly child: ChildProcess
  private readonly waiting: Array<{ resolve: (content?: Buffer) => void; reject: (error: Error) => void }> =
    []
  private failure?: Error
  private readonly exited: Promise<void>

  constructor(git: Git, opts: { lazyFetch?: boolean; pieces?: Pieces } = {}) {
    const env: Record<string, string> = opts.lazyFetch === false ? { GIT_NO_LAZY_FETCH: '1' } : {}
    this.child = git.spawn(['cat-file', CAT_FILE_FORMAT], ['pipe', 'pipe', 'pipe'], env)
    const parser = new CatFileParser((record) => {
      const next = this.waiting.shift()
      next?.resolve(record.missing ? undefined : record.content)
    }, opts.pieces)
    let stderr = ''
    this.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    this.child.stdout?.on('data', (chunk: Buffer) => {
      try {
        parser.push(chunk)
      } catch (error) {
        this.fail(error as Error)
      }
    })
    this.child.stdin?.on('error', () => undefined)
    this.exited = new Promise((resolve) => {
      this.child.on('error', (error) => {
        this.fail(spawnFailure(git.cwd, ['cat-file'], error))
        resolve()
      })
      this.child.on('close', (code) => {
        if (this.waiting.length > 0) this.fail(gitFailure(git.cwd, ['cat-file'], code ?? 1, stderr))
        resolve()
      })
    })
  }

  read(oid: string): Promise<Buffer | undefined> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject })
      this.child.stdin?.write(`${oid}\n`)
    })
  }

  async close(): Promise<void> {
    this.child.stdin?.end()
    await this.exited
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const waiter of this.waiting.splice(0)) waiter.reject(error)
  }
}
