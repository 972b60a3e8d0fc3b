// Closing the loop through the committed bundle and the emulator: a push that leaks the managed key rotates
// it (on-leak: rotate), a leaked project key is revoked (on-leak: revoke), and verify says which keys are live.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../src/emulator/index.js'
import { pushed } from './helpers/events.js'
import { makeKey } from './helpers/keys.js'
import { emulator } from './helpers/emulated.js'
import { expectMasked, runAction } from './helpers/runner.js'

function remediationInputs(e: Emulator): Record<string, string> {
  return {
    'github-token': e.token,
    'openai-admin-key': e.adminKey,
    'openai-project-id': e.projectId,
    'smoke-workflow': 'smoke.yml'
  }
}

describe('on-leak through the action bundle', () => {
  it('rotate: the managed key leaked in a push is replaced at once, revoked, and an incident issue is filed', async () => {
    const emu = await emulator()
    const current = emu.seedServiceAccount('app-production')
    emu.setSecret('OPENAI_API_KEY', current.key)
    const { repo, event } = pushed({ 'deploy/app.env': `MODEL=gpt-5\nOPENAI_API_KEY=${current.key}\n` })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
      inputs: { 'on-leak': 'rotate', 'current-key': current.key, ...remediationInputs(emu) }
    })
    // The leak still fails the check: the key was public, whatever was done about it.
    expect(run.status).toBe(1)
    expect(run.outputs).toMatchObject({
      leaks: '1',
      result: 'rotated',
      revoked: 'true',
      'old-key-id': current.keyId
    })
    const secret = emu.secret('OPENAI_API_KEY')!
    expect(secret).not.toBe(current.key)
    expect(emu.isLive(secret)).toBe(true)
    expect(emu.isLive(current.key)).toBe(false)
    const [issue] = emu.issues()
    expect(issue?.labels).toEqual(expect.arrayContaining(['security', 'leaked-key']))
    expect(issue?.title).toBe('OpenAI key rotated: OPENAI_API_KEY (leak)')
    expect(issue?.body).toMatch(/deploy\/app\.env:2/)
    expect(issue?.body).toContain(event.payload && (event.payload as { after: string }).after)
    expect(run.summary).toMatch(/on-leak: rotate: Rotated OPENAI_API_KEY/)
    for (const value of [current.key, secret, emu.adminKey, emu.token]) {
      expect(issue?.body).not.toContain(value)
    }
    expect(emu.issuedKeys()).toEqual([current.key, secret])
    expectMasked(run, ...emu.issuedKeys())
  })

  it('rotate: a leaked key that is not the managed one is reported, and nothing is rotated', async () => {
    const emu = await emulator()
    const current = emu.seedServiceAccount('app-production')
    emu.setSecret('OPENAI_API_KEY', current.key)
    const other = makeKey('project', 303)
    const { repo, event } = pushed({ 'notebook.ipynb': `{"source": ["key = \\"${other}\\""]}\n` })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
      inputs: { 'on-leak': 'rotate', 'current-key': current.key, ...remediationInputs(emu) }
    })
    expect(run.status).toBe(1)
    expect(run.summary).toMatch(/not the managed secret/)
    expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
    expect(emu.requests().filter((r) => r.method !== 'GET')).toEqual([])
    expectMasked(run, other)
  })

  it('revoke: the one project key that matches the leak is revoked, with an incident issue', async () => {
    const emu = await emulator()
    const leaked = emu.seedUserKey()
    const { repo, event } = pushed({
      'scripts/try.sh': `curl -H "Authorization: Bearer ${leaked.key}" $URL\n`
    })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
      inputs: { 'on-leak': 'revoke', ...remediationInputs(emu) }
    })
    expect(run.status).toBe(1)
    expect(emu.isLive(leaked.key)).toBe(false)
    const [issue] = emu.issues()
    expect(issue?.labels).toEqual(expect.arrayContaining(['security', 'leaked-key']))
    expect(issue?.body).toMatch(/scripts\/try\.sh:1/)
    expect(run.summary).toMatch(/on-leak: revoke: sk-proj-\S+: .*revoked/i)
    expect(issue?.body).not.toContain(leaked.key)
    expectMasked(run, leaked.key)
  })

  it('revoke: a key the project does not know is left alone, and the issue says so', async () => {
    const emu = await emulator()
    const unknown = makeKey('legacy', 304)
    const { repo, event } = pushed({ 'config.toml': `[openai]\nkey = "${unknown}"\n` })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
      inputs: { 'on-leak': 'revoke', ...remediationInputs(emu) }
    })
    expect(run.status).toBe(1)
    expect(emu.requests().filter((r) => r.api === 'openai' && r.method === 'DELETE')).toEqual([])
    expect(emu.issues()[0]?.body).toMatch(/config\.toml:2/)
    expect(run.summary).toMatch(/on-leak: revoke: sk-\S+: .*(no|not)/i)
    expectMasked(run, unknown)
  })
})

describe('verify through the action bundle', () => {
  it('says which found keys OpenAI accepts, in annotations, the summary and SARIF', async () => {
    const emu = await emulator()
    const live = emu.seedServiceAccount('app-production')
    const dead = makeKey('project', 305)
    const { repo, event } = pushed({ 'a.env': `KEY=${live.key}\n`, 'b.env': `KEY=${dead}\n` })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { OPENAI_BASE_URL: emu.openaiUrl },
      inputs: { verify: 'true' }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error [^:]*file=a\.env,line=1[^:]*::.*OpenAI accepts this key: it is live/m
    )
    expect(run.stdout).toMatch(/^::error [^:]*file=b\.env,line=1[^:]*::.*OpenAI rejects this key/m)
    expect(run.summary).toMatch(/it is live/)
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: Array<{ results: Array<{ properties: { live?: string } }> }>
    }
    expect(sarif.runs[0]?.results.map((r) => r.properties.live).sort()).toEqual(['invalid', 'live'])
    expect(emu.requests().filter((r) => r.path === '/models')).toHaveLength(2)
    expectMasked(run, live.key, dead)
  })

  it('sends nothing to OpenAI unless asked', async () => {
    const emu = await emulator()
    const live = emu.seedServiceAccount('app-production')
    const { repo, event } = pushed({ 'a.env': `KEY=${live.key}\n` })
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { OPENAI_BASE_URL: emu.openaiUrl },
      inputs: {}
    })
    expect(run.status).toBe(1)
    expect(emu.requests()).toEqual([])
    expectMasked(run, live.key)
  })
})
