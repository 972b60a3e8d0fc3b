// Credentials and ids the emulator hands out: real shapes, made at run time from a seed so runs repeat.

/** The marker every OpenAI key carries, split so that no source file holds a key-shaped string. */
export const MARKER = ['T3Bl', 'bkFJ'].join('')

/** A small deterministic PRNG (mulberry32) so that seeded runs see the same ids and keys. */
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

const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
const ALNUM = URLSAFE.slice(0, 62)

export class IdSource {
  private readonly rand: () => number

  constructor(seed: number) {
    this.rand = seeded(seed)
  }

  serviceAccountKey(): string {
    return 'sk-svcacct-' + randomChars(74, URLSAFE, this.rand) + MARKER + randomChars(74, URLSAFE, this.rand)
  }

  adminKey(): string {
    return 'sk-admin-' + randomChars(58, URLSAFE, this.rand) + MARKER + randomChars(58, URLSAFE, this.rand)
  }

  /** User keys are project keys (`sk-proj-`), the shape people create in the dashboard. */
  userKey(): string {
    return 'sk-proj-' + randomChars(74, URLSAFE, this.rand) + MARKER + randomChars(74, URLSAFE, this.rand)
  }

  githubToken(): string {
    return 'ghs_' + randomChars(36, ALNUM, this.rand)
  }

  /** OpenAI object ids: `key_…`, `svc_acct_…`, `user-…`. */
  openaiId(prefix: string): string {
    return prefix + randomChars(16, ALNUM, this.rand)
  }

  /** GitHub public key ids are long decimal strings. */
  publicKeyId(): string {
    return String(1 + Math.floor(this.rand() * 9)) + randomChars(17, '0123456789', this.rand)
  }

  nodeId(prefix: string): string {
    return prefix + '_' + randomChars(16, ALNUM, this.rand)
  }

  sha(): string {
    return randomChars(40, '0123456789abcdef', this.rand)
  }
}

/** OpenAI's `redacted_value` as real responses show it: first 8, `*` for the middle, last 4, full length. */
export function redactedValue(key: string): string {
  return key.slice(0, 8) + '*'.repeat(Math.max(0, key.length - 12)) + key.slice(-4)
}
