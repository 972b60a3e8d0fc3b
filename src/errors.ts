import { printable } from './report/quote.js'
import { registerSecret, scrub } from './redact.js'

/** The user's fault: a wrong input, a missing file, a ref that does not exist. The message says what to fix. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/** GitHub or OpenAI refused for lack of a permission; the message names it (e.g. "Secrets: write"). */
export class PermissionError extends ConfigurationError {
  override name = 'PermissionError'
  constructor(
    message: string,
    readonly permission: string
  ) {
    super(message)
  }
}

/**
 * A secret input (a token or key), registered so that every later text is scrubbed of it. A line break inside is
 * refused: the runner masks a secret line by line in the log, so a two-line value would print in pieces, and
 * HTTP refuses it in a header. The message names the input, never the value.
 */
export function secretInput(name: string, value: string): string {
  const trimmed = value.trim()
  registerSecret(trimmed)
  if (/[\r\n]/.test(trimmed)) {
    throw new ConfigurationError(
      `${name} holds a line break: a token or key is one line, so store the value alone, without the text around it.`
    )
  }
  return trimmed
}

/**
 * The one line a failed run prints. The user's errors say what to fix; anything else is a bug of ours and says
 * so. Every message is scrubbed: an error from a library may quote a request that carried a key.
 */
export function errorMessage(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim()
  const safe = printable(scrub(text))
  return error instanceof ConfigurationError
    ? safe
    : `Unexpected error: ${safe} (a bug in openai-key-guard: please report it)`
}
