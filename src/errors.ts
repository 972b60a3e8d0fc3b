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
