import type OpenAI from 'openai'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { openaiAdmin, waitFor } from './testing.js'

let emu: Emulator

beforeEach(async () => {
  emu = await startEmulator({ seed: 5 })
})

afterEach(async () => {
  await emu.close()
})

const DAY = 86_400_000

type Result = Awaited<
  ReturnType<OpenAI['admin']['organization']['usage']['completions']>
>['data'][number]['results'][number]
const requestsOf = (r: Result): number | undefined =>
  'num_model_requests' in r ? r.num_model_requests : undefined

describe('emulated OpenAI: projects, key times and usage', () => {
  it('lists projects and keeps every project’s accounts and keys to itself', async () => {
    const admin = openaiAdmin(emu).admin.organization.projects
    const other = emu.seedProject('Billing')
    const ours = emu.seedServiceAccount('ours')
    const theirs = emu.seedServiceAccount('theirs', other)
    const user = emu.seedUserKey(other)

    const listed = await admin.list({ limit: 1 })
    expect(listed.data.map((p) => p.id)).toEqual([emu.projectId])
    expect(listed.has_more).toBe(true)
    const all = []
    for await (const project of admin.list({ limit: 1 })) all.push(project.name)
    expect(all).toEqual(['Emulated project', 'Billing'])

    const keysIn = async (project: string): Promise<string[]> =>
      (await admin.apiKeys.list(project)).data.map((k) => k.id).sort()
    expect(await keysIn(emu.projectId)).toEqual([ours.keyId])
    expect(await keysIn(other)).toEqual([theirs.keyId, user.keyId].sort())
    // An id from another project is not found through this one, and deleting it there does nothing.
    await expect(
      admin.serviceAccounts.delete(theirs.id, { project_id: emu.projectId })
    ).rejects.toMatchObject({
      status: 404
    })
    expect(emu.isLive(theirs.key)).toBe(true)
    expect(emu.violations()).toEqual([])
  })

  it('reports requests per key in minute and day buckets, through the SDK', async () => {
    const a = emu.seedServiceAccount('a')
    const b = emu.seedServiceAccount('b')
    const start = Math.floor(Date.now() / 86_400_000) * 86_400 - 3 * 86_400
    emu.recordUsage(a.keyId, {
      requests: 5,
      inputTokens: 50,
      outputTokens: 7,
      at: (start + 86_400 + 10) * 1000
    })
    emu.recordUsage(a.keyId, { requests: 2, at: (start + 86_400 + 70) * 1000 })
    emu.recordUsage(b.keyId, { requests: 9, at: (start + 2 * 86_400) * 1000 })
    const usage = openaiAdmin(emu).admin.organization.usage

    const daily = await usage.completions({ start_time: start, bucket_width: '1d', group_by: ['api_key_id'] })
    expect(daily.data.map((bucket) => bucket.start_time)).toEqual([0, 1, 2, 3].map((d) => start + d * 86_400))
    const perKey = daily.data.map((bucket) =>
      Object.fromEntries(bucket.results.map((r) => ['api_key_id' in r ? r.api_key_id : '?', requestsOf(r)]))
    )
    expect(perKey).toEqual([{}, { [a.keyId]: 7 }, { [b.keyId]: 9 }, {}])

    const minutes = await usage.completions({
      start_time: start + 86_400,
      end_time: start + 86_400 + 180,
      bucket_width: '1m',
      api_key_ids: [a.keyId],
      group_by: ['api_key_id']
    })
    expect(minutes.data.map((bucket) => bucket.results.map((r) => requestsOf(r)))).toEqual([[5], [2], []])
    const first = minutes.data[0]!.results[0]!
    expect('input_tokens' in first && first.input_tokens).toBe(50)

    const paged = await usage.completions({ start_time: start, bucket_width: '1d', limit: 2 })
    expect(paged.data).toHaveLength(2)
    expect(paged.has_more).toBe(true)
    const next = await usage.completions({ start_time: start, bucket_width: '1d', page: paged.next_page! })
    expect(next.data[0]!.start_time).toBe(start + 2 * 86_400)
    // Without grouping, one total per bucket that has usage.
    expect(next.data[0]!.results.map((r) => requestsOf(r))).toEqual([9])
    expect(emu.violations()).toEqual([])
  })

  it('moves last_used_at when a key is used and keeps seeded key times', async () => {
    const admin = openaiAdmin(emu).admin.organization.projects.apiKeys
    const seeded = emu.seedUserKey()
    emu.setKeyTimes(seeded.keyId, { createdAt: Date.now() - 400 * DAY, lastUsedAt: null })
    const before = await admin.retrieve(seeded.keyId, { project_id: emu.projectId })
    expect(before.last_used_at).toBeNull()
    expect(before.created_at).toBeLessThan(Date.now() / 1000 - 399 * 86_400)

    const consumer = emu.consumer(seeded.key, 20)
    const used = await waitFor(async () => {
      const key = await admin.retrieve(seeded.keyId, { project_id: emu.projectId })
      return key.last_used_at ?? undefined
    })
    expect(used).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 5)

    // Told to switch, it uses the new key only: the old one stops moving.
    const next = emu.seedServiceAccount('next')
    consumer.switchTo(next.key)
    await waitFor(async () => {
      const key = await admin.retrieve(next.keyId, { project_id: emu.projectId })
      return key.last_used_at ?? undefined
    })
    consumer.stop()
    const requests = emu.requests().filter((r) => r.path === '/models')
    expect(requests.length).toBeGreaterThan(1)
    expect(emu.violations()).toEqual([])
  })
})
