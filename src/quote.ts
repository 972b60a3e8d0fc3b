// File names are bytes: git keeps them as they are, and so does every read. People and reports see them the way
// git shows them: as they are when they are printable UTF-8 (core.quotePath=false), else in double quotes with
// C escapes, and each byte that is not part of a valid UTF-8 character in octal (as git's default shows them).

const ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\'
}

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

const needsQuoting = (byte: number): boolean => byte < 0x20 || byte === 0x7f || byte === 0x22 || byte === 0x5c

/** A path as git shows it: plain when it is printable UTF-8, else quoted with C escapes. */
export function quotePath(path: Uint8Array): string {
  const bytes = Buffer.from(path.buffer, path.byteOffset, path.byteLength)
  if (!bytes.some(needsQuoting)) {
    try {
      return strict.decode(bytes)
    } catch {
      // not UTF-8: quoted below
    }
  }
  let out = '"'
  for (let at = 0; at < bytes.length;) {
    const byte = bytes[at] as number
    if (byte >= 0x80) {
      const character = characterAt(bytes, at)
      if (character !== undefined) {
        out += character
        at += Buffer.byteLength(character)
        continue
      }
    }
    if (ESCAPES[byte] !== undefined) out += ESCAPES[byte]
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`
    else out += String.fromCharCode(byte)
    at++
  }
  return out + '"'
}

/** Printable ASCII but for `"` and `\`: the names that git shows as they are, and that are the most common. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/**
 * A path from git's `-z` output decoded as latin1 (one character per byte, so nothing is lost and two names
 * never become one), as git shows it.
 */
export function gitPath(latin1: string): string {
  return PLAIN.test(latin1) ? latin1 : quotePath(Buffer.from(latin1, 'latin1'))
}
