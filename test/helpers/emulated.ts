// The emulator as the bundle-level tests use it: one per test, closed after it, and a test fails when the
// emulator saw a request or response that breaks the official API descriptions.
import { afterEach, expect } from 'vitest'
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/index.js'
import { cleanupTempDirs, tempDir } from './git.js'
import type { RunnerOptions } from './runner.js'

const open: Emulator[] = []

afterEach(async () => {
  cleanupTempDirs()
  for (const e of open.splice(0)) {
    await e.close()
    expect(e.violations()).toEqual([])
  }
})

/** Starts an emulator for the running test (smoke runs take 200 ms unless told otherwise). */
export async function emulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const e = await startEmulator({ smokeRunMs: 200, ...options })
  open.push(e)
  return e
}

/** `command: rotate` of the emulator's OPENAI_API_KEY, as a workflow_dispatch run with these inputs on top. */
export function rotation(
  e: Emulator,
  currentKey: string,
  inputs: Record<string, string> = {}
): RunnerOptions {
  return {
    workspace: tempDir(),
    event: { name: 'workflow_dispatch', payload: { inputs: {} } },
    env: { GITHUB_API_URL: e.githubUrl, OPENAI_BASE_URL: e.openaiUrl },
    inputs: {
      command: 'rotate',
      'github-token': e.token,
      'openai-admin-key': e.adminKey,
      'openai-project-id': e.projectId,
      'current-key': currentKey,
      ...inputs
    }
  }
}
