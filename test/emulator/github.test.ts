import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RequestError } from '@octokit/request-error'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { github, seal } from './testing.js'

let emu: Emulator

beforeEach(async () => {
  emu = await startEmulator({ seed: 7, smokeRunMs: 60 })
})

afterEach(async () => {
  await emu.close()
})

async function rejection(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(RequestError)
  return error as RequestError
}

describe('emulated GitHub', () => {
  it('serves the repository with rate-limit headers on every response', async () => {
    const octokit = github(emu)
    const first = await octokit.rest.repos.get({ owner: 'octo-org', repo: 'service' })
    const second = await octokit.rest.repos.get({ owner: 'octo-org', repo: 'service' })
    expect(first.data.full_name).toBe('octo-org/service')
    expect(first.headers['x-ratelimit-limit']).toBe('5000')
    expect(first.headers['x-ratelimit-resource']).toBe('core')
    expect(
      Number(first.headers['x-ratelimit-remaining']) - Number(second.headers['x-ratelimit-remaining'])
    ).toBe(1)
    expect(second.headers['x-ratelimit-used']).toBe('2')
    expect(Number(second.headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
    expect((await rejection(octokit.rest.repos.get({ owner: 'octo-org', repo: 'other' }))).status).toBe(404)
    expect(emu.violations()).toEqual([])
  })

  it('decrypts repository secrets sealed with its public key: 201 created, 204 updated, delete', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    const { data: key } = await octokit.rest.actions.getRepoPublicKey(repo)
    const put = (value: string) =>
      seal(value, key.key).then((encrypted_value) =>
        octokit.rest.actions.createOrUpdateRepoSecret({
          ...repo,
          secret_name: 'OPENAI_API_KEY',
          key_id: key.key_id,
          encrypted_value
        })
      )
    expect((await put('first value')).status).toBe(201)
    expect(emu.secret('OPENAI_API_KEY')).toBe('first value')
    expect((await put('second value')).status).toBe(204)
    expect(emu.secret('OPENAI_API_KEY')).toBe('second value')
    const meta = await octokit.rest.actions.getRepoSecret({ ...repo, secret_name: 'openai_api_key' })
    expect(meta.data.name).toBe('OPENAI_API_KEY')
    expect(
      (await octokit.rest.actions.deleteRepoSecret({ ...repo, secret_name: 'OPENAI_API_KEY' })).status
    ).toBe(204)
    expect(emu.secret('OPENAI_API_KEY')).toBeUndefined()
    expect(emu.violations()).toEqual([])
  })

  it('keeps a key pair per store: environment, organisation (with visibility) and Dependabot', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    const envKey = (
      await octokit.rest.actions.getEnvironmentPublicKey({ ...repo, environment_name: 'production' })
    ).data
    const orgKey = (await octokit.rest.actions.getOrgPublicKey({ org: 'octo-org' })).data
    const depKey = (await octokit.rest.dependabot.getRepoPublicKey(repo)).data
    const repoKey = (await octokit.rest.actions.getRepoPublicKey(repo)).data
    expect(new Set([envKey.key, orgKey.key, depKey.key, repoKey.key]).size).toBe(4)

    await octokit.rest.actions.createOrUpdateEnvironmentSecret({
      ...repo,
      environment_name: 'production',
      secret_name: 'OPENAI_API_KEY',
      key_id: envKey.key_id,
      encrypted_value: await seal('env value', envKey.key)
    })
    await octokit.rest.actions.createOrUpdateOrgSecret({
      org: 'octo-org',
      secret_name: 'OPENAI_API_KEY',
      key_id: orgKey.key_id,
      encrypted_value: await seal('org value', orgKey.key),
      visibility: 'selected',
      selected_repository_ids: [1296269, 42]
    })
    await octokit.rest.dependabot.createOrUpdateRepoSecret({
      ...repo,
      secret_name: 'OPENAI_API_KEY',
      key_id: depKey.key_id,
      encrypted_value: await seal('dependabot value', depKey.key)
    })
    expect(emu.secret('OPENAI_API_KEY', 'env:production')).toBe('env value')
    expect(emu.secret('OPENAI_API_KEY', 'org:octo-org')).toBe('org value')
    expect(emu.secret('OPENAI_API_KEY', 'dependabot')).toBe('dependabot value')
    expect(emu.secret('OPENAI_API_KEY')).toBeUndefined()

    const org = await octokit.rest.actions.getOrgSecret({ org: 'octo-org', secret_name: 'OPENAI_API_KEY' })
    expect(org.data.visibility).toBe('selected')
    const repos = await octokit.rest.actions.listSelectedReposForOrgSecret({
      org: 'octo-org',
      secret_name: 'OPENAI_API_KEY'
    })
    expect(repos.data.repositories.map((r) => r.id)).toEqual([1296269, 42])
    expect(
      (
        await octokit.rest.actions.getEnvironmentSecret({
          ...repo,
          environment_name: 'production',
          secret_name: 'OPENAI_API_KEY'
        })
      ).data.name
    ).toBe('OPENAI_API_KEY')
    expect(
      (await octokit.rest.dependabot.getRepoSecret({ ...repo, secret_name: 'OPENAI_API_KEY' })).data.name
    ).toBe('OPENAI_API_KEY')
    expect(emu.violations()).toEqual([])
  })

  it('rejects a value sealed for another store or under a stale key id, as GitHub does', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    const repoKey = (await octokit.rest.actions.getRepoPublicKey(repo)).data
    const envKey = (
      await octokit.rest.actions.getEnvironmentPublicKey({ ...repo, environment_name: 'staging' })
    ).data
    const wrongBox = rejection(
      octokit.rest.actions.createOrUpdateRepoSecret({
        ...repo,
        secret_name: 'OPENAI_API_KEY',
        key_id: repoKey.key_id,
        encrypted_value: await seal('sealed for staging', envKey.key)
      })
    )
    expect((await wrongBox).status).toBe(422)
    const staleId = rejection(
      octokit.rest.actions.createOrUpdateRepoSecret({
        ...repo,
        secret_name: 'OPENAI_API_KEY',
        key_id: envKey.key_id,
        encrypted_value: await seal('right box, wrong id', repoKey.key)
      })
    )
    expect((await staleId).status).toBe(422)
    expect(emu.secret('OPENAI_API_KEY')).toBeUndefined()
    expect(emu.violations()).toEqual([])
  })

  it('answers a PUT without key_id with 422 and flags it as a contract violation', async () => {
    const octokit = github(emu)
    const repoKey = (await octokit.rest.actions.getRepoPublicKey({ owner: 'octo-org', repo: 'service' })).data
    // A plain string route: Octokit's types would (rightly) refuse the missing key_id.
    const route: string = 'PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}'
    const error = await rejection(
      octokit.request(route, {
        owner: 'octo-org',
        repo: 'service',
        secret_name: 'OPENAI_API_KEY',
        encrypted_value: await seal('no key id', repoKey.key)
      })
    )
    expect(error.status).toBe(422)
    expect(emu.violations()).toEqual([
      "github PUT /repos/{owner}/{repo}/actions/secrets/{secret_name} request: must have required property 'key_id'"
    ])
  })

  it('plants secrets as a human would and reports them through the API', async () => {
    emu.setSecret('OPENAI_API_KEY', 'planted')
    emu.setSecret('OPENAI_API_KEY', 'planted in prod', 'env:prod')
    expect(emu.secret('OPENAI_API_KEY')).toBe('planted')
    expect(emu.secret('openai_api_key', 'env:prod')).toBe('planted in prod')
    const meta = await github(emu).rest.actions.getRepoSecret({
      owner: 'octo-org',
      repo: 'service',
      secret_name: 'OPENAI_API_KEY'
    })
    expect(meta.data.name).toBe('OPENAI_API_KEY')
    expect(emu.violations()).toEqual([])
  })

  it('keeps repository variables (create, read, list, update, delete)', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    await octokit.rest.actions.createRepoVariable({ ...repo, name: 'OKG_STATE', value: '{"step":"plan"}' })
    expect(emu.variable('OKG_STATE')).toBe('{"step":"plan"}')
    const conflict = await rejection(
      octokit.rest.actions.createRepoVariable({ ...repo, name: 'OKG_STATE', value: 'x' })
    )
    expect(conflict.status).toBe(409)
    await octokit.rest.actions.updateRepoVariable({ ...repo, name: 'OKG_STATE', value: '{"step":"smoke"}' })
    expect((await octokit.rest.actions.getRepoVariable({ ...repo, name: 'OKG_STATE' })).data.value).toBe(
      '{"step":"smoke"}'
    )
    expect((await octokit.rest.actions.listRepoVariables(repo)).data.variables.map((v) => v.name)).toEqual([
      'OKG_STATE'
    ])
    await octokit.rest.actions.deleteRepoVariable({ ...repo, name: 'OKG_STATE' })
    expect(emu.variable('OKG_STATE')).toBeUndefined()
    expect(
      (await rejection(octokit.rest.actions.getRepoVariable({ ...repo, name: 'OKG_STATE' }))).status
    ).toBe(404)
    expect(emu.violations()).toEqual([])
  })

  it('records issues with labels, comments and state changes', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    const created = await octokit.rest.issues.create({
      ...repo,
      title: 'Rotated OPENAI_API_KEY',
      body: 'old key_abc, new key_def',
      labels: ['openai-key-guard', 'rotation']
    })
    expect(created.status).toBe(201)
    await octokit.rest.issues.create({ ...repo, title: 'Unrelated', labels: ['bug'] })
    const listed = await octokit.rest.issues.listForRepo({
      ...repo,
      labels: 'openai-key-guard',
      state: 'open'
    })
    expect(listed.data.map((i) => i.number)).toEqual([created.data.number])
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: created.data.number,
      body: 'rotated again'
    })
    await octokit.rest.issues.update({ ...repo, issue_number: created.data.number, state: 'closed' })
    const fetched = await octokit.rest.issues.get({ ...repo, issue_number: created.data.number })
    expect(fetched.data.state).toBe('closed')
    expect(fetched.data.comments).toBe(1)
    expect(emu.issues()[0]).toEqual({
      number: 1,
      title: 'Rotated OPENAI_API_KEY',
      body: 'old key_abc, new key_def',
      labels: ['openai-key-guard', 'rotation'],
      state: 'closed',
      comments: ['rotated again']
    })
    expect(emu.violations()).toEqual([])
  })

  it('refuses unknown tokens with 401 and missing permissions with 403 naming the permission', async () => {
    const repo = { owner: 'octo-org', repo: 'service' }
    const bad = await rejection(github(emu, 'ghs_notARealToken').rest.repos.get(repo))
    expect(bad.status).toBe(401)
    expect((bad.response?.data as { message: string }).message).toBe('Bad credentials')

    const readOnly = github(emu, emu.addToken({ metadata: 'read', secrets: 'read' }))
    const key = (await readOnly.rest.actions.getRepoPublicKey(repo)).data
    const denied = await rejection(
      readOnly.rest.actions.createOrUpdateRepoSecret({
        ...repo,
        secret_name: 'OPENAI_API_KEY',
        key_id: key.key_id,
        encrypted_value: await seal('x', key.key)
      })
    )
    expect(denied.status).toBe(403)
    expect(denied.response?.headers['x-accepted-github-permissions']).toBe('secrets=write')
    expect((denied.response?.data as { message: string }).message).toBe(
      'Resource not accessible by integration'
    )

    const noOrg = await rejection(readOnly.rest.actions.getOrgPublicKey({ org: 'octo-org' }))
    expect(noOrg.response?.headers['x-accepted-github-permissions']).toBe('organization_secrets=read')
    expect(emu.secret('OPENAI_API_KEY')).toBeUndefined()
    expect(emu.violations()).toEqual([])
  })
})
