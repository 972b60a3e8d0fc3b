/** The names of the OpenAI key shapes we know; `openai-key` is the family match with an unknown layout. */
export type ShapeName =
  'legacy' | 'project' | 'project-legacy' | 'service-account' | 'admin' | 'none' | 'service' | 'openai-key'

/** Every shape name, to check a name read from a file against. */
export const SHAPE_NAMES: readonly ShapeName[] = [
  'legacy',
  'project',
  'project-legacy',
  'service-account',
  'admin',
  'none',
  'service',
  'openai-key'
]

/** How the key was written in the bytes where it was found. */
export type Encoding = 'plain' | 'base64' | 'utf16le' | 'utf16be'

export const ENCODINGS: readonly Encoding[] = ['plain', 'base64', 'utf16le', 'utf16be']

/** One key found in one buffer. `key` is the raw key: it never leaves memory. */
export interface Hit {
  key: string
  shape: ShapeName
  encoding: Encoding
  /** 1-based line and column (in characters of the decoded text) where the key (or its encoded form) starts. */
  line: number
  column: number
}

/** Text a person wrote outside any file: a commit's message, an annotated tag's message, a note (`git notes`). */
export type MessageKind = 'commit-message' | 'tag-message' | 'note'

/**
 * Where a finding was seen: a file in the worktree, the index, a commit, or stdin; or a message (`kind`), which
 * has no path (`path` is empty) and is named by its commit (or tag).
 */
export interface Location {
  path: string
  /** Set for a key in a message: which kind. `commit` is the commit written about (for a note, the annotated one). */
  kind?: MessageKind
  /** For a tag message: the tag's name (the repository's text: quote it wherever it is shown). */
  tag?: string
  line: number
  column: number
  /** For commit ranges and history: the commit that holds the key at this path, and its author date (ISO). */
  commit?: string
  authorDate?: string
}

/** A finding as reports see it: no raw key, only its redacted display and fingerprint. */
export interface Finding extends Location {
  shape: ShapeName
  encoding: Encoding
  /** e.g. `sk-proj-Ab…9xQA` */
  redacted: string
  /** SHA-256 (hex) of the key, for baselines and de-duplication. */
  fingerprint: string
  /**
   * `introduced`: the scanned range adds it (fails the check under `fail-on: introduced`).
   * `pre-existing`: it was there before the range (a warning).
   */
  status: 'introduced' | 'pre-existing'
  /** Filled by `verify: true`: whether OpenAI accepts the key. */
  live?: 'live' | 'invalid' | 'restricted' | 'unknown'
}

/** What could not be read, and so was not scanned: it fails the check as a leak would, unless `fail-on: never`. */
export interface Unreadable {
  /** Objects or files that could not be read. */
  objects: number
  /** Where they are, as people read paths. */
  paths: string[]
  /** Why, by path, when the source knows. */
  reasons?: Record<string, string>
  /** Files on disk (the working tree), not git objects. */
  files?: true
}
