import sodium from 'libsodium-wrappers'

/**
 * Encrypts a secret for GitHub's secrets API: an anonymous sealed box (`crypto_box_seal`) under the store's
 * public key, both sides in base64 ORIGINAL (GitHub rejects URL-safe base64).
 */
export async function sealSecret(value: string, publicKeyBase64: string): Promise<string> {
  await sodium.ready
  const publicKey = sodium.from_base64(publicKeyBase64, sodium.base64_variants.ORIGINAL)
  const sealed = sodium.crypto_box_seal(sodium.from_string(value), publicKey)
  return sodium.to_base64(sealed, sodium.base64_variants.ORIGINAL)
}
