// Untrusted text (paths, `reason`, ids from a state variable, messages from an API) in the job summary, issue
// bodies and SARIF. GitHub renders all three as GitHub Flavored Markdown with some HTML: a backtick can close a
// code span, a path can be a heading, an image, a link or an @mention, and a `|` or a line break splits a table
// row. Every such value goes through here.
import { printable } from './quote.js'

/**
 * A code span that nothing inside can close: the fence is one backtick longer than the longest run inside
 * (CommonMark: a span ends only at a run of exactly its fence's length). Inside a span, markdown, HTML, links and
 * mentions are not interpreted. Control characters are escaped first, so the span stays on its line; a space
 * pads a value that starts or ends with a backtick (CommonMark strips one space on each side).
 */
export function code(value: string): string {
  const text = printable(value)
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '|': '&#124;'
}

/**
 * Plain text that reads as itself: HTML characters and `|` as entities (no tag, no table split), a backslash
 * before each character that opens a code span, emphasis, a link or an image (`[`, `!`, `` ` ``, `*`, …), and `@`
 * followed by a word joiner, so it mentions no one (GitHub finds mentions in the rendered text, where an entity is
 * an `@` again). Control characters are escaped, so the text stays on its line. `.`, `:`, `/`, `-` and `_` are
 * left as they are, so URLs in messages stay links: inside a line they make at most an emphasis.
 */
export function text(value: string): string {
  return printable(value)
    .replace(/[\\`*{}[\]()#+!~]/g, '\\$&')
    .replace(/[&<>"|]/g, (c) => ENTITIES[c]!)
    .replace(/@/g, '@\u2060')
}

/**
 * A table cell: the finished markdown of one cell, with every `|` escaped. GFM splits a row at a `|` unless a
 * backslash stands right before it, inside code spans too (cmark-gfm's `table_cell` scanner), and removes that
 * backslash before rendering the cell.
 */
export function cell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}
