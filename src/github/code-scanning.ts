import { type GitHub, gitHubError, statusOf } from './client.js'

export type SarifUploadResult =
  | { result: 'uploaded'; id: string }
  /** GitHub answered 403: the token may not write code scanning alerts there (or code scanning is off). */
  | { result: 'forbidden' }

/**
 * `POST /repos/{owner}/{repo}/code-scanning/sarifs` (REST "Upload an analysis as SARIF data"): `sarif` is the
 * gzipped, base64 log; `commit_sha` and `ref` say which commit and branch the analysis is of. 202 gives the upload's
 * id. A 403 is an answer here, not an error: one repository without the permission must not stop the others.
 * 5xx and rate limits are retried by the client.
 */
export async function uploadSarif(
  octokit: GitHub,
  upload: { owner: string; repo: string; commitSha: string; ref: string; sarif: string }
): Promise<SarifUploadResult> {
  const { owner, repo } = upload
  try {
    const response = await octokit.rest.codeScanning.uploadSarif({
      owner,
      repo,
      commit_sha: upload.commitSha,
      ref: upload.ref,
      sarif: upload.sarif,
      tool_name: 'openai-key-guard'
    })
    return { result: 'uploaded', id: String(response.data.id ?? '') }
  } catch (error) {
    // A 403 that is a rate limit (x-ratelimit-remaining 0, or retry-after) was waited out by the client until it
    // gave up: that is a failure to report, not a missing permission.
    const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {}
    const limited = headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined
    if (statusOf(error) === 403 && !limited) return { result: 'forbidden' }
    throw gitHubError(`upload the SARIF report of ${owner}/${repo}`, error)
  }
}
