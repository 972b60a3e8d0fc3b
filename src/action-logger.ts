import * as core from '@actions/core'
import type { Logger } from './logger.js'
import { registerSecret, scrub } from './redact.js'
import { printable } from './report/quote.js'

/** Scrubbed, and one line that cannot be a workflow command: `core.info` writes its message as is. */
const safe = (message: string): string => printable(scrub(message))

/**
 * The runner's logger: workflow commands through @actions/core. The runner masks what `::add-mask::` names;
 * the same secrets are registered for scrub, which also catches them without their prefix or in pieces.
 */
export function actionLogger(): Logger {
  return {
    info: (message) => core.info(safe(message)),
    debug: (message) => core.debug(safe(message)),
    warning: (message, props) => core.warning(safe(message), props ?? {}),
    error: (message, props) => core.error(safe(message), props ?? {}),
    setSecret: (value) => {
      if (!value) return
      core.setSecret(value)
      registerSecret(value)
    }
  }
}
