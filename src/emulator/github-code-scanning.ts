// Code scanning's SARIF uploads, as the description of `POST /repos/{owner}/{repo}/code-scanning/sarifs` and
// GitHub's "SARIF support for code scanning" and "Troubleshooting SARIF uploads" pages describe them.
import { gunzipSync } from 'node:zlib'
import type { HostedRepository, Repositories } from './github-repos.js'
import type { Links } from './github-shapes.js'
import { error, record } from './github-util.js'
import type { Reply, Request, Route } from './server.js'

/** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB" (413 above it). */
export const SARIF_MAX_GZIPPED_BYTES = 10 * 1024 * 1024

/**
 * The description's table of hard limits: above any of them "an analysis will be rejected". The API accepts
 * the upload (202) and processing fails, reported by `GET …/sarifs/{sarif_id}` with `errors` named after
 * "Analysis SARIF file rejected due to … limits" (the troubleshooting page's wording).
 */
const HARD_LIMITS = { runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000 }

/** Decompressed SARIF past this is a zip bomb, not an analysis: refused before it fills memory. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024

export interface SarifUpload {
  id: string
  repository: string
  commit_sha: string
  ref: string
  /** The decoded SARIF document. */
  sarif: unknown
  /** Size of the gzip stream as uploaded (before base64). */
  gzippedBytes: number
  processing_status: 'complete' | 'failed'
  errors: string[]
}

export interface CodeScanningOptions {
  links: Links
  repositories: Repositories
  /** The emulator's own repository, when no hosted repository has the name. */
  fallbackName(owner: string, name: string): string | undefined
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** The description gives 400, 413 and the status route's 404 no body: GitHub's reason is the status alone. */
function bare(status: number): Reply {
  return { status }
}

function hardLimitErrors(sarif: Record<string, unknown>): string[] {
  const runs = Array.isArray(sarif.runs) ? sarif.runs : []
  const errors: string[] = []
  if (runs.length > HARD_LIMITS.runs) {
    errors.push(
      `Analysis SARIF file rejected due to run limits: ${runs.length} runs, at most ${HARD_LIMITS.runs}`
    )
  }
  runs.forEach((run: unknown, i) => {
    const r = record(run) ?? {}
    const results = Array.isArray(r.results) ? r.results.length : 0
    if (results > HARD_LIMITS.resultsPerRun) {
      errors.push(
        `Analysis SARIF file rejected due to result limits: run ${i} has ${results} results, at most ${HARD_LIMITS.resultsPerRun}`
      )
    }
    const driver = record(record(r.tool)?.driver)
    const rules = Array.isArray(driver?.rules) ? driver.rules.length : 0
    if (rules > HARD_LIMITS.rulesPerRun) {
      errors.push(
        `Analysis SARIF file rejected due to rule limits: run ${i} has ${rules} rules, at most ${HARD_LIMITS.rulesPerRun}`
      )
    }
  })
  return errors
}

export class CodeScanning {
  readonly uploads: SarifUpload[] = []
  private next = 1

  constructor(private readonly o: CodeScanningOptions) {}

  routes(): Route[] {
    const base = '/repos/{owner}/{repo}/code-scanning/sarifs'
    return [
      {
        method: 'POST',
        template: base,
        needs: 'security_events',
        anyOwner: true,
        handle: (req) => this.upload(req)
      },
      {
        method: 'GET',
        template: `${base}/{sarif_id}`,
        needs: 'security_events',
        anyOwner: true,
        handle: (req) => this.status(req)
      }
    ]
  }

  private repository(req: Request): { name: string; hosted?: HostedRepository } | undefined {
    const { owner = '', repo = '' } = req.params
    const hosted = this.o.repositories.get(owner, repo)
    if (hosted) return { name: `${hosted.owner}/${hosted.name}`, hosted }
    const name = this.o.fallbackName(owner, repo)
    return name === undefined ? undefined : { name }
  }

  private upload(req: Request): Reply {
    const target = this.repository(req)
    if (!target) return error(404, 'Not Found')
    // The description's 403: "the repository is archived or GitHub Advanced Security is not enabled".
    if (target.hosted?.archived) return error(403, 'Repository is archived.')
    if (target.hosted && !target.hosted.codeScanning) {
      return error(403, 'Advanced Security must be enabled for this repository to use code scanning.')
    }
    const body = record(req.body) ?? {}
    const commit = body.commit_sha
    const ref = body.ref
    if (typeof commit !== 'string' || !/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(commit)) {
      return error(
        422,
        'Invalid request.\n\n"commit_sha" must be a 40 or 64 character hexadecimal commit id.'
      )
    }
    if (typeof ref !== 'string' || !/^refs\/(heads|tags|pull)\/.+$/.test(ref)) {
      return error(422, 'Invalid request.\n\n"ref" must be a full git reference (refs/heads/…).')
    }
    if (typeof body.sarif !== 'string' || !BASE64.test(body.sarif)) {
      return bare(400)
    }
    const gzipped = Buffer.from(body.sarif, 'base64')
    if (gzipped.length > SARIF_MAX_GZIPPED_BYTES) {
      return bare(413)
    }
    let sarif: Record<string, unknown> | undefined
    try {
      sarif = record(
        JSON.parse(gunzipSync(gzipped, { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8'))
      )
    } catch {
      sarif = undefined
    }
    if (!sarif || !Array.isArray(sarif.runs)) {
      return bare(400)
    }
    const id = `6c81cd8e-b078-4ac3-a3be-${String(this.next++).padStart(12, '0')}`
    const errors = hardLimitErrors(sarif)
    this.uploads.push({
      id,
      repository: target.name,
      commit_sha: commit,
      ref,
      sarif,
      gzippedBytes: gzipped.length,
      processing_status: errors.length > 0 ? 'failed' : 'complete',
      errors
    })
    return { status: 202, body: { id, url: this.url(target.name, id) } }
  }

  /** Processing is instant here: an upload is `complete`, or `failed` with the limits it broke. */
  private status(req: Request): Reply {
    const target = this.repository(req)
    const upload = this.uploads.find((u) => u.id === req.params.sarif_id && u.repository === target?.name)
    if (!target || !upload) return bare(404)
    const failed = upload.processing_status === 'failed'
    return {
      status: 200,
      body: {
        processing_status: upload.processing_status,
        analyses_url: failed
          ? null
          : `${this.o.links.api}/repos/${upload.repository}/code-scanning/analyses?sarif_id=${upload.id}`,
        errors: failed ? [...upload.errors] : null
      }
    }
  }

  private url(repository: string, id: string): string {
    return `${this.o.links.api}/repos/${repository}/code-scanning/sarifs/${id}`
  }
}
