import path from 'node:path'
import type { LineCounter, Node } from 'yaml'
import { ConfigurationError } from '../errors.js'
import { readRegularFile } from '../files.js'
import { utf16AsUtf8 } from './detector.js'
import { pathMatcher } from './glob.js'
import type { Encoding, Finding, Hit, MessageKind } from './types.js'

export const DEFAULT_CONFIG = '.github/openai-key-guard.yml'
const INLINE_MARKERS = ['openai-key-guard:allow', 'gitleaks:allow']
const FINGERPRINT = /^[0-9a-f]{64}$/
/** A config is a few globs and fingerprints; a baseline, a JSON report (about 300 bytes a finding). */
const MAX_CONFIG_BYTES = 1 << 20
const MAX_BASELINE_BYTES = 64 << 20

export interface AllowConfig {
  paths: string[]
  fingerprints: string[]
  /** Kinds of message whose keys are all allowed (`allow.commit-messages: true`, …); paths never match them. */
  messages?: MessageKind[]
}

/** The config switches for messages, and the kind each allows. */
const MESSAGE_SWITCHES: Record<string, MessageKind> = {
  'commit-messages': 'commit-message',
  'tag-messages': 'tag-message',
  notes: 'note'
}

export interface BaselineEntry {
  fingerprint: string
  path?: string
}

function plainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

type Yaml = typeof import('yaml')

/**
 * Reads the config as YAML nodes, so that each complaint can point at a line and column. A complaint never
 * quotes the file: `--config` may name any file the runner can read (/etc/shadow), and a hostile repository
 * writes this one, so its text is neither echoed nor trusted to be harmless on a terminal or in a log.
 */
class ConfigReader {
  private readonly file: string
  private readonly lines: LineCounter
  private readonly yaml: Yaml

  constructor(yaml: Yaml, file: string, lines: LineCounter) {
    this.yaml = yaml
    this.file = file
    this.lines = lines
  }

  at(node: unknown): string {
    const { line, col } = this.lines.linePos((node as Node | null | undefined)?.range?.[0] ?? 0)
    return `line ${line}, column ${col}`
  }

  fail(message: string, node: unknown): never {
    throw new ConfigurationError(`${this.file}, ${this.at(node)}: ${message}.`)
  }

  /** Absent, `~`, `null` or nothing after the colon. */
  isEmpty(node: unknown): boolean {
    return node === undefined || node === null || (this.yaml.isScalar(node) && node.value === null)
  }

  /** The pairs of a mapping by key; a key not in `allowed` is an error. */
  mapping(node: unknown, what: string, allowed: string[]): Map<string, unknown> {
    const { isMap, isScalar } = this.yaml
    if (!isMap(node)) this.fail(`${what} must be a mapping of ${allowed.join(', ')}`, node)
    const pairs = new Map<string, unknown>()
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined
      if (typeof key !== 'string' || !allowed.includes(key)) {
        this.fail(`unknown key in ${what}; allowed: ${allowed.join(', ')}`, pair.key)
      }
      pairs.set(key, pair.value)
    }
    return pairs
  }

  /** Each item with where it is; absent or null is an empty list. */
  strings(node: unknown, name: string): Array<{ value: string; node: Node }> {
    const { isScalar, isSeq } = this.yaml
    if (this.isEmpty(node)) return []
    if (!isSeq(node)) this.fail(`${name} must be a list of strings`, node)
    return node.items.map((item, i) => {
      if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
        this.fail(`item ${i + 1} of ${name} must be a non-empty string`, item)
      }
      return { value: item.value.trim(), node: item }
    })
  }
}

/** Parses `.github/openai-key-guard.yml`: `allow: { paths: [globs], fingerprints: [sha256 hex] }`. */
export async function parseConfig(file: string, text: string): Promise<AllowConfig> {
  // The YAML parser is loaded only for a repository that has a config file: a scan without one starts faster.
  const yaml = await import('yaml')
  const lines = new yaml.LineCounter()
  const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const reader = new ConfigReader(yaml, file, lines)
  // A warning (an unknown !tag) is an error too: the file would not mean what it seems to.
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem) {
    reader.fail(`not valid YAML (${problem.code.toLowerCase().replace(/_/g, ' ')})`, { range: problem.pos })
  }
  // Aliases buy nothing in a file this small, and can expand without bound or name anchors that are not there.
  yaml.visit(doc, {
    Alias: (_, node) => reader.fail('aliases (*name) are not supported here', node)
  })
  const root = doc.contents
  if (reader.isEmpty(root)) return { paths: [], fingerprints: [] }
  if (!yaml.isMap(root)) reader.fail('the file must be a mapping with an "allow" key', root)
  const allowNode = reader.mapping(root, 'the file', ['allow']).get('allow')
  if (reader.isEmpty(allowNode)) return { paths: [], fingerprints: [] }
  const allow = reader.mapping(allowNode, 'allow', [
    'paths',
    'fingerprints',
    ...Object.keys(MESSAGE_SWITCHES)
  ])
  const messages: MessageKind[] = []
  for (const [name, kind] of Object.entries(MESSAGE_SWITCHES)) {
    const node = allow.get(name)
    if (reader.isEmpty(node)) continue
    const value = yaml.isScalar(node) ? node.value : undefined
    if (typeof value !== 'boolean') reader.fail(`allow.${name} must be true or false`, node)
    if (value) messages.push(kind)
  }
  const fingerprints = reader
    .strings(allow.get('fingerprints'), 'allow.fingerprints')
    .map(({ value, node }, i) => {
      const fp = value.toLowerCase()
      if (!FINGERPRINT.test(fp))
        reader.fail(`item ${i + 1} of allow.fingerprints is not a SHA-256 in hex (64 characters)`, node)
      return fp
    })
  const paths = reader.strings(allow.get('paths'), 'allow.paths').map(({ value }) => value)
  return messages.length > 0 ? { paths, fingerprints, messages } : { paths, fingerprints }
}

/** The explicit config file, or the default one when present; an explicit file that is missing is an error. */
export async function loadConfig(cwd: string, file?: string): Promise<AllowConfig> {
  const name = file ?? DEFAULT_CONFIG
  const content = readRegularFile(path.resolve(cwd, name), {
    what: `The config file ${name}`,
    maxBytes: MAX_CONFIG_BYTES,
    root: cwd
  })
  if (!content) {
    if (!file) return { paths: [], fingerprints: [] }
    throw new ConfigurationError(`Cannot read the config file ${file}: it does not exist.`)
  }
  return parseConfig(name, content.toString('utf8'))
}

/** Reads an earlier JSON report (`{ findings: [{ fingerprint, path? }] }`): the keys it lists are accepted. */
export function loadBaseline(cwd: string, file: string): BaselineEntry[] {
  const content = readRegularFile(path.resolve(cwd, file), {
    what: `The baseline ${file}`,
    maxBytes: MAX_BASELINE_BYTES,
    root: cwd
  })
  if (!content) throw new ConfigurationError(`Cannot read the baseline ${file}: it does not exist.`)
  return parseBaseline(file, content.toString('utf8'))
}

/** Parses a baseline's text; `file` names it in errors. */
export function parseBaseline(file: string, text: string): BaselineEntry[] {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    // V8's message quotes the text it choked on: keep only the position, when it gives one.
    const at = /\(line (\d+) column (\d+)\)/.exec((error as Error).message)
    throw new ConfigurationError(
      `The baseline ${file} is not valid JSON${at ? ` at line ${at[1]}, column ${at[2]}` : ''}: use the JSON report of an earlier scan.`
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
    private readonly globs: string[],
    private readonly messages: ReadonlySet<MessageKind>
  ) {}

  /** Path globs match in time linear in the path (see glob.ts): a config is repository content. */
  static async create(config: AllowConfig, baseline: BaselineEntry[] = []): Promise<Allowlist> {
    const pathMatch = config.paths.length > 0 ? pathMatcher(config.paths) : (_: string): boolean => false
    return new Allowlist(
      new Set(config.fingerprints),
      baseline,
      pathMatch,
      config.paths,
      new Set(config.messages ?? [])
    )
  }

  /**
   * Which rule allows the finding, in words (`allow.paths "fixtures/**"`), or undefined. Asked only for the
   * few findings whose rule must be named, so each glob is matched on its own here.
   */
  async ruleFor(finding: Pick<Finding, 'path' | 'fingerprint' | 'kind'>): Promise<AllowRule | undefined> {
    if (this.fingerprints.has(finding.fingerprint)) {
      return { source: 'config', rule: "allow.fingerprints (the key's fingerprint)" }
    }
    const kind = finding.kind
    if (kind && this.messages.has(kind)) {
      const name = Object.keys(MESSAGE_SWITCHES).find((n) => MESSAGE_SWITCHES[n] === kind) ?? kind
      return { source: 'config', rule: `allow.${name}` }
    }
    for (const glob of finding.kind ? [] : this.globs) {
      const one = await Allowlist.create({ paths: [glob], fingerprints: [] })
      if (one.allows(finding))
        return { source: 'config', rule: `allow.paths ${JSON.stringify(glob.slice(0, 80))}` }
    }
    return this.allows(finding)
      ? { source: 'baseline', rule: "an entry with the key's fingerprint" }
      : undefined
  }

  allows(finding: Pick<Finding, 'path' | 'fingerprint' | 'kind'>): boolean {
    if (this.fingerprints.has(finding.fingerprint)) return true
    if (finding.kind ? this.messages.has(finding.kind) : this.pathMatch(finding.path)) return true
    return this.baseline.some(
      (entry) =>
        entry.fingerprint === finding.fingerprint && (entry.path === undefined || entry.path === finding.path)
    )
  }
}
