// Rotation that cannot break production, through the committed bundle as the runner starts it: the old key is
// revoked only once nothing uses it (drain), several workflows run in order (deploy, then smoke), and a
// rotation belongs to the workflow run that works on it, so a rerun after a killed run resumes at once.
import { describe, expect, it } from 'vitest'
import { stateVariableName } from '../src/rotate/state.js'
import type { Consumer, Emulator } from '../src/emulator/index.js'
import { emulator } from './helpers/emulated.js'
import { tempDir } from './helpers/git.js'
import { runAction, type RunnerOptions, type RunnerResult } from './helpers/runner.js'

const STATE = stateVariableName('OPENAI_API_KEY')

interface World {
  emu: Emulator
  current: { key: string; keyId: string }
  /** The production application: it keeps calling OpenAI with the key it was deployed with. */
  app: Consumer
}

async function world(): Promise<World> {
  const emu = await emulator()
  const current = emu.seedServiceAccount('app-production')
  emu.setSecret('OPENAI_API_KEY', current.key)
  // Closing the emulator stops it.
  const app = emu.consumer(current.key, 50)
  return { emu, current, app }
}

/** One run of the rotation in its own workflow run, which the emulated Actions API reports as in progress. */
function rotation(
  w: World,
  inputs: Record<string, string>,
  event: 'workflow_dispatch' | 'schedule' = 'workflow_dispatch'
): RunnerOptions & { runId: number } {
  const runId = w.emu.startRun('rotate.yml', event)
  return {
    runId,
    workspace: tempDir(),
    event: { name: event, payload: {} },
    env: {
      GITHUB_API_URL: w.emu.githubUrl,
      OPENAI_BASE_URL: w.emu.openaiUrl,
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1'
    },
    inputs: {
      command: 'rotate',
      'github-token': w.emu.token,
      'openai-admin-key': w.emu.adminKey,
      'openai-project-id': w.emu.projectId,
      // The workflow passes the secret as it is now.
      'current-key': w.emu.secret('OPENAI_API_KEY')!,
      'smoke-workflow': 'smoke.yml',
      'smoke-timeout': '60s',
      ...inputs
    }
  }
}

async function rotate(w: World, options: RunnerOptions & { runId: number }): Promise<RunnerResult> {
  const run = await runAction(options)
  w.emu.finishRun(options.runId, run.status === null ? 'cancelled' : run.status === 0 ? 'success' : 'failure')
  return run
}

/** Neither key, the Admin key nor the token anywhere the runner shows or keeps, nor in any issue. */
function expectNoSecrets(w: World, runs: RunnerResult[]): void {
  const secrets = [w.current.key, w.emu.secret('OPENAI_API_KEY')!, w.emu.adminKey, w.emu.token]
  const issues = w.emu.issues().map((i) => [i.title, i.body, ...i.comments].join('\n'))
  for (const value of secrets) {
    for (const run of runs) expect(run.all).not.toContain(value)
    for (const text of issues) expect(text).not.toContain(value)
  }
}

const ours = (e: Emulator): string[] =>
  e.serviceAccounts().flatMap((a) => (a.name.startsWith('okg:') ? [a.id] : []))

const step = (e: Emulator): string | undefined =>
  (JSON.parse(e.variable(STATE) ?? '{}') as { step?: string }).step

/** Runs the rotation and SIGKILLs it as soon as the saved state reaches `at`, as a runner dying there would. */
function killedAfter(e: Emulator, at: string, options: RunnerOptions): Promise<RunnerResult> {
  return runAction({
    ...options,
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (step(e) === at) child.kill('SIGKILL')
      }, 2)
      child.on('close', () => clearInterval(poll))
    }
  })
}

describe('rotation that cannot break production', () => {
  it('keeps the old key while production still uses it, then revokes it on the next run once it is unused', async () => {
    const w = await world()
    const { emu, current, app } = w
    const first = await rotate(w, rotation(w, { 'drain-quiet': '3s', 'drain-wait': '1s' }))
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    expect(first.outputs).toMatchObject({ result: 'draining', revoked: 'false', 'old-key-id': current.keyId })
    const promoted = emu.secret('OPENAI_API_KEY')!
    expect(promoted).not.toBe(current.key)
    expect(emu.isLive(promoted)).toBe(true)
    expect(emu.isLive(current.key)).toBe(true)
    expect(step(emu)).toBe('draining')
    const warning = first.stdout.match(/^::warning::.*$/gm) ?? []
    expect(warning).toHaveLength(1)
    expect(warning[0]).toMatch(/old key sk-svcacct-\S+ \(key_\w+\) is still in use/)
    expect(warning[0]).toMatch(/last used at \d{4}-\d\d-\d\dT/)
    expect(
      Number(/served (\d+) request\(s\) since the new key was promoted/.exec(warning[0]!)?.[1])
    ).toBeGreaterThan(0)
    expect(warning[0]).toMatch(/Redeploy whatever still holds the old key/)
    const [issue] = emu.issues()
    expect(issue!.title).toBe(
      'OpenAI key rotation waiting for the old key to go unused: OPENAI_API_KEY (manual)'
    )
    expect(issue!.body).toMatch(/Redeploy everything that still holds the old key/)

    // Production is redeployed: it picks up the new key; the old one goes quiet.
    app.switchTo(promoted)
    const second = await rotate(w, rotation(w, { 'drain-quiet': '3s', 'drain-wait': '30s' }, 'schedule'))
    expect(second.stderr).toBe('')
    expect(second.status).toBe(0)
    expect(second.outputs).toMatchObject({ result: 'rotated', revoked: 'true', 'old-key-id': current.keyId })
    expect(emu.isLive(current.key)).toBe(false)
    expect(emu.secret('OPENAI_API_KEY')).toBe(promoted)
    expect(emu.isLive(promoted)).toBe(true)
    const issues = emu.issues()
    expect(issues).toHaveLength(1)
    expect(issues[0]!.comments.at(-1)).toMatch(/^\*\*OpenAI key rotated: OPENAI_API_KEY \(schedule\)\*\*/)
    // One rotation: the second run finished the first and started none of its own.
    expect(ours(emu)).toHaveLength(1)
    expect(step(emu)).toBe('finished')
    expectNoSecrets(w, [first, second])
  })

  it('deploys, then smoke-tests, then revokes in one run when the deploy moves production to the new key', async () => {
    const w = await world()
    w.emu.scriptWorkflow('deploy.yml', (secret) => {
      w.app.switchTo(secret!)
      return true
    })
    const run = await rotate(
      w,
      rotation(w, { 'smoke-workflow': 'deploy.yml\nsmoke.yml', 'drain-quiet': '2s', 'drain-wait': '60s' })
    )
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'rotated', revoked: 'true' })
    expect(w.emu.runs().map((r) => [r.workflow, r.conclusion])).toEqual([
      ['rotate.yml', 'success'],
      ['deploy.yml', 'success'],
      ['smoke.yml', 'success']
    ])
    expect(w.emu.isLive(w.current.key)).toBe(false)
    expect(w.app.key).toBe(w.emu.secret('OPENAI_API_KEY'))
    expectNoSecrets(w, [run])
  })

  it('rolls back when the second of two workflows fails', async () => {
    const w = await world()
    w.emu.scriptWorkflow('smoke.yml', () => false)
    const run = await rotate(w, rotation(w, { 'smoke-workflow': 'deploy.yml\nsmoke.yml' }))
    expect(run.status).toBe(1)
    expect(run.outputs).toMatchObject({ result: 'rolled-back', revoked: 'false' })
    expect(run.stdout).toMatch(/^::error::.*Workflow smoke\.yml failed with the new key/m)
    expect(w.emu.runs().map((r) => r.workflow)).toEqual(['rotate.yml', 'deploy.yml', 'smoke.yml'])
    expect(w.emu.secret('OPENAI_API_KEY')).toBe(w.current.key)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    expect(ours(w.emu)).toEqual([])
    expectNoSecrets(w, [run])
  })

  it('escalates a rotation that drains past drain-timeout, and does not revoke the key', async () => {
    const w = await world()
    const run = await rotate(
      w,
      rotation(w, { 'drain-quiet': '1h', 'drain-wait': '1s', 'drain-timeout': '1s' })
    )
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'draining', revoked: 'false' })
    expect(run.stdout).toMatch(/^::warning::.*longer than drain-timeout/m)
    expect(w.emu.isLive(w.current.key)).toBe(true)
    const [issue] = w.emu.issues()
    expect(issue!.labels).toContain('key-still-in-use')
    expect(issue!.body).toMatch(/longer than drain-timeout/)
    expectNoSecrets(w, [run])
  })

  it('revoke: immediately does not wait for the drain (a leak takes that path: action-leak.test.ts)', async () => {
    const w = await world()
    const run = await rotate(w, rotation(w, { revoke: 'immediately', 'drain-quiet': '1h' }))
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ result: 'rotated', revoked: 'true' })
    expect(w.emu.isLive(w.current.key)).toBe(false)
    expectNoSecrets(w, [run])
  })

  it('leaves a rotation alone while the run that owns it is still running, and takes it over once that run ended', async () => {
    const w = await world()
    const { emu } = w
    const owner = rotation(w, { 'drain-quiet': '0' })
    const killed = await killedAfter(emu, 'promoted', owner)
    expect(killed.status).toBeNull()
    // GitHub has not noticed yet: the owner run still shows in progress.
    const early = await rotate(w, rotation(w, { 'drain-quiet': '0' }))
    expect(early.status).toBe(0)
    expect(early.outputs.result).toBe('skipped')
    expect(early.stdout).toMatch(
      new RegExp(`owned by workflow run ${owner.runId} \\(attempt 1\\), which is still running: nothing done`)
    )
    expect(step(emu)).toBe('promoted')

    emu.finishRun(owner.runId, 'cancelled')
    const resumed = await rotate(w, rotation(w, { 'drain-quiet': '0' }))
    expect(resumed.status).toBe(0)
    expect(resumed.stdout).toMatch(
      new RegExp(`Workflow run ${owner.runId}, which owned rotation \\S+, has ended`)
    )
    expect(resumed.outputs).toMatchObject({ result: 'rotated', revoked: 'true' })
    expectNoSecrets(w, [killed, early, resumed])
  })

  it('after a SIGKILL right after any step, an immediate rerun finishes: one live key, no orphan', async () => {
    const steps = ['creating', 'created', 'promoting', 'promoted', 'smoked'] as const
    // Each step in its own emulator, all at once: the runs spend their time waiting on GitHub's write pacing.
    await Promise.all(
      steps.map(async (at) => {
        const w = await world()
        const { emu } = w
        const first = rotation(w, { 'drain-quiet': '0' })
        const killed = await killedAfter(emu, at, first)
        expect(killed.status, at).toBeNull()
        emu.finishRun(first.runId, 'cancelled')
        expect(emu.isLive(emu.secret('OPENAI_API_KEY')!), at).toBe(true)
        const rerun = await rotate(w, rotation(w, { 'drain-quiet': '0' }))
        expect(rerun.status, `${at}: ${rerun.stdout}`).toBe(0)
        expect(rerun.outputs.result, at).toBe('rotated')
        const secret = emu.secret('OPENAI_API_KEY')!
        expect(emu.isLive(secret), at).toBe(true)
        expect(emu.isLive(w.current.key), at).toBe(false)
        // Exactly one account of ours, the one whose key the secret holds.
        expect(ours(emu), at).toHaveLength(1)
        expect(step(emu), at).toBe('finished')
        expectNoSecrets(w, [killed, rerun])
      })
    )
  })
})
