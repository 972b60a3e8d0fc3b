// The incremental record on the bench repository: the full history scan that writes the record, a rerun with
// nothing new, and a rerun after one new commit (in a clone that shares the repository's objects), beside the
// listing of the objects that every rerun still costs. Part of `npm run bench`; `BENCH_ONLY=record npm run bench`
// measures these rows alone, on the bench repository and on any repositories given (`-- [NAME=]PATH…`).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { projectKeys } from './repo.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'dist/cli.js')

/** The commands a rerun cannot do without: listing the blobs and the commits. */
const LISTING =
  'git rev-list --objects --all --missing=print --filter=object:type=blob >/dev/null && ' +
  'git rev-list --reverse --topo-order --all >/dev/null'

/**
 * Measures the record's rows with `measure` (bench/run.mjs's) on the repository `dir`, and checks that every
 * rerun reports what the full scan reports, plus the key of the new commit. Returns the rows and the lines to print.
 */
export function recordBench(dir, measure) {
  const temp = mkdtempSync(path.join(tmpdir(), 'okg-bench-record-'))
  const record = path.join(temp, 'history.record')
  const scanArgs = [CLI, 'scan', '--history', '--format', 'json', '--record', record]
  const fingerprints = (run) => JSON.parse(run.stdout.toString()).findings.map((f) => f.fingerprint)
  const scanned = (run) => JSON.parse(run.stdout.toString()).scanned

  // Each run starts without a record: the full scan, and the writing of every id.
  const full = measure('node', scanArgs, { cwd: dir, before: () => rmSync(record, { force: true }) })
  const bytes = statSync(record).size
  const unchanged = measure('node', scanArgs, { cwd: dir })
  const listing = measure('sh', ['-c', LISTING], { cwd: dir })

  // One more commit on HEAD, with a key in a new file and one in its message, in a mirror that shares the objects
  // (every ref of the repository, pull-request refs included), made with plumbing so that bare repositories do too.
  const clone = path.join(temp, 'clone.git')
  execFileSync('git', ['clone', '-q', '--mirror', '--shared', dir, clone])
  const [inFile, inMessage] = projectKeys(2, 7001)
  const git = (args, input) =>
    execFileSync('git', args, { cwd: clone, input, env: { ...process.env, ...IDENTITY } })
      .toString()
      .trim()
  const blob = git(['hash-object', '-w', '--stdin'], `OPENAI_API_KEY=${inFile}\n`)
  const entries = execFileSync('git', ['ls-tree', '-z', 'HEAD'], { cwd: clone })
  const tree = git(
    ['mktree', '-z'],
    Buffer.concat([entries, Buffer.from(`100644 blob ${blob}\tbench-new.env\0`)])
  )
  const commit = git(['commit-tree', tree, '-p', 'HEAD'], `Add the worker\n\nIt uses ${inMessage}\n`)
  git(['update-ref', 'HEAD', commit])
  // The record is rewritten by every run: each starts from the one the repository's own rerun left.
  const saved = path.join(temp, 'saved.record')
  execFileSync('cp', [record, saved])
  const oneCommit = measure('node', scanArgs, {
    cwd: clone,
    before: () => execFileSync('cp', [saved, record])
  })

  const expected = fingerprints(full).sort()
  const missed = [
    ...(JSON.stringify(fingerprints(unchanged).sort()) === JSON.stringify(expected)
      ? []
      : ['unchanged rerun']),
    ...(fingerprints(oneCommit).length === expected.length + 2 &&
    expected.every((fp) => fingerprints(oneCommit).includes(fp))
      ? []
      : ['rerun after one commit'])
  ]
  rmSync(temp, { recursive: true, force: true })
  const rows = [
    [
      'openai-key-guard, full history, writing the record',
      'openai-key-guard scan --history --record F',
      full
    ],
    ['the same, rerun with the record, nothing new', 'openai-key-guard scan --history --record F', unchanged],
    [
      'the same, rerun with the record after one new commit (two keys in it)',
      'openai-key-guard scan --history --record F',
      oneCommit
    ],
    [
      'listing the objects (what any rerun costs at least)',
      'git rev-list --objects --all …; git rev-list --all',
      listing
    ]
  ]
  const lines = [
    `Record: ${(bytes / 1048576).toFixed(1)} MiB. Scanned, full: ${scanned(full)}; rerun: ${scanned(unchanged)}; after one commit: ${scanned(oneCommit)}.`,
    `Rerun with the record / full scan: ${(unchanged.ms / full.ms).toFixed(2)}× (nothing new), ${(oneCommit.ms / full.ms).toFixed(2)}× (one new commit); the listing alone ${(listing.ms / full.ms).toFixed(2)}×.`
  ]
  return { rows, lines, missed }
}

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com'
}
