// The coverage corpus for bench/compare.mjs: every OpenAI key shape in every context a key is found in, plus
// look-alikes that must not be reported. Generated at run time from a seeded PRNG, so the repository holds no
// key-shaped string and every run writes the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const MARKER = ['T3Bl', 'bkFJ'].join('')
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const URLSAFE = ALNUM + '_-'

/** mulberry32: tiny, seedable, good enough to spread characters; Math.random would make runs differ. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = prng(0x0a1c0de)
const pick = (chars) => chars[Math.floor(rand() * chars.length)]

/** Real 58/74-character segments carry `_` or `-`; a purely alphanumeric one would flatter alnum-only rules. */
function segment(length, chars, needPunct = false) {
  const s = Array.from({ length }, () => pick(chars))
  if (needPunct && !s.some((c) => c === '_' || c === '-'))
    s[1 + Math.floor(rand() * (length - 2))] = pick('_-')
  return s.join('')
}

/** [label, prefix, segment length]: 20-character segments are alphanumeric, longer ones URL-safe base64. */
const SHAPE_SPECS = [
  ['legacy `sk-` 20+20', 'sk-', 20],
  ['project 2024 `sk-proj-` 20+20', 'sk-proj-', 20],
  ['project `sk-proj-` 74+74', 'sk-proj-', 74],
  ['service account `sk-svcacct-` 74+74', 'sk-svcacct-', 74],
  ['admin `sk-admin-` 58+58', 'sk-admin-', 58],
  ['`sk-None-` 74+74', 'sk-None-', 74],
  ['`sk-None-` 20+20', 'sk-None-', 20],
  ['service `sk-service-<name>-` 20+20', 'sk-service-build-bot-', 20],
  ['older long `sk-` 42+42', 'sk-', 42]
]

export const SHAPES = SHAPE_SPECS.map(([label, prefix, n]) => {
  const chars = n === 20 ? ALNUM : URLSAFE
  const punct = n === 58 || n === 74
  return { label, key: `${prefix}${segment(n, chars, punct)}${MARKER}${segment(n, chars, punct)}` }
})

const HALF_MINIFIED = 'var a=1;'.repeat(12_800) // 100 KiB each side: a 200 KiB line
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])

/** [label, file extension, content]: one file per shape and context. */
export const CONTEXTS = [
  ['.env', 'env', (k) => `OPENAI_API_KEY=${k}\n`],
  ['JSON', 'json', (k) => `{"k": "${k}"}\n`],
  ['YAML', 'yaml', (k) => `k: ${k}\n`],
  ['TOML', 'toml', (k) => `[openai]\nk = "${k}"\n`],
  ['shell export', 'sh', (k) => `export K=${k}\n`],
  ['Python call', 'py', (k) => `client = f(${k}, 1)\n`],
  ['URL query', 'txt', (k) => `https://api.example.com/v1/models?key=${k}&x=1\n`],
  ['followed by `)`', 'js', (k) => `use(${k})\n`],
  ['followed by `;`', 'js', (k) => `let k=${k};\n`],
  ['followed by `,`', 'txt', (k) => `keys=[${k},other]\n`],
  ['in backticks', 'md', (k) => `Use \`${k}\` to call the API.\n`],
  ['notebook `\\"key\\"`', 'ipynb', (k) => `{"cells": [{"source": ["key = \\"${k}\\"\\n"]}]}\n`],
  ['CRLF line end', 'env', (k) => `# env\r\nOPENAI_API_KEY=${k}\r\nDEBUG=1\r\n`],
  ['end of file, no newline', 'env', (k) => `DEBUG=1\nOPENAI_API_KEY=${k}`],
  ['200 KB minified line', 'js', (k) => `${HALF_MINIFIED}k="${k}";${HALF_MINIFIED}`],
  [
    'base64 in a k8s Secret',
    'yaml',
    (k) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: openai\ndata:\n  OPENAI_API_KEY: ${Buffer.from(k).toString('base64')}\n`
  ],
  ['UTF-16LE with BOM', 'txt', (k) => utf16le(`# config\r\nOPENAI_API_KEY=${k}\r\n`)]
]

/** Look-alikes: placeholders, a truncated key, other vendors' `sk` keys. Reporting any is a false positive. */
export const NEGATIVES = [
  ['`sk-...`', 'sk-...'],
  ['`sk-proj-xxxx`', 'sk-proj-xxxx'],
  ['`sk-your-key-here`', 'sk-your-key-here'],
  ['truncated (10+10)', `sk-${segment(10, ALNUM)}${MARKER}${segment(10, ALNUM)}`],
  ['Anthropic `sk-ant-api03-`', `sk-ant-api03-${segment(90, URLSAFE)}`],
  ['Stripe `sk_live_`', `sk_live_${segment(24, ALNUM)}`]
].map(([label, text]) => ({ label, text }))

/** Writes the corpus into `dir`; returns the cases with their file names (relative to `dir`). */
export function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true })
  const cases = []
  SHAPES.forEach((shape, s) =>
    CONTEXTS.forEach(([context, ext, render], c) => {
      const file = `pos-${s}-${c}.${ext}`
      writeFileSync(path.join(dir, file), render(shape.key))
      cases.push({ file, shape: shape.label, context, key: shape.key, positive: true })
    })
  )
  NEGATIVES.forEach(({ label, text }, n) => {
    const file = `neg-${n}.env`
    writeFileSync(path.join(dir, file), `OPENAI_API_KEY=${text}\n`)
    cases.push({ file, shape: label, context: '.env', key: text, positive: false })
  })
  return cases
}
