// The committed CLI bundle, as users and git hooks run it: exit 0 clean, 1 leaks, 2 error; no key ever printed.
import { spawn } from 'node:child_process'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { cli, CLI } from './helpers/cli.js'

afterAll(cleanupTempDirs)

const key = makeKey('service-account', 201)
const admin = makeKey('admin', 202)

function leakyRepo(): TestRepo {
  const repo = TestRepo.init()
  repo.commit('Initial commit', { 'README.md': '# app\n' })
  repo.commit('Add settings', { 'config/settings.yaml': `openai:\n  api_key: ${key}\n` })
  repo.commit('Remove the key', { 'config/settings.yaml': 'openai:\n  api_key: ${OPENAI_API_KEY}\n' })
  return repo
}

describe('openai-key-guard scan', () => {
  it('finds a key that history still holds after the file was fixed, and exits 1', () => {
    const repo = leakyRepo()
    const worktree = cli(repo.dir, ['scan'])
    expect(worktree.status).toBe(0)
    expect(worktree.stdout).toMatch(/No OpenAI keys found in the working tree/)
    const history = cli(repo.dir, ['scan', '--history'])
    expect(history.status).toBe(1)
    expect(history.stdout).toMatch(
      /^LEAK {2}config\/settings\.yaml:2:12 \(commit [0-9a-f]{7}\) {2}sk-svcacct-\S+…\S{4} {2}OpenAI service account key$/m
    )
    expect(history.stdout + history.stderr).not.toContain(key)
  })

  it('scans a range, and writes JSON that works as a baseline', () => {
    const repo = leakyRepo()
    const out = path.join(tempDir(), 'report.json')
    const first = cli(repo.dir, ['scan', '--range', 'HEAD~2..HEAD', '--format', 'json', '--output', out])
    expect(first.status).toBe(1)
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      leaks: number
      findings: Array<{ path: string; fingerprint: string }>
    }
    expect(report.leaks).toBe(1)
    expect(report.findings[0]?.path).toBe('config/settings.yaml')
    expect(readFileSync(out, 'utf8')).not.toContain(key)
    const again = cli(repo.dir, ['scan', '--history', '--baseline', out])
    expect(again.status).toBe(0)
    expect(again.stdout).toMatch(/No OpenAI keys found/)
  })

  it('reads .github/openai-key-guard.yml: its path globs allow a key; invalid YAML is exit 2', () => {
    const repo = leakyRepo()
    const config = path.join(repo.dir, '.github/openai-key-guard.yml')
    const allowed = makeKey('project', 203)
    repo.write({ 'fixtures/demo.env': `K=${allowed}\n`, 'app.env': `K=${key}\n` })
    expect(cli(repo.dir, ['scan']).stdout).toMatch(/fixtures\/demo\.env/)

    repo.write({ '.github/openai-key-guard.yml': "allow:\n  paths: ['fixtures/**']\n" })
    const scanned = cli(repo.dir, ['scan', '--format', 'json'])
    expect(scanned.status).toBe(1)
    const report = JSON.parse(scanned.stdout) as { findings: Array<{ path: string }> }
    expect(report.findings.map((f) => f.path)).toEqual(['app.env'])

    writeFileSync(config, 'allow: [unclosed\n')
    const broken = cli(repo.dir, ['scan'])
    expect(broken.status).toBe(2)
    expect(broken.stderr).toMatch(
      /^openai-key-guard: \.github\/openai-key-guard\.yml, line 2, column 1: not valid YAML/
    )
    expect(broken.stdout + broken.stderr).not.toContain(key)
  })

  it('writes SARIF 2.1.0', () => {
    const repo = leakyRepo()
    const run = cli(repo.dir, ['scan', '--history', '--format', 'sarif'])
    expect(run.status).toBe(1)
    const sarif = JSON.parse(run.stdout) as { version: string; runs: Array<{ results: unknown[] }> }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]?.results).toHaveLength(1)
    expect(run.stdout).not.toContain(key)
  })

  it('reads standard input', () => {
    const dir = tempDir()
    expect(
      cli(dir, ['scan', '--stdin'], `curl -H "Authorization: Bearer ${admin}" https://api.openai.com\n`)
    ).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(/^LEAK {2}<stdin>:1:\d+ {2}sk-admin-\S+ {2}OpenAI Admin API key/m)
    })
    expect(cli(dir, ['scan', '--stdin'], 'nothing to see\n').status).toBe(0)
  })

  it('blocks a commit from a plain git pre-commit hook, and lets a clean one through', () => {
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# app\n' })
    const hook = path.join(repo.dir, '.git/hooks/pre-commit')
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`)
    chmodSync(hook, 0o755)
    repo.write({ '.env': `OPENAI_API_KEY=${key}\n` })
    repo.git('add', '.env')
    expect(() => repo.git('commit', '-q', '-m', 'Add env')).toThrow(/\.env:1/)
    expect(repo.git('rev-list', '--count', 'HEAD')).toBe('1')
    repo.write({ '.env': 'OPENAI_API_KEY=\n' })
    repo.git('add', '.env')
    repo.git('commit', '-q', '-m', 'Add env')
    expect(repo.git('rev-list', '--count', 'HEAD')).toBe('2')
  })

  it.each([
    [['scan', '--format', 'xml'], /--format must be text, json or sarif/],
    [['scan', '--history', '--staged'], /Choose one of --history, --staged, --range and --stdin/],
    [['scan', '--range', 'main'], /--range must be BASE\.\.HEAD/],
    [['scan', '--range', 'HEAD~1...HEAD'], /--range must be BASE\.\.HEAD/],
    [['scan', '--range', 'nope..HEAD'], /Unknown ref "nope"/],
    [['scan', '--range=--output=x..HEAD'], /The base of --range must be one commit or ref/],
    [['scan', '--range', '-x..HEAD'], /Option '--range' argument is ambiguous/],
    [['scan', '--head', 'HEAD'], /--head is an action input: the CLI scans --range BASE\.\.HEAD/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /Unknown command "frobnicate"/]
  ])('%j is exit 2 with one line saying what to fix', (args, message) => {
    const repo = leakyRepo()
    const run = cli(repo.dir, args)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stdout + run.stderr).not.toContain(key)
  })

  it('scans a range between any two revisions, such as a tag with dots', () => {
    const repo = leakyRepo()
    repo.git('tag', 'v1.0', 'HEAD~2')
    const run = cli(repo.dir, ['scan', '--range', 'v1.0..HEAD~1', '--format', 'json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ leaks: 1, findings: [{ path: 'config/settings.yaml' }] })
    // An empty side is HEAD, as git reads it.
    expect(cli(repo.dir, ['scan', '--range', 'v1.0..']).status).toBe(1)
    expect(run.stdout + cli(repo.dir, ['scan', '--range', 'v1.0..']).stdout).not.toContain(key)
  })

  it('says that a path does not exist, or is not a directory, instead of blaming git', () => {
    const dir = tempDir()
    const file = path.join(dir, 'notes.txt')
    writeFileSync(file, `K=${key}\n`)
    for (const [where, message] of [
      [path.join(dir, 'missing'), / does not exist: pass the path of a git repository\.$/],
      [file, / is not a directory: pass the path of a git repository\.$/]
    ] as const) {
      const run = cli(dir, ['scan', where])
      expect(run.status).toBe(2)
      expect(run.stderr.trim()).toMatch(message)
      expect(run.stderr).toContain(where)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(run.stdout + run.stderr).not.toContain(key)
    }
  })

  it('never echoes the content of a config or baseline it cannot use, only where the problem is', () => {
    const repo = leakyRepo()
    const dir = tempDir()
    const canary = 'canary-7f3a'
    // The shape of /etc/shadow, then other ways a file's own text could end up in the message.
    const files: Record<string, [string, RegExp]> = {
      shadow: [
        `root:$y$j9T$${canary}:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n`,
        /shadow, line 1, column 1: unknown key in the file; allowed: allow\.$/
      ],
      'key.yml': [`${canary}: 1\n`, /key\.yml, line 1, column 1: unknown key/],
      'nested.yml': [`allow:\n  ${canary}: [x]\n`, /nested\.yml, line 2, column 3: unknown key in allow/],
      'fingerprint.yml': [
        `allow:\n  fingerprints: [${canary}]\n`,
        /fingerprint\.yml, line 2, column 18: item 1 of allow\.fingerprints is not a SHA-256/
      ],
      'alias.yml': [
        `allow: *${canary}\n`,
        /alias\.yml, line 1, column 8: aliases \(\*name\) are not supported/
      ],
      'tag.yml': [
        `allow: !${canary} x\n`,
        /tag\.yml, line 1, column 8: not valid YAML \(tag resolve failed\)/
      ],
      'quote.yml': [`allow: "${canary}\n`, /quote\.yml, line 2, column 1: not valid YAML/],
      'with-key.yml': [`${key}: 1\n`, /with-key\.yml, line 1, column 1: unknown key/]
    }
    for (const [name, [text, message]] of Object.entries(files)) {
      const file = path.join(dir, name)
      writeFileSync(file, text)
      const run = cli(repo.dir, ['scan', '--config', file])
      expect(run.status, name).toBe(2)
      expect(run.stderr.trim(), name).toMatch(message)
      expect(run.stderr.trim().split('\n'), name).toHaveLength(1)
      expect(run.stdout + run.stderr, name).not.toContain(canary)
      expect(run.stdout + run.stderr, name).not.toContain(key)
    }
    const baseline = cli(repo.dir, ['scan', '--baseline', path.join(dir, 'shadow')])
    expect(baseline.status).toBe(2)
    expect(baseline.stderr).toMatch(
      /The baseline .*shadow is not valid JSON: use the JSON report of an earlier scan/
    )
    expect(baseline.stderr).not.toContain(canary)
  })

  it('is exit 2 outside a git repository when history is asked for', () => {
    const run = cli(tempDir(), ['scan', '--history'])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/not a git repository/i)
  })
})

describe('flags of another command', () => {
  it('are refused in one line before anything runs, never silently ignored', () => {
    const dir = tempDir()
    const cases: Array<[string[], RegExp]> = [
      [
        ['rotate', '--scope', 'history'],
        /^openai-key-guard: --scope does not apply to rotate: it is for scan/
      ],
      [['rotate', '--history'], /^openai-key-guard: --history does not apply to rotate: it is for scan/],
      [['audit', '--verify'], /^openai-key-guard: --verify does not apply to audit: it is for scan/],
      [['plan', '--reports', 'r'], /^openai-key-guard: --reports does not apply to plan: it is for report/],
      [['report', '--org', 'o'], /^openai-key-guard: --org does not apply to report: it is for plan/],
      [['scan', '--batches', '3'], /^openai-key-guard: --batches does not apply to scan: it is for plan/],
      [
        ['demo', '--fail-on', 'any'],
        /^openai-key-guard: --fail-on does not apply to demo: it is for scan and report/
      ]
    ]
    for (const [args, message] of cases) {
      // A command that went on would fail for another reason (no token, no admin key), with another line.
      const run = cli(dir, args)
      expect(run.status, args.join(' ')).toBe(2)
      expect(run.stderr, args.join(' ')).toMatch(message)
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
    }
  })
})

describe('openai-key-guard emulator', () => {
  it('serves GitHub and OpenAI on loopback, prints how to point the tools at it, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        if (out.includes('Ctrl-C')) resolve()
      })
      child.on('close', () => reject(new Error(`the emulator exited early: ${out}`)))
    })
    const value = (name: string): string => new RegExp(`export ${name}=(\\S+)`).exec(out)?.[1] ?? ''
    expect(value('OPENAI_BASE_URL')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//)
    const keys = await fetch(
      `${value('OPENAI_BASE_URL')}/organization/projects/${value('OPENAI_PROJECT_ID')}/api_keys`,
      {
        headers: { authorization: `Bearer ${value('OPENAI_ADMIN_KEY')}` }
      }
    )
    expect(keys.status).toBe(200)
    const repo = await fetch(`${value('GITHUB_API_URL')}/repos/${value('GITHUB_REPOSITORY')}`, {
      headers: { authorization: `Bearer ${value('GITHUB_TOKEN')}` }
    })
    expect(repo.status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  })
})

describe('the CLI on a commit range', () => {
  const added = makeKey('project', 204)

  /** main, then a branch that adds a key together with a config that allows it. */
  function selfAllowingBranch(): TestRepo {
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# app\n' })
    repo.branch('feature')
    repo.commit('Add a fixture', {
      'fixtures/demo.env': `OPENAI_API_KEY=${added}\n`,
      '.github/openai-key-guard.yml': "allow:\n  paths: ['fixtures/**']\n"
    })
    return repo
  }

  it('takes the rules from the base: a config added in the range does not allow the key it adds', () => {
    const repo = selfAllowingBranch()
    const run = cli(repo.dir, ['scan', '--range', 'main..feature'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^LEAK {2}fixtures\/demo\.env:1:/m)
    expect(run.stdout + run.stderr).toMatch(
      /fixtures\/demo\.env:1: the key would be allowed only by \.github\/openai-key-guard\.yml allow\.paths "fixtures\/\*\*", which this range adds/
    )
    expect(run.stdout + run.stderr).not.toContain(added)
  })

  it("applies the range's own rules with --trust-pr-rules, and the working tree scan reads the checkout", () => {
    const repo = selfAllowingBranch()
    const trusted = cli(repo.dir, ['scan', '--range', 'main..feature', '--trust-pr-rules'])
    expect(trusted.status).toBe(0)
    const worktree = cli(repo.dir, ['scan'])
    expect(worktree.status).toBe(0)
    expect(trusted.stdout + trusted.stderr + worktree.stdout + worktree.stderr).not.toContain(added)
  })
})
