// Runs the committed bundle the way the GitHub Actions runner does: inputs as INPUT_* variables (hyphens kept,
// upper-cased), the event JSON at GITHUB_EVENT_PATH, outputs and the job summary written to files.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect } from 'vitest'

const MASK_LINE = /^::add-mask::(.*)$/gm

/** The inputs whose values are credentials: the run must have the runner mask each one it is given. */
const SECRET_INPUT_NAMES = ['github-token', 'openai-admin-key', 'current-key']

export const ROOT = path.resolve(import.meta.dirname, '../..')

export interface RunnerResult {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  /**
   * Everything the run wrote anywhere, for canary checks, except the `::add-mask::` commands: the runner consumes
   * those (they are how it learns what to mask) and never shows them.
   */
  all: string
  /** The values the run asked the runner to mask. */
  masked: string[]
  /** The values of the credential inputs this run was given. */
  secretInputs: string[]
}

export interface RunnerOptions {
  entry?: string
  inputs: Record<string, string>
  event?: { name: string; payload: unknown }
  workspace: string
  env?: Record<string, string>
  /** Sees the child process as soon as it is spawned (a test may SIGKILL it mid-run). */
  onSpawn?: (child: ChildProcess) => void
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM` … `DELIM`, or `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i] ?? '')
      outputs[name!] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

export async function runAction(options: RunnerOptions): Promise<RunnerResult> {
  const temp = mkdtempSync(path.join(tmpdir(), 'okg-runner-'))
  const files = {
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary.md'),
    event: path.join(temp, 'event.json')
  }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  writeFileSync(files.event, JSON.stringify(options.event?.payload ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.event?.name ?? 'push',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'octo-org/service',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const entry = options.entry ?? path.join(ROOT, 'dist/index.js')
  const child = spawn(process.execPath, [entry], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  options.onSpawn?.(child)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const outputText = readFileSync(files.output, 'utf8')
  const summary = readFileSync(files.summary, 'utf8')
  let sarif = ''
  try {
    sarif = readFileSync(path.join(temp, 'openai-key-guard.sarif'), 'utf8')
  } catch {
    // no SARIF written (rotate, or an error before the report)
  }
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(outputText),
    summary,
    all: [stdout.replace(MASK_LINE, ''), stderr, outputText, summary, sarif].join('\n'),
    masked: [...stdout.matchAll(MASK_LINE)].map((m) => m[1] ?? ''),
    secretInputs: SECRET_INPUT_NAMES.flatMap((name) => options.inputs[name] || [])
  }
}

/**
 * Every credential input of the run and every other secret named (keys it found, keys it made) was handed to the
 * runner's masking (`::add-mask::`), and none shows anywhere the runner shows or keeps. Masking is asserted on
 * its own because the logger's redaction of key-shaped text would hide a missing mask from a leak check.
 */
export function expectMasked(run: RunnerResult, ...secrets: string[]): void {
  const expected = [...new Set([...run.secretInputs, ...secrets])]
  expect(expected.length).toBeGreaterThan(0)
  const unmasked = expected.flatMap((value, i) => (run.masked.includes(value) ? [] : [`secret #${i + 1}`]))
  expect(unmasked, 'secrets without ::add-mask::').toEqual([])
  const shown = expected.flatMap((value, i) => (run.all.includes(value) ? [`secret #${i + 1}`] : []))
  expect(shown, 'secrets shown in the output').toEqual([])
}
