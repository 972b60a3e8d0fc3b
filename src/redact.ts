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
 * Replaces anything that looks like an OpenAI key or a GitHub token with its redacted form.
 * Every message that leaves the program (errors above all) passes through here.
 */
export function scrub(text: string): string {
  return text.replace(SECRET_LIKE, (match) =>
    match.startsWith('sk-') ? redact(match) : `${match.slice(0, 4)}…`
  )
}
