import { describe, expect, it } from 'vitest'
import { cell, code, text } from '../../src/report/markdown.js'
import { displayPath, printable, quotePath } from '../../src/report/quote.js'
import { makeKey } from '../helpers/keys.js'
import { markdownProblems, outsideCode, rowCells } from '../helpers/markdown.js'

describe('quotePath', () => {
  it.each([
    ['src/app.ts', 'src/app.ts'],
    ['naïve/日本.txt', 'naïve/日本.txt'],
    ['a\nb', '"a\\nb"'],
    ['tab\there', '"tab\\there"'],
    ['\x1b[31mred', '"\\033[31mred"'],
    ['bell\x07', '"bell\\a"'],
    ['del\x7f', '"del\\177"'],
    ['c1\u009b2J', '"c1\\302\\2332J"'],
    ['rlo\u202egnp.exe', '"rlo\\342\\200\\256gnp.exe"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['x##[add-mask]y', '"x#\\043[add-mask]y"']
  ])('%j → %s', (path, quoted) => {
    expect(quotePath(path)).toBe(quoted)
  })

  it('redacts a key inside a path', () => {
    const key = makeKey('project', 51)
    expect(displayPath(`keys/${key}.txt`)).toBe(`keys/sk-proj-${key.slice(8, 10)}…${key.slice(-4)}.txt`)
  })
})

describe('printable', () => {
  it('is one line that is no workflow command', () => {
    expect(printable('a\n::add-mask::x')).toBe('a\\n::add-mask::x')
    expect(printable('  ::set-output name=a::b')).toBe('  :\\072set-output name=a::b')
    expect(printable('see ##[set-output name=a;]b')).toBe('see #\\043[set-output name=a;]b')
    expect(printable('plain: text')).toBe('plain: text')
  })
})

describe('markdown', () => {
  it.each(['`', 'a`b', '``x``', '```', ' lead', 'trail`', 'x ``` `` ` y'])(
    'code(%j) is one span holding it',
    (value) => {
      const span = code(value)
      expect(outsideCode(span)).toBe('⟨code⟩')
      const fence = /^`+/.exec(span)![0]
      const inner = span.slice(fence.length, -fence.length)
      // CommonMark strips one space on each side when both are there.
      expect(/^ .* $/s.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner).toBe(value)
    }
  )

  it('text mentions no one and makes no HTML, link, image or code', () => {
    const md = text('hi @octocat <img src=x> [a](b) ![c](d) `e` *f* # g & h | i')
    expect(markdownProblems(md, [])).toEqual([])
    expect(md).toContain('@\u2060octocat')
    expect(md).toContain('&lt;img src=x&gt;')
    expect(md).toContain('&#124;')
  })

  it('a cell splits no row, inside a code span or out', () => {
    const row = `| ${cell(code('a|b\\|c'))} | ${cell(text('d|e'))} |`
    expect(rowCells(row)).toHaveLength(2)
  })
})
