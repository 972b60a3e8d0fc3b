import { fingerprint, redact } from '../../src/redact.js'
import type { Finding } from '../../src/scan/types.js'
import { makeKey } from './keys.js'

/** A finding as the scanner would make it for a synthetic key; returns the raw key too, for canary checks. */
export function makeFinding(
  seed: number,
  overrides: Partial<Finding> = {}
): { finding: Finding; key: string } {
  const key = makeKey('project', seed)
  return {
    key,
    finding: {
      path: `config/app-${seed}.env`,
      line: seed,
      column: 16,
      commit: `${seed}`.padStart(40, 'a'),
      authorDate: '2026-11-01T10:00:00Z',
      shape: 'project',
      encoding: 'plain',
      redacted: redact(key),
      fingerprint: fingerprint(key),
      status: 'introduced',
      ...overrides
    }
  }
}
