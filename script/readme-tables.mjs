// Prints the README's inputs and outputs tables from action.yml, so the two never disagree
// (test/readme.test.ts fails when the README's tables differ from this output).
import { readFileSync } from 'node:fs'
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = tables(readFileSync(new URL('../action.yml', import.meta.url), 'utf8'))
  console.log(`${t.inputs}\n\n${t.outputs}`)
}
