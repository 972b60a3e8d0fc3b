// A server that echoes credentials in its error body, prefixes stripped: what scrubbing by value must catch.
import { expect } from 'vitest'
import type { Emulator } from '../../src/emulator/index.js'

/** Makes every secret write answer 422 with a body holding the token and both keys without their prefixes. */
export function echoSecretsOnWrite(emu: Emulator, currentKey: string): void {
  const echoed = [
    emu.token.slice('ghs_'.length),
    currentKey.slice('sk-svcacct-'.length),
    emu.adminKey.slice(9)
  ]
  emu.fault({
    api: 'github',
    method: 'PUT',
    path: '/repos/:owner/:repo/actions/secrets/:name',
    status: 422,
    body: {
      message: `Invalid request for ${echoed.join(' and ')}`,
      documentation_url: 'https://docs.github.com'
    }
  })
}

/** What the failure says once scrubbed: the server's words, each secret replaced by `***`. */
export const SCRUBBED_ECHO = /\(422\): Invalid request for \*\*\* and \*\*\* and \*\*\*/

/** No 20-character piece of any secret (checked every 5 characters) is in `text`. */
export function expectNoPieces(text: string, secrets: readonly string[]): void {
  for (const secret of secrets) {
    for (let i = 0; i + 20 <= secret.length; i += 5) expect(text).not.toContain(secret.slice(i, i + 20))
  }
}
