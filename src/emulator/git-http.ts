// Git over smart HTTP as github.com serves it: git's own `git http-backend` (CGI) behind GitHub's token rules.
// Only the smart protocol's three routes exist (GitHub serves no dumb HTTP), with or without the `.git` suffix,
// as github.com accepts both.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'

const GIT_ROUTE = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/

export interface GitRoute {
  owner: string
  name: string
  /** `info/refs` (with `?service=`), `git-upload-pack` (fetch) or `git-receive-pack` (push). */
  endpoint: string
  /** A push: `git-receive-pack`, or its advertisement. */
  write: boolean
}

/** The git route a request path names, or undefined when it is not one (API paths never end like these). */
export function gitRoute(pathname: string, query: URLSearchParams): GitRoute | undefined {
  const m = GIT_ROUTE.exec(pathname)
  if (!m) return undefined
  const endpoint = m[3] ?? ''
  const write =
    endpoint === 'git-receive-pack' ||
    (endpoint === 'info/refs' && query.get('service') === 'git-receive-pack')
  return { owner: decodeURIComponent(m[1] ?? ''), name: decodeURIComponent(m[2] ?? ''), endpoint, write }
}

/**
 * An empty bare repository written directly, without spawning git: the emulator makes hundreds of them, so
 * it holds only what git needs to recognise one (HEAD, objects/, refs/); git makes the rest on first write.
 */
export function createBareRepository(gitDir: string, defaultBranch: string): void {
  mkdirSync(path.join(gitDir, 'objects'), { recursive: true })
  mkdirSync(path.join(gitDir, 'refs'))
  writeFileSync(path.join(gitDir, 'HEAD'), `ref: refs/heads/${defaultBranch}\n`)
}

/** The refusals git clients see from github.com: plain text, with a Basic challenge on 401. */
export function gitRefusal(res: ServerResponse, status: number, message: string): void {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' }
  if (status === 401) headers['www-authenticate'] = 'Basic realm="GitHub"'
  res.writeHead(status, headers).end(`${message}\n`)
}

/**
 * Runs `git http-backend` for one request on the repository at `gitDir`, streaming the request body in and the
 * response out. Resolves with the status sent.
 */
export function runHttpBackend(
  gitDir: string,
  route: GitRoute,
  req: IncomingMessage,
  res: ServerResponse,
  query: string
): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: path.dirname(gitDir),
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: `/${path.basename(gitDir)}/${route.endpoint}`,
    QUERY_STRING: query,
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: '127.0.0.1',
    GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
    HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
    // The machine's own git configuration must not change what the server does. github.com lets a client
    // fetch any reachable commit by id (actions/checkout does); pushes are allowed once the token check passed.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: 'uploadpack.allowReachableSHA1InWant',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_KEY_1: 'http.receivepack',
    GIT_CONFIG_VALUE_1: 'true'
  }
  return new Promise((resolve) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] })
    let head: Buffer | undefined = Buffer.alloc(0)
    let status = 500
    child.stdin.on('error', () => undefined)
    req.pipe(child.stdin)
    child.stdout.on('data', (chunk: Buffer) => {
      if (head === undefined) return void res.write(chunk)
      head = Buffer.concat([head, chunk])
      const end = headerEnd(head)
      if (!end) return
      status = writeCgiHeaders(res, head.subarray(0, end.at))
      const rest = head.subarray(end.at + end.length)
      head = undefined
      if (rest.length > 0) res.write(rest)
    })
    child.on('error', () => undefined)
    child.on('close', () => {
      if (head !== undefined) {
        // The backend died before it finished its headers.
        status = 500
        if (!res.headersSent) gitRefusal(res, 500, 'Internal Server Error')
      } else res.end()
      resolve(status)
    })
  })
}

function headerEnd(buffer: Buffer): { at: number; length: number } | undefined {
  const crlf = buffer.indexOf('\r\n\r\n')
  if (crlf >= 0) return { at: crlf, length: 4 }
  const lf = buffer.indexOf('\n\n')
  return lf >= 0 ? { at: lf, length: 2 } : undefined
}

function writeCgiHeaders(res: ServerResponse, block: Buffer): number {
  let status = 200
  for (const line of block.toString('latin1').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon < 0) continue
    const name = line.slice(0, colon).trim()
    const value = line.slice(colon + 1).trim()
    if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]) || 500
    else res.setHeader(name, value)
  }
  res.writeHead(status)
  return status
}
