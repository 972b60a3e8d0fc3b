// `npm run bench -- org` (or `node bench/org.mjs [COUNT]`): the organisation workflow on the emulator, as the README's
// "Organisation" section writes it, over COUNT small repositories (default 1,000; BENCH_ORG_REPOS too): plan →
// every batch of the matrix → report, through the committed bundle, then one new commit in one repository and the
// whole workflow again with the records the first run left (actions/cache). Every planted key must be reported, at
// its repository, commit and path, and nothing else, or the figures do not count. Times are measured here, never
// asserted in tests.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'

// The emulator and the organisation builder are TypeScript: run again with Node's own type transform.
if (!process.execArgv.includes('--experimental-transform-types')) {
  const hooks = path.join(import.meta.dirname, 'ts-hooks.mjs')
  const args = ['--experimental-transform-types', '--no-warnings', '--import', hooks, import.meta.filename]
  const child = spawnSync(process.execPath, [...args, ...process.argv.slice(2)], { stdio: 'inherit' })
  process.exit(child.status ?? 1)
}

const ROOT = path.resolve(import.meta.dirname, '..')
const { startEmulator } = await import('../src/emulator/index.ts')
const { addCommit, buildOrg } = await import('../test/helpers/org.ts')
const { runOrgFlow } = await import('../test/helpers/org-flow.ts')

const COUNT = Number(process.argv[2] ?? process.env.BENCH_ORG_REPOS ?? 1000)
/** Scan jobs at once: as many as the machine has cores (a hosted matrix runs up to 256 jobs side by side). */
const PARALLEL = Number(process.env.BENCH_ORG_PARALLEL ?? Math.max(1, cpus().length))
/** `batches` of the plan (default: the plan's own default, 256). */
const BATCHES = process.env.BENCH_ORG_BATCHES

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/**
 * CPU time (ms) of this process and of every process it and its children waited for: the bundle runs, their git
 * processes and the emulator's `git http-backend`. Unlike wall time, it barely moves with the machine's load.
 */
function cpuMs() {
  const own = process.cpuUsage()
  let children = 0
  try {
    // /proc/self/stat: fields 16 and 17 (cutime, cstime) after the parenthesised command name.
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    children = ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS
  } catch {
    children = NaN
  }
  return (own.user + own.system) / 1000 + children
}

const fingerprint = (key) => createHash('sha256').update(key).digest('hex')
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`)

/** Every report of a run, by repository. */
function reportsOf(dir) {
  const reports = new Map()
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.json')) continue
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8'))
    reports.set(report.repository, report)
  }
  return reports
}

/** Each finding as `repository commit place fingerprint`, sorted; the same for the planted keys. */
function findingLines(reports) {
  return [...reports.values()]
    .flatMap((r) => r.findings.map((f) => `${r.repository} ${f.commit} ${f.kind ?? f.path} ${f.fingerprint}`))
    .sort()
}
function plantedLines(planted) {
  return planted
    .map(
      (p) =>
        `${p.repository} ${p.commit} ${p.where === 'message' ? 'commit-message' : p.path} ${fingerprint(p.key)}`
    )
    .sort()
}

function summarise(label, flow, reports, cpu) {
  const jobs = flow.batches.reduce((sum, b) => sum + b.ms, 0)
  const objects = [...reports.values()].reduce(
    (sum, r) => ({ listed: sum.listed + r.objects.listed, read: sum.read + r.objects.read }),
    { listed: 0, read: 0 }
  )
  const total = flow.ms.plan + flow.ms.scan + flow.ms.report
  return {
    label,
    total,
    plan: flow.ms.plan,
    scan: flow.ms.scan,
    report: flow.ms.report,
    jobs,
    batches: flow.matrix.length,
    repositories: reports.size,
    perRepository: jobs / reports.size,
    cpuPerRepository: cpu / reports.size,
    objects
  }
}

const e = await startEmulator({ strict: false })
const state = mkdtempSync(path.join(tmpdir(), 'okg-bench-org-'))
let failed = false
try {
  process.stderr.write(`Building an organisation of ${COUNT} repositories …\n`)
  const org = await buildOrg({
    owner: 'octo-org',
    count: COUNT,
    keyed: 10,
    plantInSkipped: true,
    addRepository: (spec) => e.addRepository(spec)
  })
  process.stderr.write(`Built in ${fmt(org.ms)}.\n`)
  const scanned = org.repositories.filter((r) => !r.archived && !r.fork)
  const inPlan = new Set(scanned.map((r) => r.fullName))
  const options = {
    env: { GITHUB_API_URL: e.githubUrl, GITHUB_SERVER_URL: e.serverUrl },
    token: e.token,
    org: 'octo-org',
    plan: BATCHES ? { batches: BATCHES } : {},
    report: { 'fail-on': 'never' },
    state,
    parallel: PARALLEL
  }

  const runs = []
  const check = (label, flow, planted, cpu) => {
    const reports = reportsOf(flow.reports)
    const want = plantedLines(planted.filter((p) => inPlan.has(p.repository)))
    const got = findingLines(reports)
    const bad = [...reports.values()].filter((r) => r.status !== 'scanned')
    if (JSON.stringify(got) !== JSON.stringify(want) || reports.size !== inPlan.size || bad.length > 0) {
      failed = true
      process.stderr.write(
        `${label}: findings or reports differ from what was planted (${got.length} found, ${want.length} planted, ` +
          `${reports.size}/${inPlan.size} reports, ${bad.length} not scanned).\n`
      )
    }
    runs.push(summarise(label, flow, reports, cpu))
  }

  process.stderr.write('First run …\n')
  const loadBefore = loadavg()[0]
  let cpu = cpuMs()
  const first = await runOrgFlow(options)
  check('first run', first, org.planted, cpuMs() - cpu)

  // One new commit, with a new key in it, in one repository; then the whole workflow again.
  const target = scanned[Math.floor(scanned.length / 2)]
  const { makeKey } = await import('../test/helpers/keys.ts')
  const key = makeKey('admin', 4242)
  const commit = await addCommit(
    target,
    'Add the deploy settings',
    [{ path: 'deploy/.env', content: `OPENAI_ADMIN_KEY=${key}\n` }],
    path.join(state, 'marks')
  )
  const planted = [
    ...org.planted,
    { repository: target.fullName, key, commit, path: 'deploy/.env', where: 'blob' }
  ]
  process.stderr.write('Rerun after one new commit …\n')
  cpu = cpuMs()
  const rerun = await runOrgFlow(options)
  check('incremental rerun', rerun, planted, cpuMs() - cpu)

  const lines = [
    `Organisation of ${COUNT} repositories (${scanned.length} in the plan: no archived repositories, no forks), ` +
      `built in ${fmt(org.ms)}; ${runs[0].batches} batches, ${PARALLEL} scan jobs at a time, on ${cpus().length} cores (${cpus()[0]?.model.trim()}); load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.`,
    '',
    '| Run | Whole workflow | plan | scan jobs (wall) | report | Scan job time per repository | CPU time per repository | Objects listed | Objects read |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.label} | ${fmt(r.total)} | ${fmt(r.plan)} | ${fmt(r.scan)} | ${fmt(r.report)} | ${fmt(r.perRepository)} | ${fmt(r.cpuPerRepository)} | ${r.objects.listed} | ${r.objects.read} |`
    ),
    '',
    failed
      ? 'FAILED: the findings differ from the planted keys; the figures do not count.'
      : 'Every planted key reported at its commit and path, nothing else.'
  ]
  const report = lines.join('\n') + '\n'
  process.stdout.write(report)
  mkdirSync(path.join(ROOT, '.bench'), { recursive: true })
  writeFileSync(path.join(ROOT, '.bench', 'org.md'), report)
  rmSync(org.workDir, { recursive: true, force: true })
} finally {
  await e.close()
  rmSync(state, { recursive: true, force: true })
}
if (failed) process.exitCode = 1
