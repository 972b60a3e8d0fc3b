// No silent pass, ever, and regular files only: the committed bundles (CLI and action) against huge sparse files,
// blobs past 2 GiB, names that are not UTF-8, files that cannot be read, and links to /proc, FIFOs and devices.
// Every planted key is a canary: it must never be printed in full anywhere.
import { spawnSync } from 'node:child_process'
import { closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cleanupTempDirs, tempDir, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { ROOT, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const CLI = path.join(ROOT, 'dist/cli.js')
const GiB = 1024 ** 3

interface Run {
  status: number | null
  stdout: string
  stderr: string
  /** Killed for running too long: a hang, or a read that never ends. */
  timedOut: boolean
}

/** The CLI bundle as a user runs it; a run that hangs is killed and says so instead of hanging the suite. */
function cli(cwd: string, args: string[], env: Record<string, string> = {}, timeout = 20_000): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...env },
    timeout,
    killSignal: 'SIGKILL',
    maxBuffer: 16 << 20
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.signal === 'SIGKILL' }
}

/** A sparse file of `size` bytes (holes read as zeros, cost no disk), with `text` written at each offset. */
function sparse(file: string, size: number, writes: Array<[number, string]>): void {
  const fd = openSync(file, 'w')
  try {
    // Extending with ftruncate leaves holes: they read as zeros and take no disk.
    ftruncateSync(fd, size)
    for (const [offset, text] of writes) writeSync(fd, text, offset)
  } finally {
    closeSync(fd)
  }
}

interface JsonReport {
  leaks: number
  notScanned: { count: number; failsCheck: boolean; paths: Array<{ path: string; reason?: string }> }
  findings: Array<{ path: string; line: number; column: number; fingerprint: string }>
}

const never = (run: Run, ...keys: string[]): void => {
  for (const key of keys) expect(run.stdout + run.stderr).not.toContain(key)
}

describe('files and blobs of any size', () => {
  // A 2 GiB file is the smallest that shows every way a big file was lost (the 1 GiB buffer, the 2 GiB read
  // limit); a 5 GB file with keys past 4 GiB runs in the bench (`npm run bench`), where time is measured.
  it('finds keys past 2 GiB of a file, across a window edge, and in the file after it', () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': '# app\n' })
    const past2 = makeKey('project', 301)
    const edge = makeKey('service-account', 303)
    const after = makeKey('legacy', 304)
    // Untracked files are part of the working tree; `a-…` sorts before `b-…`, which comes after the big file.
    sparse(path.join(repo.dir, 'a-dump.bin'), 2 * GiB + (16 << 20), [
      [2 * GiB + 10, `\nK=${past2}\n`],
      // Straddles the end of a 4 MiB window.
      [2 * GiB + (8 << 20) - 40, `\nK=${edge}\n`]
    ])
    writeFileSync(path.join(repo.dir, 'b-after.env'), `OPENAI_API_KEY=${after}\n`)
    const run = cli(repo.dir, ['scan', '--format', 'json'])
    expect(run.timedOut).toBe(false)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual([
      'a-dump.bin:2:3',
      'a-dump.bin:4:3',
      'b-after.env:1:16'
    ])
    expect(report.leaks).toBe(3)
    expect(report.notScanned.count).toBe(0)
    never(run, past2, edge, after)
  })

  // The slowest test here: git itself takes seconds to hash and inflate a 2 GiB blob.
  it('finds a key past the first 2 GiB of a blob in history', { timeout: 180_000 }, () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': '# app\n' })
    const key = makeKey('project', 305)
    const file = path.join(tempDir(), 'model.bin')
    sparse(file, 2 * GiB + (8 << 20), [[2 * GiB + (1 << 20), `\nK=${key}\n`]])
    // Level 1 deflates the holes fast; the blob is still 2 GiB when git hands it over.
    const oid = repo.git('-c', 'core.compression=1', 'hash-object', '-w', file)
    repo.git('update-index', '--add', '--cacheinfo', `100644,${oid},model.bin`)
    repo.git('commit', '-q', '-m', 'Add the model')
    const run = cli(repo.dir, ['scan', '--history', '--format', 'json'], {}, 150_000)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual(['model.bin:2:3'])
    never(run, key)
  })

  it('finds keys across the windows of a blob larger than one, in a commit range and staged', () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': '# app\n' })
    const keys = [
      makeKey('project', 312),
      makeKey('admin', 313),
      makeKey('legacy', 314),
      makeKey('none', 315)
    ]
    // 10 MiB of 64-byte lines; windows are 4 MiB and overlap the next by a few KiB. One key straddles the start
    // of the second window, one the end of the first, one the start of the third, one ends the blob.
    const content = Buffer.from(`${'x'.repeat(63)}\n`.repeat((10 << 20) / 64))
    const MiB = 1 << 20
    const offsets = [4 * MiB - 30, 4 * MiB + 4096 - 30, 8 * MiB - 100, content.length - 200]
    keys.forEach((key, i) => content.write(`\nK=${key}\n`, offsets[i]!))
    const wanted = offsets.map((offset) => {
      const line = content.subarray(0, offset + 1).filter((b) => b === 10).length + 1
      return `big.txt:${line}:3`
    })
    repo.write({ 'big.txt': content })
    repo.git('add', 'big.txt')
    const staged = JSON.parse(cli(repo.dir, ['scan', '--staged', '--format', 'json']).stdout) as JsonReport
    expect(staged.findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()).toEqual(wanted.sort())
    repo.git('commit', '-q', '-m', 'big')
    const range = cli(repo.dir, ['scan', '--range', `${base.slice(0, 12)}..HEAD`, '--format', 'json'])
    const report = JSON.parse(range.stdout) as JsonReport
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()).toEqual(wanted.sort())
    never(range, ...keys)
  })
})

describe('file names are bytes', () => {
  it('reads a file whose name is not UTF-8, and shows the name as git quotes it', () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': '# app\n' })
    const key = makeKey('project', 306)
    const root = Buffer.from(repo.dir)
    // "café.env" in Latin-1: the é is one byte, 0xE9, which is not UTF-8.
    const name = Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from('.env')])
    writeFileSync(Buffer.concat([root, Buffer.from('/'), name]), `OPENAI_API_KEY=${key}\n`)
    const run = cli(repo.dir, ['scan'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^LEAK {2}"caf\\351\.env":1:16 {2}sk-proj-\S+ {2}OpenAI project API key$/m)
    never(run, key)
    // Outside a repository too.
    const plain = tempDir()
    writeFileSync(Buffer.concat([Buffer.from(plain), Buffer.from('/'), name]), `OPENAI_API_KEY=${key}\n`)
    expect(cli(plain, ['scan']).stdout).toMatch(/^LEAK {2}"caf\\351\.env":1:16/m)
  })
  it('keeps two names that are not UTF-8 apart when staged, committed and in history', () => {
    const repo = TestRepo.init()
    const base = repo.commit('init', { 'README.md': '# app\n' })
    const keys = [makeKey('project', 316), makeKey('admin', 317)]
    // Two names that a UTF-8 decoder would both turn into "k\ufffd.env".
    const names = [Buffer.from([0x6b, 0xfe]), Buffer.from([0x6b, 0xff])].map((n) =>
      Buffer.concat([n, Buffer.from('.env')])
    )
    names.forEach((name, i) =>
      writeFileSync(Buffer.concat([Buffer.from(repo.dir), Buffer.from('/'), name]), `K=${keys[i]}\n`)
    )
    repo.git('add', '-A')
    // JSON holds the path as a string that keeps each stray byte (as U+DC00 + the byte); text shows it in octal.
    const wanted = ['k\udcfe.env:1:3', 'k\udcff.env:1:3']
    const places = (run: Run): string[] =>
      (JSON.parse(run.stdout) as JsonReport).findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()
    expect(places(cli(repo.dir, ['scan', '--staged', '--format', 'json']))).toEqual(wanted)
    repo.git('commit', '-q', '-m', 'keys')
    expect(
      places(cli(repo.dir, ['scan', '--range', `${base.slice(0, 12)}..HEAD`, '--format', 'json']))
    ).toEqual(wanted)
    const history = cli(repo.dir, ['scan', '--history', '--format', 'json'])
    expect(places(history)).toEqual(wanted)
    never(history, ...keys)
  })
})

describe('what cannot be read fails the check', () => {
  it('lists a blob that a partial clone lacks as not scanned, in every format, and fails unless fail-on: never', () => {
    const origin = TestRepo.init()
    origin.commit('old', { 'secret.env': `K=${makeKey('project', 307)}\n` })
    origin.commit('now', { 'secret.env': 'K=\n' })
    const clone = origin.clone('--filter=blob:none')
    // Without its origin the clone cannot fetch the old blob: it is simply gone.
    spawnSync('rm', ['-rf', origin.dir])
    const text = cli(clone.dir, ['scan', '--history'])
    expect(text.status).toBe(1)
    expect(text.stdout).toMatch(
      /^No OpenAI keys found in .*, but 1 file\(s\) or object\(s\) were not scanned \(see the warning\)\.$/m
    )
    expect(text.stderr).toMatch(
      /^warning: 1 git object could not be read \(a partial or damaged clone\) and was not scanned: secret\.env\. /m
    )
    const json = JSON.parse(cli(clone.dir, ['scan', '--history', '--format', 'json']).stdout) as JsonReport
    expect(json.notScanned).toEqual({ count: 1, failsCheck: true, paths: [{ path: 'secret.env' }] })
    const sarif = JSON.parse(cli(clone.dir, ['scan', '--history', '--format', 'sarif']).stdout) as {
      runs: Array<{
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }>
      }>
    }
    expect(sarif.runs[0]?.invocations[0]).toMatchObject({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          locations: [{ physicalLocation: { artifactLocation: { uri: 'secret.env' } } }]
        }
      ]
    })
    expect(cli(clone.dir, ['scan', '--history', '--fail-on', 'any']).status).toBe(1)
    expect(cli(clone.dir, ['scan', '--history', '--fail-on', 'never']).status).toBe(0)
  })

  it('lists a working-tree file that cannot be opened as not scanned, and the action fails with it in the summary', async () => {
    const repo = TestRepo.init()
    const key = makeKey('project', 308)
    repo.commit('init', { 'conf/app.env': 'K=\n', 'README.md': '# app\n' })
    // `conf` becomes a link to itself: the tracked conf/app.env is there but can never be opened.
    spawnSync('rm', ['-rf', path.join(repo.dir, 'conf')])
    symlinkSync('conf', path.join(repo.dir, 'conf'))
    writeFileSync(path.join(repo.dir, 'other.env'), `K=${key}\n`)
    const run = cli(repo.dir, ['scan'])
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/, but 1 file\(s\) or object\(s\) were not scanned \(see the warning\)\./)
    expect(run.stderr).toMatch(
      /^warning: 1 file could not be read and was not scanned: conf\/app\.env \(read error ELOOP\)\. /m
    )
    never(run, key)

    repo.write({ 'other.env': 'K=\n' })
    const action = await runAction({ workspace: repo.dir, inputs: { scope: 'worktree' } })
    expect(action.status).toBe(1)
    expect(action.outputs['not-scanned']).toBe('1')
    expect(action.outputs.leaks).toBe('0')
    expect(action.stdout).toMatch(
      /^::error::1 file\(s\) or object\(s\) in the working tree .* were not scanned/m
    )
    expect(action.stdout).toMatch(/^::warning::1 file could not be read and was not scanned/m)
    expect(action.summary).toMatch(/were not scanned: this check fails until they can be read/)
    // The summary escapes markdown: the parentheses come back as \( and \).
    expect(action.summary).toMatch(/conf\/app\.env \\\(read error ELOOP\\\)/)
    expect(action.all).not.toContain(key)
  })
})

describe('regular files only', () => {
  /** A repository whose commit holds `links/target` → `target`, plus a link whose text is `inLink`. */
  function linkRepo(target: string, inLink: string): TestRepo {
    const repo = TestRepo.init()
    mkdirSync(path.join(repo.dir, 'links'))
    symlinkSync(target, path.join(repo.dir, 'links/target'))
    // A link whose target text is a key: git stores that text, so it is a leak.
    symlinkSync(`/etc/${inLink}`, path.join(repo.dir, 'links/named'))
    repo.git('add', 'links')
    repo.git('commit', '-q', '-m', 'links')
    return repo
  }

  it.each([
    // The scan's own environment holds the key: following the link would "find" it.
    ['/proc/self/environ', false],
    // A FIFO with no writer: opening it would wait forever.
    ['../pipe', true],
    // Endless zeros: reading it would never end.
    ['/dev/zero', false]
  ])('scans a link to %s as its target text, and never follows it', (target, fifo) => {
    const inEnv = makeKey('admin', 309)
    const inLink = makeKey('legacy', 310)
    const repo = linkRepo(target, inLink)
    if (fifo) spawnSync('mkfifo', [path.join(repo.dir, 'pipe')])
    const run = cli(repo.dir, ['scan', '--format', 'json'], { OPENAI_API_KEY: inEnv })
    expect(run.timedOut).toBe(false)
    expect(run.status).toBe(1)
    const report = JSON.parse(run.stdout) as JsonReport
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`)).toEqual(['links/named:1:6'])
    expect(report.notScanned.count).toBe(0)
    never(run, inEnv, inLink)
  })

  it('scans a link as its target text outside a repository too', () => {
    const dir = tempDir()
    const inEnv = makeKey('admin', 311)
    symlinkSync('/proc/self/environ', path.join(dir, 'environ'))
    symlinkSync('/dev/zero', path.join(dir, 'zero'))
    const run = cli(dir, ['scan'], { OPENAI_API_KEY: inEnv })
    expect(run.timedOut).toBe(false)
    expect(run.status).toBe(0)
    never(run, inEnv)
  })

  it.each([
    [
      'a link to /dev/zero',
      (file: string) => symlinkSync('/dev/zero', file),
      /must be a regular file, not a symbolic link/
    ],
    [
      'a link to a regular file',
      (file: string) => symlinkSync('/etc/hostname', file),
      /must be a regular file, not a symbolic link/
    ],
    ['a FIFO', (file: string) => spawnSync('mkfifo', [file]), /must be a regular file, not a FIFO/],
    ['over 1 MiB', (file: string) => sparse(file, 2 << 20, [[0, 'allow:\n']]), /is larger than 1 MiB/]
  ])(
    'refuses a config file that is %s, in every mode that reads it, with one line',
    (_what, make, message) => {
      const repo = TestRepo.init()
      const base = repo.commit('init', { 'README.md': '# app\n' })
      mkdirSync(path.join(repo.dir, '.github'))
      make(path.join(repo.dir, '.github/openai-key-guard.yml'))
      for (const mode of [[], ['--history'], ['--staged']]) {
        const run = cli(repo.dir, ['scan', ...mode])
        expect(run.timedOut).toBe(false)
        expect(run.status).toBe(2)
        expect(run.stderr).toMatch(/^openai-key-guard: The config file \.github\/openai-key-guard\.yml /)
        expect(run.stderr).toMatch(message)
        expect(run.stderr.trim().split('\n')).toHaveLength(1)
      }
      // A range takes its rules from its base commit: the file on disk is never opened, so nothing hangs.
      const range = cli(repo.dir, ['scan', '--range', `${base.slice(0, 12)}..HEAD`])
      expect(range.timedOut).toBe(false)
      expect(range.status).toBe(0)
    }
  )

  it('refuses a config behind a linked .github directory, and a baseline that is a link to /dev/zero', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': '# app\n' })
    const elsewhere = tempDir()
    writeFileSync(path.join(elsewhere, 'openai-key-guard.yml'), "allow:\n  paths: ['**']\n")
    symlinkSync(elsewhere, path.join(repo.dir, '.github'))
    const linked = cli(repo.dir, ['scan'])
    expect(linked.status).toBe(2)
    expect(linked.stderr).toMatch(/\.github must be a directory, not a symbolic link/)
    spawnSync('rm', [path.join(repo.dir, '.github')])

    symlinkSync('/dev/zero', path.join(repo.dir, 'baseline.json'))
    const run = cli(repo.dir, ['scan', '--baseline', 'baseline.json'])
    expect(run.timedOut).toBe(false)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(
      /^openai-key-guard: The baseline baseline\.json must be a regular file, not a symbolic link\.$/m
    )

    const action = await runAction({
      workspace: repo.dir,
      inputs: { scope: 'worktree', baseline: 'baseline.json' },
      env: {}
    })
    expect(action.status).toBe(1)
    expect(action.stdout).toMatch(/^::error::The baseline baseline\.json must be a regular file/m)
  })
})
