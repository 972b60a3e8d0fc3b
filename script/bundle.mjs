// Builds the committed bundles: dist/index.js (the action) and dist/cli/index.js (the CLI, started by the
// dist/cli.js shim that package.json's bin names), each with the chunks its lazy imports load.
// `--check` builds in memory and fails when dist/ differs, so a stale dist/ never lands.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

const ncc = createRequire(import.meta.url)('@vercel/ncc')
const root = new URL('..', import.meta.url).pathname
const check = process.argv.includes('--check')
const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli.ts', 'dist/cli']
]

/** Every file dist/ should hold, by path, with its content. */
const wanted = new Map([['dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n"]])
for (const [input, dir] of entries) {
  // ncc's own stack traces quote its minified source: print only the message (a type error, usually).
  const { code, assets } = await ncc(path.join(root, input), {
    quiet: true,
    minify: false,
    sourceMap: false,
    license: ''
  }).catch((error) => {
    console.error(`${input}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
  wanted.set(`${dir}/index.js`, code)
  for (const [name, asset] of Object.entries(assets)) {
    if (name === 'package.json') continue
    if (!/^\d+\.index\.js$/.test(name)) throw new Error(`${input}: unexpected bundle asset ${name}`)
    wanted.set(`${dir}/${name}`, String(asset.source))
  }
}

async function filesIn(dir) {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesIn(`${dir}/${e.name}`) : [`${dir}/${e.name}`]))
  )
  return nested.flat()
}

const present = await filesIn('dist')
if (check) {
  const stale = []
  for (const [file, text] of wanted) {
    if ((await readFile(path.join(root, file), 'utf8').catch(() => '')) !== text) stale.push(file)
  }
  stale.push(...present.filter((file) => !wanted.has(file)))
  if (stale.length > 0) {
    console.error(`dist/ is stale (${stale.join(', ')}): run 'npm run bundle' and commit dist/.`)
    process.exit(1)
  }
  console.log('dist/ is current.')
} else {
  for (const file of present.filter((f) => !wanted.has(f))) await rm(path.join(root, file))
  for (const [file, text] of wanted) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true })
    await writeFile(path.join(root, file), text, { mode: file === 'dist/cli.js' ? 0o755 : 0o644 })
  }
}
