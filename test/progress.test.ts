// Progress of long scans: one line redrawn on a terminal and erased at the end, plain lines in the Actions log,
// nothing on a stderr that is not a terminal. The CLI runs under a real pseudo-terminal (util-linux `script`).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Git } from '../src/git.js'
import {
  formatBytes,
  formatDuration,
  PROGRESS_MS_ENV,
  ScanProgress,
  type ReadTotals
} from '../src/progress.js'
import { blobTotals } from '../src/scan/sources/history.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'
import { makeKey } from './helpers/keys.js'
import { ROOT, runAction } from './helpers/runner.js'

afterAll(cleanupTempDirs)

const CLI = path.join(ROOT, 'dist/cli.js')
const ERASE = '\r\x1b[K'
const canary = makeKey('project', 301)

/** A display on a clock the test moves by hand, writing into `out`. */
function display(terminal: boolean, everyMs = 250) {
  let now = 1_000_000
  const out: string[] = []
  const progress = new ScanProgress({
    what: 'history',
    unit: 'objects',
    terminal,
    everyMs,
    write: (text) => out.push(text),
    columns: () => 120,
    now: () => now
  })
  return { progress, out, advance: (ms: number) => (now += ms) }
}

describe('ScanProgress', () => {
  it('says nothing before the first interval, then redraws one line at most once an interval', () => {
    const { progress, out, advance } = display(true)
    progress.add(1024)
    advance(249)
    progress.add(1024)
    expect(out).toEqual([])
    advance(1)
    progress.add(1024)
    progress.add(1024)
    expect(out).toEqual(['\rScanning history: 3 objects, 3.0 KiB\x1b[K'])
    advance(250)
    progress.add(1024)
    expect(out.at(-1)).toBe('\rScanning history: 5 objects, 5.0 KiB\x1b[K')
    expect(out).toHaveLength(2)
    progress.done()
    expect(out.at(-1)).toBe(ERASE)
    advance(10_000)
    progress.add(1024)
    expect(out).toHaveLength(3)
  })

  it('estimates the time left only once the totals are known and a second of reading gives the pace', () => {
    const { progress, out, advance } = display(true)
    progress.setTotals({ objects: 8, bytes: 4 * 1024 * 1024 })
    advance(500)
    progress.add(1024 * 1024)
    expect(out.at(-1)).toBe('\rScanning history: 1 of 8 objects, 1.0 MiB of 4.0 MiB\x1b[K')
    advance(500)
    progress.add(0)
    // 1 MiB in 1 s, 3 MiB to go.
    expect(out.at(-1)).toBe(
      '\rScanning history: 2 of 8 objects, 1.0 MiB of 4.0 MiB, 1.0 MiB/s, ~3 s left\x1b[K'
    )
    // Past the totals (the database held less than was read): no estimate rather than a wrong one.
    advance(250)
    progress.add(4 * 1024 * 1024)
    expect(out.at(-1)).toBe('\rScanning history: 3 of 8 objects, 5.0 MiB, 4.0 MiB/s\x1b[K')
    progress.done()
  })

  it('asks for costly totals only when the first report is due, and aborts the question when reading ends', async () => {
    const { progress, out, advance } = display(true)
    const asked: AbortSignal[] = []
    let answer: (totals: ReadTotals) => void = () => undefined
    progress.measureTotals((signal) => {
      asked.push(signal)
      return new Promise((resolve) => (answer = resolve))
    })
    progress.add(100)
    expect(asked).toHaveLength(0)
    advance(1000)
    progress.add(100)
    expect(asked).toHaveLength(1)
    answer({ objects: 4, bytes: 400 })
    await Promise.resolve()
    advance(250)
    progress.add(100)
    // 300 of 400 bytes in 1.25 s: 0.4 s to go, shown as the least an estimate says.
    expect(out.at(-1)).toBe('\rScanning history: 3 of 4 objects, 300 B of 400 B, 240 B/s, ~1 s left\x1b[K')
    expect(asked[0]!.aborted).toBe(false)
    progress.done()
    expect(asked[0]!.aborted).toBe(true)
  })

  it('writes plain lines where there is no terminal, and erases nothing at the end', () => {
    const { progress, out, advance } = display(false, 10_000)
    progress.add(10)
    advance(10_000)
    progress.add(10)
    progress.done()
    expect(out).toEqual(['Scanning history: 2 objects, 20 B, 2 B/s'])
  })

  it('erases its line before another message, and draws it again at the next report', () => {
    const { progress, out, advance } = display(true)
    progress.clear()
    expect(out).toEqual([])
    advance(250)
    progress.add(1)
    progress.clear()
    expect(out.at(-1)).toBe(ERASE)
    progress.done()
    expect(out.filter((t) => t === ERASE)).toHaveLength(1)
  })

  it('fits the line to the terminal, so that it never wraps', () => {
    let now = 0
    const out: string[] = []
    const progress = new ScanProgress({
      what: 'the working tree',
      unit: 'files',
      terminal: true,
      everyMs: 0,
      write: (text) => out.push(text),
      columns: () => 30,
      now: () => now++
    })
    progress.add(1)
    progress.done()
    expect(out[0]).toBe('\rScanning the working tree: 1 \x1b[K')
    expect(out[0]!.length - '\r\x1b[K'.length).toBe(29)
  })

  it('formats sizes and durations for reading at a glance', () => {
    expect([0, 1023, 1024, 10 * 1024 * 1024, 480 * 1024 * 1024, 3.5 * 1024 ** 3].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '10 MiB',
      '480 MiB',
      '3.5 GiB'
    ])
    expect([200, 12_400, 89_000, 200_000, 5_400_000, 9_000_000].map(formatDuration)).toEqual([
      '~1 s',
      '~12 s',
      '~89 s',
      '~3 min',
      '~1 h 30 min',
      '~2 h 30 min'
    ])
  })
})

function leakyRepo(): TestRepo {
  const repo = TestRepo.init()
  repo.commit('one', { 'a.txt': 'a\n'.repeat(1000), 'b.txt': 'b\n' })
  repo.commit('two', { 'config.env': `OPENAI_API_KEY=${canary}\n` })
  repo.commit('three', { 'config.env': 'OPENAI_API_KEY=\n', 'c.txt': 'c\n' })
  return repo
}

/** The CLI with its stdout and stderr on a pseudo-terminal: what a user at a terminal sees, in one stream. */
function cliOnTerminal(cwd: string, args: string[]): { status: number | null; screen: string } {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a}'`).join(' ')
  const run = spawnSync('script', ['-qec', command, '/dev/null'], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, TERM: 'xterm', [PROGRESS_MS_ENV]: '0' }
  })
  return { status: run.status, screen: run.stdout }
}

describe('the totals of a history scan', () => {
  it('are the blobs of the object database and their bytes, read from the headers', async () => {
    const repo = leakyRepo()
    // a.txt, b.txt, the key, its removal (the empty value), c.txt
    const bytes = 2000 + 2 + `OPENAI_API_KEY=${canary}\n`.length + 'OPENAI_API_KEY=\n'.length + 2
    expect(await blobTotals(new Git(repo.dir), new AbortController().signal)).toEqual({ objects: 5, bytes })
  })

  it('stop being measured when the scan ends first', async () => {
    const repo = leakyRepo()
    const abort = new AbortController()
    const measuring = blobTotals(new Git(repo.dir), abort.signal)
    abort.abort()
    await expect(measuring).rejects.toThrow(/cat-file/)
  })
})

describe('the CLI on a terminal', () => {
  it('shows the progress of a history scan on the terminal, then erases it before the report', () => {
    const repo = leakyRepo()
    const { status, screen } = cliOnTerminal(repo.dir, ['scan', '--history'])
    expect(status).toBe(1)
    const drawn = /\rScanning history: [1-9]\d* objects, \d+(\.\d)? (B|KiB)(.)/.exec(screen)
    expect(drawn?.[3]).toBe('\x1b') // the erase-line after the text, so that a shorter line leaves no tail
    const after = screen.slice(screen.lastIndexOf(ERASE) + ERASE.length)
    expect(after).not.toContain('Scanning')
    expect(after).toMatch(/^LEAK {2}config\.env:1:16 \(commit [0-9a-f]{7}\) {2}sk-proj-/)
    expect(screen).not.toContain(canary)
  })

  it('shows the progress of a working-tree scan, with the number of files to read', () => {
    const repo = leakyRepo()
    const { status, screen } = cliOnTerminal(repo.dir, ['scan'])
    expect(status).toBe(0)
    expect(screen).toMatch(/\rScanning the working tree: [1-4] of 4 files, /)
    expect(screen.slice(screen.lastIndexOf(ERASE) + ERASE.length)).toMatch(
      /^No OpenAI keys found in the working tree/
    )
  })

  it('shows none for the quick scans: staged changes (a pre-commit hook) and a range', () => {
    const repo = leakyRepo()
    for (const args of [
      ['scan', '--staged'],
      ['scan', '--range', 'HEAD~2..HEAD']
    ]) {
      const { screen } = cliOnTerminal(repo.dir, args)
      expect(screen).toMatch(/^(No OpenAI keys found|LEAK )/)
      expect(screen).not.toContain('Scanning')
    }
  })

  it('writes no progress when stderr is not a terminal, even with the shortest interval', () => {
    const repo = leakyRepo()
    for (const args of [['scan', '--history'], ['scan']]) {
      const run = spawnSync(process.execPath, [CLI, ...args], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, TERM: 'xterm', [PROGRESS_MS_ENV]: '0' }
      })
      expect(run.stderr).toBe('')
      expect(run.stdout).not.toContain('Scanning')
      expect(run.stdout).not.toContain('\x1b')
    }
  })
})

describe('the action', () => {
  it('writes a plain progress line to the log while a history scan runs', async () => {
    const repo = leakyRepo()
    const run = await runAction({
      workspace: repo.dir,
      inputs: { scope: 'history' },
      event: { name: 'schedule', payload: {} },
      env: { [PROGRESS_MS_ENV]: '0' }
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^Scanning history: [1-9]\d* objects, \d+(\.\d)? (B|KiB)/m)
    expect(run.stdout).not.toContain('\r')
    expect(run.stdout).not.toContain('\x1b')
    expect(run.all).not.toContain(canary)
  })
})
