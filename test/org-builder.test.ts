// The organisation builder the organisation tests and the bench stand on: its repositories are whole git
// repositories (a clone gets every object), and every key it says it planted is where it says.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanupTempDirs, tempDir } from './helpers/git.js'
import { createBareRepository } from '../src/emulator/git-http.js'
import { addCommit, buildOrg } from './helpers/org.js'

const git = (gitDir: string, ...args: string[]): string =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' })

const workDirs: string[] = []
afterEach(() => {
  cleanupTempDirs()
  for (const dir of workDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function org(count: number, plantInSkipped = false) {
  const root = tempDir('okg-org-')
  const built = await buildOrg({
    owner: 'octo-org',
    count,
    keyed: 5,
    plantInSkipped,
    addRepository: (spec) => {
      const gitDir = path.join(root, spec.owner, `${spec.name}.git`)
      createBareRepository(gitDir, spec.defaultBranch)
      return { gitDir }
    }
  })
  workDirs.push(built.workDir)
  return built
}

describe('buildOrg', () => {
  it('builds whole repositories that a clone copies on its own', async () => {
    const { repositories } = await org(30)
    expect(repositories.map((r) => r.fullName)).toEqual(
      Array.from({ length: 30 }, (_, i) => `octo-org/repo-${String(i + 1).padStart(4, '0')}`)
    )
    const clone = path.join(tempDir(), 'clone.git')
    execFileSync('git', ['clone', '-q', '--bare', '--no-local', repositories[4]!.gitDir, clone])
    git(clone, 'fsck', '--strict')
    expect(git(clone, 'rev-parse', 'HEAD').trim()).toBe(repositories[4]!.head)
    expect(git(clone, 'cat-file', 'blob', 'HEAD:README.md')).toContain('# repo-0005')
  })

  it('varies what a plan filters on', async () => {
    const { repositories } = await org(40)
    expect(new Set(repositories.map((r) => r.visibility))).toEqual(new Set(['public', 'private', 'internal']))
    expect(repositories.filter((r) => r.archived).length).toBe(4)
    expect(repositories.filter((r) => r.fork).length).toBe(5)
    expect(repositories.filter((r) => r.topics.includes('payments')).length).toBeGreaterThan(0)
    expect(repositories.filter((r) => r.topics.length === 0).length).toBeGreaterThan(0)
  })

  it('plants keys where it says, in blobs and in messages, outside archived repositories and forks', async () => {
    const { repositories, planted } = await org(60, true)
    const byName = new Map(repositories.map((r) => [r.fullName, r]))
    expect(planted.filter((p) => p.where === 'blob').length).toBeGreaterThanOrEqual(3)
    expect(planted.filter((p) => p.where === 'message').length).toBeGreaterThanOrEqual(3)
    expect(new Set(planted.map((p) => p.key)).size).toBe(planted.length)
    for (const p of planted) {
      const repo = byName.get(p.repository)!
      if (p.where === 'blob') {
        expect(git(repo.gitDir, 'cat-file', 'blob', `${p.commit}:${p.path}`)).toContain(p.key)
        // removed again later: only history holds it
        expect(git(repo.gitDir, 'ls-tree', '-r', '--name-only', 'HEAD')).not.toContain(p.path)
      } else {
        expect(git(repo.gitDir, 'log', '-1', '--format=%B', p.commit)).toContain(p.key)
      }
    }
    const skipped = planted.filter(
      (p) => byName.get(p.repository)!.archived || byName.get(p.repository)!.fork
    )
    expect(skipped.map((p) => p.where).sort()).toEqual(['blob', 'message'])
    expect(planted.length - skipped.length).toBe(6)
  })

  it('adds one commit on top of a repository', async () => {
    const { repositories } = await org(3)
    const repo = repositories[1]!
    const before = repo.head
    const id = await addCommit(
      repo,
      'Add docs',
      [{ path: 'docs/a.md', content: 'hello\n' }],
      path.join(tempDir(), 'marks')
    )
    expect(repo.head).toBe(id)
    expect(git(repo.gitDir, 'rev-parse', `${id}^`).trim()).toBe(before)
    expect(git(repo.gitDir, 'rev-parse', 'HEAD').trim()).toBe(id)
  })
})
