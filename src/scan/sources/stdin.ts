import { keysIn, type SourceResult } from './common.js'

export const STDIN_PATH = '<stdin>'

/** Text piped in (a diff, a log, a paste): one buffer, one path. */
export function scanStdin(input: Buffer): SourceResult {
  const hits = keysIn(input).map(({ hit, inlineAllowed }) => ({
    hit,
    path: STDIN_PATH,
    order: 0,
    inlineAllowed,
    preExisting: false
  }))
  return { hits, stats: { commits: 0, blobs: 1, bytes: input.length }, unreadable: { objects: 0, paths: [] } }
}
