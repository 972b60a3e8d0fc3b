import { chmodSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { Git } from '../../src/git.js'
import { consoleLogger } from '../../src/logger.js'
import { fingerprint } from '../../src/redact.js'
import { resolveRange, type Range } from '../../src/scan/range.js'
import { keepEarliest, scan, type ScanResult } from '../../src/scan/scan.js'
import type { SourceResult } from '../../src/scan/sources/common.js'
import { scanHistory, scanHistorySlow } from '../../src/scan/sources/history.js'
import { cleanupTempDirs, tempDir, TestRepo, type Files } from '../helpers/git.js'
import { makeKey, seeded } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

const lines: string[] = []
const logger = consoleLogger((line) => lines.push(line))

function run(cwd: string, range: Range, extra: { token?: string } = {}): Promise<ScanResult> {
  return scan({ cwd, range, failOn: 'introduced', logger, ...extra })
}

function summary(result: ScanResult): string[] {
  return result.findings.map((f) => `${f.path}:${f.line} ${f.status} ${f.fingerprint.slice(0, 8)}`)
}

const fp = (key: string): string => fingerprint(key).slice(0, 8)

describe('commit ranges', () => {
  it('finds a key that a pull request added and removed again, at the commit that added it', async () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': 'hello\n' })
    repo.branch('feature')
    const key = makeKey('project', 1)
    const added = repo.commit('add config', { 'app/.env': `A=1\nOPENAI_API_KEY=${key}\n` })
    repo.commit('oops, remove it', { 'app/.env': 'A=1\n' })
    const result = await run(repo.dir, { kind: 'pull-request', base, head: repo.head() })
    expect(summary(result)).toEqual([`app/.env:2 introduced ${fp(key)}`])
    expect(result.findings[0]?.commit).toBe(added)
    expect(result.findings[0]?.authorDate).toMatch(/^2026-/)
    expect(result.stats.commits).toBe(2)
    expect(result.failing).toBe(1)
  })

  it('finds a key added while resolving a merge', async () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'a.txt': 'one\n', 'b.txt': 'two\n' })
    repo.branch('feature')
    repo.commit('feature work', { 'a.txt': 'one\nfeature\n' })
    repo.checkout('main')
    repo.commit('main work', { 'b.txt': 'two\nmain\n' })
    repo.checkout('feature')
    const key = makeKey('admin', 2)
    const merge = repo.merge('main', { 'b.txt': `two\nmain\nresolved ${key}\n` })
    const result = await run(repo.dir, { kind: 'pull-request', base, head: merge })
    expect(summary(result)).toEqual([`b.txt:3 introduced ${fp(key)}`])
    expect(result.findings[0]?.commit).toBe(merge)
  })

  it('calls a renamed file with an old key pre-existing, and a key added next to an old one introduced', async () => {
    const repo = TestRepo.init()
    const old = makeKey('legacy', 3)
    const other = makeKey('service-account', 4)
    const base = repo.commit('init', { 'old.env': `K=${old}\n`, 'conf/app.yml': `a: 1\nkey: ${other}\n` })
    repo.branch('feature')
    repo.rename('old.env', 'new.env')
    const added = makeKey('project', 5)
    repo.commit('edit', { 'conf/app.yml': `a: 2\nkey: ${other}\nnew: ${added}\n` })
    const result = await run(repo.dir, { kind: 'pull-request', base, head: repo.head() })
    expect(summary(result)).toEqual([
      `conf/app.yml:2 pre-existing ${fp(other)}`,
      `conf/app.yml:3 introduced ${fp(added)}`,
      `new.env:1 pre-existing ${fp(old)}`
    ])
    expect(result.failing).toBe(1)
  })

  it('calls a key copied from an untouched file pre-existing', async () => {
    const repo = TestRepo.init()
    const key = makeKey('project', 6)
    const base = repo.commit('init', { 'keep.env': `K=${key}\n` })
    repo.commit('copy', { 'copy.env': `X=${key}\n` })
    const result = await run(repo.dir, { kind: 'range', base, head: 'HEAD' })
    expect(summary(result)).toEqual([`copy.env:1 pre-existing ${fp(key)}`])
  })

  it('scans a pushed new branch: only the commits that are not on the default branch', async () => {
    const repo = TestRepo.init()
    const onMain = makeKey('project', 7)
    repo.commit('init', { 'main.env': `K=${onMain}\n` })
    repo.branch('feature')
    const key = makeKey('none', 8)
    repo.commit('feature', { 'feature.env': `K=${key}\n` })
    const range = resolveRange({
      scope: 'auto',
      eventName: 'push',
      payload: {
        created: true,
        before: '0'.repeat(40),
        after: repo.head(),
        repository: { default_branch: 'main' }
      }
    })
    expect(range).toEqual({ kind: 'push', head: repo.head(), push: 'created', defaultBranch: 'main' })
    const result = await run(repo.dir, range)
    expect(summary(result)).toEqual([`feature.env:1 introduced ${fp(key)}`])
    expect(result.stats.commits).toBe(1)
  })

  it('fetches the missing base of a shallow clone from origin', async () => {
    const origin = TestRepo.init()
    const base = origin.commit('init', { 'a.txt': 'a\n' })
    const key = makeKey('project', 9)
    origin.commit('one', { 'b.env': `K=${key}\n` })
    origin.commit('two', { 'c.txt': 'c\n' })
    const clone = origin.clone('--depth', '1')
    expect(await new Git(clone.dir).isShallow()).toBe(true)
    const result = await run(clone.dir, { kind: 'pull-request', base, head: origin.head() })
    expect(summary(result)).toEqual([`b.env:1 introduced ${fp(key)}`])
    expect(result.stats.commits).toBe(2)
  })

  it('fails with one clear line when a shallow clone cannot get the range', async () => {
    const origin = TestRepo.init()
    const base = origin.commit('init', { 'a.txt': 'a\n' })
    origin.commit('one', { 'b.txt': 'b\n' })
    origin.commit('two', { 'c.txt': 'c\n' })
    const clone = origin.clone('--depth', '1')
    rmSync(origin.dir, { recursive: true, force: true })
    const attempt = run(clone.dir, { kind: 'pull-request', base, head: clone.head() })
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError)
    await expect(attempt).rejects.toThrow(
      /is not in this clone: set `fetch-depth: 0` on actions\/checkout\.$/
    )
  })

  it('deepens a shallow clone whose base is present but whose range is cut off', async () => {
    const origin = TestRepo.init()
    const base = origin.commit('init', { 'a.txt': 'a\n' })
    const key = makeKey('legacy', 10)
    origin.commit('one', { 'b.env': `K=${key}\n` })
    for (let i = 0; i < 3; i++) origin.commit(`filler ${i}`, { 'c.txt': `c${i}\n` })
    const clone = origin.clone('--depth', '2')
    const result = await run(clone.dir, { kind: 'range', base, head: 'HEAD' })
    expect(summary(result)).toEqual([`b.env:1 introduced ${fp(key)}`])
    expect(result.stats.commits).toBe(4)
  })

  it('rejects an unknown ref and a directory that is not a repository with ConfigurationError', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'a.txt': 'a\n' })
    await expect(run(repo.dir, { kind: 'range', base: 'no-such-branch', head: 'HEAD' })).rejects.toThrow(
      /^Unknown ref "no-such-branch"/
    )
    const plain = tempDir()
    await expect(run(plain, { kind: 'history', head: 'HEAD' })).rejects.toThrow(/is not a git repository/)
    await expect(run(plain, { kind: 'history', head: 'HEAD' })).rejects.toBeInstanceOf(ConfigurationError)
  })
})

describe('history', () => {
  it('reports blobs a partial clone lacks as unreadable and still finds the rest', async () => {
    const origin = TestRepo.init()
    const lost = makeKey('project', 11)
    origin.commit('old', { 'secret.env': `K=${lost}\n` })
    origin.commit('rewrite', { 'secret.env': 'K=\n' })
    const kept = makeKey('admin', 12)
    origin.commit('now', { 'live.env': `K=${kept}\n` })
    const clone = origin.clone('--filter=blob:none')
    // Without its origin the clone cannot fetch the old blob lazily: it is simply gone.
    rmSync(origin.dir, { recursive: true, force: true })
    const result = await run(clone.dir, { kind: 'history', head: 'HEAD' })
    expect(summary(result)).toEqual([`live.env:1 introduced ${fp(kept)}`])
    expect(result.unreadable).toEqual({ objects: 1, paths: ['secret.env'] })
    expect(lines.some((l) => l.includes('could not be read') && l.includes('secret.env'))).toBe(true)
  })

  it('reports a corrupt blob as unreadable and still reads every other one', async () => {
    const repo = TestRepo.init()
    // Enough content that both readers' pipes fill up while the corrupt blob is still ahead of them.
    const files: Files = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}.txt`, `${i}\n`.repeat(2_000)])
    )
    const key = makeKey('project', 16)
    files['f199.txt'] = `K=${key}\n`
    repo.commit('many files', files)
    const oid = repo.git('rev-parse', 'HEAD:f150.txt')
    const object = path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2))
    chmodSync(object, 0o644)
    writeFileSync(object, 'not a zlib stream')
    const result = await scanHistory(new Git(repo.dir))
    expect(result.unreadable).toEqual({ objects: 1, paths: ['f150.txt'] })
    expect(result.stats.blobs).toBe(199)
    expect(result.hits.map((h) => `${h.path} ${h.hit.key === key}`)).toEqual(['f199.txt true'])
  })

  it('reports keys in a blob or tree that only a tag reaches, under the path in the tree or the tag that names it', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': 'hello\n' })
    const [inBlob, inTree] = [makeKey('project', 21), makeKey('admin', 22)]
    const blob = repo.gitInput(`OPENAI_API_KEY=${inBlob}\n`, 'hash-object', '-w', '--stdin')
    repo.git('tag', '-a', '-m', 'a blob', 'keys-blob', blob)
    const inner = repo.gitInput(`K=${inTree}\n`, 'hash-object', '-w', '--stdin')
    const tree = repo.gitInput(`100644 blob ${inner}\tdeploy.env\n`, 'mktree')
    repo.git('tag', 'keys-tree', tree)
    const result = await run(repo.dir, { kind: 'history', head: 'HEAD' })
    expect(summary(result).sort()).toEqual(
      [`deploy.env:1 introduced ${fp(inTree)}`, `refs/tags/keys-blob:1 introduced ${fp(inBlob)}`].sort()
    )
    expect(result.findings.every((f) => f.commit === undefined)).toBe(true)
  })

  it('finds the same keys as the straightforward walk on a repository with branches, merges and renames', async () => {
    const repo = TestRepo.init()
    const rand = seeded(42)
    const shapes = ['legacy', 'project', 'admin', 'service-account', 'none', 'service'] as const
    const keys = shapes.map((shape, i) => makeKey(shape, 100 + i))
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
    repo.commit('init', { 'README.md': 'x\n' })
    for (let step = 0; step < 40; step++) {
      const branch = `b${step % 3}`
      const exists = repo.git('branch', '--list', branch) !== ''
      if (step % 7 === 6 && exists) {
        repo.checkout('main')
        repo.merge(branch, { [`merged-${step}.txt`]: `resolution ${pick(keys)}\n` })
        continue
      }
      if (exists) repo.checkout(branch)
      else repo.branch(branch, 'main')
      const file = `dir${step % 4}/${branch}-file${step % 5}.txt`
      const body = Array.from({ length: 1 + (step % 6) }, (_, i) =>
        i === step % 3 ? `k = "${pick(keys)}",` : `line ${i}`
      )
      repo.commit(`step ${step}`, {
        [file]: body.join('\n') + '\n',
        [`copy-${branch}.txt`]: `${pick(keys)}\n`
      })
      if (step % 11 === 10) repo.rename(file, `${file}.moved`)
      if (step % 9 === 8) repo.commit(`delete ${step}`, { [`copy-${branch}.txt`]: null })
    }
    const git = new Git(repo.dir)
    const shape = (r: SourceResult): string[] =>
      keepEarliest(r.hits)
        .map((h) => `${h.path}:${h.hit.line}:${h.hit.column} ${h.commit} ${h.fingerprint}`)
        .sort()
    const fast = await scanHistory(git)
    const slow = await scanHistorySlow(git)
    expect(shape(fast).length).toBeGreaterThan(10)
    expect(shape(fast)).toEqual(shape(slow))
    expect(new Set(fast.hits.map((h) => h.hit.key))).toEqual(new Set(keys))
    // Every blob and commit listed is read when there is no record (commits come through the same readers).
    const objects = slow.stats.blobs + slow.stats.commits
    const all = { listed: objects, read: objects, skipped: 0 }
    expect(fast.stats).toEqual({ ...slow.stats, objects: all })
  })

  /** Each key's earliest (path, commit), as the fast scan and the straightforward walk report it. */
  async function earliest(dir: string): Promise<{ fast: string[]; slow: string[] }> {
    const git = new Git(dir)
    const shape = (r: SourceResult): string[] =>
      keepEarliest(r.hits)
        .map((h) => `${h.path}:${h.hit.line} ${h.commit} ${h.fingerprint.slice(0, 8)}`)
        .sort()
    return { fast: shape(await scanHistory(git)), slow: shape(await scanHistorySlow(git)) }
  }

  it('names the merge whose resolution wrote a key, for two parents and for an octopus', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'conf.env': 'A=0\n', 'README.md': 'x\n' })
    repo.branch('side')
    const side = repo.commit('side edit', { 'conf.env': 'A=side\n' })
    repo.checkout('main')
    repo.commit('main edit', { 'conf.env': 'A=main\n' })
    // The two sides disagree on conf.env; the resolution keeps neither and adds a key.
    const resolved = makeKey('project', 31)
    repo.git('merge', '-q', '-s', 'ours', '--no-commit', 'side')
    const merge = repo.commit('Merge side', { 'conf.env': `A=both\nOPENAI_API_KEY=${resolved}\n` })
    // Three parents, none of which holds the key that the merge's tree adds at a new path.
    const [a, b] = ['a', 'b'].map((name) => {
      repo.branch(name, side)
      return repo.commit(name, { [`${name}.txt`]: `${name}\n` })
    })
    const inOctopus = makeKey('admin', 32)
    const blob = repo.gitInput(`K=${inOctopus}\n`, 'hash-object', '-w', '--stdin')
    repo.checkout('main')
    repo.git('read-tree', 'main')
    repo.git('update-index', '--add', '--cacheinfo', `100644,${blob},deploy/octopus.env`)
    const tree = repo.git('write-tree')
    const octopus = repo.git('commit-tree', tree, '-p', merge, '-p', a!, '-p', b!, '-m', 'Octopus')
    repo.git('update-ref', 'refs/heads/main', octopus)
    const { fast, slow } = await earliest(repo.dir)
    expect(fast).toEqual(
      [`conf.env:2 ${merge} ${fp(resolved)}`, `deploy/octopus.env:1 ${octopus} ${fp(inOctopus)}`].sort()
    )
    expect(fast).toEqual(slow)
  })

  it('counts every commit of a history with nothing to report, merges and pull-request refs included', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': 'x\n' })
    repo.branch('feature')
    repo.commit('feature', { 'a.txt': 'a\n' })
    repo.git('update-ref', 'refs/pull/1/head', 'HEAD')
    repo.checkout('main')
    repo.commit('main', { 'b.txt': 'b\n' })
    repo.merge('feature')
    const git = new Git(repo.dir)
    const [fast, slow] = [await scanHistory(git), await scanHistorySlow(git)]
    expect(fast.hits).toEqual([])
    const all = { listed: slow.stats.blobs + 4, read: slow.stats.blobs + 4, skipped: 0 }
    expect(fast.stats).toEqual({ ...slow.stats, commits: 4, objects: all })
  })

  it('names the side-branch commit that added a key, not the merges that brought it in later', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': 'x\n' })
    repo.branch('feature')
    repo.commit('feature work', { 'src/a.txt': 'a\n' })
    const key = makeKey('service-account', 33)
    const added = repo.commit('add config', { 'src/app.env': `OPENAI_API_KEY=${key}\n` })
    repo.checkout('main')
    for (let i = 0; i < 3; i++) repo.commit(`main ${i}`, { [`main-${i}.txt`]: `${i}\n` })
    // What a host keeps for a pull request: its head and a test merge, both before the real merge.
    repo.git('update-ref', 'refs/pull/7/head', added)
    repo.git('merge', '-q', '--no-ff', '--no-commit', 'feature')
    repo.git('commit', '-q', '-m', 'Merge feature')
    repo.git('update-ref', 'refs/pull/7/merge', repo.head())
    repo.git('reset', '-q', '--hard', 'HEAD^')
    repo.commit('main 3', { 'main-3.txt': '3\n' })
    repo.merge('feature')
    // A long-lived branch that merges main back in, so the key reaches it only through a merge.
    repo.branch('release', 'main~2')
    repo.commit('release fix', { 'fix.txt': 'fix\n' })
    repo.merge('main')
    const { fast, slow } = await earliest(repo.dir)
    expect(fast).toEqual([`src/app.env:1 ${added} ${fp(key)}`])
    expect(fast).toEqual(slow)
  })
})

describe('staged and worktree', () => {
  it('scans what is staged, not what is on disk, and the worktree as it is', async () => {
    const repo = TestRepo.init()
    const committed = makeKey('legacy', 13)
    repo.commit('init', { 'old.env': `K=${committed}\n` })
    const staged = makeKey('project', 14)
    const unstaged = makeKey('admin', 15)
    repo.write({ 'new.env': `K=${staged}\n`, 'old.env': `K=${committed}\nJ=1\n` })
    repo.git('add', 'new.env', 'old.env')
    repo.write({ 'new.env': 'K=gone\n', 'notes.txt': `draft ${unstaged}\n`, '.gitignore': 'ignored.txt\n' })
    repo.write({ 'ignored.txt': `${makeKey('none', 16)}\n` })

    const stagedResult = await run(repo.dir, { kind: 'staged', head: 'HEAD' })
    expect(summary(stagedResult)).toEqual([
      `new.env:1 introduced ${fp(staged)}`,
      `old.env:1 pre-existing ${fp(committed)}`
    ])

    const worktree = await run(repo.dir, { kind: 'worktree', head: 'HEAD' })
    expect(summary(worktree)).toEqual([
      `notes.txt:1 introduced ${fp(unstaged)}`,
      `old.env:1 introduced ${fp(committed)}`
    ])
  })

  it('reads files of any size, and a short file after a long one shows only its own bytes', async () => {
    const repo = TestRepo.init()
    const early = makeKey('project', 19)
    const late = makeKey('service', 20)
    const filler = 'x'.repeat(99) + '\n'
    // 3 MiB: larger than the reader's first buffer, with keys at both ends.
    const big = `A=${early}\n${filler.repeat(30_000)}B=${late}\n`
    repo.commit('init', { 'a-big.txt': big, 'b-small.txt': 'A=1\n', 'c-small.txt': `A=${early}\n` })
    const result = await run(repo.dir, { kind: 'worktree', head: 'HEAD' })
    expect(summary(result)).toEqual([
      `a-big.txt:1 introduced ${fp(early)}`,
      `a-big.txt:30002 introduced ${fp(late)}`,
      `c-small.txt:1 introduced ${fp(early)}`
    ])
    expect(result.stats.bytes).toBe(big.length + 4 + early.length + 3)
  })

  it('walks a directory that is not a repository, skipping node_modules', async () => {
    const dir = tempDir()
    const repo = new TestRepo(dir)
    const key = makeKey('service', 17)
    repo.write({ 'src/app.js': `const k = '${key}'\n`, 'node_modules/x/i.js': `${makeKey('legacy', 18)}\n` })
    const result = await run(dir, { kind: 'worktree', head: 'HEAD' })
    expect(summary(result)).toEqual([`${path.join('src', 'app.js')}:1 introduced ${fp(key)}`])
  })
})
