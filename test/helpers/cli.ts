// Runs the committed CLI bundle as users and git hooks run it: a fresh process, only PATH in its environment.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { ROOT } from './runner.js'

export const CLI = path.join(ROOT, 'dist/cli.js')

export function cli(
  cwd: string,
  args: string[],
  input?: string
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH }
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}
