// A loopback git server speaking the smart HTTP protocol: git's own `git http-backend` behind a small
// node:http CGI bridge. It records every request's Authorization header, and can demand one (a private
// repository), so a test sees exactly which credentials reached which server.
import { spawn } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GitHttpRequest {
  method: string
  url: string
  authorization?: string
}

export interface GitHttpServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string
  requests: GitHttpRequest[]
  close(): Promise<void>
}

export interface GitHttpOptions {
  /** Serves bare repositories under this directory (`<root>/owner/name.git`). */
  root: string
  /** When set, every request without exactly this Authorization header gets 401, as a private repository. */
  authorization?: string
  /**
   * Sees each request first (after the authorization check); answering it (a fault, a redirect) returns true, and
   * git http-backend is not asked.
   */
  intercept?: (req: IncomingMessage, res: ServerResponse) => boolean
}

function cgi(root: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    REQUEST_METHOD: req.method ?? 'GET',
    PATH_INFO: decodeURIComponent(url.pathname),
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_ADDR: '127.0.0.1',
    GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
    HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? '')
  }
  const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] })
  const out: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
  child.stdin.on('error', () => undefined)
  req.pipe(child.stdin)
  child.on('close', () => {
    const whole = Buffer.concat(out)
    const split = whole.indexOf('\r\n\r\n')
    const headerEnd = split >= 0 ? split : whole.indexOf('\n\n')
    const bodyStart = headerEnd + (split >= 0 ? 4 : 2)
    let status = 200
    for (const line of whole.subarray(0, Math.max(headerEnd, 0)).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':')
      if (colon < 0) continue
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]) || 500
      else res.setHeader(name, value)
    }
    res.statusCode = status
    res.end(headerEnd < 0 ? whole : whole.subarray(bodyStart))
  })
}

export async function serveGit(options: GitHttpOptions): Promise<GitHttpServer> {
  const requests: GitHttpRequest[] = []
  const server = createServer((req, res) => {
    const authorization = req.headers.authorization
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization })
    if (options.authorization !== undefined && authorization !== options.authorization) {
      req.resume()
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="private"' }).end()
      return
    }
    if (options.intercept?.(req, res)) {
      req.resume()
      return
    }
    cgi(options.root, req, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
