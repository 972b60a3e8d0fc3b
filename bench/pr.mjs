// A pull request on a clone of a real repository: `npm run bench -- --pr [NAME=]PATH…` clones each repository
// into a temporary directory (a local clone: its objects are hard links, nothing is fetched), checks out its
// default branch and adds a branch of 20 commits on top, the way a contributor's pull request looks: each commit
// edits a few of the project's own files and adds one, and one of them adds a key that the scan must report.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { prng, projectKeys, sourceText } from './repo.mjs'

export const PR_COMMITS = 20
/** Files each commit edits besides the one it adds. */
const EDITS = 3
/** Text files of the project small enough to edit: what a pull request usually touches. */
const EDITABLE = /\.(?:js|ts|py|md|rst|txt|json|ya?ml|cfg|toml|html|css)$/

/**
 * Clones `source` and builds the pull request: returns the clone, the base (the default branch's tip), the head,
 * and the fingerprint of the key the pull request adds. `dispose` removes the clone.
 */
export function pullRequestOnClone(source) {
  const temp = mkdtempSync(path.join(tmpdir(), 'okg-bench-pr-'))
  const dir = path.join(temp, 'repo')
  // A partial mirror may lack old blobs: nothing may try to fetch them.
  const env = { ...process.env, GIT_NO_LAZY_FETCH: '1', GIT_TERMINAL_PROMPT: '0' }
  const git = (...args) =>
    execFileSync('git', args, { cwd: dir, env, maxBuffer: 1 << 28 })
      .toString()
      .trim()
  execFileSync('git', ['clone', '--quiet', source, dir], { env })
  const base = git('rev-parse', 'HEAD')
  git('checkout', '--quiet', '-b', 'okg-bench-pr')
  const candidates = git('ls-files', '-z')
    .split('\0')
    .filter((file) => EDITABLE.test(file))
  if (candidates.length === 0) throw new Error(`${source}: no text file to edit at HEAD`)
  const rand = prng(20261202)
  const [key] = projectKeys(1, 16)
  let time = 1_767_225_600
  for (let i = 0; i < PR_COMMITS; i++) {
    const touched = Array.from({ length: EDITS }, () => candidates[Math.floor(rand() * candidates.length)])
    for (const file of touched) appendFileSync(path.join(dir, file), `\n${sourceText(200, rand)}\n`)
    const added = `okg-bench-pr/change-${i}.txt`
    mkdirSync(path.join(dir, 'okg-bench-pr'), { recursive: true })
    const planted = i === PR_COMMITS / 2 ? `\nOPENAI_API_KEY=${key}\n` : ''
    writeFileSync(path.join(dir, added), sourceText(1500, rand) + planted)
    git('add', '--', added, ...touched)
    time += 600
    const who = { GIT_AUTHOR_DATE: `${time} +0000`, GIT_COMMITTER_DATE: `${time} +0000` }
    execFileSync(
      'git',
      [
        '-c',
        'user.name=Bench Contributor',
        '-c',
        'user.email=bench@example.com',
        'commit',
        '-q',
        '-m',
        `Change ${i}`
      ],
      { cwd: dir, env: { ...env, ...who } }
    )
  }
  return {
    dir,
    base,
    head: git('rev-parse', 'HEAD'),
    fingerprint: createHash('sha256').update(key).digest('hex'),
    dispose: () => rmSync(temp, { recursive: true, force: true })
  }
}
