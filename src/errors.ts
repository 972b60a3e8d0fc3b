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
 * A service we call (GitHub, OpenAI) could not be reached or failed on its side (5xx). Neither the user's input
 * nor a bug of ours: the message says which service, what it answered, and that trying again is the fix.
 */
export class ServiceError extends Error {
  override name = 'ServiceError'
}

export interface Unreachable {
  /** `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_SOCKET`, `timed out`, … */
  reason: string
  /** `127.0.0.1:8080` or `api.example.com`, when the error says. */
  host?: string
}

/** The host (and port) of a URL, to name a server in a message without its path, query or credentials. */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host : undefined
  } catch {
    return undefined
  }
}

/**
 * Why a request got no answer at all, or undefined when it got one (or was never sent). fetch (undici) throws
 * `TypeError: fetch failed` whose cause holds the system error; Octokit and the openai SDK wrap that again.
 */
export function unreachable(error: unknown): Unreachable | undefined {
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 10; depth++) {
    const { name, message, cause } = e as { name?: unknown; message?: unknown; cause?: unknown }
    if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError') return { reason: 'timed out' }
    if (name === 'TypeError' && message === 'fetch failed') {
      const why = (cause ?? {}) as {
        code?: unknown
        message?: unknown
        hostname?: unknown
        address?: unknown
        port?: unknown
      }
      const reason =
        typeof why.code === 'string'
          ? why.code
          : typeof why.message === 'string'
            ? why.message
            : 'no connection'
      const host =
        typeof why.hostname === 'string'
          ? why.hostname
          : typeof why.address === 'string'
            ? `${why.address}${typeof why.port === 'number' ? `:${why.port}` : ''}`
            : undefined
      return { reason: scrub(reason), ...(host ? { host } : {}) }
    }
    e = cause
  }
  return undefined
}

/**
 * The one line a failed run prints. The user's errors say what to fix, a failing service says so; anything else is
 * a bug of ours and says so. Every message is scrubbed: an error from a library may quote a request that carried a key.
 */
export function errorMessage(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim()
  const safe = printable(scrub(text))
  if (error instanceof ConfigurationError || error instanceof ServiceError) return safe
  const failure = unreachable(error)
  if (failure) return printable(`Could not reach ${failure.host ?? 'the server'}: ${failure.reason}.`)
  return `Unexpected error: ${safe} (a bug in openai-key-guard: please report it)`
}
