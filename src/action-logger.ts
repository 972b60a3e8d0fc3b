import * as core from '@actions/core'
import type { Logger } from './logger.js'
import { scrub } from './redact.js'

/** The runner's logger: workflow commands through @actions/core; masking is the runner's `::add-mask::`. */
export function actionLogger(): Logger {
  return {
    info: (message) => core.info(scrub(message)),
    debug: (message) => core.debug(scrub(message)),
    warning: (message, props) => core.warning(scrub(message), props ?? {}),
    error: (message, props) => core.error(scrub(message), props ?? {}),
    setSecret: (value) => {
      if (value) core.setSecret(value)
    }
  }
}
