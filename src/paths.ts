// File names are bytes: git keeps them as they are, and so does every read. In memory a path is a string: UTF-8
// where the name is UTF-8, and each byte that is not part of a valid UTF-8 character kept as a lone surrogate
// U+DC80–U+DCFF (Python's "surrogateescape", PEP 383). Nothing is lost, two names never become one, and reports
// show such a byte in octal, as git does (report/quote.ts).

const strict = new TextDecoder('utf-8', { fatal: true })

/** Length of the UTF-8 sequence that a lead byte announces (0 for a byte that cannot start one). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/** The character at `at` when the bytes there are one valid UTF-8 character of two or more bytes. */
function characterAt(bytes: Uint8Array, at: number): string | undefined {
  const length = sequenceLength(bytes[at] as number)
  if (length === 0 || at + length > bytes.length) return undefined
  try {
    return strict.decode(bytes.subarray(at, at + length))
  } catch {
    return undefined
  }
}

/** A name's bytes as a path string: UTF-8, with each stray byte as a lone surrogate. */
export function pathFromBytes(name: Uint8Array): string {
  try {
    return strict.decode(name)
  } catch {
    // not UTF-8 throughout: byte by byte below
  }
  let out = ''
  for (let at = 0; at < name.length;) {
    const byte = name[at] as number
    const character = byte >= 0x80 ? characterAt(name, at) : undefined
    if (character !== undefined) {
      out += character
      at += Buffer.byteLength(character)
    } else {
      out += String.fromCharCode(byte < 0x80 ? byte : 0xdc00 + byte)
      at++
    }
  }
  return out
}

/** A path from git's `-z` output decoded as latin1 (one character per byte, so nothing is lost). */
export function gitPath(latin1: string): string {
  // ASCII (nearly every name) is the same in latin1 and UTF-8.
  // eslint-disable-next-line no-control-regex -- any ASCII byte, controls included
  return /^[\x00-\x7f]*$/.test(latin1) ? latin1 : pathFromBytes(Buffer.from(latin1, 'latin1'))
}
