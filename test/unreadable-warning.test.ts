// Objects missing from a clone: one warning line, from the CLI and from the action, with the count, the first
// paths (escaped: they come from the repository) and what to do; never a second copy in the report.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { unreadableWarning } from '../src/report/findings.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { ROOT, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const canary = makeKey('admin', 311)
const HOSTILE = 'a0\n::error::forged.zip'

/** A repository whose object database lost seven blobs, one of them under a path with a line break. */
function damagedRepo(): TestRepo {
  const repo = TestRepo.init()
  const lost = ['a1.bin', 'a2.bin', 'a3.bin', 'a4.bin', 'a5.bin', 'a6.bin', HOSTILE]
  repo.commit('files', {
    'kept.env': `OPENAI_ADMIN_KEY=${canary}\n`,
    ...Object.fromEntries(lost.map((name, i) => [name, `lost ${i}\n`]))
  })
  for (const name of lost) {
    const oid = repo.git('rev-parse', `HEAD:${name}`)
    rmSync(path.join(repo.dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)))
  }
  return repo
}

/** The one line, whatever form the escaped path takes (git quotes it whole): count, first paths, what to do. */
const WARNING = new RegExp(
  '^7 git objects could not be read \\(a partial or damaged clone\\) and were not scanned: ' +
    '[^\\n]*a0[^\\n]*::error::forged\\.zip"?, a1\\.bin, a2\\.bin, a3\\.bin, a4\\.bin and 2 more\\. ' +
    'Fetch the missing objects \\(clone again without --filter\\) or find the damage with git fsck; ' +
    'everything else was scanned\\.$'
)

describe('objects that could not be read', () => {
  it('are one warning line on the CLI’s stderr, and not repeated in the report', () => {
    const repo = damagedRepo()
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', '--history'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH }
    })
    expect(run.status).toBe(1)
    const lines = run.stderr.split('\n')
    expect(lines).toHaveLength(2) // one line and its newline
    expect(lines[0]).toMatch(/^warning: /)
    expect(lines[0]!.replace(/^warning: /, '')).toMatch(WARNING)
    expect(lines[1]).toBe('')
    expect(run.stdout).not.toMatch(/could not be read|a1\.bin|forged/)
    expect(run.stdout).toMatch(/^LEAK {2}kept\.env:1:18 /m)
    expect(run.stdout + run.stderr).not.toContain(canary)
  })

  it('are one warning annotation in the action, said once more in the job summary', async () => {
    const repo = damagedRepo()
    const run = await runAction({
      workspace: repo.dir,
      inputs: { scope: 'history' },
      event: { name: 'schedule', payload: {} }
    })
    expect(run.status).toBe(1)
    const warnings = run.stdout.split('\n').filter((line) => line.includes('could not be read'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.replace(/^::warning::/, '')).toMatch(WARNING)
    expect(run.stdout).not.toMatch(/^::error::forged/m)
    expect(run.summary.split('could not be read')).toHaveLength(2)
    expect(run.summary).toContain('a4.bin and 2 more')
    expect(run.all).not.toContain(canary)
  })

  it('name a path with control characters escaped, so that the warning stays one line', () => {
    const warning = unreadableWarning({ objects: 2, paths: [HOSTILE, 'right\u202eleft.txt'] })
    expect(warning).toMatch(/: \S*a0\S*::error::forged\.zip\S*, \S*right\S*left\.txt\S*\. Fetch/)
    expect(warning).not.toMatch(/[\n\r\u202e]/)
    expect(unreadableWarning({ objects: 1, paths: [] })).toMatch(
      /^1 git object could not be read \(a partial or damaged clone\) and was not scanned\. Fetch/
    )
  })
})
