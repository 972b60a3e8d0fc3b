import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import OpenAI from 'openai'
import { MARKER } from '../helpers/keys.js'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { openaiAdmin, openaiWithKey, waitFor } from './testing.js'

let emu: Emulator

beforeEach(async () => {
  emu = await startEmulator({ seed: 3 })
})

afterEach(async () => {
  await emu.close()
})

const SERVICE_ACCOUNT_KEY = new RegExp(`^sk-svcacct-[A-Za-z0-9_-]{74}${MARKER}[A-Za-z0-9_-]{74}$`)

async function modelsStatus(key: string): Promise<number> {
  try {
    await openaiWithKey(emu, key).models.list()
    return 200
  } catch (error) {
    if (error instanceof OpenAI.APIError && error.status !== undefined) return error.status
    throw error
  }
}

describe('emulated OpenAI', () => {
  it('creates a service account whose key has the real shape and answers GET /models', async () => {
    const admin = openaiAdmin(emu)
    const sa = await admin.admin.organization.projects.serviceAccounts.create(emu.projectId, {
      name: 'okg:rot-1'
    })
    expect(sa.object).toBe('organization.project.service_account')
    expect(sa.api_key?.value).toMatch(SERVICE_ACCOUNT_KEY)
    expect(emu.adminKey).toMatch(new RegExp(`^sk-admin-[A-Za-z0-9_-]{58}${MARKER}[A-Za-z0-9_-]{58}$`))
    const key = sa.api_key!.value
    expect(emu.isLive(key)).toBe(true)
    const models = await openaiWithKey(emu, key).models.list()
    expect(models.data.length).toBeGreaterThan(0)
    const fetched = await admin.admin.organization.projects.serviceAccounts.retrieve(sa.id, {
      project_id: emu.projectId
    })
    expect(fetched.name).toBe('okg:rot-1')
    expect((await admin.admin.organization.projects.retrieve(emu.projectId)).object).toBe(
      'organization.project'
    )
    expect(emu.serviceAccounts()).toEqual([{ id: sa.id, name: 'okg:rot-1', keyIds: [sa.api_key!.id] }])
    expect(emu.violations()).toEqual([])
  })

  it('pages service accounts and project keys with limit/after, showing owners and redacted values', async () => {
    const admin = openaiAdmin(emu)
    const projects = admin.admin.organization.projects
    const created = []
    for (const name of ['a', 'b', 'c']) created.push(emu.seedServiceAccount(name))
    const user = emu.seedUserKey()

    const first = await projects.serviceAccounts.list(emu.projectId, { limit: 2 })
    expect(first.data.map((s) => s.name)).toEqual(['a', 'b'])
    expect(first.has_more).toBe(true)
    const names: string[] = []
    for await (const sa of projects.serviceAccounts.list(emu.projectId, { limit: 2 })) names.push(sa.name)
    expect(names).toEqual(['a', 'b', 'c'])

    const keys = []
    for await (const key of projects.apiKeys.list(emu.projectId, { limit: 3 })) keys.push(key)
    expect(keys.map((k) => k.id)).toEqual([...created.map((c) => c.keyId), user.keyId])
    expect(keys.map((k) => k.owner.type)).toEqual([
      'service_account',
      'service_account',
      'service_account',
      'user'
    ])
    expect(keys[0]?.owner.service_account?.id).toBe(created[0]?.id)
    const seeded = created[0]!.key
    expect(keys[0]?.redacted_value).toBe(
      seeded.slice(0, 8) + '*'.repeat(seeded.length - 12) + seeded.slice(-4)
    )
    expect(keys[3]?.redacted_value).toHaveLength(user.key.length)

    const one = await projects.apiKeys.retrieve(user.keyId, { project_id: emu.projectId })
    expect(one.owner.user?.email).toBe('owner@example.com')
    expect(emu.violations()).toEqual([])
  })

  it('revokes and unlists the keys of a deleted service account', async () => {
    const projects = openaiAdmin(emu).admin.organization.projects
    const seeded = emu.seedServiceAccount('old')
    const deleted = await projects.serviceAccounts.delete(seeded.id, { project_id: emu.projectId })
    expect(deleted).toEqual({
      object: 'organization.project.service_account.deleted',
      id: seeded.id,
      deleted: true
    })
    expect(emu.isLive(seeded.key)).toBe(false)
    expect(await modelsStatus(seeded.key)).toBe(401)
    expect((await projects.apiKeys.list(emu.projectId)).data).toEqual([])
    await expect(
      projects.serviceAccounts.delete(seeded.id, { project_id: emu.projectId })
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError)
    expect(emu.serviceAccounts()).toEqual([])
    expect(emu.violations()).toEqual([])
  })

  it('deletes user keys one by one but refuses service account keys', async () => {
    const projects = openaiAdmin(emu).admin.organization.projects
    const user = emu.seedUserKey()
    const sa = emu.seedServiceAccount()
    const gone = await projects.apiKeys.delete(user.keyId, { project_id: emu.projectId })
    expect(gone.deleted).toBe(true)
    expect(await modelsStatus(user.key)).toBe(401)
    await expect(projects.apiKeys.delete(sa.keyId, { project_id: emu.projectId })).rejects.toBeInstanceOf(
      OpenAI.BadRequestError
    )
    expect(emu.isLive(sa.key)).toBe(true)
    await expect(projects.apiKeys.delete(user.keyId, { project_id: emu.projectId })).rejects.toBeInstanceOf(
      OpenAI.NotFoundError
    )
    expect(emu.violations()).toEqual([])
  })

  it('accepts only admin keys on admin routes, with OpenAI error bodies', async () => {
    const sa = emu.seedServiceAccount()
    const asProjectKey = openaiAdmin(emu, sa.key).admin.organization.projects
    const error = await asProjectKey.serviceAccounts.list(emu.projectId).then(
      () => undefined,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError)
    expect((error as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key')
    expect(await modelsStatus(emu.adminKey)).toBe(401)
    const unknownProject = openaiAdmin(emu).admin.organization.projects.serviceAccounts.list('proj_nope')
    await expect(unknownProject).rejects.toBeInstanceOf(OpenAI.NotFoundError)
    expect(emu.violations()).toEqual([])
  })

  it('keeps revoked keys answering for revocationDelayMs, then 401', async () => {
    const delayed = await startEmulator({ seed: 4, revocationDelayMs: 250 })
    try {
      const seeded = delayed.seedServiceAccount()
      await openaiAdmin(delayed).admin.organization.projects.serviceAccounts.delete(seeded.id, {
        project_id: delayed.projectId
      })
      const client = openaiWithKey(delayed, seeded.key)
      await expect(client.models.list()).resolves.toBeDefined()
      await waitFor(() => (delayed.isLive(seeded.key) ? undefined : true))
      await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError)
      expect(delayed.violations()).toEqual([])
    } finally {
      await delayed.close()
    }
  })

  it('gives the same keys and ids for the same seed', async () => {
    const twin = await startEmulator({ seed: 3 })
    try {
      expect(twin.adminKey).toBe(emu.adminKey)
      expect(twin.token).toBe(emu.token)
      expect(twin.seedServiceAccount('x')).toEqual(emu.seedServiceAccount('x'))
    } finally {
      await twin.close()
    }
  })
})
