import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Encoding, Finding, Hit } from './types.js'

export const DEFAULT_CONFIG = '.github/openai-key-guard.yml'
const INLINE_MARKERS = ['openai-key-guard:allow', 'gitleaks:allow']
const FINGERPRINT = /^[0-9a-f]{64}$/

export interface AllowConfig {
  paths: string[]
  fingerprints: string[]
}

export interface BaselineEntry {
  fingerprint: string
  path?: string
}

function plainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function stringList(file: string, name: string, value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    throw new ConfigurationError(`${file}: ${name} must be a list of strings.`)
  }
  return value.map((v: string) => v.trim())
}

function onlyKeys(file: string, where: string, value: Record<string, unknown>, allowed: string[]): void {
  const unknown = Object.keys(value).filter((k) => !allowed.includes(k))
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${file}: unknown key ${unknown.map((k) => `"${where}${k}"`).join(', ')} (allowed: ${allowed.map((k) => where + k).join(', ')}).`
    )
  }
}

/** Parses `.github/openai-key-guard.yml`: `allow: { paths: [globs], fingerprints: [sha256 hex] }`. */
export async function parseConfig(file: string, text: string): Promise<AllowConfig> {
  // The YAML parser is loaded only for a repository that has a config file: a scan without one starts faster.
  const { parse: parseYaml } = await import('yaml')
  let doc: unknown
  try {
    doc = parseYaml(text)
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0] ?? ''
    throw new ConfigurationError(`${file} is not valid YAML: ${reason}`)
  }
  if (doc === null || doc === undefined) return { paths: [], fingerprints: [] }
  if (!plainObject(doc)) throw new ConfigurationError(`${file} must be a mapping with an "allow" key.`)
  onlyKeys(file, '', doc, ['allow'])
  const allow = doc.allow ?? {}
  if (!plainObject(allow))
    throw new ConfigurationError(`${file}: allow must be a mapping (paths, fingerprints).`)
  onlyKeys(file, 'allow.', allow, ['paths', 'fingerprints'])
  const fingerprints = stringList(file, 'allow.fingerprints', allow.fingerprints).map((f) => f.toLowerCase())
  const bad = fingerprints.find((f) => !FINGERPRINT.test(f))
  if (bad !== undefined) {
    throw new ConfigurationError(
      `${file}: allow.fingerprints holds "${bad.slice(0, 80)}", which is not a SHA-256 in hex (64 characters).`
    )
  }
  return { paths: stringList(file, 'allow.paths', allow.paths), fingerprints }
}

/** The explicit config file, or the default one when present; an explicit file that is missing is an error. */
export async function loadConfig(cwd: string, file?: string): Promise<AllowConfig> {
  const target = path.resolve(cwd, file ?? DEFAULT_CONFIG)
  if (!file && !existsSync(target)) return { paths: [], fingerprints: [] }
  let text: string
  try {
    text = readFileSync(target, 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the config file ${file ?? DEFAULT_CONFIG}: ${(error as Error).message}`
    )
  }
  return parseConfig(file ?? DEFAULT_CONFIG, text)
}

/** Reads an earlier JSON report (`{ findings: [{ fingerprint, path? }] }`): the keys it lists are accepted. */
export function loadBaseline(cwd: string, file: string): BaselineEntry[] {
  let doc: unknown
  try {
    doc = JSON.parse(readFileSync(path.resolve(cwd, file), 'utf8'))
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the baseline ${file}: ${(error as Error).message.split('\n')[0] ?? ''}`
    )
  }
  const findings = plainObject(doc) ? doc.findings : undefined
  if (!Array.isArray(findings)) {
    throw new ConfigurationError(
      `The baseline ${file} must be the JSON report of an earlier scan ({"findings": [...]}).`
    )
  }
  return findings.map((entry, i): BaselineEntry => {
    const fp = plainObject(entry) ? entry.fingerprint : undefined
    if (typeof fp !== 'string' || !FINGERPRINT.test(fp.toLowerCase())) {
      throw new ConfigurationError(`The baseline ${file}: findings[${i}] has no valid fingerprint.`)
    }
    const where = plainObject(entry) && typeof entry.path === 'string' ? entry.path : undefined
    return where === undefined
      ? { fingerprint: fp.toLowerCase() }
      : { fingerprint: fp.toLowerCase(), path: where }
  })
}

const INLINE_MARKER_BYTES = INLINE_MARKERS.map((marker) => Buffer.from(marker, 'latin1'))

/**
 * Lines of one text, visited in ascending order: each is found from the previous one, so visiting every line
 * a buffer's hits are on reads the buffer once, however many hits it holds.
 */
interface LineCursor {
  /** Whether line `n` (1-based) carries an inline allow comment; fastest when asked in ascending order. */
  allowed(n: number): boolean
}

function byteLines(content: Buffer): LineCursor {
  let line = 1
  let start = 0
  let cached: { line: number; allowed: boolean } | undefined
  return {
    allowed(n) {
      if (cached?.line === n) return cached.allowed
      if (n < line) [line, start] = [1, 0]
      for (; line < n && start >= 0; line++) {
        const nl = content.indexOf(0x0a, start)
        start = nl < 0 ? -1 : nl + 1
      }
      let allowed = false
      if (start >= 0) {
        const end = content.indexOf(0x0a, start)
        const text = content.subarray(start, end < 0 ? content.length : end)
        allowed = INLINE_MARKER_BYTES.some((marker) => text.includes(marker))
      }
      cached = { line: n, allowed }
      return allowed
    }
  }
}

function textLines(text: string): LineCursor {
  let line = 1
  let start = 0
  return {
    allowed(n) {
      if (n < line) [line, start] = [1, 0]
      for (; line < n && start >= 0; line++) {
        const nl = text.indexOf('\n', start)
        start = nl < 0 ? -1 : nl + 1
      }
      if (start < 0) return false
      const end = text.indexOf('\n', start)
      const lineText = text.slice(start, end < 0 ? undefined : end)
      return INLINE_MARKERS.some((marker) => lineText.includes(marker))
    }
  }
}

/**
 * For each of `hits` (best in the order `detect` returns them: by line), whether the key's line carries
 * `openai-key-guard:allow` (or gitleaks' `gitleaks:allow`), reading the line the way the detector read the
 * buffer. Plain and base64 hits are judged on the bytes; UTF-16 ones on the text, decoded once.
 */
export function allowedInline(content: Buffer, hits: Hit[]): boolean[] {
  const cursors = new Map<Encoding, LineCursor>()
  const cursorFor = (encoding: Encoding): LineCursor => {
    if (encoding === 'plain' || encoding === 'base64') encoding = 'plain'
    let cursor = cursors.get(encoding)
    if (!cursor) {
      if (encoding === 'utf16le') cursor = textLines(content.toString('utf16le'))
      else if (encoding === 'utf16be') {
        // swap16 needs an even length; an odd trailing byte cannot hold the comment anyway.
        const even = content.length % 2 === 1 ? content.subarray(0, -1) : content
        cursor = textLines(Buffer.from(even).swap16().toString('utf16le'))
      } else cursor = byteLines(content)
      cursors.set(encoding, cursor)
    }
    return cursor
  }
  return hits.map((hit) => cursorFor(hit.encoding).allowed(hit.line))
}

/** Config paths and fingerprints plus baseline entries; inline comments are judged where the bytes are. */
export class Allowlist {
  private constructor(
    private readonly fingerprints: Set<string>,
    private readonly baseline: BaselineEntry[],
    private readonly pathMatch: (p: string) => boolean
  ) {}

  /** The glob matcher is loaded only when the config lists paths. */
  static async create(config: AllowConfig, baseline: BaselineEntry[] = []): Promise<Allowlist> {
    let pathMatch = (_: string): boolean => false
    if (config.paths.length > 0) {
      const { default: picomatch } = await import('picomatch')
      pathMatch = picomatch(config.paths, { dot: true })
    }
    return new Allowlist(new Set(config.fingerprints), baseline, pathMatch)
  }

  allows(finding: Pick<Finding, 'path' | 'fingerprint'>): boolean {
    if (this.fingerprints.has(finding.fingerprint) || this.pathMatch(finding.path)) return true
    return this.baseline.some(
      (entry) =>
        entry.fingerprint === finding.fingerprint && (entry.path === undefined || entry.path === finding.path)
    )
  }
}
