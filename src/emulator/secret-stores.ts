// GitHub's secret stores: one real libsodium key pair per store, so the emulator decrypts what clients seal.
import sodium from 'libsodium-wrappers'

export interface StoredSecret {
  value: string
  createdAt: number
  updatedAt: number
  visibility?: 'all' | 'private' | 'selected'
  selectedRepositoryIds?: number[]
}

export interface SecretStore {
  keyId: string
  /** base64 (ORIGINAL variant), as GitHub serves it. */
  publicKey: string
  open(sealedBase64: string): string | undefined
  secrets: Map<string, StoredSecret>
}

/** GitHub stores secret names upper-cased and matches them case-insensitively. */
export function secretName(name: string): string {
  return name.toUpperCase()
}

/** Scopes: 'repo', `env:NAME`, `org:ORG`, 'dependabot'. Call after `await sodium.ready`. */
export class SecretStores {
  private readonly stores = new Map<string, SecretStore>()

  constructor(
    private readonly seed: number,
    private readonly keyId: () => string
  ) {}

  get(scope: string): SecretStore {
    let store = this.stores.get(scope)
    if (!store) {
      // Seeded key pairs keep runs reproducible; the seed never leaves the emulator.
      const pair = sodium.crypto_box_seed_keypair(
        sodium.crypto_generichash(32, `${this.seed}:${scope}`, null)
      )
      store = {
        keyId: this.keyId(),
        publicKey: sodium.to_base64(pair.publicKey, sodium.base64_variants.ORIGINAL),
        open: (sealed) => {
          try {
            const box = sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL)
            return sodium.to_string(sodium.crypto_box_seal_open(box, pair.publicKey, pair.privateKey))
          } catch {
            return undefined
          }
        },
        secrets: new Map()
      }
      this.stores.set(scope, store)
    }
    return store
  }

  /** Seals under the store's public key and opens it again: what a human setting it in the UI amounts to. */
  plant(scope: string, name: string, value: string, now: number): void {
    const store = this.get(scope)
    const publicKey = sodium.from_base64(store.publicKey, sodium.base64_variants.ORIGINAL)
    const sealed = sodium.to_base64(sodium.crypto_box_seal(value, publicKey), sodium.base64_variants.ORIGINAL)
    const opened = store.open(sealed)
    if (opened === undefined) throw new Error(`emulator: could not open a secret sealed for ${scope}`)
    const previous = store.secrets.get(secretName(name))
    store.secrets.set(secretName(name), {
      ...previous,
      value: opened,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(scope.startsWith('org:') && !previous ? { visibility: 'private' as const } : {})
    })
  }
}
