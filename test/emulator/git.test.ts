// Git over smart HTTP: real `git` clients against the emulator's `git http-backend`, with GitHub's token rules
// (401 without or with wrong credentials, 404 for what the token cannot see, 403 without `contents`) and faults.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEmulator, type Emulator } from '../../src/emulator/index.js'
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/git.js'

let emu: Emulator

beforeEach(async () => {
  emu = await startEmulator({ seed: 3 })
})

afterEach(async () => {
  await emu.close()
  expect(emu.violations()).toEqual([])
})

afterAll(cleanupTempDirs)

/** git runs as a child while the emulator answers in this process: never block the event loop on it. */
async function git(cwd: string, ...args: string[]): Promise<{ code: number; out: string }> {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: '', LC_ALL: 'C' }
  try {
    const { stdout, stderr } = await promisify(execFile)('git', args, { cwd, env, encoding: 'utf8' })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: typeof e.code === 'number' ? e.code : 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

function auth(token: string): string[] {
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
  return ['-c', `http.extraHeader=Authorization: Basic ${basic}`]
}

/** A hosted repository with two commits on its default branch, pushed from a work repository into its gitDir. */
async function hosted(
  name: string,
  options: { visibility?: 'public' | 'private'; archived?: boolean } = {}
): Promise<{ cloneUrl: string; head: string; gitDir: string }> {
  const { gitDir, cloneUrl } = emu.addRepository({ owner: 'acme', name, ...options })
  const work = TestRepo.init()
  work.commit('first', { 'a.txt': 'one\n' })
  const head = work.commit('second', { 'b.txt': 'two\n' })
  work.git('push', '-q', gitDir, 'main')
  return { cloneUrl, head, gitDir }
}

function gitStatuses(): Array<[string, number]> {
  return emu
    .requests()
    .filter((r) => r.api === 'git')
    .map((r) => [`${r.method} ${r.path}`, r.status])
}

describe('git over smart HTTP', () => {
  it('hosts an empty bare repository that git recognises, and refuses clashing or unsafe names', async () => {
    const { gitDir } = emu.addRepository({ owner: 'acme', name: 'empty', defaultBranch: 'trunk' })
    expect(existsSync(path.join(gitDir, 'HEAD'))).toBe(true)
    expect((await git(gitDir, 'rev-parse', '--is-bare-repository')).out.trim()).toBe('true')
    expect((await git(gitDir, 'symbolic-ref', 'HEAD')).out.trim()).toBe('refs/heads/trunk')
    expect(() => emu.addRepository({ owner: 'acme', name: 'EMPTY' })).toThrow(/already exists/)
    expect(() => emu.addRepository({ owner: 'acme', name: '..' })).toThrow(/not a repository name/)
  })

  it('serves a bare clone to a token with contents: read, over protocol v2', async () => {
    const { cloneUrl, head } = await hosted('service')
    const token = emu.addToken({ contents: 'read' })
    const dir = path.join(tempDir(), 'clone.git')
    const clone = await git(
      process.cwd(),
      ...auth(token),
      '-c',
      'protocol.version=2',
      'clone',
      '-q',
      '--bare',
      cloneUrl,
      dir
    )
    expect(clone.code, clone.out).toBe(0)
    expect((await git(dir, 'rev-parse', 'main')).out.trim()).toBe(head)
    expect(gitStatuses()).toEqual([
      ['GET /acme/service.git/info/refs', 200],
      ['POST /acme/service.git/git-upload-pack', 200],
      ['POST /acme/service.git/git-upload-pack', 200]
    ])
    expect(
      emu
        .requests()
        .filter((r) => r.api === 'git')
        .every((r) => r.token === token)
    ).toBe(true)
  })

  it('answers 401 without credentials or with a bad token, and lets anyone read a public repository', async () => {
    const { cloneUrl } = await hosted('private')
    const open = await hosted('open', { visibility: 'public' })
    const anonymous = await git(tempDir(), 'ls-remote', cloneUrl)
    expect(anonymous.code).not.toBe(0)
    const wrong = await git(tempDir(), ...auth('ghs_not-a-token'), 'ls-remote', cloneUrl)
    expect(wrong.code).not.toBe(0)
    const publicRead = await git(tempDir(), 'ls-remote', open.cloneUrl, 'refs/heads/main')
    expect(publicRead.out).toContain(open.head)
    expect(gitStatuses().map(([, status]) => status)).toEqual([401, 401, 200, 200])
  })

  it('answers 404 for a repository the token cannot see or that does not exist, and 403 without contents', async () => {
    const { cloneUrl } = await hosted('secret')
    await hosted('other')
    const selected = emu.addToken({ contents: 'read' }, { repositories: ['acme/other'] })
    const hidden = await git(tempDir(), ...auth(selected), 'ls-remote', cloneUrl)
    expect(hidden.out).toMatch(/Repository not found/)
    const missing = await git(tempDir(), ...auth(emu.token), 'ls-remote', `${emu.serverUrl}/acme/nothing.git`)
    expect(missing.out).toMatch(/Repository not found/)
    const noContents = emu.addToken({ issues: 'write' })
    expect((await git(tempDir(), ...auth(noContents), 'ls-remote', cloneUrl)).code).not.toBe(0)
    expect(gitStatuses().map(([, status]) => status)).toEqual([404, 404, 403])
  })

  it('takes a push with contents: write, and refuses one to an archived repository', async () => {
    const { cloneUrl } = await hosted('target')
    const work = TestRepo.init()
    const commit = work.commit('pushed over HTTP', { 'c.txt': 'three\n' })
    const pushed = await git(work.dir, ...auth(emu.token), 'push', '-q', cloneUrl, 'main:refs/heads/feature')
    expect(pushed.code, pushed.out).toBe(0)
    expect((await git(tempDir(), ...auth(emu.token), 'ls-remote', cloneUrl, 'feature')).out).toContain(commit)
    const reader = emu.addToken({ contents: 'read' })
    expect((await git(work.dir, ...auth(reader), 'push', '-q', cloneUrl, 'main:refs/heads/x')).code).not.toBe(
      0
    )
    const frozen = await hosted('frozen', { archived: true })
    const refused = await git(
      work.dir,
      ...auth(emu.token),
      'push',
      '-q',
      frozen.cloneUrl,
      'main:refs/heads/x'
    )
    expect(refused.out).toMatch(/archived/)
  })

  it('lets faults hit the git routes: a 500 once, then a repository that always answers 404', async () => {
    const { cloneUrl, head } = await hosted('flaky')
    const gone = await hosted('gone')
    emu.fault({ api: 'git', method: 'GET', path: '/:owner/:name.git/info/refs', call: 1, status: 500 })
    emu.fault({ api: 'git', method: 'GET', path: /^\/acme\/gone\.git\//, status: 404 })
    const first = await git(tempDir(), ...auth(emu.token), 'ls-remote', cloneUrl, 'main')
    expect(first.code).not.toBe(0)
    const second = await git(tempDir(), ...auth(emu.token), 'ls-remote', cloneUrl, 'main')
    expect(second.out).toContain(head)
    expect((await git(tempDir(), ...auth(emu.token), 'ls-remote', gone.cloneUrl)).code).not.toBe(0)
    expect(gitStatuses()).toEqual([
      ['GET /acme/flaky.git/info/refs', 500],
      ['GET /acme/flaky.git/info/refs', 200],
      ['POST /acme/flaky.git/git-upload-pack', 200],
      ['GET /acme/gone.git/info/refs', 404]
    ])
  })

  it('forgets a removed repository: git and the API answer 404, the listing leaves it out', async () => {
    const { cloneUrl } = await hosted('doomed')
    await hosted('kept')
    emu.removeRepository({ owner: 'acme', name: 'doomed' })
    const gone = await git(tempDir(), ...auth(emu.token), 'ls-remote', cloneUrl)
    expect(gone.out).toMatch(/Repository not found/)
    const api = await fetch(`${emu.githubUrl}/repos/acme/doomed`, {
      headers: { authorization: `token ${emu.token}` }
    })
    expect(api.status).toBe(404)
    await api.arrayBuffer()
    const list = await fetch(`${emu.githubUrl}/orgs/acme/repos`, {
      headers: { authorization: `token ${emu.token}` }
    })
    expect(((await list.json()) as Array<{ name: string }>).map((r) => r.name)).toEqual(['kept'])
    expect(() => emu.removeRepository({ owner: 'acme', name: 'doomed' })).toThrow(/no hosted repository/)
  })

  it('hosts hundreds of repositories and lists them all', async () => {
    for (let i = 0; i < 250; i++) emu.addRepository({ owner: 'big', name: `r${i}` })
    const first = await fetch(`${emu.githubUrl}/orgs/big/repos?per_page=100&page=3`, {
      headers: { authorization: `token ${emu.token}` }
    })
    const body = (await first.json()) as Array<{ name: string }>
    expect(body.map((r) => r.name)).toEqual(Array.from({ length: 50 }, (_, i) => `r${49 - i}`))
  })
})
