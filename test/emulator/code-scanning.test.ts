// SARIF uploads to code scanning through the real Octokit client: gzip + base64 decoded and recorded, GitHub's
// size and result limits enforced where GitHub enforces them, and refusals as GitHub words them.
import { randomBytes } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { github, requestFailure as failure } from './testing.js'

let emu: Emulator
const SHA = 'a'.repeat(40)
const target = { owner: 'acme', repo: 'api' }

beforeEach(async () => {
  emu = await startEmulator({ seed: 11 })
  emu.addRepository({ owner: 'acme', name: 'api' })
})

afterEach(async () => {
  await emu.close()
  expect(emu.violations()).toEqual([])
})

function sarifDocument(results: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'openai-key-guard', rules: [{ id: 'openai-key' }] } },
        results: Array.from({ length: results }, (_, i) => ({
          ruleId: 'openai-key',
          message: { text: `finding ${i}` },
          locations: [{ physicalLocation: { artifactLocation: { uri: `src/f${i}.ts` } } }]
        })),
        ...extra
      }
    ]
  }
}

function encode(document: unknown): string {
  return gzipSync(JSON.stringify(document)).toString('base64')
}

describe('POST /repos/{owner}/{repo}/code-scanning/sarifs', () => {
  it('accepts gzip + base64 SARIF, reports it complete and records it decoded', async () => {
    const octokit = github(emu)
    const document = sarifDocument(2)
    const upload = await octokit.rest.codeScanning.uploadSarif({
      ...target,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif: encode(document)
    })
    expect(upload.status).toBe(202)
    const id = upload.data.id ?? ''
    expect(upload.data.url).toBe(`${emu.githubUrl}/repos/acme/api/code-scanning/sarifs/${id}`)
    const status = await octokit.rest.codeScanning.getSarif({ ...target, sarif_id: id })
    expect(status.data.processing_status).toBe('complete')
    expect(status.data.analyses_url).toContain(`sarif_id=${id}`)
    expect(emu.sarifUploads()).toEqual([
      expect.objectContaining({
        id,
        repository: 'acme/api',
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: document,
        processing_status: 'complete',
        errors: []
      })
    ])
  })

  it('refuses a token without security_events: write, naming the permission', async () => {
    const token = emu.addToken({ contents: 'read' })
    const error = await failure(
      github(emu, token).rest.codeScanning.uploadSarif({
        ...target,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: encode(sarifDocument(1))
      })
    )
    expect(error.status).toBe(403)
    expect(error.response?.headers['x-accepted-github-permissions']).toBe('security_events=write')
    const reader = emu.addToken({ security_events: 'read' })
    const status = await failure(github(emu, reader).rest.codeScanning.getSarif({ ...target, sarif_id: 'x' }))
    expect(status.status).toBe(404)
    expect(emu.sarifUploads()).toEqual([])
  })

  it('answers 413 when the gzipped SARIF is over 10 MB', async () => {
    // Random text barely compresses: its gzip stays above the limit.
    const document = sarifDocument(1, {
      properties: { noise: randomBytes(11 * 1024 * 1024).toString('base64') }
    })
    const sarif = encode(document)
    expect(Buffer.from(sarif, 'base64').length).toBeGreaterThan(10 * 1024 * 1024)
    const error = await failure(
      github(emu).rest.codeScanning.uploadSarif({ ...target, commit_sha: SHA, ref: 'refs/heads/main', sarif })
    )
    expect(error.status).toBe(413)
    expect(emu.sarifUploads()).toEqual([])
  })

  it('accepts 25,000 results in a run, and fails the processing of 25,001 with the limit named', async () => {
    const octokit = github(emu)
    const at = await octokit.rest.codeScanning.uploadSarif({
      ...target,
      commit_sha: SHA,
      ref: 'refs/heads/main',
      sarif: encode(sarifDocument(25_000))
    })
    const over = await octokit.rest.codeScanning.uploadSarif({
      ...target,
      commit_sha: SHA,
      ref: 'refs/pull/7/head',
      sarif: encode(sarifDocument(25_001))
    })
    const ok = await octokit.rest.codeScanning.getSarif({ ...target, sarif_id: at.data.id ?? '' })
    expect(ok.data.processing_status).toBe('complete')
    const failed = await octokit.rest.codeScanning.getSarif({ ...target, sarif_id: over.data.id ?? '' })
    expect(failed.data.processing_status).toBe('failed')
    expect(failed.data.analyses_url).toBeNull()
    expect(failed.data.errors).toEqual([expect.stringMatching(/rejected due to result limits/)])
    expect(emu.sarifUploads().map((u) => u.processing_status)).toEqual(['complete', 'failed'])
  })

  it('answers 400 for a sarif field that is not gzip + base64 SARIF', async () => {
    const octokit = github(emu)
    const upload = (sarif: string, ref = 'refs/heads/main'): Promise<unknown> =>
      octokit.rest.codeScanning.uploadSarif({ ...target, commit_sha: SHA, ref, sarif })
    expect((await failure(upload('not base64!'))).status).toBe(400)
    expect((await failure(upload(Buffer.from('{"runs":[]}').toString('base64')))).status).toBe(400)
    expect((await failure(upload(encode({ version: '2.1.0' })))).status).toBe(400)
    expect(emu.sarifUploads()).toEqual([])
  })

  it('answers 422 for a ref that is not a full reference, even with contract checks off', async () => {
    // The description's pattern for `ref` rejects a branch name; the emulator refuses it as GitHub does.
    const loose = await startEmulator({ seed: 12, strict: false })
    try {
      loose.addRepository({ owner: 'acme', name: 'api' })
      const error = await failure(
        github(loose).rest.codeScanning.uploadSarif({
          ...target,
          commit_sha: SHA,
          ref: 'main',
          sarif: encode(sarifDocument(1))
        })
      )
      expect(error.status).toBe(422)
      expect(loose.sarifUploads()).toEqual([])
    } finally {
      await loose.close()
    }
  })

  it('answers 403 for an archived repository or one without code scanning, and 404 for an unknown one', async () => {
    emu.addRepository({ owner: 'acme', name: 'old', archived: true })
    emu.addRepository({ owner: 'acme', name: 'no-ghas', codeScanning: false })
    const octokit = github(emu)
    const upload = (repo: string): Promise<unknown> =>
      octokit.rest.codeScanning.uploadSarif({
        owner: 'acme',
        repo,
        commit_sha: SHA,
        ref: 'refs/heads/main',
        sarif: encode(sarifDocument(1))
      })
    expect((await failure(upload('old'))).status).toBe(403)
    const disabled = await failure(upload('no-ghas'))
    expect(disabled.status).toBe(403)
    expect(disabled.message).toMatch(/Advanced Security must be enabled/)
    expect((await failure(upload('missing'))).status).toBe(404)
  })

  it('lets a fault fail an upload with 503 once', async () => {
    emu.fault({
      api: 'github',
      method: 'POST',
      path: '/repos/:owner/:repo/code-scanning/sarifs',
      call: 1,
      status: 503
    })
    const octokit = github(emu)
    const args = { ...target, commit_sha: SHA, ref: 'refs/heads/main', sarif: encode(sarifDocument(1)) }
    expect((await failure(octokit.rest.codeScanning.uploadSarif(args))).status).toBe(503)
    expect((await octokit.rest.codeScanning.uploadSarif(args)).status).toBe(202)
    expect(emu.sarifUploads()).toHaveLength(1)
  })
})
