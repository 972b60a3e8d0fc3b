// Gathers the per-repository reports of a matrix scan (downloaded workflow artifacts) into one result per
// repository. The artifacts were written by jobs that read repository content: links are never followed, sizes
// are capped, every file is parsed strictly, and a file that cannot be read or parsed makes its repository a
// failed one, never a clean one.
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError, errorMessage } from '../errors.js'
import { readRegularFile } from '../files.js'
import { printable } from '../report/quote.js'
import { scrub } from '../redact.js'
import type { Finding, Unreadable } from '../scan/types.js'
import { parseRepositoryName, parseRepositoryReport, type RepositoryReport } from './report-file.js'

/** One repository's result, merged from its report file(s). */
export interface RepositoryResult {
  /** `owner/name`; for a file whose name says no repository, the file's path under the reports directory. */
  repository: string
  status: 'scanned' | 'empty' | 'failed'
  /** Why it failed: one line, from the report or from reading it (escape it where it is shown). */
  reason?: string
  ref?: string
  head?: string
  commits: number
  objects: { listed: number; read: number; skipped: number }
  findings: Finding[]
  unreadable: Unreadable
}

export interface CollectedReports {
  repositories: RepositoryResult[]
  /** Lines for the summary (duplicates, links skipped), as plain text. */
  notes: string[]
}

/** A report holds at most the findings of one repository: 64 MiB is far beyond any real one. */
export const MAX_REPORT_BYTES = 64 << 20
/** All reports together: past this the rest count as failed rather than exhausting the runner's memory. */
export const MAX_TOTAL_BYTES = 1 << 30
/** Files looked at (a matrix of 256 batches of an organisation of tens of thousands of repositories). */
export const MAX_FILES = 100_000
/** upload-artifact with merge-multiple is flat; a few levels allow one directory per artifact. */
const MAX_DEPTH = 8

/** `<owner>__<name>.json`: owner names hold no `_`, so the first `__` splits the two. */
export function repositoryOfFile(file: string): string | undefined {
  const match = /^([^_]+)__(.+)\.json$/.exec(path.basename(file))
  const name = match ? `${match[1]}/${match[2]}` : undefined
  return name !== undefined && !(parseRepositoryName(name) instanceof Error) ? name : undefined
}

interface Loaded {
  file: string
  repository: string
  report?: RepositoryReport
  failure?: string
}

/** Every `*.json` under `root`, sorted, without following links; `skipped` counts the links and oddities. */
function listReports(root: string): { files: string[]; links: number } {
  const files: string[] = []
  let links = 0
  const walk = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isSymbolicLink()) links++
      else if (entry.isDirectory() && depth < MAX_DEPTH) walk(full, depth + 1)
      else if (entry.isFile() && entry.name.endsWith('.json')) files.push(full)
      if (files.length > MAX_FILES) {
        throw new ConfigurationError(
          `Input 'reports' holds more than ${MAX_FILES} report files: point it at the directory the report artifacts were downloaded to.`
        )
      }
    }
  }
  let isDirectory = false
  try {
    isDirectory = statSync(root).isDirectory()
  } catch {
    // missing: said below
  }
  if (!isDirectory) {
    throw new ConfigurationError(
      `Input 'reports' (${root}) is not a directory: download the scan jobs' report artifacts there first.`
    )
  }
  walk(root, 0)
  return { files: files.sort(), links }
}

function load(root: string, file: string, budget: { bytes: number }): Loaded {
  const relative = path.relative(root, file)
  const named = repositoryOfFile(file)
  const repository = named ?? relative
  const fail = (why: string): Loaded => ({ file: relative, repository, failure: why })
  if (!named) return fail('the file name is not <owner>__<name>.json')
  if (budget.bytes <= 0) return fail(`the reports together are larger than ${MAX_TOTAL_BYTES >> 20} MiB`)
  let content: Buffer | undefined
  try {
    content = readRegularFile(file, { what: 'the report', maxBytes: MAX_REPORT_BYTES, root })
  } catch (error) {
    return fail(errorMessage(error))
  }
  if (!content) return fail('the report disappeared while it was read')
  budget.bytes -= content.length
  const report = parseRepositoryReport(content.toString('utf8'))
  if (report instanceof Error) return fail(report.message)
  if (report.repository.toLowerCase() !== named.toLowerCase()) {
    return fail('the report inside names another repository')
  }
  return { file: relative, repository: report.repository, report }
}

const EMPTY_UNREADABLE: Unreadable = { objects: 0, paths: [] }

function findingsOf(report: RepositoryReport): Finding[] {
  return report.findings.map((f) => ({ ...f, path: f.path ?? '' }))
}

const findingKey = (f: Finding): string =>
  [f.fingerprint, f.kind ?? '', f.path, f.tag ?? '', f.commit ?? '', f.line, f.column].join('\0')

/**
 * One repository from all its files. Two reports of one repository (a repository in two batches, a re-run's
 * artifact beside the first) are merged so that neither can hide the other: the findings are the union, any
 * file that failed makes the repository failed, and the counts, head and ref come from the report that read the
 * most commits (the later tip of the same history has more).
 */
function merge(group: Loaded[], notes: string[]): RepositoryResult {
  const reports = group.flatMap((g) => (g.report ? [g.report] : []))
  const primary = [...reports].sort((a, b) => b.commits - a.commits)[0]
  const seen = new Map<string, Finding>()
  for (const report of reports) for (const f of findingsOf(report)) seen.set(findingKey(f), f)
  const failure =
    group.find((g) => g.failure)?.failure ??
    reports.find((r) => r.status === 'failed')?.error ??
    (reports.some((r) => r.status === 'failed') ? 'the scan failed' : undefined)
  const repository = primary?.repository ?? group[0]!.repository
  if (group.length > 1) {
    notes.push(
      `${group.length} reports for ${repository} (${group.map((g) => g.file).join(', ')}): their findings are ` +
        'merged; counts, head and ref come from the one that read the most commits.'
    )
  }
  return {
    repository,
    status: failure !== undefined ? 'failed' : (primary?.status ?? 'failed'),
    ...(failure !== undefined ? { reason: printable(scrub(failure.replace(/\s+/g, ' ').trim())) } : {}),
    ...(primary?.ref ? { ref: primary.ref } : {}),
    ...(primary?.head ? { head: primary.head } : {}),
    commits: primary?.commits ?? 0,
    objects: primary?.objects ?? { listed: 0, read: 0, skipped: 0 },
    findings: [...seen.values()],
    unreadable: primary
      ? { objects: primary.notScanned.count, paths: primary.notScanned.paths }
      : EMPTY_UNREADABLE
  }
}

/**
 * Reads every report under `root` into one result per repository, sorted by name. `expected` (the planned
 * repositories, when given) makes a repository without any report a failed one.
 */
export function collectReports(root: string, expected: readonly string[] = []): CollectedReports {
  const { files, links } = listReports(root)
  const budget = { bytes: MAX_TOTAL_BYTES }
  const groups = new Map<string, Loaded[]>()
  for (const file of files) {
    const loaded = load(root, file, budget)
    const key = loaded.repository.toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), loaded])
  }
  const notes: string[] = []
  if (links > 0) notes.push(`${links} symbolic link(s) under the reports directory were not followed.`)
  const repositories = [...groups.values()].map((group) => merge(group, notes))
  for (const name of expected) {
    if (groups.has(name.toLowerCase())) continue
    repositories.push({
      repository: name,
      status: 'failed',
      reason: 'no report: its batch job did not upload one',
      commits: 0,
      objects: { listed: 0, read: 0, skipped: 0 },
      findings: [],
      unreadable: EMPTY_UNREADABLE
    })
  }
  if (repositories.length === 0) {
    throw new ConfigurationError(
      `Input 'reports' (${root}) holds no report files (*.json): download the scan jobs' artifacts there first ` +
        '(actions/download-artifact with pattern okg-report-* and merge-multiple: true).'
    )
  }
  return { repositories: repositories.sort((a, b) => a.repository.localeCompare(b.repository)), notes }
}
