import { ConfigurationError } from '../errors.js'
import type { Logger } from '../logger.js'
import { rotate, type RotateResult } from '../rotate/index.js'
import type { Settings } from '../settings.js'

/** `command: rotate`: a scheduled run rotates when the key is old enough; anything else was asked for by hand. */
export async function rotateCommand(settings: Settings, logger: Logger): Promise<RotateResult> {
  const { owner, repo } = settings.github
  if (!settings.rotate) throw new ConfigurationError("Input 'openai-admin-key' is required to rotate.")
  if (!owner || !repo) {
    throw new ConfigurationError(
      'GITHUB_REPOSITORY is not set: rotation needs the owner/repo whose secret it writes.'
    )
  }
  if (!settings.github.token) {
    throw new ConfigurationError(
      "Input 'github-token' is empty: rotation needs a GitHub App token or fine-grained PAT with Secrets, Variables, Actions and Issues: write."
    )
  }
  return rotate({
    settings: settings.rotate,
    github: {
      token: settings.github.token,
      apiUrl: settings.github.apiUrl,
      serverUrl: settings.github.serverUrl,
      owner,
      repo
    },
    openaiBaseUrl: settings.openaiBaseUrl,
    trigger: settings.github.eventName === 'schedule' ? 'schedule' : 'manual',
    run: settings.github.run,
    logger
  })
}
