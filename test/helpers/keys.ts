// Synthetic OpenAI-shaped keys, made at run time so the repository never holds a key-shaped string.
import type { ShapeName } from '../../src/scan/types.js'

export const MARKER = ['T3Bl', 'bkFJ'].join('')
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'

/** A small deterministic PRNG (mulberry32) so that every test run sees the same keys. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomChars(n: number, alphabet: string, rand: () => number): string {
  let s = ''
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)]
  return s
}

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
