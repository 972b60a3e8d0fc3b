// The README's inputs and outputs tables, generated from action.yml so the two never disagree.
// `node script/readme-tables.mjs` rewrites them in README.md; test/readme.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

export function tables(actionYml) {
  const action = parse(actionYml)
  const cell = (text) =>
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .replace(/\|/g, '\\|')
      .trim()
  const inputs = Object.entries(action.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`
  )
  const outputs = Object.entries(action.outputs).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
  )
  return {
    inputs: ['| Input | Description | Default |', '|---|---|---|', ...inputs].join('\n'),
    outputs: ['| Output | Description |', '|---|---|', ...outputs].join('\n')
  }
}

/** The README with its tables (between `<!-- inputs:start -->` and `<!-- inputs:end -->`, same for outputs) regenerated. */
export function syncReadme(readme, actionYml) {
  const t = tables(actionYml)
  const put = (text, name, body) =>
    text.replace(new RegExp(`(<!-- ${name}:start -->)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1\n${body}\n$2`)
  return put(put(readme, 'inputs', t.inputs), 'outputs', t.outputs)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = new URL('../README.md', import.meta.url)
  const action = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
  writeFileSync(readme, syncReadme(readFileSync(readme, 'utf8'), action))
}
