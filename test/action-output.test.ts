// What the action writes about hostile names, inputs and answers, through the committed bundle and the emulator:
// a file name or a `reason` writes no heading, HTML, link or @mention in the job summary or an issue, closes no
// code span and splits no table row; a key used as a file name appears nowhere in full; a secret echoed by an
// API without its prefix is scrubbed by value; a secret input with a line break is refused.
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../src/emulator/index.js'
import { pushed } from './helpers/events.js'
import { TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { markdownProblems } from './helpers/markdown.js'
import { echoSecretsOnWrite, expectNoPieces, SCRUBBED_ECHO } from './helpers/echo.js'
import { emulator, rotation } from './helpers/emulated.js'
import { runAction, type RunnerResult } from './helpers/runner.js'

/** An issue body without the marker comment that finds the issue again (ours, from an id we made). */
const withoutMarker = (body: string): string =>
  body.replace(/^<!-- openai-key-guard rotation [\w:.-]+ -->$/m, '')

/** File names that are markdown, HTML, mentions and table syntax. */
const HOSTILE_NAMES = [
  'a`<img src=https://evil.example/p.png>`.env',
  'b``` ``<a href=https://evil.example>login</a>.env',
  'c [click](https://evil.example) ![x](https://evil.example/x.png).env',
  'd @octocat @octo-org/security please review.env',
  'e | fake | row | in | the | table |.env',
  'f\n# Owned\n<details open>.env',
  'g\\| escaped pipe.env',
  'h ##[add-mask]x ##[set-output name=leaks;]0.env'
]

/** `command: rotate` of the seeded key; nothing else uses the key, so it is revoked without draining. */
function rotate(e: Emulator, currentKey: string, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  return runAction(rotation(e, currentKey, { 'drain-quiet': '0', ...inputs }))
}

describe('markdown from hostile names and inputs', () => {
  it('the job summary lists hostile file names as inert code, and a key used as a file name redacted', async () => {
    const canary = makeKey('project', 9401)
    const nameKey = makeKey('admin', 9402)
    const files = Object.fromEntries(
      [...HOSTILE_NAMES, `keys/${nameKey}.txt`].map((name) => [name, `OPENAI_API_KEY=${canary}\n`])
    )
    const { repo, event } = pushed(files)
    const run = await runAction({ workspace: repo.dir, event, inputs: {} })
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe(String(HOSTILE_NAMES.length + 1))
    expect(markdownProblems(run.summary, ['## OpenAI Key Guard'])).toEqual([])
    // The log: only the workflow commands the action means (annotations, masks).
    const commands = run.stdout.split('\n').filter((line) => line.trimStart().startsWith('::'))
    expect(commands.map((line) => /^::(\w+)/.exec(line)?.[1])).toEqual(expect.arrayContaining(['error']))
    for (const line of commands) expect(line).toMatch(/^::(error|warning|debug|add-mask)[ :]/)
    // A `::` line is parsed as that command and never as a legacy one: only the others must not hold `##[`.
    const plain = run.stdout.split('\n').filter((line) => !line.trimStart().startsWith('::'))
    expect(plain.filter((line) => line.includes('##['))).toEqual([])
    expect(commands.filter((line) => line.includes('##[') && !/^::(error|warning) /.test(line))).toEqual([])
    const rows = run.summary.split('\n').filter((line) => line.startsWith('| ❌'))
    expect(rows).toHaveLength(HOSTILE_NAMES.length + 1)
    expect(run.summary).toContain('"f\\n# Owned\\n<details open>.env"')
    expect(run.summary).toContain(`keys/sk-admin-${nameKey.slice(9, 11)}…${nameKey.slice(-4)}.txt`)
    // Everything the run wrote: logs, annotations (their file= too), outputs, summary, SARIF.
    for (const key of [canary, nameKey]) expect(run.all).not.toContain(key)
  })

  it('the incident issue of on-leak: revoke shows a hostile file name as inert code', async () => {
    const emu = await emulator()
    const leaked = emu.seedUserKey()
    const { repo, event } = pushed(
      Object.fromEntries(HOSTILE_NAMES.map((name) => [name, `OPENAI_API_KEY=${leaked.key}\n`]))
    )
    const run = await runAction({
      workspace: repo.dir,
      event,
      env: { GITHUB_API_URL: emu.githubUrl, OPENAI_BASE_URL: emu.openaiUrl },
      inputs: {
        'on-leak': 'revoke',
        'github-token': emu.token,
        'openai-admin-key': emu.adminKey,
        'openai-project-id': emu.projectId
      }
    })
    expect(run.status).toBe(1)
    expect(emu.isLive(leaked.key)).toBe(false)
    const [issue] = emu.issues()
    expect(issue?.body).toMatch(/\| Key \| Where \| Outcome \|/)
    expect(markdownProblems(withoutMarker(issue!.body), [])).toEqual([])
    expect(markdownProblems(run.summary, ['## OpenAI Key Guard'])).toEqual([])
    for (const value of [leaked.key, emu.adminKey, emu.token]) {
      expect(run.all).not.toContain(value)
      expect(issue?.body).not.toContain(value)
    }
  })

  it('the rotation issue shows a hostile reason as text: no heading, HTML, mention or extra cell', async () => {
    const emu = await emulator()
    const current = emu.seedServiceAccount('app-production')
    emu.setSecret('OPENAI_API_KEY', current.key)
    const reason =
      'audit | extra cell | another ` code <img src=https://evil.example/p.png> @octocat [x](https://evil.example)\n# Owned'
    const run = await rotate(emu, current.key, { reason })
    expect(run.status).toBe(0)
    const [issue] = emu.issues()
    expect(issue?.body).toMatch(/^\| Trigger \| manual: audit /m)
    expect(markdownProblems(withoutMarker(issue!.body), ['### What to do next', '### Timeline'])).toEqual([])
    for (const value of [current.key, emu.secret('OPENAI_API_KEY')!, emu.adminKey, emu.token]) {
      expect(run.all).not.toContain(value)
      expect(issue?.body).not.toContain(value)
    }
  })
})

describe('secrets scrubbed by value', () => {
  it('an error body that echoes the token and the keys without their prefixes prints none of them', async () => {
    const emu = await emulator()
    const current = emu.seedServiceAccount('app-production')
    emu.setSecret('OPENAI_API_KEY', current.key)
    echoSecretsOnWrite(emu, current.key)
    const run = await rotate(emu, current.key)
    expect(run.status).toBe(1)
    // The failure is reported, with the server's words minus the secrets.
    expect(run.stdout).toMatch(new RegExp(`^::error::.*${SCRUBBED_ECHO.source}`, 'm'))
    const issue = emu.issues()[0]!
    expect(issue.body).toMatch(/Invalid request for \\\*\\\*\\\* and/)
    expectNoPieces(run.all + issue.body, [emu.token, current.key, emu.adminKey])
    expect(emu.serviceAccounts().filter((a) => a.name.startsWith('okg:'))).toEqual([])
  })

  it('refuses a github-token with a line break in one line, without printing it', async () => {
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# service\n' })
    const token = `ghs_${'Q'.repeat(18)}\n${'Z'.repeat(18)}`
    const run = await runAction({
      workspace: repo.dir,
      event: { name: 'push', payload: {} },
      inputs: { 'github-token': token }
    })
    expect(run.status).toBe(1)
    const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error::'))
    expect(errors).toEqual([
      '::error::github-token holds a line break: a token or key is one line, so store the value alone, without the text around it.'
    ])
    for (const part of token.split('\n')) expect(run.all).not.toContain(part)
  })
})
