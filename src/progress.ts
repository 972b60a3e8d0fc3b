// Progress of a long scan. Hand-written rather than a library: the display is one line redrawn with a carriage
// return and an erase-line, or a plain line now and then; the libraries that do this (cli-progress, log-update,
// progress) bring dependencies, their own timers and formatting engines, and the CLI loads this module only when
// stderr is a terminal, so a scan piped into another program or run by a hook starts as fast as before.
import type { Range } from './scan/range.js'

/** How much a scan has to read in all; either part may be unknown. */
export interface ReadTotals {
  objects?: number
  bytes?: number
}

/**
 * What a source tells about its reading as it goes. It is called for every object read, so a call costs no
 * more than a look at the clock: the display decides when to show anything.
 */
export interface ReadProgress {
  /** One more object read, of `bytes` bytes. */
  add(bytes: number): void
  /** The totals, when the source knows them for free (the files of a listed working tree). */
  setTotals(totals: ReadTotals): void
  /**
   * How to learn the totals when that costs work (another git process). It runs only once the scan has lasted
   * long enough to show progress, so a short scan never pays for it; `signal` aborts it when the scan ends first.
   */
  measureTotals(measure: (signal: AbortSignal) => Promise<ReadTotals>): void
  /** The reading is over: no more reports; a terminal line is erased so that what follows starts clean. */
  done(): void
}

export interface ProgressOptions {
  /** What is read, for the start of the line: "history", "the working tree". */
  what: string
  /** What one object is called: "objects", "files". */
  unit: string
  write: (text: string) => void
  /**
   * A terminal redraws one line in place and erases it at the end; anywhere else (the Actions log) each report
   * is a line of its own and stays.
   */
  terminal: boolean
  /** The first report comes after this long, then one every this long. */
  everyMs: number
  /** The terminal's width: a line that wraps could not be redrawn in place. */
  columns?: () => number
  now?: () => number
}

const ERASE_LINE = '\r\x1b[K'
/** The environment variable that sets how often progress is shown, in milliseconds: for tests (0 = at every object). */
export const PROGRESS_MS_ENV = 'OPENAI_KEY_GUARD_PROGRESS_MS'

/** Milliseconds between reports: the default, unless the environment sets a number. */
export function progressInterval(env: NodeJS.ProcessEnv, fallback: number): number {
  const value = Number(env[PROGRESS_MS_ENV] ?? '')
  return env[PROGRESS_MS_ENV] && Number.isFinite(value) && value >= 0 ? value : fallback
}

/** "12 KiB", "3.4 MiB", "480 MiB": three significant figures at most. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${unit > 0 && value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`
}

/** "~8 s", "~3 min", "~1 h 5 min": precise enough for an estimate, no more. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000))
  if (seconds < 90) return `~${seconds} s`
  const minutes = Math.round(seconds / 60)
  return minutes < 90 ? `~${minutes} min` : `~${Math.floor(minutes / 60)} h ${minutes % 60} min`
}

const count = (n: number): string => n.toLocaleString('en-US')

/** Shows a scan's reading: objects and bytes, the rate, and the time left once the totals are known. */
export class ScanProgress implements ReadProgress {
  private readonly options: ProgressOptions
  private readonly now: () => number
  private readonly started: number
  private readonly timer: ReturnType<typeof setInterval> | undefined
  private readonly abort = new AbortController()
  private objects = 0
  private bytes = 0
  private totals: ReadTotals = {}
  private measure: ((signal: AbortSignal) => Promise<ReadTotals>) | undefined
  private nextAt: number
  private shown = false
  private finished = false

  // Plain fields, no parameter properties: the bench runs these files with Node's type stripping.
  constructor(options: ProgressOptions) {
    this.options = options
    this.now = options.now ?? Date.now
    this.started = this.now()
    this.nextAt = this.started + options.everyMs
    // Reading can stall (git walking trees before the first blob, the commit log after the last one): a timer
    // keeps the rate honest then. It never keeps the process alive.
    if (options.everyMs > 0) {
      this.timer = setInterval(() => this.tick(), options.everyMs)
      this.timer.unref()
    }
  }

  add(bytes: number): void {
    this.objects++
    this.bytes += bytes
    if (this.now() >= this.nextAt) this.tick()
  }

  setTotals(totals: ReadTotals): void {
    this.totals = totals
  }

  measureTotals(measure: (signal: AbortSignal) => Promise<ReadTotals>): void {
    this.measure = measure
  }

  /** Takes the line off the terminal (before another message is written there); the next report redraws it. */
  clear(): void {
    if (this.options.terminal && this.shown) this.options.write(ERASE_LINE)
    this.shown = false
  }

  done(): void {
    this.finished = true
    if (this.timer) clearInterval(this.timer)
    this.abort.abort()
    this.clear()
  }

  /** The current line, e.g. "Scanning history: 1,024 of 5,010 objects, 12 MiB of 55 MiB, 80 MiB/s, ~1 s left". */
  line(): string {
    const { objects, bytes } = this.totals
    const elapsed = this.now() - this.started
    const rate = elapsed > 0 ? (this.bytes * 1000) / elapsed : 0
    const parts = [
      `${count(this.objects)}${objects && objects >= this.objects ? ` of ${count(objects)}` : ''} ${this.options.unit}`,
      `${formatBytes(this.bytes)}${bytes && bytes >= this.bytes ? ` of ${formatBytes(bytes)}` : ''}`
    ]
    if (elapsed >= 1000) parts.push(`${formatBytes(rate)}/s`)
    const left = this.timeLeft(elapsed)
    if (left !== undefined) parts.push(`${formatDuration(left)} left`)
    return `Scanning ${this.options.what}: ${parts.join(', ')}`
  }

  /**
   * The time left, only when it can be told: totals known, something read, a second of reading to measure the
   * pace by, and not yet past the total (the object database may hold more than the scan reads).
   */
  private timeLeft(elapsed: number): number | undefined {
    if (elapsed < 1000) return undefined
    const { objects, bytes } = this.totals
    // Bytes when known (reading time follows them), else objects; the other total never stands in for it.
    const [done, total] = bytes ? [this.bytes, bytes] : [this.objects, objects ?? 0]
    return done > 0 && done < total ? (elapsed * (total - done)) / done : undefined
  }

  private tick(): void {
    if (this.finished) return
    const now = this.now()
    if (now < this.nextAt) return
    this.nextAt = now + this.options.everyMs
    this.startMeasuring()
    const text = this.line()
    if (!this.options.terminal) return this.options.write(text)
    // A terminal that does not say its width (0) gets the usual 80 columns.
    const width = Math.max(20, (this.options.columns?.() || 80) - 1)
    this.options.write(`\r${text.slice(0, width)}\x1b[K`)
    this.shown = true
  }

  private startMeasuring(): void {
    const measure = this.measure
    if (!measure) return
    this.measure = undefined
    measure(this.abort.signal).then(
      (totals) => {
        if (!this.finished) this.totals = totals
      },
      () => undefined // without totals there is no estimate of the time left, and nothing else changes
    )
  }
}

const SCANS: Partial<Record<Range['kind'], Pick<ProgressOptions, 'what' | 'unit'>>> = {
  history: { what: 'history', unit: 'objects' },
  worktree: { what: 'the working tree', unit: 'files' }
}

/** A progress display for the scans that can take long (full history, working tree); none for the others. */
export function scanProgress(
  kind: Range['kind'],
  options: Omit<ProgressOptions, 'what' | 'unit'>
): ScanProgress | undefined {
  const scan = SCANS[kind]
  return scan && new ScanProgress({ ...scan, ...options })
}
