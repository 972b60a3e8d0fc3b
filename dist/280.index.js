export const id = 280;
export const ids = [280];
export const modules = {

/***/ 3280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  batchCommand: () => (/* binding */ batchCommand),
  batchSummary: () => (/* binding */ batchSummary)
});

// UNUSED EXPORTS: BATCH_CONCURRENCY, RETRY_MS_ENV

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/git.ts + 1 modules
var src_git = __webpack_require__(5610);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/report/quote.ts
var quote = __webpack_require__(9166);
// EXTERNAL MODULE: ./src/scan/sources/fetch.ts
var fetch = __webpack_require__(448);
;// CONCATENATED MODULE: ./src/org/clone.ts
// A bare copy of one repository of the organisation, fetched for a history scan. The repository is hostile: its
// content must not be able to run anything (hooks), reach another server (submodules, redirects, lazy fetches) or
// receive the token anywhere but the GitHub server the workflow runs against.






/**
 * Every ref a reader of the repository on GitHub can reach: branches, tags, notes, and the head of every pull
 * request. GitHub keeps `refs/pull/N/head` for ever, for forks' pull requests and closed ones too, so a key pushed
 * there is public whatever happens to the branch. `refs/pull/N/merge` is left out: GitHub's test merges only join
 * what the heads and the base already hold.
 */
const REFSPECS = [
    '+refs/heads/*:refs/heads/*',
    '+refs/tags/*:refs/tags/*',
    '+refs/notes/*:refs/notes/*',
    '+refs/pull/*/head:refs/pull/*/head'
];
/** A repository that could not be fetched: the message is one line saying what to fix, with no secret in it. */
class CloneError extends Error {
}
/** Retries after the first attempt; the waits add up to 21 × retryBaseMs (42 s by default). */
const RETRIES = 3;
/**
 * Settings for every git command on a clone: no hooks (the clone's own or the machine's), no stored credentials, no
 * redirects (a redirect would carry the token's header to wherever it points), no submodules, no protocol but the
 * server's, no background maintenance that could outlive the scan.
 */
function safeConfig(serverUrl, token) {
    const scheme = new URL(serverUrl).protocol.replace(/:$/, '');
    return {
        'core.hooksPath': '/dev/null',
        'credential.helper': '',
        'http.followRedirects': 'false',
        'protocol.allow': 'never',
        [`protocol.${scheme}.allow`]: 'always',
        'fetch.recurseSubmodules': 'false',
        'submodule.recurse': 'false',
        'gc.auto': '0',
        'maintenance.auto': 'false',
        ...(0,fetch/* authorization */.i)({ token, serverUrl })
    };
}
function explain(repository, stderr) {
    const status = Number(/returned error: (\d{3})/.exec(stderr)?.[1] ?? /HTTP (\d{3})/.exec(stderr)?.[1] ?? 0);
    if (status === 429 || status >= 500) {
        return { transient: true, message: `the server answered ${status}` };
    }
    if (status === 301 || status === 302 || status === 307 || status === 308) {
        return {
            transient: false,
            message: `the server redirects ${repository} elsewhere (renamed or moved?): list it by its current name.`
        };
    }
    if (status === 404 || /repository '.*' not found|repository not found/i.test(stderr)) {
        return {
            transient: false,
            message: `${repository} was not found, or the token cannot read it: check the name, and that github-token ` +
                '(a GitHub App installation token) has Contents: read on it.'
        };
    }
    if (status === 401 || status === 403 || /could not read Username|Authentication failed/i.test(stderr)) {
        return {
            transient: false,
            message: `access to ${repository} was denied: give github-token Contents: read on it (a GitHub App installation token).`
        };
    }
    // A connection cut mid-transfer also leaves index-pack without its pack: it is the network, not the objects.
    if (/Failed to connect|Could not resolve host|Connection (?:reset|refused|timed out)|Operation timed out|early EOF|RPC failed|remote end hung up|transfer closed|SSL/i.test(stderr)) {
        return { transient: true, message: `the connection to the server failed (${firstLine(stderr)})` };
    }
    if (/inflate|corrupt|bad object|hash mismatch|did not receive expected object/i.test(stderr)) {
        return {
            transient: false,
            message: `the server sent a damaged object (${firstLine(stderr)}): the repository may be corrupt on the server; ` +
                'ask its owners to check it (git fsck).'
        };
    }
    return { transient: false, message: `git could not fetch it: ${firstLine(stderr) || 'no message'}` };
}
function firstLine(stderr) {
    const line = stderr
        .split('\n')
        .map((l) => l.replace(/^(?:(?:fatal|error|remote): )+/, '').trim())
        .find(Boolean) ?? '';
    return (0,quote/* printable */.g$)((0,redact/* scrub */._I)(line)).slice(0, 300);
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The bytes under `dir`, files only, symbolic links not followed. */
function sizeOf(dir) {
    let total = 0;
    for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile())
            continue;
        total += (0,external_node_fs_.statSync)(external_node_path_default().join(entry.parentPath, entry.name), { throwIfNoEntry: false })?.size ?? 0;
    }
    return total;
}
function tooLarge(options) {
    return new CloneError(`${options.repository} is larger than max-repository-size (${options.maxBytes} bytes): raise the limit, or exclude it from the plan.`);
}
/** Runs git, stopping it when the clone grows past the size limit; resolves with its exit code and stderr. */
function watched(git, args, options) {
    return new Promise((resolve, reject) => {
        const child = git.spawn(args, ['ignore', 'pipe', 'pipe'], { GIT_NO_LAZY_FETCH: '1' });
        let stdout = '';
        let stderr = '';
        let big = false;
        child.stdout?.on('data', (chunk) => (stdout += chunk.toString('utf8')));
        child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)));
        const objects = external_node_path_default().join(options.dir, 'objects');
        const timer = options.maxBytes > 0
            ? setInterval(() => {
                // git moves and removes files as it writes: a walk that meets one gone is tried again next time.
                let size = 0;
                try {
                    size = sizeOf(objects);
                }
                catch {
                    return;
                }
                if (size <= options.maxBytes)
                    return;
                big = true;
                child.kill('SIGKILL');
            }, 250)
            : undefined;
        child.on('error', (error) => {
            clearInterval(timer);
            reject(error);
        });
        child.on('close', (code) => {
            clearInterval(timer);
            resolve({ code: code ?? 1, stdout, stderr, big });
        });
    });
}
/** Runs a network command, retrying transient failures with a bounded backoff; resolves with its output. */
async function withRetries(git, args, options) {
    for (let attempt = 0;; attempt++) {
        const result = await watched(git, args, options);
        if (result.big)
            throw tooLarge(options);
        if (result.code === 0)
            return result.stdout;
        const failure = explain(options.repository, result.stderr);
        if (!failure.transient)
            throw new CloneError(failure.message);
        if (attempt >= RETRIES) {
            throw new CloneError(`${failure.message} on each of ${RETRIES + 1} tries: run the batch again later.`);
        }
        const wait = options.retryBaseMs * 4 ** attempt;
        options.logger.info(`${options.repository}: ${failure.message}; retry ${attempt + 1} of ${RETRIES} in ${wait} ms.`);
        await delay(wait);
    }
}
/** A bare repository at `dir`: the one already there, or a new one without the machine's templates (hooks). */
async function openBare(dir, config) {
    const git = new src_git/* Git */.TU(dir, config);
    const existing = (0,external_node_fs_.statSync)(dir, { throwIfNoEntry: false });
    if (existing?.isDirectory()) {
        const answer = await git.exec(['rev-parse', '--is-bare-repository']);
        if (answer.code === 0 && answer.stdout.toString().trim() === 'true')
            return git;
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
    (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(dir), { recursive: true });
    await new src_git/* Git */.TU(external_node_path_default().dirname(dir), config).run(['init', '--quiet', '--bare', '--template=', dir]);
    return git;
}
/** `ref: refs/heads/main<TAB>HEAD`: the default branch the server names, when it names a valid one. */
function defaultBranch(lsRemote) {
    const ref = /^ref: (refs\/heads\/\S+)\tHEAD$/m.exec(lsRemote)?.[1];
    return ref && !/\.\.|@\{|[\\~^:?*[]|\/\.|\.lock$|\/$/.test(ref) ? ref : undefined;
}
/**
 * Fetches every ref of the repository into a bare clone at `options.dir`. Throws CloneError, with one line saying
 * what to fix, when the repository cannot be fetched.
 */
async function cloneRepository(options) {
    const url = `${options.serverUrl.replace(/\/+$/, '')}/${options.repository}.git`;
    const git = await openBare(options.dir, safeConfig(options.serverUrl, options.token));
    // The default branch, asked on its own: a fetch of refspecs does not record where the server's HEAD points.
    const heads = await withRetries(git, ['ls-remote', '--symref', '--', url, 'HEAD'], options);
    const ref = defaultBranch(heads);
    await withRetries(git, [
        'fetch',
        '--quiet',
        '--prune',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        '--',
        url,
        ...REFSPECS
    ], options);
    if (options.maxBytes > 0 && sizeOf(external_node_path_default().join(options.dir, 'objects')) > options.maxBytes)
        throw tooLarge(options);
    const refs = (await git.run(['for-each-ref', '--count=1', '--format=%(refname)'])).trim();
    if (ref)
        await git.run(['symbolic-ref', 'HEAD', ref]);
    const head = ref ? await git.resolveCommit(ref) : undefined;
    return { git, ref: head ? ref : undefined, head, empty: refs === '' };
}

// EXTERNAL MODULE: ./src/org/report-file.ts
var report_file = __webpack_require__(7045);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/scan/record.ts
var record = __webpack_require__(1636);
// EXTERNAL MODULE: ./src/scan/scan.ts + 15 modules
var scan = __webpack_require__(4773);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/batch.ts











/** The environment variable that sets the base of the clone retry backoff, in milliseconds: for tests. */
const RETRY_MS_ENV = 'OPENAI_KEY_GUARD_RETRY_MS';
/** The same logger, each line naming the repository it is about. */
function about(repository, logger) {
    return {
        ...logger,
        info: (m) => logger.info(`${repository}: ${m}`),
        debug: (m) => logger.debug(`${repository}: ${m}`),
        warning: (m) => logger.warning(`${repository}: ${m}`),
        error: (m) => logger.error(`${repository}: ${m}`)
    };
}
/** One line for a failed repository: what went wrong, scrubbed, with nothing a terminal or the runner would act on. */
function failure(error) {
    if (error instanceof CloneError)
        return (0,quote/* printable */.g$)((0,redact/* scrub */._I)(error.message));
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    return (0,quote/* printable */.g$)((0,redact/* scrub */._I)(`the history scan failed: ${message}`)).slice(0, 500);
}
/** Fetches one repository, scans its whole history and says what it found; never throws. */
async function scanRepository(repository, settings, batch, logger) {
    const { owner, name } = (0,report_file/* parseRepositoryName */.$M)(repository);
    const dir = external_node_path_default().join(batch.cloneDir, `${owner}__${name}.git`);
    const common = { version: version/* VERSION */.x, detector: record/* DETECTOR_VERSION */.KG, repository };
    const log = about(repository, logger);
    try {
        const clone = await cloneRepository({
            dir,
            serverUrl: settings.github.serverUrl,
            repository,
            token: settings.github.token || undefined,
            logger,
            retryBaseMs: retryBase(),
            maxBytes: batch.maxRepositoryBytes
        });
        if (clone.empty)
            return (0,report_file/* repositoryReport */.Tg)({ ...common, status: 'empty' });
        const result = await (0,scan/* scan */.S)({
            cwd: dir,
            range: { kind: 'history', head: 'HEAD' },
            // The organisation's own rules, from the workflow's checkout; a scanned repository brings no rules file.
            config: settings.scan.config && external_node_path_default().resolve(settings.workspace, settings.scan.config),
            baseline: settings.scan.baseline && external_node_path_default().resolve(settings.workspace, settings.scan.baseline),
            failOn: 'any',
            record: external_node_path_default().join(batch.recordDir, `${owner}__${name}.rec`),
            logger: log,
            onKey: (key) => logger.setSecret(key)
        });
        return (0,report_file/* repositoryReport */.Tg)({
            ...common,
            status: 'scanned',
            ref: clone.ref,
            head: clone.head,
            commits: result.stats.commits,
            objects: result.stats.objects ?? { listed: 0, read: 0, skipped: 0 },
            findings: (0,report_text/* findingsForJson */.sV)(result.findings),
            notScanned: { count: result.unreadable.objects, paths: result.unreadable.paths.map(redact/* scrub */._I) }
        });
    }
    catch (error) {
        return (0,report_file/* repositoryReport */.Tg)({ ...common, status: 'failed', error: failure(error) });
    }
    finally {
        // A runner has about 14 GB of disk: each clone goes as soon as its scan is done.
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    }
}
function retryBase() {
    const value = Number(process.env[RETRY_MS_ENV] ?? '');
    return process.env[RETRY_MS_ENV] && Number.isFinite(value) && value >= 0 ? value : 2000;
}
function describe(report) {
    switch (report.status) {
        case 'failed':
            return `not scanned: ${report.error ?? ''}`;
        case 'empty':
            return 'empty (nothing was ever pushed)';
        case 'scanned':
            return (`${report.commits} commit(s), ${report.objects.read} object(s) read, ${report.objects.skipped} already ` +
                `scanned clean: ${report.findings.length} finding(s)` +
                (report.notScanned.count > 0 ? `, ${report.notScanned.count} object(s) could not be read` : ''));
    }
}
/**
 * How many repositories are worked on at once. A small repository's time goes mostly to waiting on the server
 * (listing, fetching), while a large one's scan keeps both cores of a hosted runner busy: two at a time overlap
 * one's waiting with the other's scanning.
 */
const BATCH_CONCURRENCY = 2;
/**
 * Scans each repository of the batch and writes its report as soon as it is done. One repository's failure is that
 * repository's report; the batch goes on. Reports come back in the order the repositories were given.
 */
async function batchCommand(settings, logger, concurrency = BATCH_CONCURRENCY) {
    const batch = settings.batch;
    (0,external_node_fs_.mkdirSync)(batch.reportDir, { recursive: true });
    (0,external_node_fs_.mkdirSync)(batch.recordDir, { recursive: true });
    const reports = new Array(batch.repositories.length);
    let next = 0;
    const worker = async () => {
        while (next < batch.repositories.length) {
            const i = next++;
            const repository = batch.repositories[i];
            const report = await scanRepository(repository, settings, batch, logger);
            (0,external_node_fs_.writeFileSync)((0,report_file/* reportPath */.eG)(batch.reportDir, repository), (0,report_file/* serializeRepositoryReport */.Tq)(report));
            if (report.status === 'failed')
                logger.warning(`${repository}: ${describe(report)}`);
            else
                logger.info(`${repository}: ${describe(report)}`);
            reports[i] = report;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    return {
        reports,
        findings: reports.reduce((sum, r) => sum + r.findings.length, 0),
        failed: reports.filter((r) => r.status === 'failed').length,
        reportDir: batch.reportDir
    };
}
/** The job summary of a batch: one row per repository. The findings themselves are the report job's to show. */
function batchSummary(outcome) {
    const rows = outcome.reports.map((r) => `| ${(0,markdown/* cell */.Hn)((0,markdown/* code */.aY)(r.repository))} | ${r.status} | ${r.commits} | ${r.objects.read} | ${r.findings.length} | ${(0,markdown/* cell */.Hn)((0,markdown/* text */.Qq)(r.error ?? ''))} |`);
    return (0,redact/* scrub */._I)([
        '## OpenAI Key Guard: batch scan',
        '',
        `${outcome.reports.length} repositories, ${outcome.findings} finding(s), ${outcome.failed} not scanned. ` +
            'The report job gives the verdict.',
        '',
        '| Repository | Status | Commits | Objects read | Findings | Error |',
        '| --- | --- | ---: | ---: | ---: | --- |',
        ...rows,
        ''
    ].join('\n'));
}


/***/ })

};
