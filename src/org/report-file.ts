// The per-repository report: written by the batch scan (one file per repository, uploaded as a workflow artifact),
// read back by the `report` command. Both sides use this file, so the writer and the reader cannot drift apart.
// The reader must treat the file as hostile: a batch job cloned and read repositories it does not trust, and an
// artifact can be replaced by anything that runs in the workflow. The parser therefore checks every field's type
// and builds a fresh object from the known fields only; a file that does not parse is a failed repository.
import path from 'node:path'
import { REDACTED_FORM as REDACTED } from '../redact.js'
import type { JsonFinding } from '../report/text.js'
import { ENCODINGS, SHAPE_NAMES, type MessageKind } from '../scan/types.js'

export const REPORT_FORMAT = 1

export type RepositoryStatus = 'scanned' | 'failed' | 'empty'

export interface ObjectCounts {
  /** Objects the history scan listed. */
  listed: number
  /** Objects it read (not in the incremental record). */
  read: number
  /** Objects the record let it skip. */
  skipped: number
}

export interface RepositoryReport {
  tool: 'openai-key-guard'
  kind: 'repository-report'
  format: typeof REPORT_FORMAT
  version: string
  /** The detector version the findings come from (the incremental record's key). */
  detector: string
  /** `owner/name`. */
  repository: string
  status: RepositoryStatus
  /** One line saying what to fix; only when `failed`. */
  error?: string
  /** The default branch, as a full ref name, when known. */
  ref?: string
  /** The default branch's tip, when scanned and the default branch exists (a repository of tags alone has none). */
  head?: string
  commits: number
  objects: ObjectCounts
  /** As `scan --format json` prints them (findingsForJson). */
  findings: JsonFinding[]
  notScanned: { count: number; paths: string[] }
}

// GitHub's owner and repository names: letters, digits, `.`, `_` and `-`; never `.` or `..`, which a path would
// read as steps. Owner logins have no `_`, so `owner__name` names one file for one repository.
const NAME_PART = /^[A-Za-z0-9._-]{1,100}$/

/** `owner/name` split and checked, or an Error saying what is wrong with it. */
export function parseRepositoryName(text: string): { owner: string; name: string } | Error {
  const parts = text.split('/')
  const [owner = '', name = ''] = parts
  const ok = (part: string): boolean => NAME_PART.test(part) && part !== '.' && part !== '..'
  if (parts.length !== 2 || !ok(owner) || !ok(name) || owner.includes('_')) {
    return new Error(
      `"${text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200)}" is not a repository: write owner/name (letters, digits, ., _ and -).`
    )
  }
  return { owner, name }
}

/** `<dir>/<owner>__<name>.json`: where a repository's report goes. */
export function reportPath(dir: string, repository: string): string {
  const parsed = parseRepositoryName(repository)
  if (parsed instanceof Error) throw parsed
  return path.join(dir, `${parsed.owner}__${parsed.name}.json`)
}

const KINDS: readonly MessageKind[] = ['commit-message', 'tag-message', 'note']
const STATUSES: readonly RepositoryStatus[] = ['scanned', 'failed', 'empty']
const LIVE = ['live', 'invalid', 'restricted', 'unknown'] as const
const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/
const FINGERPRINT = /^[0-9a-f]{64}$/

class Invalid extends Error {}

type Json = Record<string, unknown>

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(`${where} is not an object`)
  }
  return value as Json
}

function string(value: unknown, where: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
    throw new Invalid(`${where} is not ${pattern ? 'a valid' : 'a'} string`)
  }
  return value
}

function optional<T>(value: unknown, read: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : read(value)
}

function count(value: unknown, where: string, min = 0): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new Invalid(`${where} is not a whole number of at least ${min}`)
  }
  return value
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (!(allowed as readonly unknown[]).includes(value))
    throw new Invalid(`${where} is not one of ${allowed.join(', ')}`)
  return value as T
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(`${where} is not a list`)
  return value
}

function parseFinding(value: unknown, i: number): JsonFinding {
  const where = `findings[${i}]`
  const f = object(value, where)
  const finding: JsonFinding = {
    line: count(f.line, `${where}.line`, 1),
    column: count(f.column, `${where}.column`, 1),
    shape: oneOf(f.shape, SHAPE_NAMES, `${where}.shape`),
    encoding: oneOf(f.encoding, ENCODINGS, `${where}.encoding`),
    redacted: string(f.redacted, `${where}.redacted`, REDACTED),
    fingerprint: string(f.fingerprint, `${where}.fingerprint`, FINGERPRINT),
    status: oneOf(f.status, ['introduced', 'pre-existing'] as const, `${where}.status`)
  }
  const kind = optional(f.kind, (v) => oneOf(v, KINDS, `${where}.kind`))
  const file = optional(f.path, (v) => string(v, `${where}.path`))
  // A key is either in a file (a path) or in a message (a kind), never both and never neither.
  if ((kind === undefined) === (file === undefined)) throw new Invalid(`${where} needs a path or a kind`)
  if (file !== undefined) finding.path = file
  if (kind !== undefined) finding.kind = kind
  const tag = optional(f.tag, (v) => string(v, `${where}.tag`))
  if (tag !== undefined) finding.tag = tag
  const commit = optional(f.commit, (v) => string(v, `${where}.commit`, OID))
  if (commit !== undefined) finding.commit = commit
  const date = optional(f.authorDate, (v) => string(v, `${where}.authorDate`, /^[0-9T:.+-]{10,40}Z?$/))
  if (date !== undefined) finding.authorDate = date
  const live = optional(f.live, (v) => oneOf(v, LIVE, `${where}.live`))
  if (live !== undefined) finding.live = live
  return finding
}

function parseReport(value: unknown): RepositoryReport {
  const r = object(value, 'the report')
  if (r.tool !== 'openai-key-guard' || r.kind !== 'repository-report') {
    throw new Invalid('it is not an openai-key-guard repository report')
  }
  if (r.format !== REPORT_FORMAT) throw new Invalid(`its format is not ${REPORT_FORMAT}`)
  const repository = string(r.repository, 'repository')
  if (parseRepositoryName(repository) instanceof Error) throw new Invalid('repository is not owner/name')
  const objects = object(r.objects, 'objects')
  const notScanned = object(r.notScanned, 'notScanned')
  const report: RepositoryReport = {
    tool: 'openai-key-guard',
    kind: 'repository-report',
    format: REPORT_FORMAT,
    version: string(r.version, 'version', /^[0-9A-Za-z.+-]{1,64}$/),
    detector: string(r.detector, 'detector', /^[0-9A-Za-z.+-]{1,64}$/),
    repository,
    status: oneOf(r.status, STATUSES, 'status'),
    commits: count(r.commits, 'commits'),
    objects: {
      listed: count(objects.listed, 'objects.listed'),
      read: count(objects.read, 'objects.read'),
      skipped: count(objects.skipped, 'objects.skipped')
    },
    findings: array(r.findings, 'findings').map(parseFinding),
    notScanned: {
      count: count(notScanned.count, 'notScanned.count'),
      paths: array(notScanned.paths, 'notScanned.paths').map((p, i) => string(p, `notScanned.paths[${i}]`))
    }
  }
  const error = optional(r.error, (v) => string(v, 'error'))
  // eslint-disable-next-line no-control-regex -- a ref name never holds control characters; refuse them
  const ref = optional(r.ref, (v) => string(v, 'ref', /^refs\/[^\0-\x1f\x7f]{1,1000}$/))
  const head = optional(r.head, (v) => string(v, 'head', OID))
  if (ref !== undefined) report.ref = ref
  if (head !== undefined) report.head = head
  if (report.status === 'failed') {
    // A failed repository says why: without it the report could not tell the user what to fix.
    if (error === undefined || error.trim() === '') throw new Invalid('a failed report has no error')
    report.error = error
  } else if (error !== undefined) {
    throw new Invalid(`a ${report.status} report has an error`)
  }
  if (report.status !== 'scanned' && report.findings.length > 0) {
    throw new Invalid(`a ${report.status} report has findings`)
  }
  return report
}

/**
 * A report file's text → the report, or an Error saying (without quoting the file) why it is not one. Only the
 * fields above are kept: nothing else the file holds reaches the reader.
 */
export function parseRepositoryReport(text: string): RepositoryReport | Error {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return new Error('not a report: it is not JSON')
  }
  try {
    return parseReport(value)
  } catch (error) {
    if (error instanceof Invalid) return new Error(`not a valid report: ${error.message}`)
    throw error
  }
}

/** What the batch scan knows about one repository when it writes its report. */
export type ReportInput = Pick<
  RepositoryReport,
  'version' | 'detector' | 'repository' | 'status' | 'error' | 'ref' | 'head'
> &
  Partial<Pick<RepositoryReport, 'commits' | 'objects' | 'findings' | 'notScanned'>>

/** The report, fields in the documented order; counts default to zero (a failed or empty repository). */
export function repositoryReport(input: ReportInput): RepositoryReport {
  return {
    tool: 'openai-key-guard',
    kind: 'repository-report',
    format: REPORT_FORMAT,
    version: input.version,
    detector: input.detector,
    repository: input.repository,
    status: input.status,
    ...(input.error !== undefined ? { error: input.error } : {}),
    ...(input.ref !== undefined ? { ref: input.ref } : {}),
    ...(input.head !== undefined ? { head: input.head } : {}),
    commits: input.commits ?? 0,
    objects: input.objects ?? { listed: 0, read: 0, skipped: 0 },
    findings: input.findings ?? [],
    notScanned: input.notScanned ?? { count: 0, paths: [] }
  }
}

export function serializeRepositoryReport(report: RepositoryReport): string {
  return JSON.stringify(report, null, 2) + '\n'
}
