// Path globs for `allow.paths`, matched in time linear in the path. A config comes from the repository, so a
// glob is hostile input: backtracking matchers (a glob turned into a regular expression) take exponential time
// on globs like `*a*a*a*a*a*b`. Here a glob becomes a small automaton (Thompson's construction) and a path is
// run through all its states at once: the work is at most (states) × (characters + 1), whatever the glob.
import { ConfigurationError } from '../errors.js'

/** Longest glob, and longest list of globs in characters: they bound the automaton, hence the work per path. */
export const MAX_GLOB_LENGTH = 1024
export const MAX_GLOBS_LENGTH = 4096

type CharTest = (char: string) => boolean

type Node =
  | { kind: 'char'; test: CharTest }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; body: Node; min: 0 | 1 }
  | { kind: 'optional'; body: Node }

/** A state either reads one character that passes `test` and goes to `next[0]`, or moves to all of `next` freely. */
interface State {
  test?: CharTest
  next: number[]
}

const ACCEPT = 0
const notSlash: CharTest = (char) => char !== '/'
const anyChar: CharTest = () => true
const literal = (c: string): Node => ({ kind: 'char', test: (char) => char === c })
const star = (body: Node): Node => ({ kind: 'repeat', body, min: 0 })
const seq = (...items: Node[]): Node => ({ kind: 'seq', items })

export interface GlobMatch {
  matched: boolean
  /** States visited: at most the automaton's size for each character of the path, plus one. */
  steps: number
}

/** One compiled glob, or several matched as one (any of them). */
export class GlobMatcher {
  private readonly states: State[]
  private readonly start: number
  private readonly seen: Int32Array
  private generation = 0
  private visits = 0

  private constructor(root: Node) {
    this.states = [{ next: [] }] // ACCEPT
    this.start = this.compile(root, ACCEPT)
    this.seen = new Int32Array(this.states.length)
  }

  /**
   * Parses the globs (any one matching is a match); a ConfigurationError says which glob to fix and how, naming
   * the setting the globs come from (`what`).
   */
  static of(globs: string[], what = 'allow.paths'): GlobMatcher {
    return new GlobMatcher({ kind: 'alt', options: globs.map((glob) => parseGlob(glob, what)) })
  }

  get size(): number {
    return this.states.length
  }

  match(path: string): GlobMatch {
    this.visits = 0
    let current = this.closure([this.start])
    for (const char of path) {
      const reached: number[] = []
      for (const id of current) {
        const state = this.states[id] as State
        if (state.test?.(char) === true) reached.push(state.next[0] as number)
      }
      current = this.closure(reached)
      if (current.length === 0) break
    }
    return { matched: current.includes(ACCEPT), steps: this.visits }
  }

  matches(path: string): boolean {
    return this.match(path).matched
  }

  /** Every state reachable from `from` without reading, each once. */
  private closure(from: number[]): number[] {
    const generation = ++this.generation
    const out: number[] = []
    const stack = [...from]
    while (stack.length > 0) {
      const id = stack.pop() as number
      if (this.seen[id] === generation) continue
      this.seen[id] = generation
      this.visits++
      const state = this.states[id] as State
      if (state.test || id === ACCEPT) out.push(id)
      else stack.push(...state.next)
    }
    return out
  }

  /** Builds `node` so that it continues to state `next`; returns its entry state. */
  private compile(node: Node, next: number): number {
    switch (node.kind) {
      case 'char':
        return this.add({ test: node.test, next: [next] })
      case 'seq':
        return node.items.reduceRight((to, item) => this.compile(item, to), next)
      case 'alt':
        return this.add({ next: node.options.map((option) => this.compile(option, next)) })
      case 'optional':
        return this.add({ next: [this.compile(node.body, next), next] })
      case 'repeat': {
        const loop = this.add({ next: [] })
        const body = this.compile(node.body, loop)
        ;(this.states[loop] as State).next = [body, next]
        return node.min === 0 ? loop : body
      }
    }
  }

  private add(state: State): number {
    this.states.push(state)
    return this.states.length - 1
  }
}

/**
 * The path allow-list: `!glob` entries match what their glob does not (picomatch's meaning, kept for configs
 * written for it). Globs past the size limits are refused with the line to fix.
 */
export function pathMatcher(globs: string[]): (path: string) => boolean {
  const total = globs.reduce((sum, glob) => sum + glob.length, 0)
  if (total > MAX_GLOBS_LENGTH) {
    throw new ConfigurationError(
      `allow.paths: the globs hold ${total} characters together; at most ${MAX_GLOBS_LENGTH}. List directories (dir/**) rather than files.`
    )
  }
  const negated = (glob: string): boolean => glob.startsWith('!') && !glob.startsWith('!(')
  const positive = GlobMatcher.of(globs.filter((glob) => !negated(glob)))
  const negatives = globs.filter(negated).map((glob) => GlobMatcher.of([glob.slice(1)]))
  const memo = new Map<string, boolean>()
  return (path) => {
    let allowed = memo.get(path)
    if (allowed === undefined) {
      allowed = positive.matches(path) || negatives.some((glob) => !glob.matches(path))
      memo.set(path, allowed)
    }
    return allowed
  }
}

/**
 * Glob syntax: `*` (any characters but `/`), `**` as a whole segment (any number of directories; `dir/**` also
 * matches `dir`), `?`, `[abc]` `[a-z]` `[!a]` `[^a]`, `{a,b}` (nested, may hold `/`), the extglobs `@(a|b)`
 * `?(…)` `*(…)` `+(…)`, and `\` to escape. A leading `./` is dropped. Not supported, and refused: `!(…)`.
 */
export function parseGlob(glob: string, what = 'allow.paths'): Node {
  if (glob.length > MAX_GLOB_LENGTH) {
    throw new ConfigurationError(
      `${what}: the glob ${quoted(glob)} is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH}.`
    )
  }
  const text = glob.startsWith('./') ? glob.slice(2) : glob
  return new GlobParser(glob, text, what).parse()
}

function quoted(glob: string): string {
  return JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}…` : glob)
}

const EXTGLOB = '*?+@!'

class GlobParser {
  private at = 0
  /** For each `{` and extglob `(`: where its group closes; for `{`, whether it holds a `,` of its own. */
  private readonly closing = new Map<number, number>()
  private readonly hasComma = new Set<number>()
  private readonly glob: string
  private readonly text: string
  private readonly what: string

  constructor(glob: string, text: string, what: string) {
    this.glob = glob
    this.text = text
    this.what = what
    this.pairGroups()
  }

  parse(): Node {
    return seq(...this.sequence(''))
  }

  /** Pairs brackets in one pass, so that parsing never retries a group: linear in the glob. */
  private pairGroups(): void {
    const open: number[] = []
    const text = this.text
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (c === '\\') i++
      else if (c === '{' || (c === '(' && i > 0 && EXTGLOB.includes(text[i - 1] as string))) open.push(i)
      else if (c === ',' && open.length > 0 && text[open.at(-1) as number] === '{') {
        this.hasComma.add(open.at(-1) as number)
      } else if ((c === '}' || c === ')') && open.length > 0) {
        const from = open.at(-1) as number
        if ((text[from] === '{') === (c === '}')) this.closing.set(open.pop() as number, i)
      }
    }
  }

  /** Items up to the end of the glob or one of `stops` (not consumed). */
  private sequence(stops: string): Node[] {
    const items: Node[] = []
    const text = this.text
    while (this.at < text.length && !stops.includes(text[this.at] as string)) {
      const c = text[this.at] as string
      const next = text[this.at + 1]
      if (c === '\\') {
        items.push(literal(next ?? '\\'))
        this.at += next === undefined ? 1 : 2
      } else if (EXTGLOB.includes(c) && next === '(' && this.closing.has(this.at + 1)) {
        items.push(this.extglob(c))
      } else if (c === '*') {
        this.starOrGlobstar(items)
      } else if (c === '?') {
        items.push({ kind: 'char', test: notSlash })
        this.at++
      } else if (c === '[') {
        items.push(this.bracket())
      } else if (c === '{' && this.closing.has(this.at) && this.hasComma.has(this.at)) {
        items.push(this.braces())
      } else {
        items.push(literal(c))
        this.at++
      }
    }
    return items
  }

  private starOrGlobstar(items: Node[]): void {
    const text = this.text
    const from = this.at
    while (text[this.at] === '*') this.at++
    const before = from === 0 ? '' : (text[from - 1] as string)
    const after = text[this.at]
    const wholeSegment = this.at - from >= 2 && (from === 0 || '/{,|('.includes(before))
    if (wholeSegment && after === '/') {
      // `**/`: any number of directories, none included.
      this.at++
      items.push(star(seq(star({ kind: 'char', test: notSlash }), literal('/'))))
    } else if (wholeSegment && (after === undefined || '},|)'.includes(after))) {
      const last = items.at(-1)
      if (after === undefined && before === '/' && last) {
        // `dir/**` matches `dir` itself too.
        items.pop()
        items.push({ kind: 'optional', body: seq(last, star({ kind: 'char', test: anyChar })) })
      } else {
        items.push(star({ kind: 'char', test: anyChar }))
      }
    } else {
      items.push(star({ kind: 'char', test: notSlash }))
    }
  }

  private bracket(): Node {
    const text = this.text
    let i = this.at + 1
    const negate = text[i] === '!' || text[i] === '^'
    if (negate) i++
    const ranges: Array<[string, string]> = []
    let first = true
    for (; i < text.length && (first || text[i] !== ']'); first = false) {
      let low = text[i] as string
      if (low === '\\' && i + 1 < text.length) low = text[++i] as string
      i++
      if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ']') {
        let high = text[i + 1] as string
        i += 2
        if (high === '\\' && i < text.length) high = text[i++] as string
        ranges.push([low, high])
      } else {
        ranges.push([low, low])
      }
    }
    if (i >= text.length) {
      // No closing `]`: a literal `[`.
      this.at++
      return literal('[')
    }
    this.at = i + 1
    const inClass = (char: string): boolean => ranges.some(([low, high]) => char >= low && char <= high)
    return { kind: 'char', test: (char) => char !== '/' && inClass(char) !== negate }
  }

  private braces(): Node {
    const end = this.closing.get(this.at) as number
    this.at++
    const options: Node[] = []
    for (;;) {
      options.push(seq(...this.sequence(',}')))
      if (this.at >= end) break
      this.at++ // the `,`
    }
    this.at = end + 1
    return { kind: 'alt', options }
  }

  private extglob(kind: string): Node {
    if (kind === '!') {
      throw new ConfigurationError(
        `${this.what}: the glob ${quoted(this.glob)} uses !(…), which is not supported; list what to allow.`
      )
    }
    const end = this.closing.get(this.at + 1) as number
    this.at += 2
    const options: Node[] = []
    for (;;) {
      options.push(seq(...this.sequence('|)')))
      if (this.at >= end) break
      this.at++ // the `|`
    }
    this.at = end + 1
    const body: Node = { kind: 'alt', options }
    if (kind === '?') return { kind: 'optional', body }
    if (kind === '*') return { kind: 'repeat', body, min: 0 }
    if (kind === '+') return { kind: 'repeat', body, min: 1 }
    return body
  }
}
