// Shared set-up for rotation tests: an emulator with a live "current key" in the secret, options pointing at it,
// and a canary that fails when any credential shows up in what the run said.
import { afterEach, expect } from 'vitest'
import { consoleLogger, type Logger } from '../../src/logger.js'
import type { RotateOptions } from '../../src/rotate/index.js'
import type { RotateSettings } from '../../src/settings.js'
import { type Emulator, type EmulatorOptions, startEmulator } from '../../src/emulator/index.js'
import { MARKER } from '../helpers/keys.js'

export interface World {
  emu: Emulator
  current: { id: string; key: string; keyId: string }
  lines: string[]
  logger: Logger
  /** Every credential the run must never print. */
  credentials(): string[]
}

export async function world(seed = 1, emulator: EmulatorOptions = {}): Promise<World> {
  const emu = await startEmulator({ seed, smokeRunMs: 40, ...emulator })
  const current = emu.seedServiceAccount('app-production')
  emu.setSecret('OPENAI_API_KEY', current.key)
  const lines: string[] = []
  return {
    emu,
    current,
    lines,
    logger: consoleLogger((line) => lines.push(line), true),
    credentials: () =>
      [current.key, emu.adminKey, emu.token, emu.secret('OPENAI_API_KEY')].filter((c): c is string => !!c)
  }
}

export function settings(w: World, over: Partial<RotateSettings> = {}): RotateSettings {
  return {
    adminKey: w.emu.adminKey,
    projectId: w.emu.projectId,
    secretName: 'OPENAI_API_KEY',
    targets: [{ kind: 'repo' }],
    currentKey: w.current.key,
    smokeWorkflows: ['smoke.yml'],
    smokeRef: 'main',
    smokeTimeoutMs: 10_000,
    maxAgeMs: 0,
    revoke: 'after-smoke',
    // The drain has its own tests; elsewhere the old key goes as soon as the smoke test passes.
    drainQuietMs: 0,
    drainWaitMs: 0,
    drainTimeoutMs: 7 * 86_400_000,
    issue: true,
    issueLabels: ['openai-key-rotation'],
    dryRun: false,
    ...over
  }
}

export function options(w: World, over: Partial<RotateOptions> = {}): RotateOptions {
  return {
    settings: settings(w),
    github: {
      token: w.emu.token,
      apiUrl: w.emu.githubUrl,
      serverUrl: `${w.emu.url}/web`,
      owner: 'octo-org',
      repo: 'service'
    },
    openaiBaseUrl: w.emu.openaiUrl,
    trigger: 'manual',
    logger: w.logger,
    pollMs: 20,
    ...over,
    testHooks: {
      githubWriteIntervalMs: 0,
      githubRetryBaseMs: 20,
      liveWaitMs: 2000,
      revokeConfirmMs: 2000,
      ...over.testHooks
    }
  }
}

/** Runs and returns the error (or undefined): failures are expected outcomes in these tests. */
export async function attempt<T>(run: () => Promise<T>): Promise<{ value?: T; error?: Error }> {
  try {
    return { value: await run() }
  } catch (error) {
    return { error: error as Error }
  }
}

/** No credential and no key-shaped text in the log lines, messages, issues and comments. */
export function expectNoLeak(w: World, ...texts: Array<string | undefined>): void {
  const everything = [
    ...w.lines,
    ...texts.filter((t): t is string => t !== undefined),
    ...w.emu.issues().flatMap((i) => [i.title, i.body, ...i.comments])
  ].join('\n')
  for (const credential of w.credentials()) expect(everything).not.toContain(credential)
  expect(everything).not.toContain(MARKER)
}

export function ourAccounts(w: World): Array<{ id: string; name: string; keyIds: string[] }> {
  return w.emu.serviceAccounts().filter((sa) => sa.name.startsWith('okg:octo-org/service:OPENAI_API_KEY:'))
}

export function writes(w: World): string[] {
  return w.emu
    .requests()
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.api} ${r.method} ${r.path}`)
}

/**
 * Closes each test's world after it, failing the test when the emulator saw a request or response that breaks
 * the official API descriptions. Returns the function that registers the world of the running test.
 */
export function closeAfterEach(): (w: World) => World {
  let current: World | undefined
  afterEach(async () => {
    if (!current) return
    const emu = current.emu
    current = undefined
    await emu.close()
    expect(emu.violations()).toEqual([])
  })
  return (w) => (current = w)
}
