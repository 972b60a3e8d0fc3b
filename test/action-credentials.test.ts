// The token goes to the GitHub server and nowhere else. A private repository, checked out shallow with its
// submodules and `persist-credentials: false`; the pull request points the submodule at a commit on another git
// server. The scan must fetch what the shallow clone lacks (with the token, from the GitHub server), and the
// other server must never see an Authorization header.
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Emulator } from '../src/emulator/index.js'
import { emulator } from './helpers/emulated.js'
import { pullRequestEvent, type RunnerEvent } from './helpers/events.js'
import { tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { runAction } from './helpers/runner.js'

const token = `ghs_${'C4n4ry'.repeat(6)}`
const key = makeKey('project', 141)
const basic = `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
}

/** git talking to the servers of this test, which run in this process: it must not block the event loop. */
async function gitAsync(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', args, { cwd, encoding: 'utf8' })
  return stdout.trim()
}

/** Publishes every ref of `repo` as the hosted repository `owner/name`. */
function publish(
  server: Emulator,
  repo: TestRepo,
  owner: string,
  name: string,
  visibility: 'public' | 'private'
): void {
  const { gitDir } = server.addRepository({ owner, name, visibility })
  git(repo.dir, 'push', '-q', '--mirror', gitDir)
}

/** A server's git requests from the `from`th on: the method and the token each presented. */
function gitRequests(server: Emulator, from: number): Array<{ method: string; token?: string }> {
  return server
    .requests()
    .slice(from)
    .filter((r) => r.api === 'git')
    .map((r) => ({ method: r.method, token: r.token }))
}

interface Setup {
  workspace: string
  github: Emulator
  elsewhere: Emulator
  /** How many requests each server had answered when the setup was done. */
  seen: { github: number; elsewhere: number }
  event: RunnerEvent
}

describe('the fetch of a shallow pull request checkout with a submodule on another server', () => {
  /**
   * A private repository on the "GitHub" server whose pull request adds a key and moves its submodule to a
   * commit on the other server, checked out as actions/checkout does with `fetch-depth: 1`,
   * `submodules: true` and `persist-credentials: false`.
   */
  async function setup(): Promise<Setup> {
    const elsewhere = await emulator()
    const github = await emulator({ tokens: { [token]: { contents: 'read' } } })

    const lib = TestRepo.init()
    const libOld = lib.commit('lib v1', { 'lib.txt': 'one\n' })
    const libNew = lib.commit('lib v2', { 'lib.txt': 'two\n' })
    publish(elsewhere, lib, 'someone', 'lib', 'public')

    const service = TestRepo.init()
    service.commit('Initial commit', { 'README.md': '# service\n' })
    service.write({
      '.gitmodules': `[submodule "lib"]\n\tpath = lib\n\turl = ${elsewhere.serverUrl}/someone/lib.git\n`
    })
    // An empty directory stands for the submodule that is not checked out: `git add -A` keeps the gitlink.
    mkdirSync(path.join(service.dir, 'lib'))
    service.git('update-index', '--add', '--cacheinfo', `160000,${libOld},lib`)
    const base = service.commit('Add lib')
    service.branch('feature')
    service.git('update-index', '--cacheinfo', `160000,${libNew},lib`)
    const head = service.commit('Update lib', { 'src/config.ts': `export const apiKey = '${key}'\n` })
    publish(github, service, 'octo-org', 'service', 'private')

    const workspace = tempDir('okg-workspace-')
    git(workspace, 'init', '-q')
    git(workspace, 'remote', 'add', 'origin', `${github.serverUrl}/octo-org/service.git`)
    const auth = `http.${github.serverUrl}/.extraheader=AUTHORIZATION: ${basic}`
    await gitAsync(
      workspace,
      '-c',
      auth,
      'fetch',
      '-q',
      '--depth=1',
      'origin',
      `+${head}:refs/remotes/pull/7/head`
    )
    git(workspace, 'checkout', '-q', '--detach', head)
    await gitAsync(workspace, 'submodule', 'update', '-q', '--init', '--depth=1')
    expect(git(path.join(workspace, 'lib'), 'rev-parse', 'HEAD')).toBe(libNew)
    const seen = { github: github.requests().length, elsewhere: elsewhere.requests().length }
    return { workspace, github, elsewhere, seen, event: pullRequestEvent(base, head) }
  }

  it('sends the token to the GitHub server, and nothing to the submodule server', async () => {
    const { workspace, github, elsewhere, seen, event } = await setup()
    const run = await runAction({
      workspace,
      inputs: { 'github-token': token },
      env: { GITHUB_SERVER_URL: github.serverUrl },
      event
    })
    // The fetch of the missing base worked (with the token, from the GitHub server): the key was found.
    expect(run.status, run.all).toBe(1)
    expect(run.outputs.leaks).toBe('1')
    expect(gitRequests(github, seen.github).some((r) => r.method === 'POST' && r.token === token)).toBe(true)
    // The submodule's server heard nothing: no fetch recursed into the submodule, and no credential left.
    expect(gitRequests(elsewhere, seen.elsewhere)).toEqual([])
    for (const secret of [token, basic.slice('basic '.length), key]) expect(run.all).not.toContain(secret)
  })

  it('sends the token to no server but GITHUB_SERVER_URL, and fails rather than scan part of the range', async () => {
    const { workspace, github, elsewhere, seen, event } = await setup()
    // The clone's origin is not the GitHub server this run is for: it must not receive the token.
    const run = await runAction({
      workspace,
      inputs: { 'github-token': token },
      env: { GITHUB_SERVER_URL: 'https://github.example' },
      event
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error::The range [0-9a-f]{12}\.\.[0-9a-f]{12} is not in this clone/m)
    expect(gitRequests(github, seen.github).length).toBeGreaterThan(0)
    expect(gitRequests(github, seen.github).every((r) => r.token === undefined)).toBe(true)
    expect(gitRequests(elsewhere, seen.elsewhere)).toEqual([])
    for (const secret of [token, basic.slice('basic '.length), key]) expect(run.all).not.toContain(secret)
  })
})
