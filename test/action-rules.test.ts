// Rules come from the base: a pull request or push that adds a key cannot allow it in the same breath, with a
// config, a baseline entry or an inline comment. The committed bundle, run the way the Actions runner runs it.
import { symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fingerprint } from '../src/redact.js'
import { pullRequestEvent } from './helpers/events.js'
import { cleanupTempDirs, TestRepo, type Files } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { runAction, type RunnerResult } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const token = `ghs_${'C4n4ry'.repeat(6)}`
const key = makeKey('project', 151)
const CONFIG = '.github/openai-key-guard.yml'

/** A repository whose feature branch adds `files` on top of `before`, checked out at the feature's head. */
function featureRepo(files: Files, before: Files = {}): { repo: TestRepo; base: string; head: string } {
  const repo = TestRepo.init()
  const base = repo.commit('Initial commit', { 'README.md': '# service\n', ...before })
  repo.branch('feature')
  const head = repo.commit('Configure the client', files)
  return { repo, base, head }
}

async function scanPullRequest(
  files: Files,
  options: { before?: Files; inputs?: Record<string, string> } = {}
): Promise<RunnerResult> {
  const { repo, base, head } = featureRepo(files, options.before)
  const run = await runAction({
    workspace: repo.dir,
    inputs: { 'github-token': token, ...options.inputs },
    event: pullRequestEvent(base, head)
  })
  for (const secret of [key, token]) expect(run.all).not.toContain(secret)
  return run
}

const leak = { 'src/config.ts': `export const apiKey = '${key}'\n` }

describe('a pull request that allows the key it adds', () => {
  it('fails when it adds a config that allows every path, and names the rule it added', async () => {
    const run = await scanPullRequest({ ...leak, [CONFIG]: "allow:\n  paths: ['**']\n" })
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(run.stdout).toMatch(/^::error title=OpenAI project API key,file=src\/config\.ts,line=1/m)
    expect(run.stdout).toMatch(
      /^::warning::src\/config\.ts:1: the key would be allowed only by \.github\/openai-key-guard\.yml allow\.paths "\*\*", which this range adds\. Rules are read from the base commit [0-9a-f]{12}; set trust-pr-rules: true/m
    )
    // The summary shows it as markdown text: quotes as entities, the stars escaped (it renders as typed).
    expect(run.summary).toContain('allow.paths &quot;\\*\\*&quot;, which this range adds')
  })

  it('fails when it adds the key to the baseline', async () => {
    const baseline = JSON.stringify({ findings: [{ fingerprint: fingerprint(key) }] })
    const run = await scanPullRequest(
      { ...leak, 'baseline.json': baseline },
      { before: { 'baseline.json': JSON.stringify({ findings: [] }) }, inputs: { baseline: 'baseline.json' } }
    )
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(run.stdout).toMatch(
      /^::warning::src\/config\.ts:1: the key would be allowed only by the baseline baseline\.json: an entry with the key's fingerprint, which this range adds/m
    )
  })

  it('fails when it adds an inline allow comment on the new line', async () => {
    const run = await scanPullRequest({
      'src/config.ts': `export const apiKey = '${key}' // openai-key-guard:allow\n`
    })
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(run.stdout).toMatch(
      /^::warning::src\/config\.ts:1: the key would be allowed only by an inline openai-key-guard:allow comment on the line, which this range adds/m
    )
  })

  it('fails when a push adds the key and the config together', async () => {
    const repo = TestRepo.init()
    const before = repo.commit('Initial commit', { 'README.md': '# service\n' })
    const after = repo.commit('Configure the client', { ...leak, [CONFIG]: "allow:\n  paths: ['src/**']\n" })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'github-token': token },
      event: {
        name: 'push',
        payload: { before, after, ref: 'refs/heads/main', repository: { default_branch: 'main' } }
      }
    })
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(run.stdout).toMatch(/allowed only by \.github\/openai-key-guard\.yml allow\.paths "src\/\*\*"/)
    for (const secret of [key, token]) expect(run.all).not.toContain(secret)
  })
})

describe('rules the base already has', () => {
  it('allow a key the pull request adds, with no warning', async () => {
    const run = await scanPullRequest(
      { 'fixtures/demo.env': `OPENAI_API_KEY=${key}\n` },
      { before: { [CONFIG]: "allow:\n  paths: ['fixtures/**']\n" } }
    )
    expect(run.status, run.all).toBe(0)
    expect(run.outputs.leaks).toBe('0')
    expect(run.stdout).not.toMatch(/which this range adds/)
  })

  it('apply as the base has them, even when the pull request removes them', async () => {
    const { repo, base } = featureRepo({}, { [CONFIG]: "allow:\n  paths: ['fixtures/**']\n" })
    repo.git('rm', '-q', CONFIG)
    const head = repo.commit('Drop the allow list', { 'fixtures/demo.env': `OPENAI_API_KEY=${key}\n` })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'github-token': token },
      event: pullRequestEvent(base, head)
    })
    expect(run.status, run.all).toBe(0)
    expect(run.outputs.leaks).toBe('0')
  })

  it('keep an inline comment that the base already had on the line of a key it already held', async () => {
    const line = `export const apiKey = '${key}' // openai-key-guard:allow\n`
    const run = await scanPullRequest(
      { 'src/config.ts': `// the demo client\n${line}` },
      { before: { 'src/config.ts': line }, inputs: { 'fail-on': 'any' } }
    )
    expect(run.status, run.all).toBe(0)
    expect(run.outputs.findings).toBe('[]')
  })

  it('are read from regular files only: a link is refused in one line, never followed', async () => {
    const repo = TestRepo.init()
    repo.write({ 'README.md': '# service\n', '.github/README.md': 'settings\n' })
    symlinkSync('/etc/passwd', path.join(repo.dir, CONFIG))
    const base = repo.commit('Initial commit')
    repo.branch('feature')
    const head = repo.commit('Configure the client', leak)
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'github-token': token },
      event: pullRequestEvent(base, head)
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::\.github\/openai-key-guard\.yml in commit [0-9a-f]{12} is not a regular file \(mode 120000\)/m
    )
    expect(run.all).not.toContain('root:')
    for (const secret of [key, token]) expect(run.all).not.toContain(secret)
  })

  it('are read within a size cap', async () => {
    const run = await scanPullRequest(leak, { before: { [CONFIG]: '#\n'.repeat(600_000) } })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::\.github\/openai-key-guard\.yml in commit [0-9a-f]{12} is larger than 1 MiB/m
    )
  })
})

describe('trust-pr-rules: true', () => {
  it('applies the rules the pull request adds', async () => {
    const run = await scanPullRequest(
      { ...leak, [CONFIG]: "allow:\n  paths: ['src/**']\n" },
      { inputs: { 'trust-pr-rules': 'true' } }
    )
    expect(run.status, run.all).toBe(0)
    expect(run.outputs.leaks).toBe('0')
  })
})
