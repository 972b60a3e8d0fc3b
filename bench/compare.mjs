// `node bench/compare.mjs`: detection coverage of OpenAI keys, ours against its peers, on one generated corpus
// (bench/corpus.mjs). Tools that install here are run for real; the others by their published rule, applied in
// JS, and the table says which. Exits non-zero when our scanner misses a key or flags a look-alike.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CONTEXTS, MARKER, SHAPES, writeCorpus } from './corpus.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')
const TOOLS = path.join(ROOT, '.bench', 'tools')
const SECRETLINT = path.join(TOOLS, 'node_modules', '.bin', 'secretlint')

// gitleaks `openai-api-key` (cmd/generate/config/rules/openai.go @09eba9f), wrapped the way
// GenerateUniqueTokenRegex wraps it. No `m` flag: gitleaks matches a whole file, where Go's `$` is end of text.
const GITLEAKS_BODY =
  `sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})${MARKER}(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\\b` +
  `|sk-[a-zA-Z0-9]{20}${MARKER}[a-zA-Z0-9]{20}`
const GITLEAKS = new RegExp(`\\b(${GITLEAKS_BODY})(?:[\\x60'"\\s;]|\\\\[nr]|$)`, 'g')
// trufflehog detector `openai` (pkg/detectors/openai/openai.go @024ef9c); its source says admin keys are not matched.
const TRUFFLEHOG = new RegExp(
  `\\b(sk-(?:(?:proj|svcacct|service)-[A-Za-z0-9_-]+|[a-zA-Z0-9]+)${MARKER}[A-Za-z0-9_-]+)\\b`,
  'g'
)

/** Shannon entropy in bits per character: gitleaks drops matches under the rule's `Entropy: 3`. */
function entropy(s) {
  const counts = new Map()
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts.values()].reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0)
}

/** The text with each base64 run (≥ 64 chars: the shortest key encodes to 68) replaced by what it decodes to. */
const base64Decoded = (text) =>
  text.replace(/[A-Za-z0-9+/]{64,}={0,2}/g, (run) => Buffer.from(run, 'base64').toString('latin1'))

/** The secrets (first group) a rule finds in each variant of the file that the tool's decoders produce. */
function ruleMatches(regex, variants, keep = () => true) {
  return variants.flatMap((text) => [...text.matchAll(regex)].map((m) => m[1]).filter(keep))
}

const gitleaks = (buf) => {
  const text = buf.toString('utf8') // gitleaks reads files as UTF-8 text and has no UTF-16 decoder
  return ruleMatches(GITLEAKS, [text, base64Decoded(text)], (s) => entropy(s) >= 3)
}
const trufflehog = (buf) => {
  const text = buf.toString('utf8')
  const hasBom = buf[0] === 0xff && buf[1] === 0xfe
  const utf16 = buf.subarray(hasBom ? 2 : 0).toString('utf16le') // its UTF-16 decoder
  return ruleMatches(TRUFFLEHOG, [text, base64Decoded(text), utf16])
}

/** For a rule: found = a match equals the key; partial = a match is a piece of it (or more); else miss. */
function verdict(kase, matches) {
  if (!kase.positive) return matches.length > 0 ? 'fp' : 'clean'
  if (matches.includes(kase.key)) return 'found'
  return matches.some((m) => kase.key.includes(m) || m.includes(kase.key)) ? 'partial' : 'miss'
}

function run(command, args, cwd) {
  const r = spawnSync(command, args, { cwd, maxBuffer: 1 << 30, encoding: 'utf8' })
  if (r.error || ![0, 1].includes(r.status))
    throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-500)}`)
  return r.stdout
}

/** For a real run, which reports no raw key: anything reported in the case's file counts. */
const hitVerdict = (kase, hit) => (kase.positive ? (hit ? 'found' : 'miss') : hit ? 'fp' : 'clean')

/** Our scanner, as shipped: the committed bundle walking a plain directory. */
function ours(dir) {
  const { findings } = JSON.parse(
    run(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'scan', dir, '--format', 'json'], dir)
  )
  return (kase) =>
    hitVerdict(
      kase,
      findings.some((f) => f.path === kase.file)
    )
}

function secretlintVersion() {
  if (!existsSync(SECRETLINT)) {
    process.stderr.write('Installing secretlint (npm) into .bench/tools …\n')
    mkdirSync(TOOLS, { recursive: true })
    const packages = ['secretlint@11', '@secretlint/secretlint-rule-preset-recommend@11']
    run('npm', ['install', '--silent', '--no-save', '--prefix', TOOLS, ...packages], ROOT)
  }
  return JSON.parse(readFileSync(path.join(TOOLS, 'node_modules/secretlint/package.json'), 'utf8')).version
}

/** secretlint with its recommended preset; only its OpenAI rule counts (its Stripe/Anthropic rules are right to fire). */
function secretlint(dir, work) {
  const rc = path.join(work, 'secretlintrc.json') // outside the corpus, so no tool scans it
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  const out = path.join(work, 'secretlint.json') // a file: its piped stdout is cut short when it exits
  run(SECRETLINT, ['--format', 'json', '--secretlintrc', rc, '--output', out, '**/*'], dir)
  const results = JSON.parse(readFileSync(out, 'utf8'))
  const byFile = new Map(results.map((r) => [path.relative(dir, r.filePath), r.messages]))
  const openai = (file) => (byFile.get(file) ?? []).some((m) => m.ruleId.includes('openai'))
  return (kase) => hitVerdict(kase, openai(kase.file))
}

const work = mkdtempSync(path.join(tmpdir(), 'okg-compare-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true })) // also when a tool fails
const corpus = path.join(work, 'corpus')
const cases = writeCorpus(corpus)
const version = secretlintVersion()
const bytesOf = (file) => readFileSync(path.join(corpus, file))
const columns = [
  { how: 'real run: `dist/cli.js scan`', judge: ours(corpus) },
  { how: 'published rule, in JS', judge: (k) => verdict(k, gitleaks(bytesOf(k.file))) },
  { how: 'published regex, in JS', judge: (k) => verdict(k, trufflehog(bytesOf(k.file))) },
  { how: `real run: ${version}`, judge: secretlint(corpus, work) }
]
for (const kase of cases) kase.verdicts = columns.map((col) => col.judge(kase))

/** `found/total`, with partial matches (a piece of the key) noted: they count as misses. */
function cell(group, i) {
  const found = group.filter((k) => k.verdicts[i] === 'found').length
  const partial = group.filter((k) => k.verdicts[i] === 'partial').length
  return `${found}/${group.length}${partial ? ` (${partial} partial)` : ''}`
}
const positives = cases.filter((k) => k.positive)
const negatives = cases.filter((k) => !k.positive)
function fpCell(i) {
  const hits = negatives.filter((k) => k.verdicts[i] === 'fp').map((k) => k.shape)
  return `${hits.length}/${negatives.length}${hits.length ? ` (${hits.join(', ')})` : ''}`
}
// The last column is GitHub push protection: it scans on GitHub's servers only, so it has no numbers.
const row = (label, cellOf, last = 'n/a') =>
  `| ${label} | ${columns.map((_, i) => cellOf(i)).join(' | ')} | ${last} |`
const header = ['ours', 'gitleaks rule', 'trufflehog detector', 'secretlint', 'GitHub push protection']
const table = (first, rows) => [
  `| ${first} | ${header.join(' | ')} |`,
  `|${' --- |'.repeat(header.length + 1)}`,
  row('*how measured*', (i) => `*${columns[i].how}*`, '*not measurable offline*'),
  ...rows
]
const byShape = SHAPES.map(({ label }) => positives.filter((k) => k.shape === label))
const byContext = CONTEXTS.map(([label]) => positives.filter((k) => k.context === label))
// A context gets a row when it costs some tool keys that tool finds elsewhere; the rest are listed in one line.
const foundIn = (group, i) => group.filter((k) => k.verdicts[i] === 'found').length
const best = columns.map((_, i) => Math.max(...byContext.map((g) => foundIn(g, i))))
const differs = (group) => columns.some((_, i) => foundIn(group, i) < best[i])
// Whether the seeded 42+42 key has `_`/`-` in a segment: that alone decides trufflehog's alphanumeric branch.
const OLD_LONG_PUNCT = /[_-]/.test(SHAPES.at(-1).key.slice(3))
const lines = [
  `## OpenAI key detection coverage (${positives.length} planted keys, ${negatives.length} look-alikes)`,
  '',
  ...table('key shape (found / contexts)', [
    ...byShape.map((g) => row(g[0].shape, (i) => cell(g, i))),
    row('**all keys**', (i) => cell(positives, i)),
    row('**false positives on negatives**', fpCell)
  ]),
  '',
  ...table(
    'context where peers differ (found / shapes)',
    byContext.filter(differs).map((g) => row(g[0].context, (i) => cell(g, i)))
  ),
  '',
  `Every tool scores its best in the other contexts: ${byContext
    .filter((g) => !differs(g))
    .map((g) => g[0].context)
    .join(', ')}.`,
  '',
  'Command: `node bench/compare.mjs`',
  '',
  '- **ours**: `node dist/cli.js scan <corpus> --format json` on a plain directory; found = a finding in that file.',
  `- **secretlint** ${version}: \`secretlint --format json --secretlintrc <rc> --output <file> "**/*"\` with the recommend preset; found = a message from its OpenAI rule on that file.`,
  '- **gitleaks**: rule `openai-api-key` (openai.go @09eba9f) wrapped by `GenerateUniqueTokenRegex` (`` \\b(…)(?:[`\'"\\s;]|\\\\[nr]|$) ``), entropy ≥ 3, on the file as UTF-8 and on its base64 runs (≥ 64 chars) decoded, as gitleaks ≥ 8.20 does (`--max-decode-depth`, default 5 in recent releases); no UTF-16 decoding.',
  '- **trufflehog**: detector `openai` (openai.go @024ef9c) regex on the raw text, on base64 runs decoded and on the UTF-16LE-decoded text (its decoders run before detectors). Its source says it does not match admin keys.',
  '- For the two rules a case is found only when a match equals the whole key; *partial* = a match that is only a piece of the key (counted as a miss). A look-alike is a false positive when anything matches.',
  `- Keys: seeded PRNG; 20-character segments alphanumeric, longer ones URL-safe base64 (every 58/74 segment holds a \`_\` or \`-\`, as real ones do; the 42+42 key's segments ${OLD_LONG_PUNCT ? 'drew one too' : 'are alphanumeric'}).`,
  '- **GitHub push protection** runs on GitHub’s servers: not measurable here, so no numbers.'
]
const report = lines.join('\n') + '\n'
process.stdout.write(report)
mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
writeFileSync(path.join(ROOT, '.bench', 'compare.md'), report)

// The gate is on our scanner only: peers' misses are what the table is for.
const missed = positives.filter((k) => k.verdicts[0] !== 'found').map((k) => `${k.shape} in ${k.context}`)
const flagged = negatives.filter((k) => k.verdicts[0] === 'fp').map((k) => k.shape)
if (missed.length || flagged.length) {
  const list = (xs) =>
    xs.length > 10 ? `${xs.slice(0, 10).join('; ')}; … ${xs.length - 10} more` : xs.join('; ')
  process.stderr.write(
    `ours missed ${missed.length}: ${list(missed)}\nours flagged ${flagged.length}: ${list(flagged)}\n`
  )
  process.exitCode = 1
}
