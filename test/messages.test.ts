// Keys in the text people write outside files: commit messages, annotated tag messages and notes. The history
// scan finds each and names its commit or tag; pull request and push scans find a key in a commit message of
// their range; every report shows them without a fake file, escapes the tag names, and never shows a key.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pullRequestEvent, pushEvent } from './helpers/events.js'
import { cleanupTempDirs, tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { cli } from './helpers/cli.js'
import { expectMasked, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const inCommit = makeKey('project', 1601)
const inTag = makeKey('admin', 1602)
const inNote = makeKey('service-account', 1603)
const canary = makeKey('legacy', 1604)
/** A tag name as hostile as git allows: markdown, HTML, a mention, a table cell's end, a code span's end. */
const TAG = 'v1`<img/src=x>@octocat|_x_'

interface Built {
  repo: TestRepo
  first: string
  keyed: string
}

/** Keys in a commit's body (line 3), an annotated tag's message and a note on the first commit; files clean. */
function messageRepo(): Built {
  const repo = TestRepo.init()
  const first = repo.commit('Initial commit', { 'README.md': '# service\n' })
  const keyed = repo.commit(`Configure the client\n\nUse OPENAI_API_KEY=${inCommit} until the vault works`, {
    'src/config.ts': 'export const model = "gpt-5"\n'
  })
  repo.git('tag', '-a', TAG, '-m', `Release\n\nadmin: ${inTag}`)
  repo.git('notes', 'add', '-m', `deployed with ${inNote}`, first)
  return { repo, first, keyed }
}

interface JsonFinding {
  kind?: string
  path?: string
  commit?: string
  tag?: string
  line: number
  fingerprint: string
}

describe('scan --history over messages', () => {
  it('finds a key in a commit message, a tag message and a note, and names each commit or tag', () => {
    const { repo, first, keyed } = messageRepo()
    const text = cli(repo.dir, ['scan', '--history'])
    expect(text.status).toBe(1)
    expect(text.stdout).toMatch(
      new RegExp(
        `^LEAK {2}commit message of ${keyed.slice(0, 7)}:3:\\d+ {2}sk-proj-\\S+ {2}OpenAI project API key$`,
        'm'
      )
    )
    expect(text.stdout).toContain(`message of tag ${TAG} (on ${keyed.slice(0, 7)}):3:`)
    expect(text.stdout).toMatch(new RegExp(`^LEAK {2}note on ${first.slice(0, 7)}:1:\\d+ `, 'm'))

    const json = cli(repo.dir, ['scan', '--history', '--format', 'json'])
    const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings
    expect(findings.map(({ kind, commit, tag, line, path }) => ({ kind, commit, tag, line, path }))).toEqual(
      expect.arrayContaining([
        { kind: 'commit-message', commit: keyed, tag: undefined, line: 3, path: undefined },
        { kind: 'tag-message', commit: keyed, tag: TAG, line: 3, path: undefined },
        { kind: 'note', commit: first, tag: undefined, line: 1, path: undefined }
      ])
    )
    expect(findings).toHaveLength(3)

    const sarif = cli(repo.dir, ['scan', '--history', '--format', 'sarif'])
    const results = (
      JSON.parse(sarif.stdout) as {
        runs: Array<{
          results: Array<{ locations: Array<Record<string, unknown>>; message: { text: string } }>
        }>
      }
    ).runs[0]?.results
    expect(results?.map((r) => r.locations[0])).toEqual(
      expect.arrayContaining([
        { logicalLocations: [expect.objectContaining({ kind: 'commitMessage', name: keyed })] },
        { logicalLocations: [expect.objectContaining({ kind: 'tagMessage', name: TAG })] },
        { logicalLocations: [expect.objectContaining({ kind: 'note', name: first })] }
      ])
    )
    for (const r of results ?? []) expect(r.locations[0]).not.toHaveProperty('physicalLocation')
    const everything = [text, json, sarif].map((run) => run.stdout + run.stderr).join('\n')
    for (const key of [inCommit, inTag, inNote]) expect(everything).not.toContain(key)
  })

  it('allows message findings by fingerprint, and by kind with a config switch', () => {
    const { repo } = messageRepo()
    const json = cli(repo.dir, ['scan', '--history', '--format', 'json'])
    const findings = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings
    const tagPrint = findings.find((f) => f.kind === 'tag-message')?.fingerprint ?? ''
    const config = path.join(tempDir(), 'okg.yml')
    writeFileSync(config, `allow:\n  commit-messages: true\n  notes: true\n  fingerprints: ["${tagPrint}"]\n`)
    const allowed = cli(repo.dir, ['scan', '--history', '--config', config])
    expect(allowed.stderr).toBe('')
    expect(allowed.stdout).toMatch(/^No OpenAI keys found in the full history/m)

    // A baseline (an earlier JSON report, whose message findings have no path) allows them too.
    const baseline = path.join(tempDir(), 'baseline.json')
    writeFileSync(baseline, json.stdout)
    expect(cli(repo.dir, ['scan', '--history', '--baseline', baseline]).status).toBe(0)

    writeFileSync(config, 'allow:\n  commit-messages: "yes"\n')
    const bad = cli(repo.dir, ['scan', '--history', '--config', config])
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/line 2, column \d+: allow\.commit-messages must be true or false/)
  })

  it('shows them in the action: no file on the annotation, escaped in the summary, masked everywhere', async () => {
    const { repo, keyed } = messageRepo()
    const run = await runAction({
      workspace: repo.dir,
      inputs: { scope: 'history' },
      event: { name: 'schedule', payload: {} }
    })
    expect(run.status).toBe(1)
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error title=OpenAI'))
    expect(annotations).toHaveLength(3)
    for (const line of annotations) expect(line).not.toMatch(/file=/)
    expect(run.stdout).toContain(`in the commit message of ${keyed.slice(0, 7)}, line 3`)
    // The tag's name is text in the summary: no image, no mention, no table split, no code span.
    const row = run.summary.split('\n').find((line) => line.includes('message of tag')) ?? ''
    expect(row).not.toContain('<img')
    expect(row).not.toMatch(/[^\\]\|_x_/)
    expect(row).toContain('@\u2060octocat')
    expect(row).toContain('&lt;img')
    expectMasked(run, inCommit, inTag, inNote)
  })
})

/** A feature branch whose second commit's message holds `key`, on top of a main holding the canary in a file. */
function featureWithMessage(key: string): { repo: TestRepo; base: string; head: string } {
  const repo = TestRepo.init()
  const base = repo.commit('Initial commit', {
    'README.md': '# service\n',
    '.env': `OPENAI_API_KEY=${canary}\n`
  })
  repo.branch('feature')
  repo.commit('Add a helper', { 'src/util.ts': 'export const one = 1\n' })
  const head = repo.commit(`Try the key ${key}`, { 'src/util.ts': 'export const one = 1 as const\n' })
  return { repo, base, head }
}

describe('a commit message larger than a chunk', () => {
  it('is read in pieces, and the key is placed on its line counted from the subject', () => {
    const repo = TestRepo.init()
    repo.commit('Initial commit', { 'README.md': '# service\n' })
    // 5 MiB of body, over the 4 MiB above which objects are read in pieces, then the key.
    const filler = `${'lorem ipsum dolor sit amet '.repeat(3)}\n`.repeat(Math.ceil((5 << 20) / 82))
    const lines = filler.split('\n').length - 1
    const file = path.join(tempDir(), 'message.txt')
    writeFileSync(file, `Import the logs\n\n${filler}OPENAI_API_KEY=${inCommit}\n`)
    repo.git('commit', '-q', '--allow-empty', '-F', file)
    const run = cli(repo.dir, ['scan', '--history', '--format', 'json'])
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings
    expect(findings).toMatchObject([{ kind: 'commit-message', commit: repo.head(), line: 3 + lines }])
    expect(run.stdout + run.stderr).not.toContain(inCommit)
  })
})

describe('commit messages in a range, through the bundle', () => {
  it('fails a pull request whose commit message holds a key', async () => {
    const { repo, base, head } = featureWithMessage(inCommit)
    const run = await runAction({ workspace: repo.dir, inputs: {}, event: pullRequestEvent(base, head) })
    expect(run.status).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(JSON.parse(run.outputs.findings ?? '[]')).toMatchObject([
      { kind: 'commit-message', commit: head, line: 1, status: 'introduced' }
    ])
    expect(run.stdout).toMatch(
      new RegExp(
        `^::error title=OpenAI project API key::.*in the commit message of ${head.slice(0, 7)}, line 1`,
        'm'
      )
    )
    expect(run.summary).toContain(`commit message of ${head.slice(0, 7)}`)
    const sarif = readFileSync(run.outputs['sarif-file']!, 'utf8')
    expect(sarif).toContain('"kind": "commitMessage"')
    expect(sarif).not.toContain('physicalLocation')
    // Canary: main's key was not in the range, and no key shows anywhere.
    expect(run.all).not.toContain('.env')
    expectMasked(run, inCommit)
    expect(run.all).not.toContain(canary)
  })

  it('fails a push whose commit message holds a key', async () => {
    const { repo, head } = featureWithMessage(inTag)
    const before = repo.head('HEAD~1')
    const run = await runAction({ workspace: repo.dir, inputs: {}, event: pushEvent(head, before) })
    expect(run.status).toBe(1)
    expect(JSON.parse(run.outputs.findings ?? '[]')).toMatchObject([
      { kind: 'commit-message', commit: head, shape: 'admin', status: 'introduced' }
    ])
    expectMasked(run, inTag)
    expect(run.all).not.toContain(canary)
  })
})
