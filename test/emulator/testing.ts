// Helpers for the emulator's own tests: real clients pointed at it, and sealing as GitHub's docs prescribe.
import { Octokit } from '@octokit/rest'
import { RequestError } from '@octokit/request-error'
import OpenAI from 'openai'
import sodium from 'libsodium-wrappers'
import type { Emulator } from '../../src/emulator/index.js'

export async function seal(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready
  const key = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL)
  return sodium.to_base64(sodium.crypto_box_seal(value, key), sodium.base64_variants.ORIGINAL)
}

export function github(emu: Emulator, token = emu.token): Octokit {
  const quiet = (): void => undefined
  return new Octokit({
    auth: token,
    baseUrl: emu.githubUrl,
    log: { debug: quiet, info: quiet, warn: quiet, error: quiet }
  })
}

/** The SDK sends `adminAPIKey` on admin routes and `apiKey` on the rest. */
export function openaiAdmin(
  emu: Emulator,
  adminAPIKey = emu.adminKey,
  options: { maxRetries?: number } = {}
): OpenAI {
  return new OpenAI({
    adminAPIKey,
    apiKey: null,
    baseURL: emu.openaiUrl,
    maxRetries: options.maxRetries ?? 0
  })
}

export function openaiWithKey(emu: Emulator, apiKey: string): OpenAI {
  return new OpenAI({ apiKey, baseURL: emu.openaiUrl, maxRetries: 0 })
}

export async function waitFor<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 5000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('waitFor: timed out')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** The RequestError an Octokit call fails with; anything else (or success) fails the test. */
export async function requestFailure(promise: Promise<unknown>): Promise<RequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  if (!(error instanceof RequestError)) throw new Error(`expected a RequestError, got ${String(error)}`)
  return error
}
