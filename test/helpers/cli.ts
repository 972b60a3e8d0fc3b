// Runs the committed CLI bundle as users and git hooks run it: a fresh process, only PATH in its environment.
import { spawn, spawnSync } from 'node:child_process'
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

/** The CLI with `env` on top of PATH, asynchronously: an emulator it talks to can answer from this process. */
export function cliAsync(
  args: string[],
  env: Record<string, string>,
  cwd = ROOT
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })))
}
