import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import OpenAI from 'openai'
import { RequestError } from '@octokit/request-error'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { github, openaiAdmin, seal, waitFor } from './testing.js'

let emu: Emulator
const repo = { owner: 'octo-org', repo: 'service' }
const PUBLIC_KEY = '/repos/:owner/:repo/actions/secrets/public-key'

beforeEach(async () => {
  emu = await startEmulator({ seed: 5, smokeRunMs: 60 })
})

afterEach(async () => {
  await emu.close()
})

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (e: unknown) => e
  )
}

function statuses(api: 'github' | 'openai', path: string): number[] {
  return emu
    .requests()
    .filter((r) => r.api === api && r.path === path)
    .map((r) => r.status)
}

describe('emulator faults', () => {
  it('answers the chosen call with 429 and retry-after, then serves the next one', async () => {
    emu.fault({
      api: 'github',
      method: 'GET',
      path: PUBLIC_KEY,
      call: 1,
      status: 429,
      headers: { 'retry-after': '1' }
    })
    const octokit = github(emu)
    const error = await failure(octokit.rest.actions.getRepoPublicKey(repo))
    expect(error).toBeInstanceOf(RequestError)
    expect((error as RequestError).status).toBe(429)
    expect((error as RequestError).response?.headers['retry-after']).toBe('1')
    expect((error as RequestError).response?.headers['x-ratelimit-limit']).toBe('5000')
    expect((await octokit.rest.actions.getRepoPublicKey(repo)).status).toBe(200)
    expect(statuses('github', '/repos/octo-org/service/actions/secrets/public-key')).toEqual([429, 200])
    expect(emu.violations()).toEqual([])
  })

  it('fails only the numbered call, matching RegExp paths too', async () => {
    emu.fault({ api: 'github', method: 'GET', path: /\/actions\/variables$/, call: 2, status: 503 })
    const octokit = github(emu)
    await octokit.rest.actions.listRepoVariables(repo)
    expect(((await failure(octokit.rest.actions.listRepoVariables(repo))) as RequestError).status).toBe(503)
    await octokit.rest.actions.listRepoVariables(repo)
    expect(statuses('github', '/repos/octo-org/service/actions/variables')).toEqual([200, 503, 200])
  })

  it('fails every call when asked, and the SDK retries as it would against OpenAI', async () => {
    emu.fault({
      api: 'openai',
      method: 'POST',
      path: '/organization/projects/:project/service_accounts',
      call: 'every',
      status: 503,
      headers: { 'retry-after-ms': '5' }
    })
    const admin = openaiAdmin(emu, emu.adminKey, { maxRetries: 2 })
    const error = await failure(
      admin.admin.organization.projects.serviceAccounts.create(emu.projectId, { name: 'x' })
    )
    expect(error).toBeInstanceOf(OpenAI.InternalServerError)
    expect(statuses('openai', `/organization/projects/${emu.projectId}/service_accounts`)).toEqual([
      503, 503, 503
    ])
    expect(emu.serviceAccounts()).toEqual([])
  })

  it('delays a response past the client timeout', async () => {
    emu.fault({ api: 'openai', method: 'GET', path: '/organization/projects/:p/api_keys', delayMs: 300 })
    const admin = new OpenAI({
      adminAPIKey: emu.adminKey,
      apiKey: null,
      baseURL: emu.openaiUrl,
      maxRetries: 0,
      timeout: 50
    })
    const error = await failure(admin.admin.organization.projects.apiKeys.list(emu.projectId))
    expect(error).toBeInstanceOf(OpenAI.APIConnectionTimeoutError)
  })

  it('serves a delayed call normally once the delay is over', async () => {
    emu.fault({ api: 'github', method: 'GET', path: '/repos/:owner/:repo', delayMs: 50 })
    expect((await github(emu).rest.repos.get(repo)).status).toBe(200)
    expect(emu.violations()).toEqual([])
  })

  it('hangs until the client gives up, and still closes cleanly', async () => {
    emu.fault({ api: 'github', method: 'GET', path: PUBLIC_KEY, hang: true })
    const error = await failure(
      github(emu).rest.actions.getRepoPublicKey({ ...repo, request: { signal: AbortSignal.timeout(400) } })
    )
    expect(String((error as Error).name)).toMatch(/Abort|Timeout|HttpError/)
    expect(statuses('github', '/repos/octo-org/service/actions/secrets/public-key')).toEqual([0])
  })

  it('drops the connection', async () => {
    emu.fault({ api: 'github', method: 'PUT', path: '/repos/:owner/:repo/actions/secrets/:name', drop: true })
    const octokit = github(emu)
    const key = (await octokit.rest.actions.getRepoPublicKey(repo)).data
    const error = await failure(
      octokit.rest.actions.createOrUpdateRepoSecret({
        ...repo,
        secret_name: 'OPENAI_API_KEY',
        key_id: key.key_id,
        encrypted_value: await seal('never stored', key.key)
      })
    )
    expect(error).toBeInstanceOf(RequestError)
    expect((error as RequestError).status).toBe(500)
    expect(emu.secret('OPENAI_API_KEY')).toBeUndefined()
    expect(statuses('github', '/repos/octo-org/service/actions/secrets/OPENAI_API_KEY')).toEqual([0])
  })

  it('applies faults to the smoke run’s own call to OpenAI', async () => {
    emu.setSecret('OPENAI_API_KEY', emu.seedServiceAccount().key)
    emu.fault({ api: 'openai', method: 'GET', path: '/models', status: 500 })
    await github(emu).rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'smoke.yml', ref: 'main' })
    const run = await waitFor(() => (emu.runs()[0]?.status === 'completed' ? emu.runs()[0] : undefined))
    expect(run.conclusion).toBe('failure')
    expect(statuses('openai', '/models')).toEqual([500])
  })

  it('flags a malformed OpenAI request while still answering it', async () => {
    const res = await fetch(`${emu.openaiUrl}/organization/projects/${emu.projectId}/service_accounts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'no name' })
    })
    expect(res.status).toBe(400)
    expect(emu.violations()).toEqual([
      "openai POST /organization/projects/{project_id}/service_accounts request: must have required property 'name'"
    ])
  })

  it('flags calls to routes the emulator does not serve', async () => {
    const res = await fetch(`${emu.githubUrl}/repos/octo-org/service/pulls`, {
      headers: { authorization: `token ${emu.token}` }
    })
    expect(res.status).toBe(404)
    expect(emu.violations()).toEqual(['github GET /repos/octo-org/service/pulls: no emulated route'])
  })
})
