const TAGS = ['sk-svcacct-', 'sk-service-', 'sk-admin-', 'sk-proj-', 'sk-None-']

/** The display form of a key: its tag, two characters, an ellipsis and the last four (`sk-proj-Ab…9xQA`). */
export function redact(key: string): string {
  const tag = TAGS.find((t) => key.startsWith(t)) ?? (key.startsWith('sk-') ? 'sk-' : '')
  const body = key.slice(tag.length)
  if (body.length < 12) return `${tag}…`
  return `${tag}${body.slice(0, 2)}…${body.slice(-4)}`
}

/** SHA-256 of `text`, hex. node:crypto loads on the first call: a scan that finds nothing never pays for it. */
export function sha256(text: string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex')
}

/** SHA-256 of the key, hex: what baselines and allow-lists store instead of the key. */
export function fingerprint(key: string): string {
  return sha256(key)
}

const SECRET_LIKE = /sk-[A-Za-z0-9_-]{16,}|\bgh[pousr]_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/g

/**
 * Any run of this many characters of a known secret is removed: enough to leave nothing usable (a GitHub token
 * has 36 random characters, a key 40 or more), short enough to catch a secret echoed without its `sk-` or `ghs_`
 * prefix, cut short, or wrapped.
 */
export const SECRET_PIECE = 20

/**
 * How many secrets are kept as pieces: the first few registered (the inputs) for the whole run, then the latest
 * ones (a key a rotation just created). A history scan may find thousands of keys; their shape already catches
 * them, and memory stays bounded.
 */
const PINNED = 8
const MAX_PIECED = 64

/**
 * The secrets this process knows (inputs, keys it found or created): kept here, not in a logger, because errors
 * and reports are scrubbed where no logger is at hand. A value shorter than a piece is kept whole.
 */
const known = {
  values: new Set<string>(),
  short: new Set<string>(),
  /** piece → how many registered values hold it */
  pieces: new Map<string, number>(),
  alphabet: new Set<string>(),
  run: /(?!)/gu
}

function piecesOf(value: string): string[] {
  const pieces: string[] = []
  for (let i = 0; i + SECRET_PIECE <= value.length; i++) pieces.push(value.slice(i, i + SECRET_PIECE))
  return pieces
}

function forget(value: string): void {
  known.values.delete(value)
  for (const piece of piecesOf(value)) {
    const count = (known.pieces.get(piece) ?? 1) - 1
    if (count > 0) known.pieces.set(piece, count)
    else known.pieces.delete(piece)
  }
}

const classChar = (c: string): string => (/[\\\][^-]/.test(c) ? `\\${c}` : c)

/**
 * Makes `scrub` remove `value` and every piece of it from any text from now on. Wherever a secret is masked for
 * the runner (`core.setSecret`), it is registered here too.
 */
export function registerSecret(value: string): void {
  if (!value || known.values.has(value) || known.short.has(value)) return
  if (value.length < SECRET_PIECE) {
    known.short.add(value)
    return
  }
  if (known.values.size >= MAX_PIECED) forget([...known.values][PINNED]!)
  known.values.add(value)
  for (const piece of piecesOf(value)) known.pieces.set(piece, (known.pieces.get(piece) ?? 0) + 1)
  // Only runs of characters that occur in some secret can hold a piece: the rest of a text is never sliced.
  const size = known.alphabet.size
  for (const c of value) known.alphabet.add(c)
  if (known.alphabet.size !== size) {
    known.run = new RegExp(`[${[...known.alphabet].map(classChar).join('')}]{${SECRET_PIECE},}`, 'gu')
  }
}

/** Replaces every piece of a known secret inside `run` (overlapping pieces join) with `***`. */
function maskPieces(run: string): string {
  const hidden = new Uint8Array(run.length)
  let any = false
  for (let i = 0; i + SECRET_PIECE <= run.length; i++) {
    if (!known.pieces.has(run.slice(i, i + SECRET_PIECE))) continue
    hidden.fill(1, i, i + SECRET_PIECE)
    any = true
  }
  if (!any) return run
  let out = ''
  for (let i = 0; i < run.length; i++) {
    if (!hidden[i]) out += run[i]
    else if (!hidden[i - 1]) out += '***'
  }
  return out
}

/** Removes every registered secret: short ones whole, the others by their pieces (which cover the whole). */
function maskKnown(text: string): string {
  let out = text
  for (const value of known.short) if (out.includes(value)) out = out.split(value).join('***')
  return known.values.size === 0 ? out : out.replace(known.run, maskPieces)
}

/**
 * Replaces anything that looks like an OpenAI key or a GitHub token with its redacted form, then removes every
 * secret this process knows, with or without its prefix, whole or in pieces. Every message that leaves the
 * program (errors above all) passes through here.
 */
export function scrub(text: string): string {
  return maskKnown(
    text.replace(SECRET_LIKE, (match) => (match.startsWith('sk-') ? redact(match) : `${match.slice(0, 4)}…`))
  )
}
