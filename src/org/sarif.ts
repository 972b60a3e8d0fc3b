// One repository's findings as the SARIF log its code scanning receives, within what GitHub takes: the REST
// description of `POST /repos/{owner}/{repo}/code-scanning/sarifs` (@octokit/openapi) rejects a run of more than
// 25,000 results and shows only the top 5,000; GitHub's "SARIF file is too large" page rejects more than 10 MB
// gzipped. We choose which 5,000 are kept (the ones that fail the check first) rather than leave it to GitHub,
// and say how many were left out.
import { gzipSync } from 'node:zlib'
import { failsCheck, type FailOn } from '../report/findings.js'
import { toSarif } from '../report/sarif.js'
import type { Finding, Unreadable } from '../scan/types.js'

/** Results GitHub shows of one run. */
export const MAX_RESULTS = 5_000
/** The gzipped upload GitHub accepts (10 MB), with room for the JSON around the base64 text. */
export const MAX_GZIP_BYTES = 9_500_000

/**
 * The analysis category of these uploads: a repository that also uploads openai-key-guard results from its own
 * workflow keeps that analysis; the organisation's replaces only its own previous one.
 */
export const CATEGORY = 'openai-key-guard/organisation/'

export interface SarifUpload {
  /** gzip, then base64, as the API asks. */
  sarif: string
  results: number
  /** Findings not in the upload (over the result or size limit). */
  leftOut: number
}

function build(
  findings: readonly Finding[],
  failOn: FailOn,
  version: string,
  unreadable: Unreadable
): Buffer {
  const log = toSarif(findings, failOn, version, unreadable) as { runs: Array<Record<string, unknown>> }
  log.runs[0]!.automationDetails = { id: CATEGORY }
  return gzipSync(JSON.stringify(log))
}

/** The SARIF of one repository, failing results first, cut to GitHub's limits. */
export function repositorySarif(
  findings: readonly Finding[],
  failOn: FailOn,
  version: string,
  unreadable: Unreadable,
  maxGzipBytes = MAX_GZIP_BYTES
): SarifUpload {
  const ordered = [
    ...findings.filter((f) => failsCheck(f, failOn)),
    ...findings.filter((f) => !failsCheck(f, failOn))
  ]
  let kept = Math.min(ordered.length, MAX_RESULTS)
  for (;;) {
    const gzipped = build(ordered.slice(0, kept), failOn, version, unreadable)
    if (gzipped.length <= maxGzipBytes || kept === 0) {
      return { sarif: gzipped.toString('base64'), results: kept, leftOut: ordered.length - kept }
    }
    kept = Math.floor(kept / 2)
  }
}
