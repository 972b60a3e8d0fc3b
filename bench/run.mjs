// `npm run bench`: the scanner against the limits that git itself sets and against its peers, side by side,
// on one cached repository (bench/repo.mjs). Medians of several runs; every planted key must be found.
// Times are measured here, never asserted in tests.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync
} from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { PIPELINE } from './pipeline.mjs'
import { PR_COMMITS, pullRequestOnClone } from './pr.mjs'
import { recordBench } from './record.mjs'
import { benchRepository, projectKeys } from './repo.mjs'
import { shapedRepository } from './shaped.mjs'

// `npm run bench -- org [COUNT]` (or BENCH_ONLY=org): only the organisation workflow (bench/org.mjs), which takes
// many minutes and which a full run therefore leaves out.
if (process.argv[2] === 'org' || process.env.BENCH_ONLY === 'org') {
  const count = process.argv.slice(process.argv[2] === 'org' ? 3 : 2)
  const args = [path.join(import.meta.dirname, 'org.mjs'), ...count]
  process.exit(spawnSync(process.execPath, args, { stdio: 'inherit' }).status ?? 1)
}

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli.js')
const ACTION = path.join(ROOT, 'dist/index.js')
const MARKER = ['T3Bl', 'bkFJ'].join('')
const PEAK_RSS = path.join(import.meta.dirname, 'peak-rss.mjs')

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/**
 * One run of a command under GNU time: its wall time in ms and what spawnSync returned. `before` runs first,
 * outside the time.
 */
function runOnce(command, args, { cwd, env, input, okStatus = [0, 1], before }) {
  before?.()
  const start = process.hrtime.bigint()
  const own = command === 'node' ? ['--import', PEAK_RSS] : []
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...own, ...args], {
    cwd,
    env: { ...process.env, ...env },
    input,
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (!okStatus.includes(result.status)) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(-500)}`
    )
  }
  return { ms, result }
}

/**
 * The median wall time in ms of several runs, the peak RSS (KiB) of the last run as GNU time sees it (the largest of
 * the process and the git processes it waited for), and a node process's own peak.
 */
function summary(times, result) {
  const stderr = result.stderr.toString()
  const rss = Number(stderr.trim().split('\n').at(-1))
  const ownRss = Number(/peak-rss-kib=(\d+)/.exec(stderr)?.[1] ?? NaN)
  return {
    ms: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    rssKiB: rss,
    ownRssKiB: ownRss,
    stdout: result.stdout
  }
}

/** Runs a command `runs` times (see summary). */
function measure(command, args, options) {
  const times = []
  let result
  for (let i = 0; i < (options.runs ?? 5); i++) {
    ;({ ms: times[i], result } = runOnce(command, args, options))
  }
  return summary(times, result)
}

/**
 * Runs commands side by side: round after round, each command once per round, so that a change in the machine's
 * load (shared machines) weighs on all of them alike. A command that fails is left out of the later rounds and
 * given as undefined. Returns one summary (see summary) per command.
 */
function measureSideBySide(commands, runs) {
  const times = commands.map(() => [])
  const last = []
  const failed = new Set()
  for (let round = 0; round < runs; round++) {
    commands.forEach(({ command, args, options }, i) => {
      if (failed.has(i)) return
      try {
        const { ms, result } = runOnce(command, args, options)
        times[i].push(ms)
        last[i] = result
      } catch (error) {
        if (!options.mayFail) throw error
        failed.add(i)
      }
    })
  }
  return commands.map((_, i) => (failed.has(i) ? undefined : summary(times[i], last[i])))
}

const sh = (script) => ['-c', script]

/** Sums the first column of a shell pipeline's output (sizes in bytes). */
function total(dir, pipeline) {
  return Number(
    execFileSync('sh', sh(`${pipeline} | awk '{s+=$1} END {print s}'`), { cwd: dir })
      .toString()
      .trim()
  )
}

function secretlintBin() {
  const dir = path.join(ROOT, '.bench', 'tools')
  const bin = path.join(dir, 'node_modules', '.bin', 'secretlint')
  if (!existsSync(bin)) {
    process.stderr.write('Installing secretlint (npm) into .bench/tools …\n')
    mkdirSync(dir, { recursive: true })
    execFileSync(
      'npm',
      [
        'install',
        '--silent',
        '--no-save',
        '--prefix',
        dir,
        'secretlint@11',
        '@secretlint/secretlint-rule-preset-recommend@11'
      ],
      { stdio: 'inherit' }
    )
  }
  const rc = path.join(dir, 'secretlintrc.json')
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  return { bin, rc }
}

function rgBin() {
  const found = spawnSync('sh', sh('command -v rg'))
  if (found.status === 0) return found.stdout.toString().trim()
  throw new Error(
    'ripgrep is not installed: apt-get install ripgrep (the Debian package), then run the bench again.'
  )
}

/**
 * A `pull_request` event, run through the action bundle like the runner does: by default for the last 20 commits
 * of main, or for `base..head`.
 */
function prRun(
  repo,
  head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim(),
  base = execFileSync('git', ['rev-parse', 'HEAD~20'], { cwd: repo }).toString().trim()
) {
  const temp = mkdtempSync(path.join(tmpdir(), 'okg-bench-'))
  const event = path.join(temp, 'event.json')
  const full = 'octo-org/bench'
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 1,
        base: { sha: base, ref: 'main', repo: { full_name: full } },
        head: { sha: head, ref: 'feature', repo: { full_name: full, fork: false } }
      }
    })
  )
  writeFileSync(path.join(temp, 'out'), '')
  writeFileSync(path.join(temp, 'summary'), '')
  return {
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: repo,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_OUTPUT: path.join(temp, 'out'),
      GITHUB_STEP_SUMMARY: path.join(temp, 'summary'),
      GITHUB_REPOSITORY: full,
      RUNNER_TEMP: temp,
      'INPUT_GITHUB-TOKEN': '',
      INPUT_SCOPE: 'auto',
      'INPUT_FAIL-ON': 'introduced'
    }
  }
}

/** 100 MB of `sk-` and marker fragments on one line: no detector may go quadratic on it. */
function adversarial(mib) {
  const unit = `sk-proj-${'a'.repeat(19)}${MARKER}sk-${MARKER.slice(0, 5)}sk-None-${'b'.repeat(25)}${MARKER}-`
  return Buffer.from(unit.repeat(Math.ceil((mib * 1048576) / unit.length))).subarray(0, mib * 1048576)
}

/**
 * The fillers of the detector's adversarial tests (test/scan/detector.test.ts): fragments packed to make a
 * careless scanner slow. Each is scanned at two sizes; linear time means ×2 from one to the other.
 */
function adversarialFillers() {
  const base64 = (text) => Buffer.from(text).toString('base64')
  const utf16 = (text) => Buffer.from(text, 'utf16le').toString('latin1')
  const wrap = (text, width) => text.match(new RegExp(`.{1,${width}}`, 'g')).join('\n')
  const varied = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(3)
  return {
    'markers only': MARKER,
    'sk- and markers': `-sk-${MARKER}`,
    'glued starts': `xsk-${MARKER.repeat(30)} `,
    'doubled starts': `${'sk-'.repeat(80)}${MARKER.repeat(25)} `,
    'escapes before starts': `%3Dsk-${MARKER}\\nsk-${MARKER}%253Dsk-`,
    'glued right sides': `sk-proj-${varied.slice(0, 74)}${MARKER}${'b'.repeat(300)}-`,
    'base64 forms': base64(`ab${MARKER}`),
    'wrapped base64 forms': `${wrap(base64(`ab${MARKER}cd`), 9)}\n`,
    'UTF-16 markers, both byte orders':
      utf16(`${MARKER} `) + Buffer.from(`${MARKER} `, 'utf16le').swap16().toString('latin1')
  }
}

const fill = (unit, mib) =>
  Buffer.from(unit.repeat(Math.ceil((mib * 1048576) / unit.length)), 'latin1').subarray(0, mib * 1048576)

/** `count` different keys, each on a line of its own among about 1 KiB of text: a dump or a log full of keys. */
function manyKeys(count) {
  const lines = projectKeys(count, count).map(
    (key) => `${'log line filler '.repeat(60)}OPENAI_API_KEY=${key}`
  )
  return Buffer.from(lines.join('\n') + '\n')
}

/**
 * A 5 GB sparse file (a disk image, a database dump) with keys past 2 GiB and past 4 GiB, in a directory of its own:
 * every key must be found, with memory bounded by the window, not by the file. Holes read as zeros, so this is
 * the reading floor, not a typical byte mix.
 */
function bigFile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'okg-bench-big-'))
  const keys = projectKeys(2, 5000)
  const fd = openSync(path.join(dir, 'disk.img'), 'w')
  ftruncateSync(fd, 5e9)
  writeSync(fd, `\nK=${keys[0]}\n`, 2 * 2 ** 30 + 10)
  writeSync(fd, `\nK=${keys[1]}\n`, 4 * 2 ** 30 + 4096)
  closeSync(fd)
  return { dir, keys }
}

/** `[NAME=]PATH` entries: each a repository (bare or not), named by its directory unless NAME is given. */
function repositories(given) {
  return given.filter(Boolean).map((entry) => {
    const at = entry.indexOf('=')
    const dir = path.resolve(at < 0 ? entry : entry.slice(at + 1))
    return { name: at < 0 ? path.basename(dir) : entry.slice(0, at), dir }
  })
}

const PR_FLAG = process.argv.indexOf('--pr')
const ARGS = process.argv.slice(2, PR_FLAG < 0 ? undefined : PR_FLAG)

/**
 * The repositories to measure the history scan on besides the generated ones: `npm run bench -- PATH…` or
 * `BENCH_REPO=PATH[:PATH…]`.
 */
function givenRepositories() {
  return repositories([...ARGS, ...(process.env.BENCH_REPO ?? '').split(path.delimiter)])
}

/**
 * The repositories to measure a pull request on (bench/pr.mjs): `npm run bench -- --pr PATH…` or
 * `BENCH_PR=PATH[:PATH…]`.
 */
function prRepositories() {
  const given = PR_FLAG < 0 ? [] : process.argv.slice(PR_FLAG + 1)
  return repositories([...given, ...(process.env.BENCH_PR ?? '').split(path.delimiter)])
}

/**
 * A 20-commit pull request on a clone of each repository, through the action bundle with its start-up, as the
 * runner runs it: medians of 11 runs. The key the pull request adds must be reported, or the figure is void.
 */
function pullRequestsOnClones() {
  const results = prRepositories().map(({ name, dir }) => {
    process.stderr.write(`Pull request on a clone of ${name} (${dir}) …
`)
    const pr = pullRequestOnClone(dir)
    const run = prRun(pr.dir, pr.head, pr.base)
    try {
      writeFileSync(run.env.GITHUB_OUTPUT, '')
      const r = measure('node', [ACTION], { cwd: pr.dir, env: run.env, runs: 11 })
      const outputs = readFileSync(run.env.GITHUB_OUTPUT, 'utf8')
      const found = outputs.includes(pr.fingerprint)
      const commits = execFileSync('git', ['rev-list', '--count', '--all'], { cwd: pr.dir }).toString().trim()
      return { name, base: pr.base, commits, ...r, found }
    } finally {
      pr.dispose()
      rmSync(run.env.RUNNER_TEMP, { recursive: true, force: true })
    }
  })
  const fmt = (ms) => `${ms.toFixed(0)} ms`
  const lines = [
    `| Repository | Base commit | Commits in the clone | ${PR_COMMITS}-commit pull request through \`node dist/index.js\` | Fastest–slowest | Peak RSS, node | Key reported |`,
    '|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | \`${r.base.slice(0, 12)}\` | ${r.commits} | ${fmt(r.ms)} | ${fmt(r.min)}–${fmt(r.max)} | ${(r.ownRssKiB / 1024).toFixed(0)} MiB | ${r.found ? 'yes' : 'NO'} |`
    ),
    '',
    ...results.map((r) => `${r.name}: pull request ${fmt(r.ms)} median (target < 500 ms).`)
  ]
  return { report: lines.join('\n') + '\n', missed: results.filter((r) => !r.found).length }
}

/**
 * The history scan beside `git cat-file` and `git log -p` on one repository, with its shape (commits, merges,
 * refs): what the history engine's cost follows is merges and refs, not only bytes.
 */
function historyOnShape({ name, dir, check }) {
  const git = (...args) =>
    execFileSync('git', args, { cwd: dir, maxBuffer: 1 << 26 })
      .toString()
      .trim()
  const count = (...args) => Number(git('rev-list', '--all', '--count', ...args))
  const refs = git('for-each-ref', '--format=%(refname)').split('\n')
  const shape = {
    name,
    head: git('rev-parse', 'HEAD'),
    commits: count(),
    merges: count('--merges'),
    pulls: refs.filter((r) => r.startsWith('refs/pull/')).length,
    tags: refs.filter((r) => r.startsWith('refs/tags/')).length,
    refs: refs.length,
    bytes: total(dir, "git cat-file --batch-all-objects --batch-check='%(objectsize)'")
  }
  process.stderr.write(`History on ${name} (${dir}): ${shape.commits} commits, ${shape.merges} merges …\n`)
  const runs = Number(process.env.BENCH_RUNS ?? 3)
  const [catFile, gitLog, transfer, history] = measureSideBySide(
    [
      {
        command: 'sh',
        args: sh('git cat-file --batch-all-objects --batch >/dev/null'),
        options: { cwd: dir }
      },
      // `git log -p` stops at the first blob it cannot read (a partial or damaged clone): no figure then.
      {
        command: 'sh',
        args: sh('git log -p --all >/dev/null'),
        options: { cwd: dir, okStatus: [0], mayFail: true }
      },
      { command: 'node', args: [path.join(import.meta.dirname, 'transfer.mjs')], options: { cwd: dir } },
      { command: 'node', args: [CLI, 'scan', '--history', '--format', 'json'], options: { cwd: dir } }
    ],
    runs
  )
  const missed = check?.(JSON.parse(history.stdout.toString())) ?? []
  return { ...shape, catFile, gitLog, transfer, history, missed }
}

/** The shaped repository's planted keys, each reported at the commit that added it. */
function plantedAtTheirCommits(shaped) {
  return (report) => {
    const at = new Map(report.findings.map((f) => [f.fingerprint, f.commit]))
    return Object.entries(shaped.introducedAt).filter(([fp, commit]) => at.get(fp) !== commit)
  }
}

function historyTable(results) {
  const mb = (kib) => `${(kib / 1024).toFixed(0)} MiB`
  const ratio = (a, b) => `${(a.ms / b.ms).toFixed(2)}×`
  return [
    '| Repository | Commit | Commits | Merges | Pull refs | Tags | Objects | `git cat-file --batch-all-objects --batch` | `git log -p --all` | `node bench/transfer.mjs` | `scan --history` | Scan / cat-file | Scan / log -p | Scan / transfer | Peak RSS, node | Peak RSS, largest git | Peak RSS, cat-file |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | \`${r.head.slice(0, 12)}\` | ${r.commits} | ${r.merges} | ${r.pulls} | ${r.tags} | ${(r.bytes / 1048576).toFixed(0)} MiB | ${fmt(r.catFile.ms)} | ${r.gitLog ? fmt(r.gitLog.ms) : 'fails: objects missing'} | ${fmt(r.transfer.ms)} | ${fmt(r.history.ms)} | ${ratio(r.history, r.catFile)} | ${r.gitLog ? ratio(r.history, r.gitLog) : ''} | ${ratio(r.history, r.transfer)} | ${mb(r.history.ownRssKiB)} | ${r.history.rssKiB > r.history.ownRssKiB ? mb(r.history.rssKiB) : 'below node'} | ${mb(r.catFile.rssKiB)} |`
    )
  ]
}

/** History on real shapes: the generated real-shaped repository and any repositories given. */
async function historyOnShapes() {
  const shaped = await shapedRepository(ROOT)
  const results = [
    historyOnShape({ name: 'generated, real-shaped', dir: shaped.dir, check: plantedAtTheirCommits(shaped) }),
    ...givenRepositories().map(historyOnShape)
  ]
  const lines = [
    ...historyTable(results),
    '',
    ...results.map(
      (r) =>
        `${r.name}: history scan / cat-file ${(r.history.ms / r.catFile.ms).toFixed(2)}× (target ≤ 1.3×), node peak ${(r.history.ownRssKiB / 1024).toFixed(0)} MiB (target < 300 MiB)` +
        (r.name.startsWith('generated')
          ? `; planted keys at their commits: ${Object.keys(shaped.introducedAt).length - r.missed.length}/${Object.keys(shaped.introducedAt).length}.`
          : '.')
    )
  ]
  return { report: lines.join('\n') + '\n', missed: results.reduce((n, r) => n + r.missed.length, 0) }
}

function save(name, report) {
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  writeFileSync(path.join(ROOT, '.bench', name), report)
}

const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`)

/** The rows of the main table, as the README shows them. */
function resultTable(rows) {
  return [
    '| What | Command | Median | MiB/s | Peak RSS (with git) | Peak RSS (node) |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.command}\` | ${fmt(r.ms)} | ${r.rate ? r.rate.toFixed(0) : ''} | ${(r.rss / 1024).toFixed(0)} MiB | ${Number.isNaN(r.own) ? '' : `${(r.own / 1024).toFixed(0)} MiB`} |`
    )
  ]
}

const asRow = ([name, command, r]) => ({ name, command, ms: r.ms, rss: r.rssKiB, own: r.ownRssKiB })

if (process.env.BENCH_ONLY === 'record') {
  // Only the incremental record's rows: on the bench repository, and on any repositories given.
  const repos = [{ name: 'bench repository', dir: (await benchRepository(ROOT)).dir }, ...givenRepositories()]
  const results = repos.map(({ name, dir }) => ({ name, ...recordBench(dir, measure) }))
  const report =
    results
      .map((r) => [`${r.name}:`, '', ...resultTable(r.rows.map(asRow)), '', ...r.lines].join('\n'))
      .join('\n\n') + '\n'
  process.stdout.write(report)
  save('record.md', report)
  const missed = results.flatMap((r) => r.missed.map((what) => `${r.name}, ${what}`))
  if (missed.length > 0) {
    process.stderr.write(`Findings differ (${missed.join('; ')}): the figures above do not count.\n`)
    process.exitCode = 1
  }
} else if (prRepositories().length > 0) {
  // Only the pull request on clones of the repositories given.
  const prs = pullRequestsOnClones()
  process.stdout.write(prs.report)
  save('pull-requests.md', prs.report)
  if (prs.missed > 0) {
    process.stderr.write('The key a pull request adds was not reported: the figures above do not count.\n')
    process.exitCode = 1
  }
} else if (givenRepositories().length > 0) {
  // Only the history scan, on the repositories given and the generated real-shaped one.
  const shapes = await historyOnShapes()
  process.stdout.write(shapes.report)
  save('history-shapes.md', shapes.report)
  if (shapes.missed > 0) {
    process.stderr.write(
      'Some planted keys were not reported at their commits: the figures above do not count.\n'
    )
    process.exitCode = 1
  }
} else await fullBench()

async function fullBench() {
  const repo = await benchRepository(ROOT)
  const blobBytes = total(repo.dir, "git cat-file --batch-all-objects --batch-check='%(objectsize)'")
  const treeBytes = total(repo.dir, "git ls-files -z | xargs -0 stat -c '%s'")
  const mib = (bytes) => bytes / 1048576
  process.stderr.write(
    `Measuring on ${repo.dir}: ${repo.commits} commits, ${mib(blobBytes).toFixed(0)} MiB of objects …\n`
  )

  const rows = []
  const add = (name, command, r, bytes) =>
    rows.push({
      name,
      command,
      ms: r.ms,
      rss: r.rssKiB,
      own: r.ownRssKiB,
      rate: bytes ? mib(bytes) / (r.ms / 1000) : undefined
    })

  const catFile = measure('sh', sh('git cat-file --batch-all-objects --batch >/dev/null'), { cwd: repo.dir })
  add(
    'git cat-file (reading every object once: the limit)',
    'git cat-file --batch-all-objects --batch',
    catFile,
    blobBytes
  )
  const gitLog = measure('sh', sh('git log -p --all >/dev/null'), { cwd: repo.dir, runs: 3 })
  add('git log -p --all (what log-based scanners read)', 'git log -p --all', gitLog, blobBytes)
  const history = measure('node', [CLI, 'scan', '--history', '--format', 'json'], { cwd: repo.dir })
  add('openai-key-guard, full history', 'openai-key-guard scan --history', history, blobBytes)
  const incremental = recordBench(repo.dir, measure)
  rows.push(...incremental.rows.map(asRow))
  // Where the history scan's time beyond the limit goes: git's side of it, and moving its output into Node.
  const gitSide = measure('sh', sh(`${PIPELINE} >/dev/null`), { cwd: repo.dir })
  add(
    'the blobs the scan reads, into /dev/null',
    'git rev-list --objects … piped to git cat-file --batch',
    gitSide,
    blobBytes
  )
  const transfer = measure('node', [path.join(import.meta.dirname, 'transfer.mjs')], { cwd: repo.dir })
  add('the same, into a Node process that only counts bytes', 'node bench/transfer.mjs', transfer, blobBytes)
  const worktree = measure('node', [CLI, 'scan', '--format', 'json'], { cwd: repo.dir })
  add('openai-key-guard, working tree', 'openai-key-guard scan', worktree, treeBytes)
  const rg = rgBin()
  const pattern = `sk-[A-Za-z0-9_-]{20,}${MARKER}[A-Za-z0-9_-]{20,}`
  const ripgrep = measure(rg, ['-c', '--no-messages', '-e', pattern, '.'], { cwd: repo.dir })
  add(
    'ripgrep, working tree (same pattern)',
    `rg -c -e '${pattern.replace(MARKER, '<marker>')}' .`,
    ripgrep,
    treeBytes
  )
  // Node's own start-up, measured like our runs (same preload): no Node program, however it reads files, ends sooner.
  const startup = measure('node', ['-e', '0'], { cwd: repo.dir, runs: 11 })
  add('node -e 0 (Node start-up alone: the floor of any Node scanner)', 'node -e 0', startup)
  const staged = measure('node', [CLI, 'scan', '--staged'], { cwd: repo.dir, runs: 11 })
  add(
    'openai-key-guard, staged changes (a pre-commit hook; nothing staged)',
    'openai-key-guard scan --staged',
    staged
  )
  const secretlint = secretlintBin()
  const sl = measure(secretlint.bin, ['--secretlintrc', secretlint.rc, '**/*'], { cwd: repo.dir, runs: 1 })
  add('secretlint (recommended preset), working tree', "secretlint '**/*'", sl, treeBytes)
  const pr = prRun(repo.dir)
  const action = measure('node', [ACTION], { cwd: repo.dir, env: pr.env, runs: 11 })
  add(
    'action bundle, 20-commit pull request (start-up included)',
    'node dist/index.js (pull_request event)',
    action
  )
  const adversarialRows = [25, 50, 100].map((size) => {
    const r = measure('node', [CLI, 'scan', '--stdin'], { cwd: repo.dir, input: adversarial(size), runs: 3 })
    add(`openai-key-guard, ${size} MiB adversarial line`, 'openai-key-guard scan --stdin', r, size * 1048576)
    return r
  })

  const fillerRows = Object.entries(adversarialFillers()).map(([name, unit]) => {
    const [small, large] = [16, 32].map((size) =>
      measure('node', [CLI, 'scan', '--stdin'], { cwd: repo.dir, input: fill(unit, size), runs: 3 })
    )
    return { name, small, large }
  })

  const manyKeyRows = [1000, 2000, 4000].map((count) => {
    const input = manyKeys(count)
    const r = measure('node', [CLI, 'scan', '--stdin', '--format', 'json'], { cwd: repo.dir, input, runs: 3 })
    add(`openai-key-guard, ${count} keys in one file`, 'openai-key-guard scan --stdin', r, input.length)
    return { ...r, count, found: JSON.parse(r.stdout.toString()).findings.length }
  })

  const big = bigFile()
  const bigRun = measure('node', [CLI, 'scan', '--format', 'json'], { cwd: big.dir, runs: 3 })
  add('openai-key-guard, one 5 GB sparse file (keys past 2 and 4 GiB)', 'openai-key-guard scan', bigRun, 5e9)
  const bigFound = JSON.parse(bigRun.stdout.toString()).findings.length
  rmSync(big.dir, { recursive: true, force: true })

  // Every planted key must be found, or the figures mean nothing.
  const found = new Set(JSON.parse(history.stdout.toString()).findings.map((f) => f.fingerprint))
  const missed = repo.planted.filter((fp) => !found.has(fp))
  const foundNow = new Set(JSON.parse(worktree.stdout.toString()).findings.map((f) => f.fingerprint))
  const missedNow = repo.atHead.filter((fp) => !foundNow.has(fp))

  const table = resultTable(rows)
  const ratio = (a, b) => (a.ms / b.ms).toFixed(2)
  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${execFileSync('git', ['--version']).toString().trim()}.`,
    `Repository: ${repo.commits} commits, ${mib(blobBytes).toFixed(0)} MiB of objects, working tree ${mib(treeBytes).toFixed(0)} MiB; ${repo.planted.length} planted keys (${repo.atHead.length} still in the working tree).`,
    '',
    ...table,
    '',
    `History scan / cat-file limit: ${ratio(history, catFile)}× (target ≤ 1.3×). History scan / git log -p: ${ratio(history, gitLog)}× (target < 1).`,
    ...incremental.lines,
    `Git reading the blobs alone takes ${ratio(gitSide, history)}× the history scan's time; receiving them in a Node process that does nothing else ${ratio(transfer, history)}×.`,
    `Working tree / ripgrep: ${ratio(worktree, ripgrep)}× (target ≤ 2×); Node's start-up alone is ${ratio(startup, ripgrep)}× ripgrep, and the scan's work after start-up ${ratio({ ms: worktree.ms - startup.ms }, ripgrep)}×.`,
    `Pull request through the bundle: ${fmt(action.ms)} (target < 500 ms).`,
    `Adversarial input, 25 → 50 → 100 MiB: ${adversarialRows.map((r) => fmt(r.ms)).join(' → ')} (linear means ×2 per step).`,
    `Adversarial fillers of the detector's tests, 16 → 32 MiB (linear means ×2): ${fillerRows.map((r) => `${r.name} ${fmt(r.small.ms)} → ${fmt(r.large.ms)} (×${ratio(r.large, r.small)})`).join('; ')}.`,
    `Many keys in one file, 1000 → 2000 → 4000: ${manyKeyRows.map((r) => fmt(r.ms)).join(' → ')} (linear means ×2 per step); found ${manyKeyRows.map((r) => `${r.found}/${r.count}`).join(', ')}.`,
    `5 GB sparse file: ${fmt(bigRun.ms)}, peak RSS ${(bigRun.rssKiB / 1024).toFixed(0)} MiB; keys found ${bigFound}/${big.keys.length}.`,
    `Planted keys found: history ${repo.planted.length - missed.length}/${repo.planted.length}, working tree ${repo.atHead.length - missedNow.length}/${repo.atHead.length}.`
  ]
  const shapes = await historyOnShapes()
  const report = lines.join('\n') + '\n\nHistory on real shapes:\n\n' + shapes.report
  process.stdout.write(report)
  save('results.md', report)
  const missedMany = manyKeyRows.reduce((sum, r) => sum + r.count - r.found, 0)
  const wrong = incremental.missed.length + shapes.missed
  if (missed.length + missedNow.length + missedMany + big.keys.length - bigFound + wrong > 0) {
    process.stderr.write('Some planted keys were not found: the figures above do not count.\n')
    process.exitCode = 1
  }
}
