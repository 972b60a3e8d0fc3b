// Builds the benchmark repository once (cached in .bench/repo): a realistic history of ≥ 20,000 commits and
// ≥ 200 MiB of unique file contents, with OpenAI-shaped keys planted in many file types, some of them removed
// again by later commits. Written with `git fast-import`, so building takes seconds, not hours.
import { spawn, execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const LAYOUT_VERSION = 2
/** BENCH_COMMITS scales the history (100000 gives about 1 GiB of blobs); each size is cached apart. */
const COMMITS = Number(process.env.BENCH_COMMITS ?? 20_000)
const FILES = 4_000
const BLOB_BYTES = 11_000

const MARKER = ['T3Bl', 'bkFJ'].join('')
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'

export function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = prng(20261123)
export const pick = (list, r = rand) => list[Math.floor(r() * list.length)]
const chars = (n, alphabet, r = rand) => Array.from({ length: n }, () => pick(alphabet, r)).join('')

const WORDS = (
  'const let return function import export from await async if else for while try catch throw new class ' +
  'this self def print value result request response client config settings user model token error data ' +
  'items index count total parse render update create delete fetch query schema table column string number'
).split(' ')

/** A plausible source file: indented lines of identifiers, calls and literals. */
export function sourceText(bytes, r = rand) {
  const lines = []
  let size = 0
  while (size < bytes) {
    const depth = Math.floor(r() * 4)
    const words = Array.from({ length: 3 + Math.floor(r() * 9) }, () => pick(WORDS, r))
    const line =
      '  '.repeat(depth) + words.join(r() < 0.3 ? '.' : ' ') + (r() < 0.2 ? `("${chars(12, ALNUM, r)}")` : '')
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n') + '\n'
}

const SHAPES = [
  ['sk-proj-', 74, URLSAFE],
  ['sk-svcacct-', 74, URLSAFE],
  ['sk-admin-', 58, URLSAFE],
  ['sk-None-', 74, URLSAFE],
  ['sk-proj-', 20, ALNUM],
  ['sk-', 20, ALNUM]
]
export const CONTEXTS = [
  ['.env', (k) => `OPENAI_API_KEY=${k}\n`],
  ['config.json', (k) => `{"openai": {"key": "${k}"}, "retries": 3}\n`],
  ['settings.yaml', (k) => `openai:\n  api_key: ${k}\n`],
  ['notebook.ipynb', (k) => `{"cells":[{"source":["client = OpenAI(api_key=\\"${k}\\")"]}]}\n`],
  ['client.js', (k) => `fetch(url + "?key=${k}&model=gpt", opts)\n`],
  ['secret.yaml', (k) => `kind: Secret\ndata:\n  OPENAI_API_KEY: ${Buffer.from(k).toString('base64')}\n`],
  ['call.py', (k) => `call(${k}, timeout)\n`]
]

export function plantedKey(r = rand) {
  const [prefix, half, alphabet] = pick(SHAPES, r)
  return prefix + chars(half, alphabet, r) + MARKER + chars(half, alphabet, r)
}

/** `count` project keys from a stream of their own (`seed`), for inputs beside the repository. */
export function projectKeys(count, seed) {
  const r = prng(seed)
  const half = () => chars(74, URLSAFE, r)
  return Array.from({ length: count }, () => `sk-proj-${half()}${MARKER}${half()}`)
}

/** Streams the fast-import input; returns the planted keys' fingerprints (which stay at HEAD, which do not). */
async function build(dir) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  const child = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] })
  const done = new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))
    )
  )
  const write = (text) =>
    child.stdin.write(text) ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r))
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`
  const planted = []
  const atHead = new Map() // path → fingerprint of the key the file holds now
  let mark = 0
  let time = 1_600_000_000
  let branchTip = null
  for (let i = 0; i < COMMITS; i++) {
    const n = Math.floor(rand() * FILES)
    // Nested like a real project (10 × 20 × 20): flat directories of thousands of files make huge trees.
    const file = `src/m${n % 10}/p${Math.floor(n / 10) % 20}/f${Math.floor(n / 200)}.txt`
    const changes = [[file, sourceText(BLOB_BYTES * (0.5 + rand()))]]
    if (i % 500 === 250) {
      const key = plantedKey()
      const [name, render] = pick(CONTEXTS)
      const where = `app/${i}/${name}`
      changes.push([where, sourceText(400) + render(key) + sourceText(300)])
      const fp = createHash('sha256').update(key).digest('hex')
      planted.push(fp)
      atHead.set(where, fp)
    }
    const removals = []
    if (i % 1000 === 900) {
      // A developer notices and deletes the file: the key stays in history.
      const victim = [...atHead.keys()][0]
      if (victim) {
        removals.push(victim)
        atHead.delete(victim)
      }
    }
    for (const [, text] of changes) await write(`blob\nmark :${++mark}\n${data(text)}`)
    const first = mark - changes.length + 1
    const onBranch = i % 2000 === 1999
    time += 60 + Math.floor(rand() * 3600)
    const who = `Dev ${i % 17} <dev${i % 17}@example.com> ${time} +0000`
    await write(
      `commit refs/heads/${onBranch ? `feature/${i}` : 'main'}\nmark :${++mark}\nauthor ${who}\ncommitter ${who}\n` +
        data(`Change ${i}: update ${file}`) +
        (onBranch ? `from ${branchTip}\n` : '') +
        changes.map(([p], k) => `M 100644 :${first + k} ${p}\n`).join('') +
        removals.map((p) => `D ${p}\n`).join('')
    )
    if (!onBranch) branchTip = `:${mark}`
  }
  child.stdin.end()
  await done
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir })
  return { planted, atHead: [...atHead.values()] }
}

/** The benchmark repository, built on first use and reused while its layout is unchanged. */
export async function benchRepository(root) {
  const name = COMMITS === 20_000 ? 'repo' : `repo-${COMMITS}`
  const dir = path.join(root, '.bench', name)
  const metaFile = path.join(root, '.bench', `${name}.json`)
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'))
    if (meta.layout === LAYOUT_VERSION && existsSync(path.join(dir, '.git'))) return { dir, ...meta }
  }
  process.stderr.write(`Building the benchmark repository (${COMMITS} commits) in ${dir} …\n`)
  const keys = await build(dir)
  const meta = { layout: LAYOUT_VERSION, commits: COMMITS, ...keys }
  writeFileSync(metaFile, JSON.stringify(meta))
  return { dir, ...meta }
}
