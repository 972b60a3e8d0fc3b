export const id = 279;
export const ids = [279];
export const modules = {

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   progressInterval: () => (/* binding */ progressInterval),
/* harmony export */   scanProgress: () => (/* binding */ scanProgress)
/* harmony export */ });
/* unused harmony exports PROGRESS_MS_ENV, formatBytes, formatDuration, ScanProgress */
const ERASE_LINE = '\r\x1b[K';
/** The environment variable that sets how often progress is shown, in milliseconds: for tests (0 = at every object). */
const PROGRESS_MS_ENV = 'OPENAI_KEY_GUARD_PROGRESS_MS';
/** Milliseconds between reports: the default, unless the environment sets a number. */
function progressInterval(env, fallback) {
    const value = Number(env[PROGRESS_MS_ENV] ?? '');
    return env[PROGRESS_MS_ENV] && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** "12 KiB", "3.4 MiB", "480 MiB": three significant figures at most. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${unit > 0 && value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
/** "~8 s", "~3 min", "~1 h 5 min": precise enough for an estimate, no more. */
function formatDuration(ms) {
    const seconds = Math.max(1, Math.round(ms / 1000));
    if (seconds < 90)
        return `~${seconds} s`;
    const minutes = Math.round(seconds / 60);
    return minutes < 90 ? `~${minutes} min` : `~${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
const count = (n) => n.toLocaleString('en-US');
/** Shows a scan's reading: objects and bytes, the rate, and the time left once the totals are known. */
class ScanProgress {
    options;
    now;
    started;
    timer;
    abort = new AbortController();
    objects = 0;
    bytes = 0;
    totals = {};
    measure;
    nextAt;
    shown = false;
    finished = false;
    // Plain fields, no parameter properties: the bench runs these files with Node's type stripping.
    constructor(options) {
        this.options = options;
        this.now = options.now ?? Date.now;
        this.started = this.now();
        this.nextAt = this.started + options.everyMs;
        // Reading can stall (git walking trees before the first blob, the commit log after the last one): a timer
        // keeps the rate honest then. It never keeps the process alive.
        if (options.everyMs > 0) {
            this.timer = setInterval(() => this.tick(), options.everyMs);
            this.timer.unref();
        }
    }
    add(bytes) {
        this.objects++;
        this.bytes += bytes;
        if (this.now() >= this.nextAt)
            this.tick();
    }
    setTotals(totals) {
        this.totals = totals;
    }
    measureTotals(measure) {
        this.measure = measure;
    }
    /** Takes the line off the terminal (before another message is written there); the next report redraws it. */
    clear() {
        if (this.options.terminal && this.shown)
            this.options.write(ERASE_LINE);
        this.shown = false;
    }
    done() {
        this.finished = true;
        if (this.timer)
            clearInterval(this.timer);
        this.abort.abort();
        this.clear();
    }
    /** The current line, e.g. "Scanning history: 1,024 of 5,010 objects, 12 MiB of 55 MiB, 80 MiB/s, ~1 s left". */
    line() {
        const { objects, bytes } = this.totals;
        const elapsed = this.now() - this.started;
        const rate = elapsed > 0 ? (this.bytes * 1000) / elapsed : 0;
        const parts = [
            `${count(this.objects)}${objects && objects >= this.objects ? ` of ${count(objects)}` : ''} ${this.options.unit}`,
            `${formatBytes(this.bytes)}${bytes && bytes >= this.bytes ? ` of ${formatBytes(bytes)}` : ''}`
        ];
        if (elapsed >= 1000)
            parts.push(`${formatBytes(rate)}/s`);
        const left = this.timeLeft(elapsed);
        if (left !== undefined)
            parts.push(`${formatDuration(left)} left`);
        return `Scanning ${this.options.what}: ${parts.join(', ')}`;
    }
    /**
     * The time left, only when it can be told: totals known, something read, a second of reading to measure the
     * pace by, and not yet past the total (the object database may hold more than the scan reads).
     */
    timeLeft(elapsed) {
        if (elapsed < 1000)
            return undefined;
        const { objects, bytes } = this.totals;
        // Bytes when known (reading time follows them), else objects; the other total never stands in for it.
        const [done, total] = bytes ? [this.bytes, bytes] : [this.objects, objects ?? 0];
        return done > 0 && done < total ? (elapsed * (total - done)) / done : undefined;
    }
    tick() {
        if (this.finished)
            return;
        const now = this.now();
        if (now < this.nextAt)
            return;
        this.nextAt = now + this.options.everyMs;
        this.startMeasuring();
        const text = this.line();
        if (!this.options.terminal)
            return this.options.write(text);
        // A terminal that does not say its width (0) gets the usual 80 columns.
        const width = Math.max(20, (this.options.columns?.() || 80) - 1);
        this.options.write(`\r${text.slice(0, width)}\x1b[K`);
        this.shown = true;
    }
    startMeasuring() {
        const measure = this.measure;
        if (!measure)
            return;
        this.measure = undefined;
        measure(this.abort.signal).then((totals) => {
            if (!this.finished)
                this.totals = totals;
        }, () => undefined // without totals there is no estimate of the time left, and nothing else changes
        );
    }
}
const SCANS = {
    history: { what: 'history', unit: 'objects' },
    worktree: { what: 'the working tree', unit: 'files' }
};
/** A progress display for the scans that can take long (full history, working tree); none for the others. */
function scanProgress(kind, options) {
    const scan = SCANS[kind];
    return scan && new ScanProgress({ ...scan, ...options });
}


/***/ })

};
