// What the CLI prints, run as users and `run:` steps run it: file names that carry workflow commands or terminal
// escapes are quoted as git quotes them, a key used as a file name is redacted, a secret an API echoes without its
// prefix is scrubbed by value, and a secret with a line break is refused.
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmulator } from '../src/emulator/index.js'
import { echoSecretsOnWrite, expectNoPieces, SCRUBBED_ECHO } from './helpers/echo.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { CLI, cliAsync } from './helpers/cli.js'

afterAll(cleanupTempDirs)

function cli(cwd: string, args: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH }
  })
  return { status: run.status, out: `${run.stdout}\n${run.stderr}` }
}

/** What the runner would take as a workflow command, line by line (actions/runner ActionCommand.cs). */
function workflowCommands(output: string): string[] {
  return output.split(/\r?\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['))
}

const canary = makeKey('project', 9301)
const nameKey = makeKey('service-account', 9302)

const HOSTILE = {
  mask: 'app\n::add-mask::hide-everything.env',
  output: 'app\n::set-output name=leaks::0\n.env',
  stop: 'app\n  ::stop-commands::resume-token\n.env',
  legacy: 'app ##[add-mask]hidden ##[set-output name=leaks;]0.env',
  terminal: 'app\x1b]0;owned\x07\x1b[2J\x1b[31m.env',
  quoted: 'say "hi" \\ back.env'
}

function hostileRepo(): TestRepo {
  const repo = TestRepo.init()
  repo.commit('Initial commit', { 'README.md': '# app\n' })
  repo.commit('Add settings', {
    ...Object.fromEntries(Object.values(HOSTILE).map((name) => [name, `OPENAI_API_KEY=${canary}\n`])),
    [`${nameKey}.env`]: `OPENAI_API_KEY=${canary}\n`
  })
  return repo
}

describe('CLI output about hostile file names', () => {
  it.each([[['scan']], [['scan', '--history']], [['scan', '--range', 'HEAD~1..HEAD']]])(
    '%j prints no workflow command, no control character and no key',
    (args) => {
      const repo = hostileRepo()
      const run = cli(repo.dir, args)
      expect(run.status).toBe(1)
      expect(workflowCommands(run.out)).toEqual([])
      // eslint-disable-next-line no-control-regex -- no control character but the line breaks may be printed
      expect(run.out).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f]/)
      // Each name shown once per finding, quoted as `git ls-files` quotes it (core.quotePath style).
      expect(run.out).toContain('"app\\n::add-mask::hide-everything.env":1:')
      expect(run.out).toContain('"app\\n::set-output name=leaks::0\\n.env":1:')
      expect(run.out).toContain('"app\\n  ::stop-commands::resume-token\\n.env":1:')
      expect(run.out).toContain('"app\\033]0;owned\\a\\033[2J\\033[31m.env":1:')
      expect(run.out).toContain('"say \\"hi\\" \\\\ back.env":1:')
      expect(run.out).toMatch(/"app #\\043\[add-mask\]hidden #\\043\[set-output name=leaks;\]0\.env":1:/)
      expect(run.out.match(/^LEAK /gm)).toHaveLength(Object.keys(HOSTILE).length + 1)
      for (const key of [canary, nameKey]) expect(run.out).not.toContain(key)
      expect(run.out).toContain(`sk-svcacct-${nameKey.slice(11, 13)}…${nameKey.slice(-4)}.env:1:`)
    }
  )

  it('quotes as git does: each name as `git ls-files` prints it (but for `##[`, which git leaves alone)', () => {
    const repo = hostileRepo()
    const run = cli(repo.dir, ['scan'])
    const listed = repo
      .git('-c', 'core.quotePath=false', 'ls-files')
      .split('\n')
      .filter((line) => /\.env"?$/.test(line) && !line.includes('##[') && !line.includes(nameKey))
    expect(listed).toHaveLength(Object.keys(HOSTILE).length - 1)
    for (const line of listed) expect(run.out).toContain(`LEAK  ${line}:1:`)
  })

  it('prints no key used as a file name, in text, JSON or SARIF', () => {
    const repo = hostileRepo()
    for (const format of ['text', 'json', 'sarif']) {
      const run = cli(repo.dir, ['scan', '--format', format])
      expect(run.status).toBe(1)
      for (const key of [canary, nameKey]) expect(run.out).not.toContain(key)
    }
  })
})

describe('CLI secrets', () => {
  it('rotate: an error body that echoes the secrets without their prefixes prints none of them', async () => {
    const emu = await startEmulator({ smokeRunMs: 200 })
    try {
      const current = emu.seedServiceAccount('app-production')
      emu.setSecret('OPENAI_API_KEY', current.key)
      echoSecretsOnWrite(emu, current.key)
      const run = await cliAsync(['rotate', '--repo', 'octo-org/service'], {
        GITHUB_API_URL: emu.githubUrl,
        OPENAI_BASE_URL: emu.openaiUrl,
        OPENAI_PROJECT_ID: emu.projectId,
        GITHUB_TOKEN: emu.token,
        OPENAI_ADMIN_KEY: emu.adminKey,
        OPENAI_API_KEY: current.key
      })
      // The failure is reported, with the server's words minus the secrets.
      expect(run.status).not.toBe(0)
      const out = run.stdout + run.stderr
      expect(out).toMatch(SCRUBBED_ECHO)
      expectNoPieces(out, [emu.token, current.key, emu.adminKey])
      expect(emu.secret('OPENAI_API_KEY')).toBe(current.key)
      expect(emu.violations()).toEqual([])
    } finally {
      await emu.close()
    }
  })

  it.each(['GITHUB_TOKEN', 'OPENAI_ADMIN_KEY', 'OPENAI_API_KEY'])(
    'rotate: %s with a line break is exit 2, one line, and the value is not printed',
    async (name) => {
      const halves = [makeKey('admin', 9501).slice(0, 60), makeKey('admin', 9501).slice(60)]
      const run = await cliAsync(['rotate', '--repo', 'octo-org/service'], {
        GITHUB_API_URL: 'http://127.0.0.1:9',
        OPENAI_BASE_URL: 'http://127.0.0.1:9',
        OPENAI_PROJECT_ID: 'proj_1',
        GITHUB_TOKEN: 'ghs_' + 'A'.repeat(36),
        OPENAI_ADMIN_KEY: makeKey('admin', 9502),
        [name]: halves.join('\n')
      })
      expect(run.status).toBe(2)
      expect(run.stderr).toBe(
        `openai-key-guard: ${name} holds a line break: a token or key is one line, so store the value alone, without the text around it.\n`
      )
      for (const half of halves) expect(run.stdout + run.stderr).not.toContain(half)
    }
  )
})
