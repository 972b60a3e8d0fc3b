import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { github, waitFor } from './testing.js'

let emu: Emulator
const repo = { owner: 'octo-org', repo: 'service' }

beforeEach(async () => {
  emu = await startEmulator({ seed: 11, smokeRunMs: 90 })
})

afterEach(async () => {
  await emu.close()
})

async function dispatchAndWait(inputs: Record<string, string> = {}) {
  const octokit = github(emu)
  const dispatched = await octokit.request(
    'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
    {
      ...repo,
      workflow_id: 'smoke.yml',
      ref: 'main',
      inputs,
      return_run_details: true
    }
  )
  expect(dispatched.status).toBe(200)
  const runId = (dispatched.data as { workflow_run_id: number }).workflow_run_id
  const statuses = new Set<string>()
  const run = await waitFor(async () => {
    const { data } = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: runId })
    statuses.add(String(data.status))
    return data.status === 'completed' ? data : undefined
  })
  return { run, statuses, dispatched: dispatched.data as { run_url: string; html_url: string } }
}

describe('emulated workflow runs', () => {
  it('passes the smoke run when the secret holds a live key, after queued and in_progress', async () => {
    const live = emu.seedServiceAccount('current')
    emu.setSecret('OPENAI_API_KEY', live.key)
    const { run, statuses, dispatched } = await dispatchAndWait()
    expect(run.conclusion).toBe('success')
    expect(statuses.has('completed')).toBe(true)
    expect(dispatched.run_url).toBe(`${emu.githubUrl}/repos/octo-org/service/actions/runs/${run.id}`)
    expect(run.display_title).toBe('smoke')
    expect(run.path).toBe('.github/workflows/smoke.yml')
    const models = emu.requests().filter((r) => r.api === 'openai' && r.path === '/models')
    expect(models.map((r) => r.status)).toEqual([200])
    expect(emu.runs()).toEqual([
      { id: run.id, workflow: 'smoke.yml', status: 'completed', conclusion: 'success', inputs: {} }
    ])
    expect(emu.violations()).toEqual([])
  })

  it('shows the run as queued, then in progress, before it completes', async () => {
    const emuSlow = await startEmulator({ seed: 12, smokeRunMs: 600 })
    try {
      const octokit = github(emuSlow)
      await octokit.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'smoke.yml', ref: 'main' })
      expect(emuSlow.runs()[0]?.status).toBe('queued')
      await waitFor(() => (emuSlow.runs()[0]?.status === 'in_progress' ? true : undefined))
      await waitFor(() => (emuSlow.runs()[0]?.status === 'completed' ? true : undefined))
      expect(emuSlow.runs()[0]?.conclusion).toBe('failure')
      expect(emuSlow.violations()).toEqual([])
    } finally {
      await emuSlow.close()
    }
  })

  it('reads the secret named by the secret-name input, and fails on a revoked key', async () => {
    const revoked = emu.seedServiceAccount('old')
    const live = emu.seedServiceAccount('new')
    emu.setSecret('OPENAI_API_KEY', revoked.key)
    emu.setSecret('OTHER_KEY', live.key)
    await openaiDelete(revoked.id)
    expect((await dispatchAndWait()).run.conclusion).toBe('failure')
    expect((await dispatchAndWait({ 'secret-name': 'OTHER_KEY' })).run.conclusion).toBe('success')
    expect(emu.violations()).toEqual([])
  })

  it('fails every smoke run while failSmoke is on', async () => {
    emu.setSecret('OPENAI_API_KEY', emu.seedServiceAccount().key)
    emu.failSmoke(true)
    expect((await dispatchAndWait()).run.conclusion).toBe('failure')
    emu.failSmoke(false)
    expect((await dispatchAndWait()).run.conclusion).toBe('success')
  })

  it('lists runs newest first, filtered by event, created and per_page; 204 without run details', async () => {
    const octokit = github(emu)
    const before = new Date(Date.now() - 2000).toISOString()
    for (let i = 0; i < 3; i++) {
      const res = await octokit.rest.actions.createWorkflowDispatch({
        ...repo,
        workflow_id: 'smoke.yml',
        ref: 'main'
      })
      expect(res.status).toBe(204)
    }
    const all = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'smoke.yml',
      event: 'workflow_dispatch',
      created: `>=${before}`,
      per_page: 2
    })
    expect(all.data.total_count).toBe(3)
    const ids = emu.runs().map((r) => r.id)
    expect(all.data.workflow_runs.map((r) => r.id)).toEqual([ids[2], ids[1]])
    const pushes = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'smoke.yml',
      event: 'push'
    })
    expect(pushes.data.total_count).toBe(0)
    const future = new Date(Date.now() + 60_000).toISOString()
    const later = await octokit.rest.actions.listWorkflowRuns({
      ...repo,
      workflow_id: 'smoke.yml',
      created: `>=${future}`
    })
    expect(later.data.total_count).toBe(0)
    expect(emu.violations()).toEqual([])
  })

  it('shows the run a rotation runs in as in progress until it ends, then with its conclusion', async () => {
    const octokit = github(emu)
    const repo = { owner: 'octo-org', repo: 'service' }
    const id = emu.startRun('rotate.yml', 'schedule')
    const live = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: id })
    expect([live.data.status, live.data.conclusion, live.data.event]).toEqual([
      'in_progress',
      null,
      'schedule'
    ])
    emu.finishRun(id, 'cancelled')
    const dead = await octokit.rest.actions.getWorkflowRun({ ...repo, run_id: id })
    expect([dead.data.status, dead.data.conclusion]).toEqual(['completed', 'cancelled'])
    await expect(octokit.rest.actions.getWorkflowRun({ ...repo, run_id: id + 1 })).rejects.toMatchObject({
      status: 404
    })
    expect(emu.violations()).toEqual([])
  })
})

async function openaiDelete(serviceAccountId: string): Promise<void> {
  const res = await fetch(
    `${emu.openaiUrl}/organization/projects/${emu.projectId}/service_accounts/${serviceAccountId}`,
    {
      method: 'DELETE',
      headers: { authorization: `Bearer ${emu.adminKey}` }
    }
  )
  expect(res.status).toBe(200)
}
