// The organisation workflow (README "Organisation") run as GitHub Actions runs it, through the committed
// bundle: the plan job, one scan job per matrix entry (each in its own RUNNER_TEMP, its records restored and
// saved as actions/cache does, its reports uploaded as upload-artifact does), then the report job over the
// reports merged as `download-artifact` with `merge-multiple: true` does.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type RunnerResult, runAction } from './runner.js'

export interface MatrixEntry {
  batch: string
  repositories: string
}

export interface FlowOptions {
  /** GITHUB_API_URL, GITHUB_SERVER_URL and anything else every job sees. */
  env: Record<string, string>
  token: string
  org: string
  /** Plan inputs beside `command`, `org` and `github-token` (batches, filters). */
  plan?: Record<string, string>
  /** Report inputs beside `command`, `reports` and `github-token`. */
  report?: Record<string, string>
  /** Where actions/cache keeps each batch's records between runs (`cache/<batch>`), and each run's merged reports. */
  state: string
  /** How many scan jobs run at once (a matrix runs them in parallel; default 2). */
  parallel?: number
}

export interface FlowRun {
  plan: RunnerResult
  matrix: MatrixEntry[]
  batches: Array<{ entry: MatrixEntry; run: RunnerResult; ms: number }>
  /** The directory the report job read: every batch's reports, merged (one per run, under `state`). */
  reports: string
  report: RunnerResult
  ms: { plan: number; scan: number; report: number }
}

/** A job's own temp directory, as each runner has one. */
function runnerTemp(): string {
  return mkdtempSync(path.join(tmpdir(), 'okg-job-'))
}

/** Parses the plan's `matrix` output strictly: what `fromJSON(needs.plan.outputs.matrix)` would hand the matrix. */
export function parseMatrix(text: string | undefined): MatrixEntry[] {
  const parsed = JSON.parse(text ?? '') as { include?: unknown }
  if (!Array.isArray(parsed.include)) throw new Error('matrix without include')
  return parsed.include.map((entry: unknown) => {
    const { batch, repositories } = entry as Record<string, unknown>
    if (typeof batch !== 'string' || typeof repositories !== 'string') throw new Error('bad matrix entry')
    return { batch, repositories }
  })
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

/** Runs the whole workflow once: plan → every batch → report. */
export async function runOrgFlow(options: FlowOptions): Promise<FlowRun> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'okg-workspace-'))
  const artifacts = mkdtempSync(path.join(tmpdir(), 'okg-artifacts-'))
  const temps: string[] = [workspace, artifacts]
  try {
    const [plan, planMs] = await timed(() =>
      runAction({
        workspace,
        event: { name: 'schedule', payload: {} },
        env: { ...options.env, RUNNER_TEMP: track(runnerTemp()) },
        inputs: { command: 'plan', org: options.org, 'github-token': options.token, ...options.plan }
      })
    )
    if (plan.status !== 0) throw new Error(`plan failed (${plan.status}): ${plan.stdout.slice(-2000)}`)
    const matrix = parseMatrix(plan.outputs.matrix)

    const batches: FlowRun['batches'] = []
    const [, scanMs] = await timed(() =>
      pool(matrix, options.parallel ?? 2, async (entry) => {
        const temp = track(runnerTemp())
        const base = path.join(temp, 'openai-key-guard')
        // actions/cache: restore the batch's records (restore-keys okg-<batch>-), save them after the job.
        const cache = path.join(options.state, 'cache', entry.batch)
        if (existsSync(cache)) cpSync(cache, path.join(base, 'records'), { recursive: true })
        const [run, ms] = await timed(() =>
          runAction({
            workspace,
            event: { name: 'schedule', payload: {} },
            env: { ...options.env, RUNNER_TEMP: temp },
            inputs: { command: 'scan', repositories: entry.repositories, 'github-token': options.token }
          })
        )
        batches.push({ entry, run, ms })
        if (existsSync(path.join(base, 'records'))) {
          rmSync(cache, { recursive: true, force: true })
          cpSync(path.join(base, 'records'), cache, { recursive: true })
        }
        // actions/upload-artifact: okg-report-<batch>.
        const reports = path.join(base, 'reports')
        if (existsSync(reports))
          cpSync(reports, path.join(artifacts, `okg-report-${entry.batch}`), { recursive: true })
      })
    )
    batches.sort((a, b) => Number(a.entry.batch) - Number(b.entry.batch))

    // actions/download-artifact with pattern okg-report-* and merge-multiple: true: one directory of them all.
    const reports = mkdtempSync(path.join(options.state, 'reports-'))
    for (const artifact of readdirSync(artifacts)) {
      cpSync(path.join(artifacts, artifact), reports, { recursive: true })
    }
    const [report, reportMs] = await timed(() =>
      runAction({
        workspace,
        event: { name: 'schedule', payload: {} },
        env: { ...options.env, RUNNER_TEMP: track(runnerTemp()) },
        inputs: {
          command: 'report',
          reports,
          // The plan's matrix: a planned repository whose batch left no report counts as failed.
          matrix: plan.outputs.matrix ?? '',
          'github-token': options.token,
          ...options.report
        }
      })
    )
    return {
      plan,
      matrix,
      batches,
      reports,
      report,
      ms: { plan: planMs, scan: scanMs, report: reportMs }
    }
  } finally {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true })
  }

  function track(dir: string): string {
    temps.push(dir)
    return dir
  }
}

/** Runs `task` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
