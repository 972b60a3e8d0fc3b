import sodium from 'libsodium-wrappers'
import { describe, expect, it } from 'vitest'
import { sealSecret } from '../src/crypto/seal.js'
import { makeKey } from './helpers/keys.js'

const ORIGINAL = (): typeof sodium.base64_variants.ORIGINAL => sodium.base64_variants.ORIGINAL

async function keyPair(): Promise<{ publicKey: Uint8Array; privateKey: Uint8Array; publicBase64: string }> {
  await sodium.ready
  const pair = sodium.crypto_box_keypair()
  return { ...pair, publicBase64: sodium.to_base64(pair.publicKey, ORIGINAL()) }
}

function open(sealedBase64: string, pair: { publicKey: Uint8Array; privateKey: Uint8Array }): string {
  const sealed = sodium.from_base64(sealedBase64, ORIGINAL())
  return sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.privateKey))
}

describe('sealSecret', () => {
  it('produces a sealed box that the holder of the private key opens to the value', async () => {
    const pair = await keyPair()
    const value = makeKey('service-account', 3)
    const sealed = await sealSecret(value, pair.publicBase64)
    expect(open(sealed, pair)).toBe(value)
  })

  it('uses base64 ORIGINAL (no URL-safe characters) and never contains the value', async () => {
    const pair = await keyPair()
    const value = makeKey('project', 4)
    for (let i = 0; i < 20; i++) {
      const sealed = await sealSecret(value, pair.publicBase64)
      expect(sealed).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
      expect(sealed).not.toContain(value)
    }
  })

  it('is randomized: two seals of the same value differ', async () => {
    const pair = await keyPair()
    const value = makeKey('legacy', 5)
    expect(await sealSecret(value, pair.publicBase64)).not.toBe(await sealSecret(value, pair.publicBase64))
  })

  it('cannot be opened with another key pair', async () => {
    const pair = await keyPair()
    const other = await keyPair()
    const sealed = await sealSecret('hello', pair.publicBase64)
    expect(() => open(sealed, other)).toThrow()
  })
})
