// Synthetic OpenAI-shaped keys, made at run time so the repository never holds a key-shaped string.
import { MARKER, randomChars, seeded } from '../../src/emulator/keys.js'
import type { ShapeName } from '../../src/scan/types.js'

export { MARKER, randomChars, seeded }

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'

/** Prefix, segment length and alphabet of each known shape. */
export const SHAPES: Record<
  Exclude<ShapeName, 'openai-key'>,
  { prefix: string; half: number; alphabet: string }
> = {
  legacy: { prefix: 'sk-', half: 20, alphabet: ALNUM },
  'project-legacy': { prefix: 'sk-proj-', half: 20, alphabet: ALNUM },
  project: { prefix: 'sk-proj-', half: 74, alphabet: URLSAFE },
  'service-account': { prefix: 'sk-svcacct-', half: 74, alphabet: URLSAFE },
  admin: { prefix: 'sk-admin-', half: 58, alphabet: URLSAFE },
  none: { prefix: 'sk-None-', half: 74, alphabet: URLSAFE },
  service: { prefix: 'sk-service-build-bot-', half: 20, alphabet: ALNUM }
}

/** A key of the given shape. Different seeds give different keys; the same seed the same key. */
export function makeKey(shape: Exclude<ShapeName, 'openai-key'>, seed = 1): string {
  const { prefix, half, alphabet } = SHAPES[shape]
  const rand = seeded(seed * 7919 + prefix.length)
  return prefix + randomChars(half, alphabet, rand) + MARKER + randomChars(half, alphabet, rand)
}
