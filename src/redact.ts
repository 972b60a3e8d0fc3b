const TAGS = ['sk-svcacct-', 'sk-service-', 'sk-admin-', 'sk-proj-', 'sk-None-']

/** The display form of a key: its tag, two characters, an ellipsis and the last four (`sk-proj-Ab…9xQA`). */
export function redact(key: string): string {
  const tag = TAGS.find((t) => key.startsWith(t)) ?? (key.startsWith('sk-') ? 'sk-' : '')
  const body = key.slice(tag.length)
  if (body.length < 12) return `${tag}…`
  return `${tag}${body.slice(0, 2)}…${body.slice(-4)}`
}

/**
 * What redact() makes of a key: its tag, two characters, `…`, the last four. Anything longer in this field would
 * be key material that a forged report smuggles into a summary or an issue.
 */
export const REDACTED_FORM =
  /^(?:sk-(?:svcacct-|service-|admin-|proj-|None-)?)?(?:[A-Za-z0-9_-]{2}…[A-Za-z0-9_-]{4}|…)$/

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
 * and reports are scrubbed where no logger is at hand. A value shorter than a piece is kept whole. The pieces are
 * cut when a text is next scrubbed, not at each registration: a scan registers every key it finds, one after the
 * other, and only the last few matter.
 */
const known = {
  values: new Set<string>(),
  /** Registered after the PINNED first ones, oldest first. */
  recent: [] as string[],
  short: new Set<string>(),
  pieces: new Set<string>(),
  run: /(?!)/gu,
  stale: false
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
  if (known.values.size >= PINNED) known.recent.push(value)
  if (known.recent.length > MAX_PIECED - PINNED) known.values.delete(known.recent.shift()!)
  known.values.add(value)
  known.stale = true
}

/** Cuts every registered value into its pieces; only runs of characters that occur in a secret can hold one. */
function cutPieces(): void {
  known.pieces.clear()
  const alphabet = new Set<string>()
  for (const value of known.values) {
    for (let i = 0; i + SECRET_PIECE <= value.length; i++) known.pieces.add(value.slice(i, i + SECRET_PIECE))
    for (const c of value) alphabet.add(c)
  }
  known.run = new RegExp(`[${[...alphabet].map(classChar).join('')}]{${SECRET_PIECE},}`, 'gu')
  known.stale = false
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
  if (known.values.size === 0) return out
  if (known.stale) cutPieces()
  return out.replace(known.run, maskPieces)
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
