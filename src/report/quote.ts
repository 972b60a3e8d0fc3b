import { scrub } from '../redact.js'

// How paths and messages are printed on a terminal or in a workflow log. A repository names its files: a name can
// hold an escape sequence (it would drive the terminal) or a line break followed by `::add-mask::…` (it would be a
// workflow command when the CLI runs in a `run:` step). Printed text is escaped the way git quotes paths
// (quote_c_style): `\n`, `\t`, `\"`, `\\`, other bytes in octal (`\033`), the whole path in double quotes.

const NAMED: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '"': '\\"',
  '\\': '\\\\'
}

/**
 * Characters no one should see raw: C0 and C1 controls and DEL (terminal escapes, line breaks), line and
 * paragraph separators, and the bidirectional overrides that make a name read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g')

/**
 * A byte of a name that is not UTF-8, kept as a lone surrogate (paths.ts). The u flag: the low half of a real
 * surrogate pair is part of a character and never matches.
 */
const STRAY_BYTE = /[\udc80-\udcff]/u
const STRAY_BYTES = /[\udc80-\udcff]/gu
const strayOctal = (c: string): string => `\\${(c.charCodeAt(0) - 0xdc00).toString(8)}`

const octal = (c: string): string =>
  [...Buffer.from(c, 'utf8')].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('')

const escapeChar = (c: string): string => NAMED[c] ?? octal(c)

/**
 * The runner's legacy command syntax `##[name]data` works anywhere in a line, not only at its start; breaking the
 * `##[` (as `#\043[`, what git's octal escape of `#` reads as) keeps a name from carrying one.
 */
const breakLegacy = (text: string): string => text.replace(/##\[/g, '#\\043[')

/**
 * A path as git prints it with core.quotePath=false: as is when it is plain, else in double quotes with C escapes.
 * Unlike git, also quotes separators, bidirectional overrides and `##[`.
 */
export function quotePath(path: string): string {
  if (!UNSAFE.test(path) && !STRAY_BYTE.test(path) && !/["\\]/.test(path) && !path.includes('##['))
    return path
  const escaped = path.replace(/["\\]/g, escapeChar).replace(UNSAFE_ALL, escapeChar)
  return `"${breakLegacy(escaped.replace(STRAY_BYTES, strayOctal))}"`
}

/** A path as every report shows it: quoted as above, and any key or known secret in it redacted. */
export function displayPath(path: string): string {
  return scrub(quotePath(path))
}

/**
 * One line of a message, safe to print: control characters escaped (so nothing after it starts a new line), no
 * `##[`, and no `::` at its start (the runner reads `::name::data` there, after any leading spaces).
 */
export function printable(text: string): string {
  const line = breakLegacy(text.replace(UNSAFE_ALL, escapeChar).replace(STRAY_BYTES, strayOctal))
  return /^\s*::/.test(line) ? line.replace('::', ':\\072') : line
}
