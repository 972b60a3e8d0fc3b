import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import { utf16AsUtf8 } from './detector.js'
import { pathMatcher } from './glob.js'
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
  let text: string
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read the baseline ${file}: ${(error as Error).message.split('\n')[0] ?? ''}`
    )
  }
  return parseBaseline(file, text)
}

/** Parses a baseline's text; `file` names it in errors. */
export function parseBaseline(file: string, text: string): BaselineEntry[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
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
 * Whether line `n` (1-based) of `text` carries an inline allow comment. Each line is found from the one asked
 * for before (the last answer is kept for several keys on one line), so asking in ascending order, as `detect`
 * returns hits, reads the text once however many keys it holds.
 */
function lineJudge(text: Buffer): (n: number) => boolean {
  let line = 1
  let start = 0
  let last = { line: 0, allowed: false }
  return (n) => {
    if (last.line === n) return last.allowed
    if (n < line) [line, start] = [1, 0]
    for (; line < n && start >= 0; line++) {
      const nl = text.indexOf(0x0a, start)
      start = nl < 0 ? -1 : nl + 1
    }
    const end = start < 0 ? -1 : text.indexOf(0x0a, start)
    const lineBytes = start < 0 ? undefined : text.subarray(start, end < 0 ? text.length : end)
    last = { line: n, allowed: INLINE_MARKER_BYTES.some((marker) => lineBytes?.includes(marker) === true) }
    return last.allowed
  }
}

/**
 * For each of `hits`, whether the key's line carries `openai-key-guard:allow` (or gitleaks' `gitleaks:allow`),
 * judged on the bytes the detector numbered that line in: the buffer itself, or its UTF-16 text as UTF-8.
 */
export function allowedInline(content: Buffer, hits: Hit[]): boolean[] {
  const judges = new Map<Encoding, (n: number) => boolean>()
  return hits.map((hit) => {
    const text = hit.encoding === 'utf16le' || hit.encoding === 'utf16be' ? hit.encoding : 'plain'
    let judge = judges.get(text)
    if (!judge) {
      judge = lineJudge(text === 'plain' ? content : utf16AsUtf8(content, text === 'utf16be'))
      judges.set(text, judge)
    }
    return judge(hit.line)
  })
}

/** One rule that allows a finding: where it is written, and what it says. */
export interface AllowRule {
  source: 'config' | 'baseline'
  rule: string
}

/** Config paths and fingerprints plus baseline entries; inline comments are judged where the bytes are. */
export class Allowlist {
  private constructor(
    private readonly fingerprints: Set<string>,
    private readonly baseline: BaselineEntry[],
    private readonly pathMatch: (p: string) => boolean,
    private readonly globs: string[]
  ) {}

  /** Path globs match in time linear in the path (see glob.ts): a config is repository content. */
  static async create(config: AllowConfig, baseline: BaselineEntry[] = []): Promise<Allowlist> {
    const pathMatch = config.paths.length > 0 ? pathMatcher(config.paths) : (_: string): boolean => false
    return new Allowlist(new Set(config.fingerprints), baseline, pathMatch, config.paths)
  }

  /**
   * Which rule allows the finding, in words (`allow.paths "fixtures/**"`), or undefined. Asked only for the
   * few findings whose rule must be named, so each glob is matched on its own here.
   */
  async ruleFor(finding: Pick<Finding, 'path' | 'fingerprint'>): Promise<AllowRule | undefined> {
    if (this.fingerprints.has(finding.fingerprint)) {
      return { source: 'config', rule: "allow.fingerprints (the key's fingerprint)" }
    }
    for (const glob of this.globs) {
      const one = await Allowlist.create({ paths: [glob], fingerprints: [] })
      if (one.allows(finding))
        return { source: 'config', rule: `allow.paths ${JSON.stringify(glob.slice(0, 80))}` }
    }
    return this.allows(finding)
      ? { source: 'baseline', rule: "an entry with the key's fingerprint" }
      : undefined
  }

  allows(finding: Pick<Finding, 'path' | 'fingerprint'>): boolean {
    if (this.fingerprints.has(finding.fingerprint) || this.pathMatch(finding.path)) return true
    return this.baseline.some(
      (entry) =>
        entry.fingerprint === finding.fingerprint && (entry.path === undefined || entry.path === finding.path)
    )
  }
}
