// A model of the GitHub Flavored Markdown rules that untrusted text could abuse, to check what reports write:
// where a table row splits (cmark-gfm: at a `|` with no backslash right before it) and where code spans start
// and end (CommonMark: a run of n backticks closes only at the next run of exactly n).

/** The cells of a table row: split at each `|` not preceded by a backslash, without the outer pipes. */
export function rowCells(line: string): string[] {
  const cells: string[] = []
  let current = ''
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '|' && line[i - 1] !== '\\') {
      cells.push(current)
      current = ''
    } else current += line[i]
  }
  cells.push(current)
  return cells.slice(1, -1)
}

/**
 * The text outside code spans, with each span replaced by `⟨code⟩`; an unclosed run of backticks stays text, and
 * so does a backslash-escaped character.
 */
export function outsideCode(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '\\') {
      out += text.slice(i, i + 2)
      i += 2
      continue
    }
    if (text[i] !== '`') {
      out += text[i++]
      continue
    }
    let n = 0
    while (text[i + n] === '`') n++
    const fence = '`'.repeat(n)
    let close = i + n
    for (;;) {
      close = text.indexOf(fence, close)
      if (close < 0 || text[close + n] !== '`') break
      while (text[close] === '`') close++
    }
    if (close < 0) {
      out += fence
      i += n
    } else {
      out += '⟨code⟩'
      i = close + n
    }
  }
  return out
}

/**
 * What a hostile value could make of a markdown document, per line: headings other than `headings`, rows whose
 * cell count differs from their table's header, and, outside code spans, HTML, links, images or @mentions.
 */
export function markdownProblems(md: string, headings: readonly string[]): string[] {
  const problems: string[] = []
  let columns: number | undefined
  for (const line of md.split('\n')) {
    if (/^ {0,3}#{1,6}(\s|$)/.test(line) && !headings.includes(line)) problems.push(`heading: ${line}`)
    if (line.startsWith('|')) {
      const cells = rowCells(line).length
      columns ??= cells
      if (cells !== columns) problems.push(`${cells} cells, not ${columns}: ${line}`)
    } else columns = undefined
    const text = outsideCode(line)
    if (/</.test(text)) problems.push(`HTML: ${line}`)
    if (/(^|[^\\])!?\[/.test(text)) problems.push(`link or image: ${line}`)
    if (/@[A-Za-z0-9]/.test(text)) problems.push(`mention: ${line}`)
    if (/(^|[^\\])`/.test(text)) problems.push(`stray backtick: ${line}`)
  }
  return problems
}
