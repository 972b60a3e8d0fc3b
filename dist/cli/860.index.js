export const id = 860;
export const ids = [860,249];
export const modules = {

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportCommand: () => (/* binding */ reportCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/audit-issue.ts
var audit_issue = __webpack_require__(2050);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
;// CONCATENATED MODULE: ./src/github/code-scanning.ts

/**
 * `POST /repos/{owner}/{repo}/code-scanning/sarifs` (REST "Upload an analysis as SARIF data"): `sarif` is the
 * gzipped, base64 log; `commit_sha` and `ref` say which commit and branch the analysis is of. 202 gives the upload's
 * id. A 403 is an answer here, not an error: one repository without the permission must not stop the others.
 * 5xx and rate limits are retried by the client.
 */
async function uploadSarif(octokit, upload) {
    const { owner, repo } = upload;
    try {
        const response = await octokit.rest.codeScanning.uploadSarif({
            owner,
            repo,
            commit_sha: upload.commitSha,
            ref: upload.ref,
            sarif: upload.sarif,
            tool_name: 'openai-key-guard'
        });
        return { result: 'uploaded', id: String(response.data.id ?? '') };
    }
    catch (error) {
        // A 403 that is a rate limit (x-ratelimit-remaining 0, or retry-after) was waited out by the client until it
        // gave up: that is a failure to report, not a missing permission.
        const headers = error.response?.headers ?? {};
        const limited = headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined;
        if ((0,client/* statusOf */.c2)(error) === 403 && !limited)
            return { result: 'forbidden' };
        throw (0,client/* gitHubError */.Mj)(`upload the SARIF report of ${owner}/${repo}`, error);
    }
}

// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/quote.ts
var quote = __webpack_require__(9166);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/org/report-file.ts
var report_file = __webpack_require__(7045);
;// CONCATENATED MODULE: ./src/org/issue.ts
// The organisation issue: one item per leaked key of each repository, kept current across runs. The previous
// run's items live in a hidden line of the issue body; anyone who can edit the issue can edit that line, so it
// is parsed strictly, holds no key material (a derived id, the redacted form and the shape), and only decides
// what is shown as resolved: what is open always comes from this run's reports.





const ORG_MARKER = '<!-- openai-key-guard organisation -->';
const STATE_LINE = /<!-- openai-key-guard organisation state ([A-Za-z0-9+/]{0,80000}={0,2}) -->/;
/** An issue body holds 65,536 characters: the tables get this much, the state line what its items need. */
const TABLE_CHARS = 30_000;
/** Items the state line keeps (each takes about 130 characters of base64). */
const MAX_STATE_ITEMS = 220;
/** Resolved items stay listed this long after they were resolved. */
const RESOLVED_DAYS = 30;
const itemId = (repository, fingerprint) => (0,redact/* sha256 */.sc)(`${repository.toLowerCase()}:${fingerprint}`).slice(0, 24);
/** The items of the previous run, or [] with a reason when the hidden line is missing or does not parse. */
function parseState(body) {
    if (body === undefined)
        return { items: [] };
    const match = STATE_LINE.exec(body);
    if (!match)
        return { items: [], problem: 'the issue holds no state line' };
    try {
        const parsed = JSON.parse(Buffer.from(match[1], 'base64').toString('utf8'));
        const state = parsed;
        if (typeof parsed !== 'object' || parsed === null || state.v !== 1 || !Array.isArray(state.items))
            throw new Error('shape');
        if (state.items.length > MAX_STATE_ITEMS)
            throw new Error('too many items');
        return { items: state.items.map(parseItem) };
    }
    catch {
        return { items: [], problem: 'the state line of the issue does not parse (edited by hand?)' };
    }
}
function parseItem(value) {
    const i = value;
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error('item');
    const keys = Object.keys(i);
    if (keys.some((k) => !['r', 'id', 'k', 's', 'st', 'at'].includes(k)))
        throw new Error('item field');
    const { r, id, k, s, st, at } = i;
    if (typeof r !== 'string' || (0,report_file/* parseRepositoryName */.$M)(r) instanceof Error)
        throw new Error('repository');
    if (typeof id !== 'string' || !/^[0-9a-f]{24}$/.test(id))
        throw new Error('id');
    if (typeof k !== 'string' || !redact/* REDACTED_FORM */.Ef.test(k))
        throw new Error('redacted');
    if (!report_findings/* SHAPE_NAMES */.rF.includes(s))
        throw new Error('shape');
    if (st !== 'open' && st !== 'resolved')
        throw new Error('state');
    if (at !== undefined && (typeof at !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(at)))
        throw new Error('at');
    return {
        repository: r,
        id,
        redacted: k,
        shape: s,
        state: st,
        ...(typeof at === 'string' ? { resolved: at } : {})
    };
}
function stateLine(items) {
    const json = JSON.stringify({
        v: 1,
        items: items.map((i) => ({
            r: i.repository,
            id: i.id,
            k: i.redacted,
            s: i.shape,
            st: i.state,
            ...(i.resolved ? { at: i.resolved } : {})
        }))
    });
    return `<!-- openai-key-guard organisation state ${Buffer.from(json).toString('base64')} -->`;
}
/**
 * This run's items: every key found in a repository that was read is open; an open item of the last run whose key
 * a read repository no longer holds (removed from history, or allow-listed) is resolved today; a repository that
 * failed, or is missing from the reports, keeps its last items as they were.
 */
function currentItems(repositories, previous, today) {
    const read = new Set(repositories.filter((r) => r.status !== 'failed').map((r) => r.repository.toLowerCase()));
    const open = new Map();
    for (const r of repositories) {
        if (r.status === 'failed')
            continue;
        for (const f of r.findings) {
            const id = itemId(r.repository, f.fingerprint);
            const item = open.get(id);
            if (item)
                item.places.push(f);
            else
                open.set(id, {
                    repository: r.repository,
                    id,
                    redacted: f.redacted,
                    shape: f.shape,
                    state: 'open',
                    places: [f]
                });
        }
    }
    const resolved = [];
    let resolvedNow = 0;
    const cutoff = new Date(Date.parse(today) - RESOLVED_DAYS * 86_400_000).toISOString().slice(0, 10);
    for (const item of previous) {
        if (open.has(item.id))
            continue;
        if (!read.has(item.repository.toLowerCase())) {
            if (item.state === 'open')
                open.set(item.id, { ...item, places: [], carried: true });
            else
                resolved.push(item);
        }
        else if (item.state === 'open') {
            resolved.push({ ...item, state: 'resolved', resolved: today });
            resolvedNow++;
        }
        else if ((item.resolved ?? today) >= cutoff)
            resolved.push(item);
    }
    const byName = (a, b) => a.repository.localeCompare(b.repository);
    return {
        open: [...open.values()].sort(byName),
        resolved: resolved.sort((a, b) => (b.resolved ?? '').localeCompare(a.resolved ?? '') || byName(a, b)),
        failed: repositories.filter((r) => r.status === 'failed'),
        resolvedNow
    };
}
function placeText(f) {
    const message = (0,report_findings/* messageName */.fe)(f);
    const at = message === undefined ? `${(0,markdown/* code */.aY)((0,quote/* displayPath */.Gt)(f.path))} line ${f.line}` : `${(0,markdown/* text */.Qq)(message)}, line ${f.line}`;
    return f.commit && message === undefined ? `${at} (commit ${f.commit.slice(0, 7)})` : at;
}
/** Adds rows while they fit in `room`; returns how many did not. */
function fitRows(lines, rows, room) {
    let added = 0;
    for (const row of rows) {
        if (row.length + 1 > room.chars)
            break;
        room.chars -= row.length + 1;
        lines.push(row);
        added++;
    }
    return rows.length - added;
}
/** The issue body: open keys, failed repositories, resolved keys, then the hidden state line. */
function issueBody(items, totals) {
    const { open, resolved, failed } = items;
    const repos = new Set(open.map((i) => i.repository)).size;
    const lines = [
        '## OpenAI Key Guard: organisation',
        '',
        `${open.length} leaked key(s) open in ${repos} repositories; ${items.resolvedNow} resolved in this run; ` +
            `${failed.length} of ${totals.repositories} repositories could not be scanned. Updated ${totals.at}.`,
        ''
    ];
    const room = { chars: TABLE_CHARS };
    let unlisted = 0;
    if (open.length > 0) {
        lines.push('### Open: rotate these keys', '', '| Repository | Key | Type | Where |', '| --- | --- | --- | --- |');
        unlisted += fitRows(lines, open.map((i) => {
            const where = i.carried
                ? 'not rescanned: its repository failed this run'
                : `${placeText(i.places[0])}${i.places.length > 1 ? ` and ${i.places.length - 1} more place(s)` : ''}`;
            return `| ${(0,markdown/* cell */.Hn)((0,markdown/* code */.aY)(i.repository))} | ${(0,markdown/* code */.aY)(i.redacted)} | ${(0,report_findings/* shapeTitle */.EJ)(i.shape)} | ${(0,markdown/* cell */.Hn)(where)} |`;
        }), room);
        lines.push('');
    }
    if (failed.length > 0) {
        lines.push('### Not scanned (their earlier keys stay open)', '', '| Repository | Why |', '| --- | --- |');
        unlisted += fitRows(lines, failed.map((r) => `| ${(0,markdown/* cell */.Hn)((0,markdown/* code */.aY)(r.repository))} | ${(0,markdown/* cell */.Hn)((0,markdown/* text */.Qq)(r.reason ?? 'failed'))} |`), room);
        lines.push('');
    }
    if (resolved.length > 0) {
        lines.push('### Resolved (removed from history or allow-listed)', '', '| Repository | Key | Type | Resolved |', '| --- | --- | --- | --- |');
        unlisted += fitRows(lines, resolved.map((i) => `| ${(0,markdown/* cell */.Hn)((0,markdown/* code */.aY)(i.repository))} | ${(0,markdown/* code */.aY)(i.redacted)} | ${(0,report_findings/* shapeTitle */.EJ)(i.shape)} | ${i.resolved ?? ''} |`), room);
        lines.push('');
    }
    if (unlisted > 0)
        lines.push(`${unlisted} more row(s) are not listed here: the job summary of the run has them.`, '');
    // Resolved items are dropped first when the state line is full: an open item that is not kept reappears as open.
    const kept = [...open, ...resolved].slice(0, MAX_STATE_ITEMS);
    const untracked = open.length + resolved.length - kept.length;
    if (untracked > 0)
        lines.push(`${untracked} item(s) are beyond what this issue tracks between runs.`, '');
    lines.push(stateLine(kept.map(({ repository, id, redacted, shape, state, resolved }) => ({
        repository,
        id,
        redacted,
        shape,
        state,
        ...(resolved ? { resolved } : {})
    }))));
    return (0,redact/* scrub */._I)(lines.join('\n'));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
;// CONCATENATED MODULE: ./src/org/reports.ts
// Gathers the per-repository reports of a matrix scan (downloaded workflow artifacts) into one result per
// repository. The artifacts were written by jobs that read repository content: links are never followed, sizes
// are capped, every file is parsed strictly, and a file that cannot be read or parsed makes its repository a
// failed one, never a clean one.







/** A report holds at most the findings of one repository: 64 MiB is far beyond any real one. */
const MAX_REPORT_BYTES = 64 << 20;
/** All reports together: past this the rest count as failed rather than exhausting the runner's memory. */
const MAX_TOTAL_BYTES = 1 << 30;
/** Files looked at (a matrix of 256 batches of an organisation of tens of thousands of repositories). */
const MAX_FILES = 100_000;
/** upload-artifact with merge-multiple is flat; a few levels allow one directory per artifact. */
const MAX_DEPTH = 8;
/** `<owner>__<name>.json`: owner names hold no `_`, so the first `__` splits the two. */
function repositoryOfFile(file) {
    const match = /^([^_]+)__(.+)\.json$/.exec(external_node_path_default().basename(file));
    const name = match ? `${match[1]}/${match[2]}` : undefined;
    return name !== undefined && !((0,report_file/* parseRepositoryName */.$M)(name) instanceof Error) ? name : undefined;
}
/** Every `*.json` under `root`, sorted, without following links; `skipped` counts the links and oddities. */
function listReports(root) {
    const files = [];
    let links = 0;
    const walk = (dir, depth) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isSymbolicLink())
                links++;
            else if (entry.isDirectory() && depth < MAX_DEPTH)
                walk(full, depth + 1);
            else if (entry.isFile() && entry.name.endsWith('.json'))
                files.push(full);
            if (files.length > MAX_FILES) {
                throw new errors/* ConfigurationError */.j1(`Input 'reports' holds more than ${MAX_FILES} report files: point it at the directory the report artifacts were downloaded to.`);
            }
        }
    };
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        // missing: said below
    }
    if (!isDirectory) {
        throw new errors/* ConfigurationError */.j1(`Input 'reports' (${root}) is not a directory: download the scan jobs' report artifacts there first.`);
    }
    walk(root, 0);
    return { files: files.sort(), links };
}
function load(root, file, budget) {
    const relative = external_node_path_default().relative(root, file);
    const named = repositoryOfFile(file);
    const repository = named ?? relative;
    const fail = (why) => ({ file: relative, repository, failure: why });
    if (!named)
        return fail('the file name is not <owner>__<name>.json');
    if (budget.bytes <= 0)
        return fail(`the reports together are larger than ${MAX_TOTAL_BYTES >> 20} MiB`);
    let content;
    try {
        content = (0,files/* readRegularFile */.XF)(file, { what: 'the report', maxBytes: MAX_REPORT_BYTES, root });
    }
    catch (error) {
        return fail((0,errors/* errorMessage */.gJ)(error));
    }
    if (!content)
        return fail('the report disappeared while it was read');
    budget.bytes -= content.length;
    const report = (0,report_file/* parseRepositoryReport */.UG)(content.toString('utf8'));
    if (report instanceof Error)
        return fail(report.message);
    if (report.repository.toLowerCase() !== named.toLowerCase()) {
        return fail('the report inside names another repository');
    }
    return { file: relative, repository: report.repository, report };
}
const EMPTY_UNREADABLE = { objects: 0, paths: [] };
function findingsOf(report) {
    return report.findings.map((f) => ({ ...f, path: f.path ?? '' }));
}
const findingKey = (f) => [f.fingerprint, f.kind ?? '', f.path, f.tag ?? '', f.commit ?? '', f.line, f.column].join('\0');
/**
 * One repository from all its files. Two reports of one repository (a repository in two batches, a re-run's
 * artifact beside the first) are merged so that neither can hide the other: the findings are the union, any
 * file that failed makes the repository failed, and the counts, head and ref come from the report that read the
 * most commits (the later tip of the same history has more).
 */
function merge(group, notes) {
    const reports = group.flatMap((g) => (g.report ? [g.report] : []));
    const primary = [...reports].sort((a, b) => b.commits - a.commits)[0];
    const seen = new Map();
    for (const report of reports)
        for (const f of findingsOf(report))
            seen.set(findingKey(f), f);
    const failure = group.find((g) => g.failure)?.failure ??
        reports.find((r) => r.status === 'failed')?.error ??
        (reports.some((r) => r.status === 'failed') ? 'the scan failed' : undefined);
    const repository = primary?.repository ?? group[0].repository;
    if (group.length > 1) {
        notes.push(`${group.length} reports for ${repository} (${group.map((g) => g.file).join(', ')}): their findings are ` +
            'merged; counts, head and ref come from the one that read the most commits.');
    }
    return {
        repository,
        status: failure !== undefined ? 'failed' : (primary?.status ?? 'failed'),
        ...(failure !== undefined ? { reason: (0,quote/* printable */.g$)((0,redact/* scrub */._I)(failure.replace(/\s+/g, ' ').trim())) } : {}),
        ...(primary?.ref ? { ref: primary.ref } : {}),
        ...(primary?.head ? { head: primary.head } : {}),
        commits: primary?.commits ?? 0,
        objects: primary?.objects ?? { listed: 0, read: 0, skipped: 0 },
        findings: [...seen.values()],
        unreadable: primary
            ? { objects: primary.notScanned.count, paths: primary.notScanned.paths }
            : EMPTY_UNREADABLE
    };
}
/**
 * Reads every report under `root` into one result per repository, sorted by name. `expected` (the planned
 * repositories, when given) makes a repository without any report a failed one.
 */
function collectReports(root, expected = []) {
    const { files, links } = listReports(root);
    const budget = { bytes: MAX_TOTAL_BYTES };
    const groups = new Map();
    for (const file of files) {
        const loaded = load(root, file, budget);
        const key = loaded.repository.toLowerCase();
        groups.set(key, [...(groups.get(key) ?? []), loaded]);
    }
    const notes = [];
    if (links > 0)
        notes.push(`${links} symbolic link(s) under the reports directory were not followed.`);
    const repositories = [...groups.values()].map((group) => merge(group, notes));
    for (const name of expected) {
        if (groups.has(name.toLowerCase()))
            continue;
        repositories.push({
            repository: name,
            status: 'failed',
            reason: 'no report: its batch job did not upload one',
            commits: 0,
            objects: { listed: 0, read: 0, skipped: 0 },
            findings: [],
            unreadable: EMPTY_UNREADABLE
        });
    }
    if (repositories.length === 0) {
        throw new errors/* ConfigurationError */.j1(`Input 'reports' (${root}) holds no report files (*.json): download the scan jobs' artifacts there first ` +
            '(actions/download-artifact with pattern okg-report-* and merge-multiple: true).');
    }
    return { repositories: repositories.sort((a, b) => a.repository.localeCompare(b.repository)), notes };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/org/sarif.ts
// One repository's findings as the SARIF log its code scanning receives, within what GitHub takes: the REST
// description of `POST /repos/{owner}/{repo}/code-scanning/sarifs` (@octokit/openapi) rejects a run of more than
// 25,000 results and shows only the top 5,000; GitHub's "SARIF file is too large" page rejects more than 10 MB
// gzipped. We choose which 5,000 are kept (the ones that fail the check first) rather than leave it to GitHub,
// and say how many were left out.



/** Results GitHub shows of one run. */
const MAX_RESULTS = 5_000;
/** The gzipped upload GitHub accepts (10 MB), with room for the JSON around the base64 text. */
const MAX_GZIP_BYTES = 9_500_000;
/**
 * The analysis category of these uploads: a repository that also uploads openai-key-guard results from its own
 * workflow keeps that analysis; the organisation's replaces only its own previous one.
 */
const CATEGORY = 'openai-key-guard/organisation/';
function build(findings, failOn, version, unreadable) {
    const log = (0,sarif/* toSarif */.z)(findings, failOn, version, unreadable);
    log.runs[0].automationDetails = { id: CATEGORY };
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(log));
}
/** The SARIF of one repository, failing results first, cut to GitHub's limits. */
function repositorySarif(findings, failOn, version, unreadable, maxGzipBytes = MAX_GZIP_BYTES) {
    const ordered = [
        ...findings.filter((f) => (0,report_findings/* failsCheck */.k2)(f, failOn)),
        ...findings.filter((f) => !(0,report_findings/* failsCheck */.k2)(f, failOn))
    ];
    let kept = Math.min(ordered.length, MAX_RESULTS);
    for (;;) {
        const gzipped = build(ordered.slice(0, kept), failOn, version, unreadable);
        if (gzipped.length <= maxGzipBytes || kept === 0) {
            return { sarif: gzipped.toString('base64'), results: kept, leftOut: ordered.length - kept };
        }
        kept = Math.floor(kept / 2);
    }
}

// EXTERNAL MODULE: ./src/org/summary.ts + 1 modules
var summary = __webpack_require__(6249);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/report.ts
// `command: report`: the per-repository reports of a matrix scan → one SARIF upload per repository, one
// organisation issue kept current, and the outcome the job summary and the CLI show.









/**
 * The repositories to upload to: those with findings now, and those the issue still lists as open (an upload
 * without results closes their alerts). Not every repository: GitHub allows 1,000 uploads an hour per
 * installation, and an organisation has more.
 */
function uploadTargets(repositories, previous) {
    const hadOpen = new Set(previous.filter((i) => i.state === 'open').map((i) => i.repository.toLowerCase()));
    return repositories.filter((r) => r.status !== 'failed' && (r.findings.length > 0 || hadOpen.has(r.repository.toLowerCase())));
}
async function uploadAll(octokit, failOn, targets, logger) {
    const lines = [];
    for (const r of targets) {
        const [owner = '', repo = ''] = r.repository.split('/');
        // An analysis belongs to a commit of a branch: a report that names neither (an empty repository) has none.
        if (!r.head || !r.ref) {
            if (r.findings.length > 0) {
                lines.push({
                    repository: r.repository,
                    result: 'failed',
                    message: 'its report names no head and ref'
                });
            }
            continue;
        }
        const sarif = repositorySarif(r.findings, failOn, version/* VERSION */.x, r.unreadable);
        try {
            const answer = await uploadSarif(octokit, {
                owner,
                repo,
                commitSha: r.head,
                ref: r.ref,
                sarif: sarif.sarif
            });
            lines.push({ repository: r.repository, result: answer.result, leftOut: sarif.leftOut });
            if (answer.result === 'forbidden') {
                logger.warning(`SARIF not uploaded to ${r.repository}: GitHub answered 403; the token needs "Code scanning alerts: write" (security_events: write).`);
            }
        }
        catch (error) {
            lines.push({ repository: r.repository, result: 'failed', message: (0,errors/* errorMessage */.gJ)(error) });
            logger.warning(`SARIF not uploaded to ${r.repository}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return lines;
}
async function reportCommand(settings, logger, now = Date.now()) {
    const r = settings.report;
    if (!r)
        throw new errors/* ConfigurationError */.j1("Input 'reports' is required for command: report.");
    const { repositories, notes } = collectReports(r.reports, r.repositories);
    // A repository's history has no range that adds its keys: every key in it counts, unless the user reports only.
    const failOn = settings.scan.failOn === 'never' ? 'never' : 'any';
    const { owner, repo, token, apiUrl } = settings.github;
    const octokit = token ? (0,client/* createGitHubClient */.LX)({ token, apiUrl, logger }) : undefined;
    let uploads = [];
    let issueUrl;
    let previous = [];
    const problems = [];
    // The issue's last state is read first: it says which repositories had open keys whose alerts an upload closes.
    if (r.issue && octokit && owner && repo) {
        const at = new Date(now).toISOString();
        try {
            issueUrl = await (0,audit_issue/* keepMarkedIssue */.FR)(octokit, { owner, repo }, {
                marker: ORG_MARKER,
                title: 'OpenAI keys leaked in the organisation',
                labels: r.issueLabels,
                attention: repositories.some((x) => x.status === 'failed' || x.findings.length > 0),
                body: (old) => {
                    const state = parseState(old);
                    if (state.problem && old !== undefined)
                        logger.warning(`Organisation issue: ${state.problem}; resolved keys, and the earlier keys of repositories that failed, are not shown this time.`);
                    previous = state.items;
                    const items = currentItems(repositories, previous, at.slice(0, 10));
                    return issueBody(items, { repositories: repositories.length, at });
                }
            });
            if (issueUrl)
                logger.info(`Organisation issue: ${issueUrl}`);
        }
        catch (error) {
            problems.push(`The organisation issue could not be written: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    else if (r.issue) {
        logger.info('No organisation issue written: it needs GITHUB_REPOSITORY and a GitHub token (or set issue to false).');
    }
    if (r.uploadSarif && octokit) {
        uploads = await uploadAll(octokit, failOn, uploadTargets(repositories, previous), logger);
    }
    else if (r.uploadSarif) {
        logger.info('No SARIF uploaded: uploads need a GitHub token (or set upload-sarif to false).');
    }
    const totals = (0,summary/* totalsOf */.v)(repositories, failOn);
    const reasons = [];
    if (failOn !== 'never' && totals.failing > 0) {
        reasons.push(`${totals.failing} leaked OpenAI key finding(s) in ${totals.withFindings} repositories: rotate them now (see the job summary).`);
    }
    if (failOn !== 'never' && totals.failed > 0) {
        reasons.push(`${totals.failed} repositories could not be scanned (see the job summary): a scan that cannot see everything does not pass.`);
    }
    if (failOn !== 'never' && totals.partial > 0) {
        reasons.push(`${totals.partial} repositories were scanned only in part: objects could not be read (see the job summary).`);
    }
    reasons.push(...problems);
    return {
        repositories,
        failOn,
        uploads,
        notes: [...notes, ...problems],
        ...(issueUrl ? { issueUrl } : {}),
        totals,
        ...(reasons.length > 0 ? { failed: reasons.join(' ') } : {})
    };
}


/***/ }),

/***/ 2050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ keepAuditIssue),
/* harmony export */   FR: () => (/* binding */ keepMarkedIssue)
/* harmony export */ });
/* unused harmony export AUDIT_MARKER */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/** The hidden line that marks the one audit issue of a repository: each audit rewrites it in place. */
const AUDIT_MARKER = '<!-- openai-key-guard audit -->';
/** The issue that carries `marker`: an open one first, else the newest closed one (at most 10 pages of each). */
async function findMarkedIssue(octokit, where, marker, label) {
    const mine = (found) => !found.pull_request && (found.body ?? '').includes(marker);
    for (const state of ['open', 'closed']) {
        for (let page = 1; page <= 10; page++) {
            const listed = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)('list the issues', () => octokit.rest.issues.listForRepo({
                ...where,
                state,
                per_page: 100,
                page,
                ...(label ? { labels: label } : {})
            }));
            const existing = listed.data.find(mine);
            if (existing)
                return existing;
            if (listed.data.length < 100)
                break;
        }
    }
    return undefined;
}
/**
 * Keeps one issue current: the open issue with the marker (and the first label) gets the new body by PATCH; only
 * when none is open is the newest closed one updated, and reopened when something needs attention; only when there
 * is none at all is one opened. Returns its URL, or undefined when there was none and nothing to say.
 */
async function keepMarkedIssue(octokit, where, issue) {
    const existing = await findMarkedIssue(octokit, where, issue.marker, issue.labels[0]);
    const body = `${issue.body(existing?.body ?? undefined)}\n${issue.marker}\n`;
    if (existing) {
        const number = existing.number;
        await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)(`update issue #${number}`, () => octokit.rest.issues.update({
            ...where,
            issue_number: number,
            title: issue.title,
            body,
            ...(issue.attention && existing.state === 'closed' ? { state: 'open' } : {})
        }));
        return existing.html_url;
    }
    if (!issue.attention && !issue.openWhenCalm)
        return undefined;
    const created = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)('open the issue', () => octokit.rest.issues.create({ ...where, title: issue.title, body, labels: issue.labels }));
    return created.data.html_url;
}
/** Writes the audit into its issue (keepMarkedIssue); the audit opens one even when every key is fine. */
async function keepAuditIssue(octokit, where, issue) {
    const url = await keepMarkedIssue(octokit, where, {
        ...issue,
        marker: AUDIT_MARKER,
        body: () => issue.body,
        openWhenCalm: true
    });
    return url;
}


/***/ }),

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ githubOrMissing),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   M: () => (/* binding */ github),
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   tm: () => (/* binding */ permissionName)
/* harmony export */ });
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2203);
/* harmony import */ var bottleneck__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9988);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);






const GuardOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_3__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_4__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_5__/* .throttling */ .A);
const RATE_LIMIT_RETRIES = 3;
/** The one Octokit: retries 5xx and dropped connections, waits out rate limits as GitHub asks, a user agent. */
function createGitHubClient(options) {
    const { logger } = options;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        logger.warning(`GitHub ${kind} on ${request.method} ${request.url}; retrying after ${retryAfter}s.`);
        return retryCount < RATE_LIMIT_RETRIES;
    };
    return new GuardOctokit({
        auth: options.token,
        baseUrl: options.apiUrl.replace(/\/+$/, ''),
        userAgent: 'openai-key-guard',
        log: { debug: () => { }, info: () => { }, warn: (m) => logger.debug((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(m)), error: () => { } },
        // The retry plugin runs inside the throttling plugin and would retry a 429 on its own backoff, ignoring
        // retry-after: it leaves 429 (with 403, its default) to the throttling handlers, which wait as GitHub asks
        // ("Rate limits for the REST API": wait retry-after seconds, else until x-ratelimit-reset).
        retry: {
            retries: 3,
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
        },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit'),
            retryAfterBaseValue: options.retryBaseMs ?? 1000,
            // Writes that notify people (issues, comments) are paced 3 s apart by default, others 1 s.
            ...(options.writeIntervalMs === undefined
                ? {}
                : {
                    write: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
                    notifications: new (bottleneck__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: options.writeIntervalMs })
                })
        }
    });
}
// GitHub's permission keys (x-accepted-github-permissions) as its settings pages name them.
const PERMISSION_NAMES = {
    secrets: 'Secrets',
    variables: 'Variables',
    actions: 'Actions',
    issues: 'Issues',
    organization_secrets: 'Organization secrets',
    dependabot_secrets: 'Dependabot secrets',
    environments: 'Environments',
    metadata: 'Metadata',
    contents: 'Contents',
    members: 'Members'
};
/** `secrets=write` → `Secrets: write`; several alternatives (`a=read; b=write`, `x, y`) → the first. */
function permissionName(header) {
    const first = header?.split(/[;,]/)[0]?.trim();
    if (!first)
        return undefined;
    const [key = '', level = 'write'] = first.split('=').map((s) => s.trim());
    return `${PERMISSION_NAMES[key] ?? key}: ${level}`;
}
function isHttpError(error) {
    return (typeof error === 'object' && error !== null && typeof error.status === 'number');
}
/**
 * Runs one GitHub call and turns its failure into one clear line: 401 → the token, 403 → the missing permission
 * named from `x-accepted-github-permissions`, anything else → what we were doing and the status.
 */
async function github(what, call) {
    try {
        return await call();
    }
    catch (error) {
        throw gitHubError(what, error);
    }
}
function gitHubError(what, error) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
        return error;
    // Octokit reports a request that got no answer as status 500: look under it first.
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .HB)(error);
    if (failure) {
        const host = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(isHttpError(error) ? error.request?.url : undefined) ?? failure.host ?? 'GitHub';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`GitHub: could not reach ${host}: ${failure.reason} (trying to ${what}): check GITHUB_API_URL and the network, then run again.`);
    }
    if (!isHttpError(error))
        return new Error((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`GitHub: ${what} failed: ${String(error)}`));
    if (error.status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`GitHub rejected github-token (401) while trying to ${what}: pass a valid GitHub App token or fine-grained PAT.`);
    }
    if (error.status === 403) {
        const header = error.response?.headers?.['x-accepted-github-permissions'];
        // Rotation writes wherever it reads (secrets, variables, runs, issues): asking for read first would only
        // move the failure one request later, so the message names the level the whole run needs.
        const permission = permissionName(header === undefined ? undefined : String(header))?.replace(/^(?!Metadata)(.*): read$/, '$1: write');
        if (permission) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PermissionError */ .i_(`GitHub refused to ${what} (403): the token needs the "${permission}" permission (GitHub App or fine-grained PAT; GITHUB_TOKEN cannot write secrets).`, permission);
        }
    }
    if (error.status === 404) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`GitHub answered 404 (not found) to ${what}: ${notFoundHint(error)}.`));
    }
    if (error.status >= 500) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`GitHub answered ${error.status} to ${what}, after retries: the service is failing, not this run; try again later.`);
    }
    return new Error((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`GitHub: could not ${what} (${error.status}): ${error.message.split('\n')[0]}`));
}
/**
 * What a 404 means for the resource the URL names. GitHub answers 404, not 403, when the token may not see a
 * private resource, so the hint names both the input that holds the name and the permission to check.
 */
function notFoundHint(error) {
    let segments = [];
    try {
        segments = new URL(error.request?.url ?? '').pathname.split('/').map(decodeURIComponent);
    }
    catch {
        // no URL: the generic hint below
    }
    const header = error.response?.headers?.['x-accepted-github-permissions'];
    const permission = permissionName(header === undefined ? undefined : String(header));
    const has = (fallback) => `"${permission ?? fallback}"`;
    // The API may sit under a path (GHES: /api/v3): the route starts at its first /repos or /orgs.
    const start = segments.findIndex((s) => s === 'repos' || s === 'orgs');
    const [root, owner = '', repo = '', area = '', name = '', item = ''] = start < 0 ? [] : segments.slice(start);
    const repository = JSON.stringify(`${owner}/${repo}`);
    if (root === 'orgs') {
        return `check that organization ${JSON.stringify(owner)} (secret-targets) exists and that the token has ${has('Organization secrets: write')} there`;
    }
    if (root === 'repos' && area === 'environments') {
        return `check that environment ${JSON.stringify(name)} (secret-targets) exists in ${repository} and that the token has ${has('Environments: write')}`;
    }
    if (root === 'repos' && name === 'workflows') {
        return `check that smoke-workflow ${JSON.stringify(item)} is in .github/workflows of ${repository} and that the token has ${has('Actions: write')}`;
    }
    if (root === 'repos' && area === 'code-scanning') {
        // An organisation report uploads to repositories the plan listed, not to GITHUB_REPOSITORY.
        return `check that repository ${repository} still exists and that the token was granted it, with ${has('Code scanning alerts: write')}`;
    }
    if (root === 'repos') {
        return `check that repository ${repository} (GITHUB_REPOSITORY, or --repo) exists and that the token was granted it, with ${has('Metadata: read')}`;
    }
    return `check GITHUB_API_URL, and that the token can see the resource${permission ? ` with ${has(permission)}` : ''}`;
}
/** The HTTP status of a failed call, when it has one. */
function statusOf(error) {
    return isHttpError(error) ? error.status : undefined;
}
/** Like github(), but a 404 is an answer (the thing does not exist yet), not an error. */
async function githubOrMissing(what, call) {
    try {
        return await call();
    }
    catch (error) {
        if (statusOf(error) === 404)
            return undefined;
        throw gitHubError(what, error);
    }
}


/***/ }),

/***/ 6249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderOrgText: () => (/* binding */ renderOrgText),
  v: () => (/* binding */ totalsOf)
});

// UNUSED EXPORTS: renderOrgSummary

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/quote.ts
var quote = __webpack_require__(9166);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
;// CONCATENATED MODULE: ./src/report/summary.ts





/**
 * Bytes the findings table may take: GitHub drops a step's whole summary when it is over 1 MiB, so the table
 * stops short of that, leaving room for the lines around it. Findings that fail the check are listed first.
 */
const summary_TABLE_BYTES = (/* unused pure expression or super */ null && (900 * 1024));
/** The job summary of a rotation: its outcome, which may quote an API's answer, as escaped text. */
function renderRotationSummary(message) {
    return scrub(`## OpenAI Key Guard: rotation\n\n${text(message)}\n`);
}
/**
 * The job summary: a verdict, a table of every finding with what to do, and what was scanned. Paths are code
 * spans and notes escaped text (markdown.ts); the whole is scrubbed of anything key-shaped or secret.
 */
function renderSummary(input) {
    const failing = input.findings.filter((f) => failsCheck(f, input.failOn));
    const lines = ['## OpenAI Key Guard', ''];
    let unlisted = 0;
    if (unreadableFails(input.unreadable, input.failOn)) {
        lines.push(`**${input.unreadable?.objects} file(s) or object(s) were not scanned: this check fails until they can be read.**`, '');
    }
    if (input.findings.length === 0) {
        lines.push(`No OpenAI keys found in ${input.scanned}.`);
    }
    else {
        const verdict = failing.length > 0 ? `**${failing.length} leaked OpenAI key(s) fail this check.**` : '';
        lines.push(`${verdict} ${input.findings.length} finding(s) in ${input.scanned}.`.trim(), '');
        lines.push('| | File | Line | Commit | Key | Type | What to do |', '|---|---|---|---|---|---|---|');
        const ordered = [...failing, ...input.findings.filter((f) => !failsCheck(f, input.failOn))];
        let bytes = 0;
        let listed = 0;
        for (const f of ordered) {
            const fails = failsCheck(f, input.failOn);
            const todo = fails
                ? 'Rotate the key now, then remove it'
                : 'Already present before this change: rotate it';
            const message = messageName(f);
            const where = message === undefined ? code(displayPath(f.path)) : text(message);
            const row = `| ${fails ? '❌' : '⚠️'} | ${cell(where)} | ${f.line} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
                `${code(f.redacted)}${liveNote(f)} | ${shapeTitle(f.shape)}${f.encoding === 'plain' ? '' : ` (${f.encoding})`} | ${todo} |`;
            bytes += Buffer.byteLength(row) + 1;
            if (bytes > summary_TABLE_BYTES)
                break;
            lines.push(row);
            listed++;
        }
        unlisted = ordered.length - listed;
        if (unlisted > 0) {
            lines.push('', `${unlisted} more finding(s) are not listed here (GitHub drops a job summary over 1 MiB): ` +
                'the `findings` output and the SARIF report hold every one.');
        }
        lines.push('', `> ${ROTATE_ADVICE}`);
    }
    if (input.notAnnotated > 0) {
        const where = unlisted > 0 ? 'have no annotation' : 'are listed here only';
        lines.push('', `${input.notAnnotated} finding(s) ${where}: GitHub shows 10 annotations per step.`);
    }
    if (input.allowed > 0)
        lines.push('', `${input.allowed} finding(s) allowed by inline comments, config or baseline.`);
    for (const note of input.notes ?? [])
        lines.push('', text(note));
    return scrub(lines.join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/org/summary.ts
// The organisation run as its job summary (markdown) and as the CLI prints it (text). Every name, path and reason
// comes from the reports and is hostile: code spans and escaped text (markdown.ts), printable lines (quote.ts),
// and the whole scrubbed of anything key-shaped.






function totalsOf(repositories, failOn) {
    const sum = (pick) => repositories.reduce((n, r) => n + pick(r), 0);
    return {
        repositories: repositories.length,
        failed: repositories.filter((r) => r.status === 'failed').length,
        findings: sum((r) => r.findings.length),
        failing: sum((r) => r.findings.filter((f) => (0,findings/* failsCheck */.k2)(f, failOn)).length),
        withFindings: repositories.filter((r) => r.findings.length > 0).length,
        partial: repositories.filter((r) => r.status !== 'failed' && r.unreadable.objects > 0).length,
        read: sum((r) => r.objects.read),
        skipped: sum((r) => r.objects.skipped)
    };
}
/** Where a finding is: the path (or the message) and its line, in markdown. */
function where(f) {
    const message = messageName(f);
    return message === undefined ? code(displayPath(f.path)) : text(message);
}
function statusText(r) {
    if (r.status !== 'failed') {
        const blind = r.unreadable.objects;
        return blind > 0 ? `${r.status}, but ${blind} object(s) could not be read` : r.status;
    }
    return `failed: ${text(r.reason ?? 'unknown')}`;
}
/** What became of one upload, as markdown (`md`) or as a plain line. */
function uploadText(u, md) {
    const name = md ? (0,markdown/* code */.aY)(u.repository) : u.repository;
    const left = u.leftOut
        ? ` (${u.leftOut} finding(s) left out: GitHub shows 5,000 results per upload; the ones that fail the check went first)`
        : '';
    if (u.result === 'uploaded')
        return `SARIF uploaded to ${name}${left}.`;
    if (u.result === 'forbidden') {
        return (`SARIF not uploaded to ${name}: GitHub answered 403; the token needs the ` +
            '"Code scanning alerts: write" permission (security_events: write), and a private repository needs code scanning enabled.');
    }
    const message = u.message ?? 'failed';
    return `SARIF not uploaded to ${name}: ${md ? (0,markdown/* text */.Qq)(message) : message}`;
}
/** What the list of skipped or shortened uploads may take of the summary. */
const UPLOAD_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** Pushes rows while the table stays under `budget` bytes; returns how many were left out. */
function addRows(lines, rows, budget) {
    let bytes = 0;
    let added = 0;
    for (const row of rows) {
        bytes += Buffer.byteLength(row) + 1;
        if (bytes > budget)
            break;
        lines.push(row);
        added++;
    }
    return rows.length - added;
}
/**
 * The job summary: totals, one row per repository (failed and those with keys first), every finding (failing
 * first), what became of the uploads. GitHub drops a summary over 1 MiB: the tables share TABLE_BYTES and say
 * how many rows they leave out.
 */
function renderOrgSummary(input) {
    const t = totalsOf(input.repositories, input.failOn);
    const lines = ['## OpenAI Key Guard: organisation', ''];
    const verdict = t.failing > 0
        ? `**${t.failing} leaked OpenAI key finding(s) in ${t.withFindings} repositories fail this check.** `
        : '';
    lines.push(`${verdict}${t.findings} finding(s) in ${t.repositories} repositories; ${t.failed} could not be scanned` +
        `${t.partial > 0 ? ` and ${t.partial} only in part` : ''}` +
        `${t.failed + t.partial > 0 && input.failOn !== 'never' ? ' (this check fails until they can)' : ''}. ` +
        `${t.read} object(s) read, ${t.skipped} skipped as already scanned.`, '');
    const repoRows = [...input.repositories]
        .sort((a, b) => Number(b.status === 'failed') - Number(a.status === 'failed') ||
        b.findings.length - a.findings.length ||
        b.unreadable.objects - a.unreadable.objects)
        .map((r) => `| ${cell(code(r.repository))} | ${cell(statusText(r))} | ${r.findings.length} | ${r.commits} | ${r.objects.read} | ${r.objects.skipped} |`);
    lines.push('| Repository | Status | Findings | Commits | Objects read | Skipped |', '| --- | --- | --- | --- | --- | --- |');
    const repoLeft = addRows(lines, repoRows, TABLE_BYTES / 3);
    if (repoLeft > 0)
        lines.push('', `${repoLeft} more repositories without findings are not listed.`);
    const all = input.repositories.flatMap((r) => r.findings.map((f) => ({ r, f })));
    if (all.length > 0) {
        const ordered = [
            ...all.filter(({ f }) => failsCheck(f, input.failOn)),
            ...all.filter(({ f }) => !failsCheck(f, input.failOn))
        ];
        lines.push('', '| | Repository | Commit | Where | Line | Key | Type |', '|---|---|---|---|---|---|---|');
        const findingLeft = addRows(lines, ordered.map(({ r, f }) => `| ${failsCheck(f, input.failOn) ? '❌' : '⚠️'} | ${cell(code(r.repository))} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
            `${cell(where(f))} | ${f.line} | ${code(f.redacted)}${liveNote(f)} | ${shapeTitle(f.shape)} |`), (TABLE_BYTES * 2) / 3);
        if (findingLeft > 0) {
            lines.push('', `${findingLeft} more finding(s) are not listed here (GitHub drops a job summary over 1 MiB): the SARIF uploads and the reports hold them.`);
        }
        lines.push('', `> ${ROTATE_ADVICE}`);
    }
    // Thousands of repositories may be uploaded to: the plain successes are counted, the rest listed.
    const plain = input.uploads.filter((u) => u.result === 'uploaded' && !u.leftOut).length;
    const listed = input.uploads.filter((u) => u.result !== 'uploaded' || u.leftOut);
    if (plain > 0)
        lines.push('', `SARIF uploaded to ${plain} repositories' code scanning.`);
    if (listed.length > 0) {
        lines.push('');
        const left = addRows(lines, listed.map((u) => `- ${uploadText(u, true)}`), UPLOAD_BYTES);
        if (left > 0)
            lines.push(`- and ${left} more (see the log).`);
    }
    if (input.issueUrl)
        lines.push('', `Organisation issue: ${text(input.issueUrl)}`);
    for (const note of input.notes)
        lines.push('', text(note));
    return scrub(lines.join('\n') + '\n');
}
/** The CLI's form: one line per finding and per failed repository, then the totals; every line printable. */
function renderOrgText(input) {
    const t = totalsOf(input.repositories, input.failOn);
    const lines = [];
    for (const r of input.repositories) {
        if (r.status === 'failed')
            lines.push(`FAILED  ${r.repository}  ${r.reason ?? ''}`);
        else if (r.unreadable.objects > 0)
            lines.push(`PARTIAL  ${r.repository}  ${r.unreadable.objects} object(s) could not be read`);
        for (const f of r.findings) {
            const message = (0,findings/* messageName */.fe)(f);
            const at = message
                ? `${message}:${f.line}`
                : `${(0,quote/* displayPath */.Gt)(f.path)}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''}`;
            lines.push(`${(0,findings/* failsCheck */.k2)(f, input.failOn) ? 'LEAK' : 'warn'}  ${r.repository}  ${at}  ${f.redacted}  ${(0,findings/* shapeTitle */.EJ)(f.shape)}`);
        }
    }
    for (const u of input.uploads)
        lines.push(uploadText(u, false));
    lines.push(`${t.findings} finding(s) in ${t.repositories} repositories (${t.failing} fail the check); ${t.failed} could not be scanned` +
        `${t.partial > 0 ? `, ${t.partial} only in part` : ''}.`, ...input.notes);
    if (input.issueUrl)
        lines.push(`Organisation issue: ${input.issueUrl}`);
    return lines.map((l) => (0,quote/* printable */.g$)((0,redact/* scrub */._I)(l))).join('\n') + '\n';
}


/***/ })

};
