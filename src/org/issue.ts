// The organisation issue: one item per leaked key of each repository, kept current across runs. The previous
// run's items live in a hidden line of the issue body; anyone who can edit the issue can edit that line, so it
// is parsed strictly, holds no key material (a derived id, the redacted form and the shape), and only decides
// what is shown as resolved: what is open always comes from this run's reports.
import { messageName, SHAPE_NAMES, shapeTitle } from '../report/findings.js'
import { cell, code, text } from '../report/markdown.js'
import { displayPath } from '../report/quote.js'
import { REDACTED_FORM, scrub, sha256 } from '../redact.js'
import type { Finding, ShapeName } from '../scan/types.js'
import { parseRepositoryName } from './report-file.js'
import type { RepositoryResult } from './reports.js'

export const ORG_MARKER = '<!-- openai-key-guard organisation -->'
const STATE_LINE = /<!-- openai-key-guard organisation state ([A-Za-z0-9+/]{0,80000}={0,2}) -->/

/** An issue body holds 65,536 characters: the tables get this much, the state line what its items need. */
const TABLE_CHARS = 30_000
/** Items the state line keeps (each takes about 130 characters of base64). */
export const MAX_STATE_ITEMS = 220
/** Resolved items stay listed this long after they were resolved. */
const RESOLVED_DAYS = 30

export interface Item {
  repository: string
  /** sha256 of the repository and the key's fingerprint, cut short: the key is not findable from it. */
  id: string
  redacted: string
  shape: ShapeName
  state: 'open' | 'resolved'
  /** The day it was resolved (YYYY-MM-DD). */
  resolved?: string
}

interface OpenItem extends Item {
  /** Where the key is, in this run's findings (absent for an item carried from a repository that failed). */
  places: Finding[]
  /** Carried unchanged: its repository failed this run (or was not in the reports). */
  carried?: true
}

export const itemId = (repository: string, fingerprint: string): string =>
  sha256(`${repository.toLowerCase()}:${fingerprint}`).slice(0, 24)

/** The items of the previous run, or [] with a reason when the hidden line is missing or does not parse. */
export function parseState(body: string | undefined): { items: Item[]; problem?: string } {
  if (body === undefined) return { items: [] }
  const match = STATE_LINE.exec(body)
  if (!match) return { items: [], problem: 'the issue holds no state line' }
  try {
    const parsed: unknown = JSON.parse(Buffer.from(match[1]!, 'base64').toString('utf8'))
    const state = parsed as { v?: unknown; items?: unknown }
    if (typeof parsed !== 'object' || parsed === null || state.v !== 1 || !Array.isArray(state.items))
      throw new Error('shape')
    if (state.items.length > MAX_STATE_ITEMS) throw new Error('too many items')
    return { items: state.items.map(parseItem) }
  } catch {
    return { items: [], problem: 'the state line of the issue does not parse (edited by hand?)' }
  }
}

function parseItem(value: unknown): Item {
  const i = value as Record<string, unknown>
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('item')
  const keys = Object.keys(i)
  if (keys.some((k) => !['r', 'id', 'k', 's', 'st', 'at'].includes(k))) throw new Error('item field')
  const { r, id, k, s, st, at } = i
  if (typeof r !== 'string' || parseRepositoryName(r) instanceof Error) throw new Error('repository')
  if (typeof id !== 'string' || !/^[0-9a-f]{24}$/.test(id)) throw new Error('id')
  if (typeof k !== 'string' || !REDACTED_FORM.test(k)) throw new Error('redacted')
  if (!SHAPE_NAMES.includes(s as ShapeName)) throw new Error('shape')
  if (st !== 'open' && st !== 'resolved') throw new Error('state')
  if (at !== undefined && (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(at))) throw new Error('at')
  return {
    repository: r,
    id,
    redacted: k,
    shape: s as ShapeName,
    state: st,
    ...(typeof at === 'string' ? { resolved: at } : {})
  }
}

function stateLine(items: readonly Item[]): string {
  const json = JSON.stringify({
    v: 1,
    items: items.map((i) => ({
      r: i.repository,
      id: i.id,
      k: i.redacted,
      s: i.shape,
      st: i.state,
      ...(i.resolved ? { at: i.resolved } : {})
    }))
  })
  return `<!-- openai-key-guard organisation state ${Buffer.from(json).toString('base64')} -->`
}

export interface IssueItems {
  open: OpenItem[]
  resolved: Item[]
  /** How many of `resolved` this run resolved. */
  resolvedNow: number
  failed: RepositoryResult[]
}

/**
 * This run's items: every key found in a repository that was read is open; an open item of the last run whose key
 * a read repository no longer holds (removed from history, or allow-listed) is resolved today; a repository that
 * failed, or is missing from the reports, keeps its last items as they were.
 */
export function currentItems(
  repositories: readonly RepositoryResult[],
  previous: readonly Item[],
  today: string
): IssueItems {
  const read = new Set(
    repositories.filter((r) => r.status !== 'failed').map((r) => r.repository.toLowerCase())
  )
  const open = new Map<string, OpenItem>()
  for (const r of repositories) {
    if (r.status === 'failed') continue
    for (const f of r.findings) {
      const id = itemId(r.repository, f.fingerprint)
      const item = open.get(id)
      if (item) item.places.push(f)
      else
        open.set(id, {
          repository: r.repository,
          id,
          redacted: f.redacted,
          shape: f.shape,
          state: 'open',
          places: [f]
        })
    }
  }
  const resolved: Item[] = []
  let resolvedNow = 0
  const cutoff = new Date(Date.parse(today) - RESOLVED_DAYS * 86_400_000).toISOString().slice(0, 10)
  for (const item of previous) {
    if (open.has(item.id)) continue
    if (!read.has(item.repository.toLowerCase())) {
      if (item.state === 'open') open.set(item.id, { ...item, places: [], carried: true })
      else resolved.push(item)
    } else if (item.state === 'open') {
      resolved.push({ ...item, state: 'resolved', resolved: today })
      resolvedNow++
    } else if ((item.resolved ?? today) >= cutoff) resolved.push(item)
  }
  const byName = (a: Item, b: Item): number => a.repository.localeCompare(b.repository)
  return {
    open: [...open.values()].sort(byName),
    resolved: resolved.sort((a, b) => (b.resolved ?? '').localeCompare(a.resolved ?? '') || byName(a, b)),
    failed: repositories.filter((r) => r.status === 'failed'),
    resolvedNow
  }
}

function placeText(f: Finding): string {
  const message = messageName(f)
  const at =
    message === undefined ? `${code(displayPath(f.path))} line ${f.line}` : `${text(message)}, line ${f.line}`
  return f.commit && message === undefined ? `${at} (commit ${f.commit.slice(0, 7)})` : at
}

/** Adds rows while they fit in `room`; returns how many did not. */
function fitRows(lines: string[], rows: string[], room: { chars: number }): number {
  let added = 0
  for (const row of rows) {
    if (row.length + 1 > room.chars) break
    room.chars -= row.length + 1
    lines.push(row)
    added++
  }
  return rows.length - added
}

/** The issue body: open keys, failed repositories, resolved keys, then the hidden state line. */
export function issueBody(items: IssueItems, totals: { repositories: number; at: string }): string {
  const { open, resolved, failed } = items
  const repos = new Set(open.map((i) => i.repository)).size
  const lines = [
    '## OpenAI Key Guard: organisation',
    '',
    `${open.length} leaked key(s) open in ${repos} repositories; ${items.resolvedNow} resolved in this run; ` +
      `${failed.length} of ${totals.repositories} repositories could not be scanned. Updated ${totals.at}.`,
    ''
  ]
  const room = { chars: TABLE_CHARS }
  let unlisted = 0
  if (open.length > 0) {
    lines.push(
      '### Open: rotate these keys',
      '',
      '| Repository | Key | Type | Where |',
      '| --- | --- | --- | --- |'
    )
    unlisted += fitRows(
      lines,
      open.map((i) => {
        const where = i.carried
          ? 'not rescanned: its repository failed this run'
          : `${placeText(i.places[0]!)}${i.places.length > 1 ? ` and ${i.places.length - 1} more place(s)` : ''}`
        return `| ${cell(code(i.repository))} | ${code(i.redacted)} | ${shapeTitle(i.shape)} | ${cell(where)} |`
      }),
      room
    )
    lines.push('')
  }
  if (failed.length > 0) {
    lines.push('### Not scanned (their earlier keys stay open)', '', '| Repository | Why |', '| --- | --- |')
    unlisted += fitRows(
      lines,
      failed.map((r) => `| ${cell(code(r.repository))} | ${cell(text(r.reason ?? 'failed'))} |`),
      room
    )
    lines.push('')
  }
  if (resolved.length > 0) {
    lines.push(
      '### Resolved (removed from history or allow-listed)',
      '',
      '| Repository | Key | Type | Resolved |',
      '| --- | --- | --- | --- |'
    )
    unlisted += fitRows(
      lines,
      resolved.map(
        (i) =>
          `| ${cell(code(i.repository))} | ${code(i.redacted)} | ${shapeTitle(i.shape)} | ${i.resolved ?? ''} |`
      ),
      room
    )
    lines.push('')
  }
  if (unlisted > 0)
    lines.push(`${unlisted} more row(s) are not listed here: the job summary of the run has them.`, '')
  // Resolved items are dropped first when the state line is full: an open item that is not kept reappears as open.
  const kept = [...open, ...resolved].slice(0, MAX_STATE_ITEMS)
  const untracked = open.length + resolved.length - kept.length
  if (untracked > 0) lines.push(`${untracked} item(s) are beyond what this issue tracks between runs.`, '')
  lines.push(
    stateLine(
      kept.map(({ repository, id, redacted, shape, state, resolved }) => ({
        repository,
        id,
        redacted,
        shape,
        state,
        ...(resolved ? { resolved } : {})
      }))
    )
  )
  return scrub(lines.join('\n'))
}
