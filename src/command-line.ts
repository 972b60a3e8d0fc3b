import sodium from 'libsodium-wrappers'
await sodium.ready
console.log('cli', sodium.crypto_box_keypair().publicKey.length)
