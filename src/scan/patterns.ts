// The OpenAI key family: the one place key shapes live. No key-shaped string is written here: the marker and
// every example are built at run time, so the repository stays clean under its own scan.
import type { ShapeName } from './types.js'

/** Every `sk-` OpenAI key carries this (base64 of "OpenAI") between its two segments. */
export const MARKER = ['T3Bl', 'bkFJ'].join('')

/** Shorter segments are truncated keys or placeholders. */
export const MIN_SEGMENT = 20
/** Longer runs are some other token that happens to hold the marker (known keys use at most 74). */
export const MAX_SEGMENT = 200
/** The longest fixed tag (`svcacct-`), and the longest `service-<name>-`. */
export const MAX_TAG = 'svcacct-'.length
const MAX_SERVICE_NAME = 64
export const MAX_SERVICE_TAG = 'service-'.length + MAX_SERVICE_NAME + 1
/** Longest `sk-` + tag + left segment in front of the marker. */
export const MAX_PREFIX = 3 + MAX_SERVICE_TAG + MAX_SEGMENT

export type KnownShape = Exclude<ShapeName, 'openai-key'>

export interface KeyShape {
  name: KnownShape
  title: string
  description: string
  /** What follows `sk-`; `<name>` stands for a service name. */
  tag: string
  /** The segment lengths on each side of the marker this shape comes in (20-character segments are alphanumeric). */
  halves: readonly number[]
  /** Anchored: matches a whole key of this shape and nothing else. */
  pattern: RegExp
  /** A synthetic key of this shape, one per entry of `halves`. */
  examples: readonly string[]
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'
const SERVICE_TAG = 'service-<name>-'
const EXAMPLE_SERVICE_NAME = 'build-bot'

function alphabetFor(half: number): { chars: string; pattern: string } {
  return half === MIN_SEGMENT
    ? { chars: ALNUM, pattern: '[A-Za-z0-9]' }
    : { chars: URLSAFE, pattern: '[A-Za-z0-9_-]' }
}

/** Deterministic, varied characters: 7 is prime to both alphabet sizes, so no character repeats early. */
function sampleSegment(length: number, chars: string, salt: number): string {
  let segment = ''
  for (let i = 0; i < length; i++) segment += chars[(i * 7 + salt * 13) % chars.length]
  return segment
}

function defineShape(name: KnownShape, title: string, tag: string, halves: number[]): KeyShape {
  const tagPattern = tag === SERVICE_TAG ? 'service-[A-Za-z0-9_-]+-' : tag
  const bodies = halves.map((half) => {
    const cls = alphabetFor(half).pattern
    return `${cls}{${half}}${MARKER}${cls}{${half}}`
  })
  const exampleTag = tag.replace('<name>', EXAMPLE_SERVICE_NAME)
  const examples = halves.map((half, i) => {
    const { chars } = alphabetFor(half)
    return `sk-${exampleTag}${sampleSegment(half, chars, i + 1)}${MARKER}${sampleSegment(half, chars, i + 2)}`
  })
  const layout = halves.map((half) => `${half} + marker + ${half}`).join(' or ')
  return {
    name,
    title,
    description: `sk-${tag} then ${layout}`,
    tag,
    halves,
    pattern: new RegExp(`^sk-${tagPattern}(?:${bodies.join('|')})$`),
    examples
  }
}

/** The known shapes, most specific first: `classify` takes the first that matches. */
export const SHAPES: ReadonlyArray<KeyShape> = [
  defineShape('admin', 'OpenAI Admin API key (organisation-wide)', 'admin-', [58]),
  defineShape('service-account', 'OpenAI service account key', 'svcacct-', [74]),
  defineShape('project', 'OpenAI project API key', 'proj-', [74]),
  defineShape('project-legacy', 'OpenAI project API key (2024 format)', 'proj-', [20]),
  defineShape('none', 'OpenAI API key (sk-None)', 'None-', [20, 74]),
  defineShape('service', 'OpenAI service key', SERVICE_TAG, [20]),
  defineShape('legacy', 'OpenAI API key (legacy user key)', '', [20])
]

/** The name of a key's shape when it is a known one; any other member of the family is `openai-key`. */
export function classify(key: string): ShapeName {
  return SHAPES.find((shape) => shape.pattern.test(key))?.name ?? 'openai-key'
}

const FIXED_TAGS = ['proj-', 'svcacct-', 'admin-', 'None-']
/** Other vendors that also start their keys with `sk-`. */
const FOREIGN_TAGS = ['ant-']

/**
 * Reads the key out of `run`: text that starts with `sk-`, holds the marker at `marker`, and ends where the
 * key alphabet ends. Returns the key (the run, or its front when a symmetric key is followed by `_`/`-` and
 * more), or null when this is not a key: a truncated or over-long segment, a placeholder, another vendor.
 */
export function keyAt(run: string, marker: number): string | null {
  if (!run.startsWith('sk-') || run.slice(marker, marker + MARKER.length) !== MARKER) return null
  const front = run.slice(3, marker)
  const back = run.slice(marker + MARKER.length)
  const tagLength = tagLengthOf(front, back.length)
  if (tagLength === null) return null
  const left = front.slice(tagLength)
  const right = symmetricEnd(back, left.length)
  if (!KEY_TEXT.test(front) || !isSegment(left) || !isSegment(right)) return null
  return `sk-${front}${MARKER}${right}`
}

/**
 * The key of a known shape at the front of `run` (marker at `marker`), when more key characters are glued to
 * its end: known keys are symmetric, so the right segment is as long as the shape says. Null when the front
 * is no known shape; the family rule (`keyAt`) takes the whole run instead.
 */
export function knownKeyAt(run: string, marker: number): string | null {
  for (const shape of SHAPES) {
    for (const half of shape.halves) {
      const end = marker + MARKER.length + half
      if (run.length < end) continue
      const key = run.slice(0, end)
      if (shape.pattern.test(key) && keyAt(key, marker) === key) return key
    }
  }
  return null
}

const FIXED_MARKER_OFFSETS = new Set(
  SHAPES.filter((shape) => shape.tag !== SERVICE_TAG).flatMap((shape) =>
    shape.halves.map((half) => 'sk-'.length + shape.tag.length + half)
  )
)
const SERVICE_MARKER_OFFSETS = [
  'sk-service-x-'.length + MIN_SEGMENT,
  'sk-'.length + MAX_SERVICE_TAG + MIN_SEGMENT
]

/**
 * Whether a key of a known shape can hold its marker `offset` characters after its start (`service`: whether
 * the key starts `sk-service-`, asked only when it matters): a cheap test before `knownKeyAt`.
 */
export function markerFitsKnownShape(offset: number, service: () => boolean): boolean {
  if (FIXED_MARKER_OFFSETS.has(offset)) return true
  const [min, max] = SERVICE_MARKER_OFFSETS as [number, number]
  return offset >= min && offset <= max && service()
}

/** Whether `text` is exactly one key of the family. */
export function isKey(text: string): boolean {
  // A segment may itself hold the marker: any occurrence can be the one between the segments.
  for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + 1)) {
    if (keyAt(text, at) === text) return true
  }
  return false
}

function tagLengthOf(front: string, backLength: number): number | null {
  if (FOREIGN_TAGS.some((tag) => front.startsWith(tag))) return null
  const fixed = FIXED_TAGS.find((tag) => front.startsWith(tag))
  if (fixed) return fixed.length
  if (!front.startsWith('service-')) return 0
  // A service name may hold dashes. Known keys are symmetric, so the left segment is as long as the right
  // one; failing that, the name ends at the last dash.
  const symmetric = front.length - backLength - 1
  const tagEnd =
    symmetric > 'service-'.length && front[symmetric] === '-' ? symmetric : front.lastIndexOf('-')
  return tagEnd > 'service-'.length && tagEnd < MAX_SERVICE_TAG ? tagEnd + 1 : null
}

/** Known keys are symmetric: a longer right side that breaks at `_` or `-` right there is the key plus more. */
function symmetricEnd(back: string, leftLength: number): string {
  const next = back[leftLength]
  return back.length > leftLength && (next === '_' || next === '-') ? back.slice(0, leftLength) : back
}

const KEY_TEXT = /^[A-Za-z0-9_-]*$/

function isSegment(segment: string): boolean {
  return (
    segment.length >= MIN_SEGMENT &&
    segment.length <= MAX_SEGMENT &&
    KEY_TEXT.test(segment) &&
    !isPlaceholder(segment)
  )
}

const PLACEHOLDER_MAX_DISTINCT = 4

/** `xxxxxxxx…`, `0000…`, `abababab…`: real segments are random and use many distinct characters. */
function isPlaceholder(segment: string): boolean {
  const seen: string[] = []
  for (const char of segment) {
    if (!seen.includes(char) && seen.push(char) >= PLACEHOLDER_MAX_DISTINCT + 1) return false
  }
  return true
}
