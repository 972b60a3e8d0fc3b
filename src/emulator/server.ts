// The loopback HTTP server: routing, faults, contract checks and the request log, shared by both APIs.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkExchange, type Api } from './contract.js'
import type { Fault, Faults } from './faults.js'
import { gitRefusal, gitRoute, type GitRoute } from './git-http.js'

export interface Request {
  api: Api
  method: string
  path: string
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: unknown
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface Route {
  method: string
  /** The path template exactly as the API description spells it. */
  template: string
  /** What the caller must hold: a GitHub permission name (level follows the method) or OpenAI 'admin' | 'key'. */
  needs: string
  /**
   * The route serves every hosted repository and organisation (its handler answers 404 for unknown ones), not
   * only the emulator's own `owner/repo`.
   */
  anyOwner?: boolean
  handle(req: Request): Reply | Promise<Reply>
}

/** One emulated API: its routes and the behaviour common to all of them. */
export interface Service {
  api: Api
  prefix: string
  routes: Route[]
  /** A refusal (401/403) when the caller may not use the route, else undefined. */
  authorize(req: Request, route: Route): Reply | undefined
  /** Headers every response of this API carries (rate limits, request ids). */
  headers(req: Request): Record<string, string>
  notFound(): Reply
  /** The body of an injected error when the fault gives none (its headers tell which limit was hit). */
  faultBody(status: number, headers?: Record<string, string>): unknown
}

/** Git over smart HTTP, served beside the APIs at `/{owner}/{name}.git/…` as on github.com. */
export interface GitHost {
  /** The token a git request presents (Basic auth), for the request log. */
  presented(req: IncomingMessage): string | undefined
  /** Answers one git request (auth, then `git http-backend`); resolves with the status sent. */
  serve(route: GitRoute, req: IncomingMessage, res: ServerResponse, query: string): Promise<number>
}

export interface RecordedRequest {
  api: Api | 'git'
  method: string
  path: string
  status: number
  body: unknown
  /** When the request arrived (ms since the epoch): the gaps between calls show how long a client waited. */
  at: number
  /** Git requests: the token presented, if any, so a test sees which credentials reached the server. */
  token?: string
}

interface CompiledRoute {
  route: Route
  pattern: RegExp
  names: string[]
}

export interface ServerOptions {
  services: Service[]
  faults: Faults
  checkContracts: boolean
  port: number
  git?: GitHost
}

function compile(route: Route): CompiledRoute {
  const names: string[] = []
  const source = route.template.replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (match, name: string | undefined) => {
    if (name === undefined) return `\\${match}`
    names.push(name)
    return '([^/]+)'
  })
  return { route, pattern: new RegExp(`^${source}$`), names }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export class EmulatorServer {
  readonly log: RecordedRequest[] = []
  readonly problems: string[] = []
  private readonly routes = new Map<Api, CompiledRoute[]>()
  private readonly server = createServer((req, res) => {
    // A client that gives up mid-request (abort, timeout) must not take the emulator down with it.
    this.serve(req, res).catch(() => res.destroy())
  })
  private port = 0

  constructor(private readonly options: ServerOptions) {
    for (const service of options.services) this.routes.set(service.api, service.routes.map(compile))
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.options.port, '127.0.0.1', () => resolve())
    })
    this.port = (this.server.address() as AddressInfo).port
  }

  async close(): Promise<void> {
    // Hung requests never finish on their own: cut every connection so close() returns.
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const git = this.options.git && gitRoute(url.pathname, url.searchParams)
    if (this.options.git && git) return this.serveGit(this.options.git, git, req, res, url, at)
    const service = this.options.services.find(
      (s) => url.pathname === s.prefix || url.pathname.startsWith(`${s.prefix}/`)
    )
    const raw = await readBody(req)
    if (!service) return this.send(res, { status: 404, body: { message: 'Not Found' } }, {})

    const path = url.pathname.slice(service.prefix.length) || '/'
    let body: unknown
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw)
      } catch {
        this.problems.push(`${service.api} ${method} ${path}: request body is not JSON`)
        body = raw
      }
    }
    const request: Request = {
      api: service.api,
      method,
      path,
      params: {},
      query: url.searchParams,
      headers: req.headers,
      body
    }
    const record = (status: number): void => {
      this.log.push({ api: service.api, method, path, status, body, at })
    }

    const fault = this.options.faults.match(service.api, method, path)
    if (fault && (await this.injectFault(fault, service, request, res, record))) return

    const match = this.find(service.api, method, path)
    if (!match) {
      this.problems.push(`${service.api} ${method} ${path}: no emulated route`)
      const reply = service.notFound()
      record(reply.status)
      return this.send(res, reply, service.headers(request))
    }
    request.params = match.params
    let reply = service.authorize(request, match.route)
    if (!reply) {
      try {
        reply = await match.route.handle(request)
      } catch (error) {
        this.problems.push(
          `${service.api} ${method} ${match.route.template}: emulator error: ${String(error)}`
        )
        reply = { status: 500, body: service.faultBody(500) }
      }
    }
    if (this.options.checkContracts) {
      this.problems.push(
        ...checkExchange({
          api: service.api,
          method,
          template: match.route.template,
          params: match.params,
          query: url.searchParams,
          requestBody: body,
          status: reply.status,
          responseBody: reply.body
        })
      )
    }
    record(reply.status)
    this.send(res, reply, service.headers(request))
  }

  private async serveGit(
    host: GitHost,
    route: GitRoute,
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    at: number
  ): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const path = url.pathname
    const token = host.presented(req)
    const record = (status: number): void => {
      this.log.push({ api: 'git', method, path, status, body: undefined, at, ...(token ? { token } : {}) })
    }
    const fault = this.options.faults.match('git', method, path)
    if (fault?.delayMs) await sleep(fault.delayMs)
    if (fault?.drop || fault?.hang) {
      record(0)
      if (fault.drop) res.socket?.destroy()
      return
    }
    if (fault?.status !== undefined) {
      req.resume()
      record(fault.status)
      res.writeHead(fault.status, { 'content-type': 'text/plain; charset=utf-8', ...fault.headers })
      res.end(typeof fault.body === 'string' ? fault.body : `${fault.status}\n`)
      return
    }
    let status: number
    try {
      status = await host.serve(route, req, res, url.search.slice(1))
    } catch (error) {
      this.problems.push(`git ${method} ${path}: emulator error: ${String(error)}`)
      status = 500
      if (!res.headersSent) gitRefusal(res, 500, 'Internal Server Error')
    }
    record(status)
  }

  /** Returns true when the fault answered (or swallowed) the request. */
  private async injectFault(
    fault: Fault,
    service: Service,
    request: Request,
    res: ServerResponse,
    record: (status: number) => void
  ): Promise<boolean> {
    if (fault.delayMs) await sleep(fault.delayMs)
    if (fault.drop) {
      record(0)
      res.socket?.destroy()
      return true
    }
    if (fault.hang) {
      record(0)
      return true
    }
    if (fault.status === undefined) return false
    record(fault.status)
    const headers = { ...service.headers(request), ...fault.headers }
    this.send(
      res,
      { status: fault.status, body: fault.body ?? service.faultBody(fault.status, fault.headers) },
      headers
    )
    return true
  }

  private find(
    api: Api,
    method: string,
    path: string
  ): { route: Route; params: Record<string, string> } | undefined {
    for (const c of this.routes.get(api) ?? []) {
      if (c.route.method !== method) continue
      const m = c.pattern.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      c.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')))
      return { route: c.route, params }
    }
    return undefined
  }

  private send(res: ServerResponse, reply: Reply, common: Record<string, string>): void {
    const headers: Record<string, string> = { ...common, ...reply.headers }
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end()
      return
    }
    const text = JSON.stringify(reply.body)
    headers['content-type'] = 'application/json; charset=utf-8'
    headers['content-length'] = String(Buffer.byteLength(text))
    res.writeHead(reply.status, headers).end(text)
  }
}
