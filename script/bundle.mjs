// Builds the two committed bundles: dist/index.js (the action) and dist/cli.js (the CLI).
// `--check` builds in memory and fails when dist/ differs, so a stale dist/ never lands.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'

const ncc = createRequire(import.meta.url)('@vercel/ncc')
const check = process.argv.includes('--check')
const entries = [
  ['src/index.ts', 'dist/index.js', ''],
  ['src/cli.ts', 'dist/cli.js', '#!/usr/bin/env node\n']
]

let stale = []
await mkdir('dist', { recursive: true })
for (const [input, output, banner] of entries) {
  // ncc's own stack traces quote its minified source: print only the message (a type error, usually).
  const { code, assets } = await ncc(new URL(`../${input}`, import.meta.url).pathname, {
    quiet: true,
    minify: false,
    sourceMap: false,
    license: ''
  }).catch((error) => {
    console.error(`${input}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
  const extra = Object.keys(assets).filter((name) => name !== 'package.json')
  if (extra.length > 0) throw new Error(`${input}: unexpected bundle assets ${extra.join(', ')}`)
  const text = banner + code.replace(/^#!.*\n/, '')
  if (check) {
    const current = await readFile(output, 'utf8').catch(() => '')
    if (current !== text) stale.push(output)
  } else {
    await writeFile(output, text, { mode: banner ? 0o755 : 0o644 })
  }
}
if (check && stale.length > 0) {
  console.error(`dist/ is stale (${stale.join(', ')}): run 'npm run bundle' and commit dist/.`)
  process.exit(1)
}
if (check) console.log('dist/ is current.')
