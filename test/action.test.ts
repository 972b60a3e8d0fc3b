// The committed bundle, run the way the Actions runner runs it: a pull request that adds a key fails with the
// right file and line; a clean one passes; bad input is one clear line; no key ever shows.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pullRequestEvent } from './helpers/events.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { expectMasked, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

/** A repository whose feature branch adds `files` on top of a clean main. */
function featureRepo(files: Record<string, string>, before: Record<string, string> = {}) {
  const repo = TestRepo.init()
  const base = repo.commit('Initial commit', { 'README.md': '# service\n', ...before })
  repo.branch('feature')
  repo.commit('Add a helper', { 'src/util.ts': 'export const one = 1\n' })
  const head = repo.commit('Configure the client', files)
  return { repo, base, head }
}

describe('the action bundle on a pull request', () => {
  const key = makeKey('project', 101)
  const token = `ghs_${'C4n4ry'.repeat(6)}`

  it('fails when the pull request adds a key, with an annotation on the file and line', async () => {
    const { repo, base, head } = featureRepo({
      'src/config.ts': `import OpenAI from 'openai'\n\nexport const client = new OpenAI({ apiKey: '${key}' })\n`
    })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'github-token': token },
      event: pullRequestEvent(base, head)
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error title=OpenAI project API key,file=src\/config\.ts,line=3,col=\d+::/m)
    expect(run.outputs.leaks).toBe('1')
    const findings = JSON.parse(run.outputs.findings ?? '[]') as Array<Record<string, unknown>>
    expect(findings).toMatchObject([
      { path: 'src/config.ts', line: 3, commit: head, shape: 'project', status: 'introduced' }
    ])
    expect(run.summary).toContain('src/config.ts')
    expect(run.summary).toContain(String(findings[0]?.redacted))
    expect(run.stdout).toMatch(/::error::1 leaked OpenAI key\(s\) found in 2 commits of the pull request/)
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as {
      runs: Array<{
        results: Array<{
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }
          }>
        }>
      }>
    }
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'src/config.ts' },
      region: { startLine: 3 }
    })
    // Canary: the key and the token were masked, and appear nowhere the runner would show or keep.
    expectMasked(run, key)
  })

  it('passes a clean pull request', async () => {
    const { repo, base, head } = featureRepo({ 'src/config.ts': "export const model = 'gpt-5'\n" })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'github-token': token },
      event: pullRequestEvent(base, head)
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.outputs).toMatchObject({ leaks: '0', findings: '[]' })
    expect(run.summary).toContain('No OpenAI keys found in 2 commits of the pull request')
    expect(existsSync(run.outputs['sarif-file']!)).toBe(true)
    expectMasked(run)
  })

  it('warns, without failing, about a key that was there before the pull request', async () => {
    const old = makeKey('legacy', 102)
    const { repo, base, head } = featureRepo(
      { 'settings.py': `KEY = "${old}"\nDEBUG = False\n` },
      { 'settings.py': `KEY = "${old}"\n` }
    )
    const run = await runAction({ workspace: repo.dir, inputs: {}, event: pullRequestEvent(base, head) })
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^::warning title=[^,]*already present[^,]*,file=settings\.py,line=1/m)
    expect(run.outputs.leaks).toBe('0')
    expectMasked(run, old)
  })

  it('fails a fork pull request with a leak, and says remediation was skipped and why', async () => {
    const { repo, base, head } = featureRepo({ '.env': `OPENAI_API_KEY=${key}\n` })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'on-leak': 'rotate', 'github-token': token },
      event: pullRequestEvent(base, head, true)
    })
    expect(run.status).toBe(1)
    expect(run.summary).toMatch(/on-leak: rotate skipped: pull requests from forks get no secrets/)
    expectMasked(run, key)
  })
})

describe('the action bundle on bad input', () => {
  it.each([
    [
      { scope: 'everything' },
      /^::error::Input 'scope' must be one of auto, pull-request, push, history, worktree/m
    ],
    [{ 'fail-on': 'sometimes' }, /^::error::Input 'fail-on' must be one of introduced, any, never/m],
    [{ scope: 'pull-request', base: 'no-such-ref', head: 'HEAD' }, /^::error::.*no-such-ref/m],
    [
      { scope: 'history', head: 'HEAD' },
      /^::error::Input 'head' has no effect here \(scope history scans every commit of every ref\): remove it, or use scope auto with base/m
    ],
    [
      { scope: 'worktree', base: 'HEAD', head: 'HEAD' },
      /^::error::Inputs 'base' and 'head' have no effect here \(scope worktree scans the files checked out now\): remove them/m
    ],
    [{ base: '--output=x' }, /^::error::Input 'base' must be one commit or ref/m]
  ])('%o is one clear line and a failed step', async (inputs, message) => {
    const canary = makeKey('project', 78)
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# service\n', '.env': `OPENAI_API_KEY=${canary}\n` })
    const run = await runAction({ workspace: repo.dir, inputs, event: { name: 'push', payload: {} } })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1)
    expect(run.outputs.leaks).toBeUndefined()
    expect(run.all).not.toContain(canary)
  })

  it('does not ignore head on a scheduled run, which scans the whole history', async () => {
    const canary = makeKey('project', 79)
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# service\n', '.env': `OPENAI_API_KEY=${canary}\n` })
    const run = await runAction({
      workspace: repo.dir,
      inputs: { head: 'HEAD' },
      event: { name: 'schedule', payload: {} }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::Input 'head' has no effect here \(without base, a schedule run scans every commit of every ref\): remove it, or set base too/m
    )
    expect(run.outputs.leaks).toBeUndefined()
    expect(run.all).not.toContain(canary)
  })

  it("names the line of a config it cannot use, and never shows the config's text", async () => {
    const canary = 'canary-51c2'
    const key = makeKey('project', 77)
    const repo = TestRepo.init()
    repo.commit('Initial commit', {
      'README.md': '# service\n',
      '.github/openai-key-guard.yml': `allow:\n  paths: ['x']\n  ${canary}: [${key}]\n`
    })
    const run = await runAction({ workspace: repo.dir, inputs: {}, event: { name: 'schedule', payload: {} } })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(
      /^::error::\.github\/openai-key-guard\.yml, line 3, column 3: unknown key in allow; allowed: paths, fingerprints, commit-messages, tag-messages, notes\.$/m
    )
    expect(run.stdout.match(/^::error::/gm)).toHaveLength(1)
    expect(run.all).not.toContain(canary)
    expect(run.all).not.toContain(key)
  })

  it('is an error, not a clean pass, outside a git repository', async () => {
    const dir = path.dirname(TestRepo.init().dir)
    const run = await runAction({
      workspace: dir,
      inputs: { scope: 'history' },
      event: { name: 'schedule', payload: {} }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error::.*not a git repository/im)
  })
})
