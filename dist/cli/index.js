import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _command_line_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2458);

process.exitCode = await (0,_command_line_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/commands/scan.ts + 1 modules
var scan = __nccwpck_require__(2289);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __nccwpck_require__(6999);
// EXTERNAL MODULE: ./src/report/quote.ts
var quote = __nccwpck_require__(9166);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __nccwpck_require__(643);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(5655);
;// CONCATENATED MODULE: ./src/scan/range.ts


const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const ZERO = /^0+$/;
function record(value) {
    return value !== null && typeof value === 'object' ? value : undefined;
}
/**
 * A revision given by the user (`main`, `v1.0`, `HEAD~3`, a SHA): anything git could name, but never an option
 * (a leading `-`) and never a range (`..` belongs to no ref name, by git check-ref-format's rules). Whether it
 * names a commit is git's answer later (rev-parse --verify). `what` says where it came from: "Input 'base'".
 */
function checkRevision(what, value) {
    const ref = value.trim();
    if (ref === '' ||
        ref.length > 255 ||
        ref.startsWith('-') ||
        /\s|\.\./.test(ref) ||
        [...ref].some((c) => c < ' ' || c === '\x7f')) {
        throw new errors/* ConfigurationError */.j1(`${what} must be one commit or ref such as a SHA, main, v1.0 or origin/main (got ${JSON.stringify((0,redact/* scrub */._I)(value))}).`);
    }
    return ref;
}
function eventSha(eventName, field, value) {
    if (typeof value !== 'string' || !SHA.test(value)) {
        throw new ConfigurationError(`The ${eventName} event has no valid ${field} (got ${JSON.stringify(typeof value === 'string' ? scrub(value) : value)}): pass the range with the base and head inputs.`);
    }
    return value;
}
function pullRequestRange(req) {
    const pr = record(req.payload.pull_request);
    if (!pr && !(req.base && req.head)) {
        throw new ConfigurationError(`scope pull-request needs a pull_request event (this is "${req.eventName || 'none'}") or the base and head inputs.`);
    }
    const base = req.base ?? eventSha(req.eventName, 'pull_request.base.sha', record(pr?.base)?.sha);
    const head = req.head ?? eventSha(req.eventName, 'pull_request.head.sha', record(pr?.head)?.sha);
    return { kind: 'pull-request', base, head, ...defaultBranch(req.payload) };
}
function pushRange(req) {
    const { payload } = req;
    if (req.base && req.head)
        return { kind: 'push', base: req.base, head: req.head, ...defaultBranch(payload) };
    if (!('after' in payload) && !req.head) {
        throw new ConfigurationError(`scope push needs a push event (this is "${req.eventName || 'none'}") or the base and head inputs.`);
    }
    const head = req.head ?? eventSha(req.eventName, 'after', payload.after);
    if (req.base)
        return { kind: 'push', base: req.base, head, ...defaultBranch(payload) };
    const before = payload.before;
    if (ZERO.test(head) && typeof before === 'string' && SHA.test(before)) {
        // A deleted branch adds nothing: scanning the empty range before..before is the honest answer.
        return { kind: 'push', base: before, head: before, ...defaultBranch(payload) };
    }
    if (payload.created === true || before === undefined || (typeof before === 'string' && ZERO.test(before))) {
        return { kind: 'push', head, push: 'created', ...defaultBranch(payload) };
    }
    return {
        kind: 'push',
        base: eventSha(req.eventName, 'before', before),
        head,
        push: payload.forced === true ? 'forced' : 'update',
        ...defaultBranch(payload)
    };
}
/**
 * A merge queue's group: the commits it adds on top of the target branch (`merge_group.base_sha..head_sha`, the
 * fields GitHub's merge_group webhook payload documents).
 */
function mergeGroupRange(req) {
    const group = record(req.payload.merge_group);
    const base = req.base ?? eventSha(req.eventName, 'merge_group.base_sha', group?.base_sha);
    const head = req.head ?? eventSha(req.eventName, 'merge_group.head_sha', group?.head_sha);
    return { kind: 'merge-group', base, head, ...defaultBranch(req.payload) };
}
function defaultBranch(payload) {
    const name = record(payload.repository)?.default_branch;
    return typeof name === 'string' && name && !name.startsWith('-') ? { defaultBranch: name } : {};
}
/** Turns the scope, the optional base/head inputs and the event into the range to scan. */
function resolveRange(req) {
    const base = req.base === undefined || req.base === '' ? undefined : checkRevision("Input 'base'", req.base);
    const head = req.head === undefined || req.head === '' ? undefined : checkRevision("Input 'head'", req.head);
    const checked = { ...req, base, head };
    switch (req.scope) {
        case 'worktree':
            unused(base, head, 'scope worktree scans the files checked out now', TO_SCAN_A_RANGE);
            return { kind: 'worktree', head: 'HEAD' };
        case 'history':
            unused(base, head, 'scope history scans every commit of every ref', TO_SCAN_A_RANGE);
            return { kind: 'history', head: 'HEAD' };
        case 'pull-request':
            return pullRequestRange(checked);
        case 'push':
            return pushRange(checked);
        case 'auto':
            break;
        default:
            throw new ConfigurationError(`Unknown scope "${String(req.scope)}": use auto, pull-request, push, history or worktree.`);
    }
    if (base)
        return { kind: 'range', base, head: head ?? 'HEAD' };
    if (req.eventName === 'pull_request' || req.eventName === 'pull_request_target') {
        return pullRequestRange(checked);
    }
    if (req.eventName === 'push')
        return pushRange(checked);
    if (req.eventName === 'merge_group')
        return mergeGroupRange(checked);
    unused(base, head, `without base, a ${req.eventName || 'manual'} run scans every commit of every ref`, 'set base too to scan base..head');
    return { kind: 'history', head: 'HEAD' };
}
const TO_SCAN_A_RANGE = 'use scope auto with base (and head) to scan base..head';
/** base or head where the scope has no use for them: an error, never a silently different scan. */
function unused(base, head, why, instead) {
    const given = [base && "'base'", head && "'head'"].filter(Boolean);
    if (given.length === 0)
        return;
    throw new ConfigurationError(`${given.length > 1 ? 'Inputs' : 'Input'} ${given.join(' and ')} ${given.length > 1 ? 'have' : 'has'} no effect here (${why}): ` +
        `remove ${given.length > 1 ? 'them' : 'it'}, or ${instead}.`);
}

// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(8750);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/command-line.ts













const USAGE = `openai-key-guard ${version/* VERSION */.x}: find leaked OpenAI API keys; rotate the key in your GitHub secrets.

Usage:
  openai-key-guard scan [PATH] [--history [--record FILE] | --staged | --range A..B | --stdin]
                        [--format text|json|sarif] [--output FILE] [--baseline FILE] [--config FILE]
                        [--fail-on introduced|any|never] [--verify]
      Scans the working tree of PATH (default .), or its full history, its staged changes (a pre-commit
      hook), a commit range, or standard input. Exit 0: clean; 1: leaks
      or files that could not be read; 2: error. --record FILE keeps the ids of the objects scanned (and
      what was found in them, never a key), so that the next history scan reads only new ones.
  openai-key-guard scan --repositories "OWNER/A OWNER/B" [--report-dir DIR] [--record-dir DIR]
                        [--max-repository-size 2g] [--config FILE]
      Fetches each repository from GITHUB_SERVER_URL (token: GITHUB_TOKEN), scans its whole history and
      writes one JSON report per repository. Exit 1 when any has a finding or could not be scanned.
  openai-key-guard rotate [--repo OWNER/REPO] [--openai-project-id proj_…] [--smoke-workflow smoke.yml] [...]
      Rotates the key in the repository's secret. Secrets come from the environment: OPENAI_ADMIN_KEY,
      GITHUB_TOKEN and OPENAI_API_KEY (the key now in the secret); also GITHUB_REPOSITORY, OPENAI_PROJECT_ID,
      GITHUB_API_URL and OPENAI_BASE_URL. Every action input is also a flag
      (--secret-name, --secret-targets, --revoke, --max-age, --dry-run, ...); see the README.
  openai-key-guard audit [--openai-project-id proj_…] [--max-age 90d] [--unused-after 30d]
                         [--spike-factor 5] [--fix revoke-unused [--dry-run]] [--format text|json] [--output FILE]
      Lists every key of the OpenAI organisation (OPENAI_ADMIN_KEY) with its owner, age, last use and expiry,
      what needs action first. With GITHUB_REPOSITORY and GITHUB_TOKEN it also rewrites the audit issue.
  openai-key-guard plan [--org ORG] [--batches 256] [--include GLOBS] [--exclude GLOBS] [--topics T1,T2]
                        [--visibility all|public|private|internal] [--archived] [--forks] [--output FILE]
      Lists the repositories GITHUB_TOKEN can see (its App installation's, else the organization's), filters
      them and prints the matrix JSON of at most --batches balanced batches on stdout, a summary on stderr.
  openai-key-guard report --reports DIR [--matrix JSON] [--fail-on any|never] [--upload-sarif false]
                          [--issue false] [--issue-labels L]
      Merges the per-repository reports of an organisation scan (searched recursively under DIR): prints every
      finding and every repository that could not be scanned. With GITHUB_TOKEN it uploads one SARIF per
      repository to code scanning, and with GITHUB_REPOSITORY too it keeps the organisation issue current.
      Exit 0: clean; 1: findings or repositories not scanned; 2: error.
  openai-key-guard emulator [--port N]
      Starts the local GitHub + OpenAI emulator, to try a rotation without accounts.
  openai-key-guard demo
      Plants a key in a sample repository, finds it, and rotates it on the emulator, end to end.
`;
/** Every action input is a flag of the same name; `verify`, `dry-run`, `trust-pr-rules`, `archived`, `forks` are switches. */
const INPUTS = [
    'scope',
    'base',
    'head',
    'fail-on',
    'sarif-file',
    'config',
    'baseline',
    'on-leak',
    'openai-base-url',
    'openai-project-id',
    'secret-name',
    'secret-targets',
    'smoke-workflow',
    'smoke-ref',
    'smoke-timeout',
    'max-age',
    'revoke',
    'drain-quiet',
    'drain-wait',
    'drain-timeout',
    'key-expiry',
    'issue',
    'issue-labels',
    'reason',
    'unused-after',
    'expiring-within',
    'spike-factor',
    'fix',
    'org',
    'batches',
    'include',
    'exclude',
    'topics',
    'visibility',
    'repositories',
    'report-dir',
    'record-dir',
    'max-repository-size',
    // report
    'reports',
    'upload-sarif',
    'matrix'
];
const SWITCHES = ['verify', 'dry-run', 'trust-pr-rules', 'archived', 'forks'];
/** Secrets never go on a command line (they would show in `ps` and shell history): the environment holds them. */
const SECRET_ENV = {
    'github-token': 'GITHUB_TOKEN',
    'openai-admin-key': 'OPENAI_ADMIN_KEY',
    'current-key': 'OPENAI_API_KEY'
};
const OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean' },
    history: { type: 'boolean' },
    staged: { type: 'boolean' },
    stdin: { type: 'boolean' },
    range: { type: 'string' },
    record: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    repo: { type: 'string' },
    port: { type: 'string' },
    ...Object.fromEntries(INPUTS.map((name) => [name, { type: 'string' }])),
    ...Object.fromEntries(SWITCHES.map((name) => [name, { type: 'boolean' }]))
};
function inputsFrom(values, env, command) {
    const flags = values;
    return (name) => {
        if (name === 'command')
            return command;
        if (SECRET_ENV[name])
            return (0,errors/* secretInput */.jY)(SECRET_ENV[name], env[SECRET_ENV[name]] ?? '');
        if (name === 'openai-project-id' && !flags[name])
            return env.OPENAI_PROJECT_ID ?? '';
        const value = flags[name];
        return value === true ? 'true' : typeof value === 'string' ? value : '';
    };
}
function scanRange(values) {
    const flags = values;
    const actionOnly = ['scope', 'base', 'head'].filter((name) => flags[name] !== undefined);
    if (actionOnly.length > 0) {
        throw new errors/* ConfigurationError */.j1(`--${actionOnly[0]} is an action input: the CLI scans --range BASE..HEAD, --history, --staged, --stdin or the working tree.`);
    }
    const chosen = [values.history, values.staged, values.stdin, values.range !== undefined].filter(Boolean);
    if (chosen.length > 1)
        throw new errors/* ConfigurationError */.j1('Choose one of --history, --staged, --range and --stdin.');
    if (values.history)
        return { kind: 'history', head: 'HEAD' };
    if (values.staged)
        return { kind: 'staged', head: 'HEAD' };
    if (values.stdin)
        return { kind: 'stdin', head: '' };
    if (values.range !== undefined)
        return parseRange(values.range);
    return { kind: 'worktree', head: 'HEAD' };
}
/**
 * `BASE..HEAD` as git reads it: either side may be any revision (`v1.0`, `HEAD~3`, a SHA), an empty side is HEAD.
 * No ref name holds `..`, so the one `..` splits the two; `A...B` (both sides' commits) is not a range we scan.
 */
function parseRange(text) {
    const parts = text.trim().split('..');
    if (parts.length !== 2 || text.includes('...')) {
        throw new errors/* ConfigurationError */.j1(`--range must be BASE..HEAD, e.g. origin/main..HEAD or v1.0..HEAD (got ${JSON.stringify((0,redact/* scrub */._I)(text))}).`);
    }
    const [base = '', head = ''] = parts;
    return {
        kind: 'range',
        base: checkRevision('The base of --range', base || 'HEAD'),
        head: checkRevision('The head of --range', head || 'HEAD')
    };
}
async function scanCli(values, positionals, env) {
    if (values.repositories !== undefined)
        return batchCli(values, positionals, env);
    const format = values.format ?? 'text';
    if (!['text', 'json', 'sarif'].includes(format)) {
        throw new errors/* ConfigurationError */.j1(`--format must be text, json or sarif (got "${format}").`);
    }
    if (positionals.length > 1)
        throw new errors/* ConfigurationError */.j1('scan takes one PATH.');
    const cwd = external_node_path_default().resolve(positionals[0] ?? '.');
    const range = scanRange(values);
    if (values.record !== undefined) {
        if (range.kind !== 'history') {
            throw new errors/* ConfigurationError */.j1('--record goes with --history: only history scans read and write a record.');
        }
        // A path on the command line is the user's, from where they are; the action's is from the workspace.
        values.record = external_node_path_default().resolve(values.record);
    }
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'scan'), {
        ...env,
        GITHUB_WORKSPACE: cwd,
        GITHUB_EVENT_PATH: '',
        GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
    });
    const progress = await terminalProgress(range, env);
    // A message written while the progress line is up must not be glued to it: the line goes first.
    const logger = (0,src_logger/* consoleLogger */.k)((line) => {
        progress?.clear();
        process.stderr.write(line + '\n');
    });
    const stdin = range.kind === 'stdin' ? (0,external_node_fs_.readFileSync)(0) : undefined;
    const outcome = await (0,scan/* scanCommand */.x)({ settings, range, stdin, logger, progress }).finally(() => progress?.done());
    const { failOn } = settings.scan;
    const report = format === 'json'
        ? (0,report_text/* renderJson */.hF)(outcome.findings, failOn, outcome.scanned, version/* VERSION */.x, outcome.unreadable)
        : format === 'sarif'
            ? JSON.stringify((0,sarif/* toSarif */.z)(outcome.findings, failOn, version/* VERSION */.x, outcome.unreadable), null, 2) + '\n'
            : (0,report_text/* renderText */.S5)(outcome.findings, failOn, outcome.scanned, outcome.notes, outcome.unreadable);
    if (values.output)
        (0,external_node_fs_.writeFileSync)(values.output, report);
    else
        process.stdout.write(report);
    return outcome.failing > 0 || outcome.unreadableFails || outcome.remediation?.failed ? 1 : 0;
}
/**
 * `scan --repositories "o/a o/b"`: fetches and scans each repository from GITHUB_SERVER_URL (token: GITHUB_TOKEN),
 * writes one report file each, prints one line each. Exit 1 when any has a finding or could not be scanned.
 */
async function batchCli(values, positionals, env) {
    const local = ['history', 'staged', 'stdin', 'range', 'format', 'output'].filter((name) => values[name] !== undefined);
    if (positionals.length > 0 || local.length > 0) {
        throw new errors/* ConfigurationError */.j1(`--repositories scans repositories on the GitHub server: it takes no ${positionals.length > 0 ? 'PATH' : `--${local[0]}`}.`);
    }
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'scan'), { ...env, GITHUB_EVENT_PATH: '' });
    if (!settings.batch)
        throw new errors/* ConfigurationError */.j1('--repositories names no repository: list owner/name items.');
    const { batchCommand } = await __nccwpck_require__.e(/* import() */ 280).then(__nccwpck_require__.bind(__nccwpck_require__, 3280));
    const outcome = await batchCommand(settings, (0,src_logger/* consoleLogger */.k)());
    process.stdout.write(`${outcome.reports.length} repositories, ${outcome.findings} finding(s), ${outcome.failed} not scanned; ` +
        `reports in ${(0,quote/* printable */.g$)(outcome.reportDir)}\n`);
    return outcome.findings > 0 || outcome.failed > 0 ? 1 : 0;
}
/**
 * Progress on stderr when it is a terminal that can redraw a line. The module loads only then: a scan in a pipe
 * or a hook starts no slower for it.
 */
async function terminalProgress(range, env) {
    // Only the scans that can take long show progress (scanProgress): a pre-commit hook's --staged loads nothing.
    if (!process.stderr.isTTY || env.TERM === 'dumb' || !['history', 'worktree'].includes(range.kind))
        return undefined;
    const { progressInterval, scanProgress } = await __nccwpck_require__.e(/* import() */ 279).then(__nccwpck_require__.bind(__nccwpck_require__, 4660));
    return scanProgress(range.kind, {
        terminal: true,
        everyMs: progressInterval(env, 250),
        write: (text) => process.stderr.write(text),
        columns: () => process.stderr.columns
    });
}
async function rotateCli(values, env) {
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'rotate'), {
        ...env,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: '',
        GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
    });
    // Rotation, the emulator and the demo load only when asked for: a scan starts faster without them.
    const { rotateCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(193), __nccwpck_require__.e(768), __nccwpck_require__.e(996), __nccwpck_require__.e(267)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4267));
    const result = await rotateCommand(settings, (0,src_logger/* consoleLogger */.k)());
    process.stdout.write(`${(0,quote/* printable */.g$)((0,redact/* scrub */._I)(result.message))}\n` +
        Object.entries({
            result: result.result,
            'new-key-id': result.newKeyId,
            'old-key-id': result.oldKeyId,
            revoked: result.revoked,
            'issue-url': result.issueUrl
        })
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => `${(0,quote/* printable */.g$)(`${k}=${String(v)}`)}\n`)
            .join(''));
    return result.result === 'rotated' || result.result === 'skipped' ? 0 : 1;
}
async function auditCli(values, env) {
    const format = values.format ?? 'text';
    if (!['text', 'json'].includes(format)) {
        throw new errors/* ConfigurationError */.j1(`--format must be text or json for audit (got "${format}").`);
    }
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'audit'), {
        ...env,
        GITHUB_EVENT_PATH: '',
        GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
    });
    const { auditCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(193), __nccwpck_require__.e(660)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6660));
    const { auditJson, auditText } = await __nccwpck_require__.e(/* import() */ 261).then(__nccwpck_require__.bind(__nccwpck_require__, 4261));
    const now = Date.now();
    const outcome = await auditCommand(settings, (0,src_logger/* consoleLogger */.k)(), now);
    const report = format === 'json' ? auditJson(outcome.report) + '\n' : auditText(outcome.report, now);
    if (values.output)
        (0,external_node_fs_.writeFileSync)(values.output, report);
    else
        process.stdout.write(report);
    if (outcome.failed)
        process.stderr.write(`openai-key-guard: ${outcome.failed}\n`);
    return outcome.failed ? 1 : 0;
}
async function planCli(values, positionals, env) {
    if (positionals.length > 0)
        throw new errors/* ConfigurationError */.j1('plan takes no PATH: name the organization with --org.');
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'plan'), {
        ...env,
        GITHUB_EVENT_PATH: '',
        GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
    });
    const { planCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(254)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7254));
    const outcome = await planCommand(settings, (0,src_logger/* consoleLogger */.k)());
    // The matrix alone on stdout, so that `plan > matrix.json` or `$(… plan)` takes it as is.
    if (values.output)
        (0,external_node_fs_.writeFileSync)(values.output, outcome.json + '\n');
    else
        process.stdout.write(outcome.json + '\n');
    process.stderr.write(`${(0,quote/* printable */.g$)(outcome.summary)}\n`);
    return 0;
}
async function reportCli(values, env) {
    const settings = (0,src_settings/* parseSettings */.P$)(inputsFrom(values, env, 'report'), {
        ...env,
        GITHUB_EVENT_PATH: '',
        GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
    });
    const { reportCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(860)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3860));
    const { renderOrgText } = await __nccwpck_require__.e(/* import() */ 249).then(__nccwpck_require__.bind(__nccwpck_require__, 6249));
    const outcome = await reportCommand(settings, (0,src_logger/* consoleLogger */.k)());
    const report = renderOrgText(outcome);
    if (values.output)
        (0,external_node_fs_.writeFileSync)(values.output, report);
    else
        process.stdout.write(report);
    if (outcome.failed)
        process.stderr.write(`openai-key-guard: ${(0,quote/* printable */.g$)((0,redact/* scrub */._I)(outcome.failed))}\n`);
    return outcome.failed ? 1 : 0;
}
/**
 * Flags that belong to one command (or a few). A flag given to another command would be ignored without a word,
 * so it is refused: `rotate --scope history` must not look like it did something. Flags not listed here are
 * shared (a scan with `--on-leak rotate` takes every rotation flag).
 */
const ONLY_FOR = {
    history: ['scan'],
    staged: ['scan'],
    stdin: ['scan'],
    range: ['scan'],
    scope: ['scan'],
    base: ['scan'],
    head: ['scan'],
    'sarif-file': ['scan'],
    config: ['scan'],
    baseline: ['scan'],
    'trust-pr-rules': ['scan'],
    verify: ['scan'],
    'on-leak': ['scan'],
    record: ['scan'],
    repositories: ['scan'],
    'report-dir': ['scan'],
    'record-dir': ['scan'],
    'max-repository-size': ['scan'],
    'fail-on': ['scan', 'report'],
    format: ['scan', 'audit'],
    'unused-after': ['audit'],
    'expiring-within': ['audit'],
    'spike-factor': ['audit'],
    fix: ['audit'],
    org: ['plan'],
    batches: ['plan'],
    include: ['plan'],
    exclude: ['plan'],
    topics: ['plan'],
    visibility: ['plan'],
    archived: ['plan'],
    forks: ['plan'],
    reports: ['report'],
    'upload-sarif': ['report'],
    matrix: ['report'],
    port: ['emulator']
};
function refuseForeignFlags(command, values) {
    const given = Object.keys(values).filter((name) => values[name] !== undefined);
    const foreign = given.find((name) => ONLY_FOR[name] && !ONLY_FOR[name].includes(command));
    if (foreign) {
        throw new errors/* ConfigurationError */.j1(`--${foreign} does not apply to ${command}: it is for ${ONLY_FOR[foreign].join(' and ')} (see --help).`);
    }
}
/** Runs one CLI command; returns the exit status (0 clean, 1 leaks or a failed rotation, 2 error). */
async function main(argv, env = process.env) {
    try {
        const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
            args: argv,
            options: OPTIONS,
            allowPositionals: true,
            strict: true
        });
        const [command, ...rest] = positionals;
        if (values.version) {
            process.stdout.write(`${version/* VERSION */.x}\n`);
            return 0;
        }
        if (values.help || !command) {
            process.stdout.write(USAGE);
            return command || values.help ? 0 : 2;
        }
        if (['scan', 'rotate', 'audit', 'plan', 'report', 'emulator', 'demo'].includes(command)) {
            refuseForeignFlags(command, values);
        }
        switch (command) {
            case 'scan':
                return await scanCli(values, rest, env);
            case 'rotate':
                return await rotateCli(values, env);
            case 'audit':
                return await auditCli(values, env);
            case 'plan':
                return await planCli(values, rest, env);
            case 'report':
                return await reportCli(values, env);
            case 'emulator':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(193), __nccwpck_require__.e(768), __nccwpck_require__.e(196), __nccwpck_require__.e(996), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6812))).serveEmulator(Number(values.port ?? 0));
            case 'demo':
                return await (await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(193), __nccwpck_require__.e(768), __nccwpck_require__.e(196), __nccwpck_require__.e(996), __nccwpck_require__.e(812)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6812))).runDemo();
            default:
                throw new errors/* ConfigurationError */.j1(`Unknown command "${command}": use scan, rotate, audit, plan, report, emulator or demo (see --help).`);
        }
    }
    catch (error) {
        const message = error instanceof TypeError && 'code' in error
            ? String(error.message).replace(/\s*\n\s*/g, ' ')
            : (0,errors/* errorMessage */.gJ)(error);
        process.stderr.write(`openai-key-guard: ${message}\n`);
        return 2;
    }
}


/***/ }),

/***/ 2289:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ scanCommand)
});

// UNUSED EXPORTS: describe

;// CONCATENATED MODULE: ./src/openai/verify.ts
/**
 * Asks OpenAI whether a key works, with the cheapest authenticated call there is (`GET /models`).
 * 200 live, 401 invalid, 403 live but restricted; anything else (429, 5xx, no answer) is unknown:
 * a scan never calls a key dead because OpenAI was busy.
 */
async function checkKey(baseUrl, key, timeoutMs = 10_000) {
    try {
        const response = await fetch(`${baseUrl}/models`, {
            headers: { authorization: `Bearer ${key}` },
            signal: AbortSignal.timeout(timeoutMs)
        });
        await response.body?.cancel();
        if (response.status === 200)
            return 'live';
        if (response.status === 401)
            return 'invalid';
        if (response.status === 403)
            return 'restricted';
        return 'unknown';
    }
    catch {
        return 'unknown';
    }
}
/** Checks every distinct key once, a few at a time, and marks each finding with the answer. */
async function verifyFindings(baseUrl, findings, keys) {
    const answers = new Map();
    const queue = [...new Set(findings.map((f) => f.fingerprint))].filter((fp) => keys.has(fp));
    const worker = async () => {
        for (let fp = queue.shift(); fp !== undefined; fp = queue.shift()) {
            answers.set(fp, await checkKey(baseUrl, keys.get(fp)));
        }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    for (const finding of findings)
        finding.live = answers.get(finding.fingerprint) ?? 'unknown';
}

// EXTERNAL MODULE: ./src/scan/scan.ts + 15 modules
var scan = __nccwpck_require__(4773);
;// CONCATENATED MODULE: ./src/commands/scan.ts


/** Scans, then (when asked) checks which keys are live and acts on leaks. Shared by the action and the CLI. */
async function scanCommand(options) {
    const { settings, range, logger } = options;
    // Raw keys stay in this map, in memory, for the verify and on-leak comparisons: never logged, never returned.
    const keys = new Map();
    // With scope auto, only the runs that scan the history (schedule, workflow_dispatch) use the record.
    const record = range.kind === 'history' ? settings.scan.record : undefined;
    if (settings.scan.record && !record) {
        logger.info(`This ${range.kind} scan reads only its commits: the record ${settings.scan.record} is left as it is.`);
    }
    const result = await (0,scan/* scan */.S)({
        cwd: settings.workspace,
        range,
        stdin: options.stdin,
        config: settings.scan.config,
        baseline: settings.scan.baseline,
        trustPrRules: settings.scan.trustPrRules,
        failOn: settings.scan.failOn,
        token: settings.github.token || undefined,
        serverUrl: settings.github.serverUrl,
        logger,
        progress: options.progress,
        record,
        // Verifying and acting on a leak need each key itself: the record's hits are read again, not replayed.
        rawKeys: settings.scan.verify || settings.scan.onLeak !== 'fail',
        onKey: (key, finding) => {
            logger.setSecret(key);
            keys.set(finding.fingerprint, key);
        }
    });
    if (settings.scan.verify && result.findings.length > 0) {
        logger.info(`Asking OpenAI whether ${keys.size} key(s) are live (verify: true).`);
        await verifyFindings(settings.openaiBaseUrl, result.findings, keys);
    }
    // The remediation code (OpenAI, GitHub, libsodium) loads only when there is a leak to act on.
    const remediation = settings.scan.onLeak === 'fail' || result.findings.length === 0
        ? undefined
        : await (await Promise.all(/* import() */[__nccwpck_require__.e(65), __nccwpck_require__.e(193), __nccwpck_require__.e(768), __nccwpck_require__.e(996), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8344))).respondToLeaks({ settings, findings: result.findings, keys, logger });
    // Unreadable objects are no note: scan() warned about them once (on stderr, or as an annotation).
    const notes = [...result.scopeNotes, ...result.untrustedRules, ...(remediation?.notes ?? [])];
    keys.clear();
    return { ...result, scanned: describe(range, result), notes, remediation };
}
function scan_short(ref) {
    return ref && /^[0-9a-f]{40,64}$/.test(ref) ? ref.slice(0, 7) : (ref ?? '');
}
/** "3 commits of the pull request (1a2b3c4..5d6e7f8)", "the full history (120 commits)", … */
function describe(range, result) {
    const commits = `${result.stats.commits} commit${result.stats.commits === 1 ? '' : 's'}`;
    const span = range.base ? ` (${scan_short(range.base)}..${scan_short(range.head)})` : '';
    switch (range.kind) {
        case 'pull-request':
            return `${commits} of the pull request${span}`;
        case 'push':
            return `${commits} pushed${span}`;
        case 'merge-group':
            return `${commits} of the merge queue${span}`;
        case 'range':
            return `${commits}${span}`;
        case 'history': {
            const objects = result.stats.objects;
            if (!objects?.skipped)
                return `the full history (${commits}, ${result.stats.blobs} unique files)`;
            return (`the full history (${commits}; ${objects.read} of ${objects.listed} objects read, ` +
                `${objects.skipped} skipped: the record holds them from an earlier scan)`);
        }
        case 'worktree':
            return `the working tree (${result.stats.blobs} files)`;
        case 'staged':
            return 'the staged changes';
        case 'stdin':
            return 'standard input';
    }
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HB: () => (/* binding */ unreachable),
/* harmony export */   _7: () => (/* binding */ ServiceError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   i_: () => (/* binding */ PermissionError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   jY: () => (/* binding */ secretInput),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _report_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9166);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);


/** The user's fault: a wrong input, a missing file, a ref that does not exist. The message says what to fix. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** GitHub or OpenAI refused for lack of a permission; the message names it (e.g. "Secrets: write"). */
class PermissionError extends ConfigurationError {
    permission;
    name = 'PermissionError';
    constructor(message, permission) {
        super(message);
        this.permission = permission;
    }
}
/**
 * A secret input (a token or key), registered so that every later text is scrubbed of it. A line break inside is
 * refused: the runner masks a secret line by line in the log, so a two-line value would print in pieces, and
 * HTTP refuses it in a header. The message names the input, never the value.
 */
function secretInput(name, value) {
    const trimmed = value.trim();
    (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(trimmed);
    if (/[\r\n]/.test(trimmed)) {
        throw new ConfigurationError(`${name} holds a line break: a token or key is one line, so store the value alone, without the text around it.`);
    }
    return trimmed;
}
/**
 * A service we call (GitHub, OpenAI) could not be reached or failed on its side (5xx). Neither the user's input
 * nor a bug of ours: the message says which service, what it answered, and that trying again is the fix.
 */
class ServiceError extends Error {
    name = 'ServiceError';
}
/** The host (and port) of a URL, to name a server in a message without its path, query or credentials. */
function hostOf(url) {
    try {
        return url ? new URL(url).host : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Why a request got no answer at all, or undefined when it got one (or was never sent). fetch (undici) throws
 * `TypeError: fetch failed` whose cause holds the system error; Octokit and the openai SDK wrap that again.
 */
function unreachable(error) {
    for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 10; depth++) {
        const { name, message, cause } = e;
        if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError')
            return { reason: 'timed out' };
        if (name === 'TypeError' && message === 'fetch failed') {
            const why = (cause ?? {});
            const reason = typeof why.code === 'string'
                ? why.code
                : typeof why.message === 'string'
                    ? why.message
                    : 'no connection';
            const host = typeof why.hostname === 'string'
                ? why.hostname
                : typeof why.address === 'string'
                    ? `${why.address}${typeof why.port === 'number' ? `:${why.port}` : ''}`
                    : undefined;
            return { reason: (0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(reason), ...(host ? { host } : {}) };
        }
        e = cause;
    }
    return undefined;
}
/**
 * The one line a failed run prints. The user's errors say what to fix, a failing service says so; anything else is
 * a bug of ours and says so. Every message is scrubbed: an error from a library may quote a request that carried a key.
 */
function errorMessage(error) {
    const text = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ').trim();
    const safe = (0,_report_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text));
    if (error instanceof ConfigurationError || error instanceof ServiceError)
        return safe;
    const failure = unreachable(error);
    if (failure)
        return (0,_report_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(`Could not reach ${failure.host ?? 'the server'}: ${failure.reason}.`);
    return `Unexpected error: ${safe} (a bug in openai-key-guard: please report it)`;
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   lf: () => (/* binding */ openRegular)
/* harmony export */ });
/* unused harmony export kindOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
// Files a repository holds are hostile: a link to /proc/self/environ, a FIFO, /dev/zero. Only regular files are
// read, links are never followed, and what is read is bounded.



// O_NONBLOCK: a FIFO swapped in after the type check opens at once instead of waiting for a writer.
const READ_ONLY = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY;
/** What a path is, in words, for "must be a regular file, not …". */
function kindOf(stats) {
    if (stats.isFile())
        return 'a regular file';
    if (stats.isSymbolicLink())
        return 'a symbolic link';
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a FIFO';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return 'not a regular file';
}
/** A path that is there but is not a regular file. */
class NotRegularFileError extends Error {
    name = 'NotRegularFileError';
    kind;
    constructor(kind) {
        super(`not a regular file (${kind})`);
        this.kind = kind;
    }
}
/**
 * Opens a regular file for reading. A link is never followed (O_NOFOLLOW), and the type is checked on the open
 * descriptor, so a file swapped for something else between a check and the open is still refused.
 */
function openRegular(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, READ_ONLY);
    }
    catch (error) {
        if (error.code === 'ELOOP')
            throw new NotRegularFileError('a symbolic link');
        throw error;
    }
    try {
        const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!stats.isFile())
            throw new NotRegularFileError(kindOf(stats));
        return fd;
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw error;
    }
}
/** Reads an open file from its start until the end, or until `limit` bytes; undefined past the limit. */
function readUpTo(fd, limit) {
    // The size stat gives is only a hint: /proc files say 0, and a file may grow while it is read.
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, 64 * 1024));
    let chunks = [];
    let total = 0;
    for (;;) {
        const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
        if (n === 0)
            return Buffer.concat(chunks, total);
        chunks.push(Buffer.from(buffer.subarray(0, n)));
        total += n;
        if (total > limit) {
            chunks = [];
            return undefined;
        }
    }
}
function formatBytes(bytes) {
    return bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : `${bytes / 1024} KiB`;
}
/** No directory between `root` and `file` may be a link: a linked `.github/` leads anywhere on the machine. */
function checkParents(root, file, what) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, file);
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return;
    const parts = relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, ...parts.slice(0, i));
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(dir);
        }
        catch {
            return; // missing, or under a file: the open below says so
        }
        if (stats.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what}: ${parts.slice(0, i).join('/')} must be a directory, not a symbolic link.`);
        }
    }
}
/**
 * Reads a file the user or the repository names (a config, a baseline): it must be a regular file, not a link,
 * a device or a FIFO, and hold at most `maxBytes`. Anything else is one ConfigurationError that says what to fix.
 * Returns undefined when the file does not exist, so that the caller decides whether that is an error.
 */
function readRegularFile(file, options) {
    const { what, maxBytes } = options;
    if (options.root)
        checkParents(options.root, file, what);
    let fd;
    try {
        fd = openRegular(file);
    }
    catch (error) {
        if (error instanceof NotRegularFileError) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} must be a regular file, not ${error.kind}.`);
        }
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${what}: ${code ?? error.message}.`);
    }
    try {
        const content = readUpTo(fd, maxBytes);
        if (!content)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${what} is larger than ${formatBytes(maxBytes)}.`);
        return content;
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Cannot read ${what}: ${error.code ?? 'read error'}.`);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 1243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ CatFileParser),
/* harmony export */   TU: () => (/* binding */ Git),
/* harmony export */   WE: () => (/* binding */ CAT_FILE_FORMAT),
/* harmony export */   t0: () => (/* binding */ isZeroOid),
/* harmony export */   tK: () => (/* binding */ CatFile),
/* harmony export */   tv: () => (/* binding */ gitFailure)
/* harmony export */ });
/* unused harmony export spawnFailure */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6670);





const ZERO_OID = /^0+$/;
function isZeroOid(oid) {
    return ZERO_OID.test(oid);
}
function firstLine(text) {
    return (text
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? '');
}
/** Turns git's complaint into one line that says what to fix; the user's mistakes become ConfigurationError. */
function gitFailure(cwd, args, code, stderr) {
    const line = (0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(firstLine(stderr.replace(/^(fatal|error): /gm, '')));
    if (/not a git repository/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${cwd} is not a git repository: run inside a clone (actions/checkout) or pass the path of one.`);
    }
    if (/dubious ownership/i.test(stderr)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`git refuses to work in ${cwd} (owned by another user): add it to safe.directory (git config --global --add safe.directory ${cwd}).`);
    }
    return new Error(`git ${args[0] ?? ''} failed (exit ${code}): ${line || 'no message'}`);
}
/**
 * Why git could not start. Node says ENOENT both when git is missing and when the directory it should run in
 * is: only the second is the usual mistake (`scan /no/such/dir`), so the directory is looked at first.
 */
function spawnFailure(cwd, args, error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(cwd, { throwIfNoEntry: false });
        if (!dir)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${cwd} does not exist: pass the path of a git repository.`);
        if (!dir.isDirectory()) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`${cwd} is not a directory: pass the path of a git repository.`);
        }
        if (error.code === 'ENOENT')
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1('git is not installed or not on PATH.');
    }
    return new Error(`git ${args[0] ?? ''} could not start: ${error.message}`);
}
/** Runs git without a shell; one instance per working directory. */
class Git {
    cwd;
    config;
    // Plain fields, no parameter properties: the bench runs these files with Node's type stripping.
    constructor(cwd, config = {}) {
        this.cwd = cwd;
        this.config = config;
    }
    /** The same repository with extra configuration (e.g. an authorization header for one fetch). */
    withConfig(config) {
        return new Git(this.cwd, { ...this.config, ...config });
    }
    env(extra = {}) {
        const entries = Object.entries(this.config);
        const env = {
            ...process.env,
            // English messages (we match on them), no prompts, no pager.
            LC_ALL: 'C',
            LANGUAGE: 'C',
            GIT_TERMINAL_PROMPT: '0',
            GIT_PAGER: 'cat',
            ...extra
        };
        if (entries.length > 0) {
            const base = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
            env.GIT_CONFIG_COUNT = String(base + entries.length);
            entries.forEach(([key, value], i) => {
                env[`GIT_CONFIG_KEY_${base + i}`] = key;
                env[`GIT_CONFIG_VALUE_${base + i}`] = value;
            });
        }
        return env;
    }
    /** Throws spawnFailure's answer when Node refuses at once; a later 'error' event is the caller's to map. */
    spawn(args, stdio, env) {
        try {
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', args, { cwd: this.cwd, env: this.env(env), stdio, windowsHide: true });
        }
        catch (error) {
            throw spawnFailure(this.cwd, args, error);
        }
    }
    /** Runs git and collects its output; never throws for a non-zero exit. */
    exec(args, opts = {}) {
        return new Promise((resolve, reject) => {
            const child = this.spawn(args, ['pipe', 'pipe', 'pipe'], opts.env);
            const out = [];
            const err = [];
            child.stdout?.on('data', (chunk) => out.push(chunk));
            child.stderr?.on('data', (chunk) => err.push(chunk));
            child.on('error', (error) => reject(spawnFailure(this.cwd, args, error)));
            child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
            // git may exit before reading all of its input (e.g. a bad revision): that is its answer, not ours.
            child.stdin?.on('error', () => undefined);
            child.stdin?.end(opts.input ?? '');
        });
    }
    async runBuffer(args, opts = {}) {
        const result = await this.exec(args, opts);
        if (result.code !== 0 && !(opts.okCodes ?? []).includes(result.code)) {
            throw gitFailure(this.cwd, args, result.code, result.stderr);
        }
        return result.stdout;
    }
    async run(args, opts = {}) {
        return (await this.runBuffer(args, opts)).toString('utf8');
    }
    /** Throws ConfigurationError when the directory is not inside a git work tree. */
    async assertRepository() {
        await this.run(['rev-parse', '--git-dir']);
    }
    async isRepository() {
        const result = await this.exec(['rev-parse', '--git-dir']);
        return result.code === 0;
    }
    /** The full commit id a ref names, or undefined when this clone does not have it. */
    async resolveCommit(ref) {
        const result = await this.exec([
            'rev-parse',
            '--verify',
            '--quiet',
            '--end-of-options',
            `${ref}^{commit}`
        ]);
        if (result.code === 0)
            return result.stdout.toString('utf8').trim();
        if (/not a git repository|dubious ownership/i.test(result.stderr)) {
            throw gitFailure(this.cwd, ['rev-parse'], result.code, result.stderr);
        }
        return undefined;
    }
    /** Like resolveCommit, but an unknown ref is the user's mistake: one line that names it. */
    async verifyCommit(ref) {
        const oid = await this.resolveCommit(ref);
        if (!oid) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j1(`Unknown ref "${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(ref)}": it does not name a commit in ${this.cwd}.`);
        }
        return oid;
    }
    async isShallow() {
        return (await this.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    /** The commits at the shallow boundary (empty for a complete clone). */
    async shallowCommits() {
        const file = (await this.run(['rev-parse', '--git-path', 'shallow'])).trim();
        try {
            const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(this.cwd, file), 'utf8');
            return new Set(text.split('\n').filter(Boolean));
        }
        catch {
            return new Set();
        }
    }
}
const CAT_FILE_FORMAT = '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)';
const EMPTY = Buffer.alloc(0);
/** Parses the output of `git cat-file --batch` chunk by chunk, without buffering more than one object. */
class CatFileParser {
    carry = [];
    carried = 0;
    header;
    /** The object being handed over in pieces, and how many of its bytes (and the newline after it) are to come. */
    sink;
    left = 0;
    emit;
    pieces;
    constructor(emit, pieces) {
        this.emit = emit;
        this.pieces = pieces;
    }
    push(chunk) {
        let pos = 0;
        while (pos < chunk.length) {
            if (!this.header) {
                const nl = chunk.indexOf(10, pos);
                if (nl < 0) {
                    this.keep(chunk.subarray(pos));
                    return;
                }
                const line = this.take(chunk.subarray(pos, nl)).toString('utf8');
                pos = nl + 1;
                this.readHeader(line);
                continue;
            }
            if (this.sink) {
                pos = this.pass(chunk, pos);
                continue;
            }
            const need = this.header.size + 1 - this.carried;
            const available = chunk.length - pos;
            if (available < need) {
                this.keep(chunk.subarray(pos));
                return;
            }
            const content = this.take(chunk.subarray(pos, pos + need)).subarray(0, this.header.size);
            pos += need;
            const header = this.header;
            this.header = undefined;
            this.emit({ ...header, content });
        }
    }
    /** Throws when the stream ended in the middle of an object. */
    end() {
        if (this.header || this.carried > 0)
            throw new Error('git cat-file ended in the middle of an object');
    }
    /** Hands the next bytes of a large object to its sink; returns where the rest of the chunk starts. */
    pass(chunk, pos) {
        const header = this.header;
        const sink = this.sink;
        const n = Math.min(this.left, chunk.length - pos);
        // The newline after the content is git's separator, not part of the object.
        const content = Math.min(n, this.left - 1);
        if (content > 0)
            sink.push(chunk.subarray(pos, pos + content));
        this.left -= n;
        if (this.left === 0) {
            this.sink = undefined;
            this.header = undefined;
            sink.end();
            this.emit({ ...header, content: EMPTY });
        }
        return pos + n;
    }
    keep(part) {
        this.carry.push(part);
        this.carried += part.length;
    }
    take(last) {
        if (this.carried === 0)
            return last;
        const whole = Buffer.concat([...this.carry, last]);
        this.carry = [];
        this.carried = 0;
        return whole;
    }
    readHeader(line) {
        const parts = line.split(' ');
        if (parts.length === 2 && (parts[1] === 'missing' || parts[1] === 'ambiguous')) {
            this.emit({ name: parts[0] ?? '', missing: true, type: '', size: 0, rest: '', content: EMPTY });
            return;
        }
        const size = Number(parts[2]);
        if (parts.length < 3 || !Number.isSafeInteger(size)) {
            throw new Error(`git cat-file answered an unexpected line: ${(0,_redact_js__WEBPACK_IMPORTED_MODULE_4__/* .scrub */ ._I)(line.slice(0, 120))}`);
        }
        const header = {
            name: parts[0] ?? '',
            missing: false,
            type: parts[1] ?? '',
            size,
            rest: parts.slice(3).join(' ')
        };
        this.header = header;
        if (this.pieces && size > this.pieces.above) {
            this.sink = this.pieces.open(header.name, size, header.type);
            this.left = size + 1;
        }
    }
}
/**
 * A long-lived `git cat-file --batch`: read(oid) may be called many times without waiting, answers come back
 * in order. Missing objects (partial clones) resolve to undefined.
 */
class CatFile {
    child;
    waiting = [];
    failure;
    exited;
    constructor(git, opts = {}) {
        const env = opts.lazyFetch === false ? { GIT_NO_LAZY_FETCH: '1' } : {};
        this.child = git.spawn(['cat-file', CAT_FILE_FORMAT], ['pipe', 'pipe', 'pipe'], env);
        const parser = new CatFileParser((record) => {
            const next = this.waiting.shift();
            next?.resolve(record.missing ? undefined : record.content);
        }, opts.pieces);
        let stderr = '';
        this.child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        this.child.stdout?.on('data', (chunk) => {
            try {
                parser.push(chunk);
            }
            catch (error) {
                this.fail(error);
            }
        });
        this.child.stdin?.on('error', () => undefined);
        this.exited = new Promise((resolve) => {
            this.child.on('error', (error) => {
                this.fail(spawnFailure(git.cwd, ['cat-file'], error));
                resolve();
            });
            this.child.on('close', (code) => {
                if (this.waiting.length > 0)
                    this.fail(gitFailure(git.cwd, ['cat-file'], code ?? 1, stderr));
                resolve();
            });
        });
    }
    read(oid) {
        if (this.failure)
            return Promise.reject(this.failure);
        return new Promise((resolve, reject) => {
            this.waiting.push({ resolve, reject });
            this.child.stdin?.write(`${oid}\n`);
        });
    }
    async close() {
        this.child.stdin?.end();
        await this.exited;
    }
    fail(error) {
        this.failure ??= error;
        for (const waiter of this.waiting.splice(0))
            waiter.reject(error);
    }
}


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ consoleLogger)
/* harmony export */ });
/* harmony import */ var _report_quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9166);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);


/**
 * The CLI's logger: plain lines on stderr (stdout is kept for the report), every secret it was told about
 * replaced by `***` as the runner would, anything key-shaped redacted, and each message one printable line
 * (stderr lands in the workflow log when the CLI runs in a `run:` step).
 */
function consoleLogger(write = (line) => process.stderr.write(line + '\n'), verbose = false) {
    const mask = (text) => (0,_report_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)((0,_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .scrub */ ._I)(text));
    const where = (props) => props?.file ? `${(0,_report_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(props.file)}${props.startLine ? `:${props.startLine}` : ''}: ` : '';
    return {
        info: (message) => write(mask(message)),
        debug: (message) => {
            if (verbose)
                write(mask(`debug: ${message}`));
        },
        warning: (message, props) => write(mask(`warning: ${where(props)}${message}`)),
        error: (message, props) => write(mask(`error: ${where(props)}${message}`)),
        setSecret: _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl
    };
}


/***/ }),

/***/ 4482:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ MAX_BATCHES),
/* harmony export */   SC: () => (/* binding */ FILTERS),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   ff: () => (/* binding */ repositoryMatcher),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   t9: () => (/* binding */ filterRepositories),
/* harmony export */   u5: () => (/* binding */ matrixJson),
/* harmony export */   un: () => (/* binding */ planBatches)
/* harmony export */ });
/* unused harmony exports REPOSITORY_COST_KB, SLACK, MAX_MATRIX_CHARS, MAX_BATCH_CHARS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _scan_glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8747);
// The plan of an organisation scan, pure: which listed repositories to scan (filters) and how to split them into
// the jobs of one `strategy.matrix` (balanced, deterministic and stable batches), within the limits of GitHub
// Actions. The listing itself is src/github/repositories.ts; the command that joins both is src/commands/plan.ts.


/** The filters in the order they apply; a repository is counted against the first one that removes it. */
const FILTERS = ['owner', 'archived', 'forks', 'visibility', 'topics', 'include', 'exclude'];
// GitHub's rule for owner and repository names. Names become matrix values, cache keys and paths downstream: a
// listing that breaks the rule is not trusted with any of those.
const NAME = /^[A-Za-z0-9._-]+$/;
/** Whether `owner/name` is two names GitHub could have given (not `.` or `..`, which are path steps). */
function isRepositoryName(fullName) {
    const parts = fullName.split('/');
    return parts.length === 2 && parts.every((p) => NAME.test(p) && p !== '.' && p !== '..');
}
/**
 * Splits an input list: one item per line, or separated by commas, except commas inside `{…}` (a glob's
 * alternatives, `org/{api,web}-*`) or escaped with `\`.
 */
function splitList(text) {
    const items = [];
    let depth = 0;
    let current = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            current += c + text[++i];
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}' && depth > 0)
            depth--;
        if (c === '\n' || c === '\r' || (c === ',' && depth === 0)) {
            items.push(current);
            current = '';
            depth = 0;
        }
        else
            current += c;
    }
    items.push(current);
    return items.map((item) => item.trim()).filter(Boolean);
}
/**
 * Compiles the globs of input `name` into one matcher over `owner/name`, case-insensitive as GitHub's names are.
 * A glob without `/` could never match `owner/name` (`*` stops at `/`): it is refused, not left to match nothing.
 */
function repositoryMatcher(name, globs) {
    const total = globs.reduce((sum, glob) => sum + glob.length, 0);
    if (total > _scan_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GLOBS_LENGTH */ .Sj) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}': the globs hold ${total} characters together; at most ${_scan_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_GLOBS_LENGTH */ .Sj}.`);
    }
    const lone = globs.find((glob) => !glob.includes('/') && !glob.includes('**'));
    if (lone !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${name}' has ${JSON.stringify(lone)}: globs match owner/name, so write */${lone} or ORG/${lone}.`);
    }
    const matcher = _scan_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .GlobMatcher */ .XC.of(globs.map((glob) => glob.toLowerCase()), `Input '${name}'`);
    return (fullName) => matcher.matches(fullName.toLowerCase());
}
/** Applies the filters in the order of FILTERS and counts what each removed. */
function filterRepositories(repositories, f) {
    const included = f.include.length > 0 ? repositoryMatcher('include', f.include) : () => true;
    const excluded = f.exclude.length > 0 ? repositoryMatcher('exclude', f.exclude) : () => false;
    const topics = new Set(f.topics.map((t) => t.toLowerCase()));
    const org = f.org.toLowerCase();
    // Each test says whether the repository stays.
    const tests = {
        owner: (r) => r.owner.toLowerCase() === org,
        archived: (r) => f.archived || !r.archived,
        forks: (r) => f.forks || !r.fork,
        visibility: (r) => f.visibility === 'all' || r.visibility === f.visibility,
        topics: (r) => topics.size === 0 || r.topics.some((t) => topics.has(t.toLowerCase())),
        include: (r) => included(r.fullName),
        exclude: (r) => !excluded(r.fullName)
    };
    const removed = Object.fromEntries(FILTERS.map((name) => [name, 0]));
    const kept = repositories.filter((r) => {
        const failed = FILTERS.find((name) => !tests[name](r));
        if (failed)
            removed[failed]++;
        return failed === undefined;
    });
    return { kept, removed };
}
/**
 * What one repository costs a batch beyond its size, in KB: a clone of an empty repository still takes its
 * round trips, a few processes and API calls, about a second on a hosted runner, which fetches some 20 MB in that
 * time. Without it, a thousand empty repositories would weigh nothing and land in one batch.
 */
const REPOSITORY_COST_KB = 20_480;
/** How far above the mean a batch may grow before a repository goes to the next batch with room. */
const SLACK = 0.1;
/** GitHub Actions runs at most 256 jobs from one matrix. */
const MAX_BATCHES = 256;
/** FNV-1a, 32 bits: a fixed hash of a name, the same on every machine and in every version of Node. */
function hash(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
}
const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
/**
 * Splits the repositories into at most `batches` groups of about equal cost, the same way every time.
 *
 * Each repository has a home slot, a hash of its name: a repository stays in its batch while the organisation
 * grows or shrinks, so the batch's `actions/cache` entry (keyed by the batch) still holds its record next night.
 * Sorted greedy packing (largest first into the lightest batch) balances about as well but moves most
 * repositories when one is added, and every moved repository is scanned in full again.
 *
 * - Fewer repositories than slots: one repository per batch, the home slot or the next free one.
 * - Otherwise consistent hashing with bounded loads: largest first, each goes to the first slot from its home
 *   whose cost stays within the mean plus SLACK; one that fits nowhere goes to the lightest slot (the one
 *   nearest its home among equals). A batch passes the bound only then: a repository larger than the bound
 *   (placed first, so it gets a batch of its own while slots are empty), or a large one when every batch is
 *   nearly full, which needs a repository over a tenth of the mean.
 */
function planBatches(repositories, batches) {
    if (!Number.isInteger(batches) || batches < 1 || batches > MAX_BATCHES) {
        throw new RangeError(`batches must be a whole number from 1 to ${MAX_BATCHES}`);
    }
    const seen = new Set();
    const items = [];
    for (const r of repositories) {
        const key = r.fullName.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        const size = Number.isFinite(r.sizeKb) && r.sizeKb > 0 ? r.sizeKb : 0;
        items.push({ fullName: r.fullName, key, cost: size + REPOSITORY_COST_KB, home: hash(key) % batches });
    }
    const slots = Array.from({ length: batches }, () => []);
    const load = new Array(batches).fill(0);
    const place = (item, slot) => {
        slots[slot].push(item);
        load[slot] += item.cost;
    };
    if (items.length <= batches) {
        // In home order, so that a new repository displaces only the ones that probed past its home.
        for (const item of items.sort((a, b) => a.home - b.home || byKey(a, b))) {
            let slot = item.home;
            while (slots[slot].length > 0)
                slot = (slot + 1) % batches;
            place(item, slot);
        }
    }
    else {
        items.sort((a, b) => b.cost - a.cost || byKey(a, b));
        // The bound is the share of the repositories that share batches: one larger than its share gets a batch
        // of its own, and counting it in the mean would let every other batch grow past the balance.
        let rest = items.reduce((sum, item) => sum + item.cost, 0);
        let shared = batches;
        for (const item of items) {
            if (shared === 1 || item.cost <= (rest / shared) * (1 + SLACK))
                break;
            rest -= item.cost;
            shared--;
        }
        const bound = (rest / shared) * (1 + SLACK);
        for (const item of items) {
            let chosen = -1;
            let lightest = item.home;
            for (let step = 0; step < batches; step++) {
                const slot = (item.home + step) % batches;
                if (load[slot] + item.cost <= bound) {
                    chosen = slot;
                    break;
                }
                if (load[slot] < load[lightest])
                    lightest = slot;
            }
            place(item, chosen >= 0 ? chosen : lightest);
        }
    }
    return slots.flatMap((group, slot) => group.length === 0
        ? []
        : [
            {
                batch: String(slot + 1),
                repositories: group.sort(byKey).map((item) => item.fullName),
                costKb: load[slot]
            }
        ]);
}
/**
 * A job's outputs hold 1 MB together, counted in UTF-16 (two bytes a character for names, which are ASCII):
 * the matrix keeps under 500,000 characters, leaving room for the step's other outputs.
 */
const MAX_MATRIX_CHARS = 500_000;
/**
 * The runner hands a step its inputs as environment variables, and Linux refuses to start a process with a
 * variable over 128 KiB (MAX_ARG_STRLEN): one batch's `repositories` stays well below that.
 */
const MAX_BATCH_CHARS = 120_000;
/** The matrix as `strategy.matrix` takes it (one line of JSON), or one line that says what to change. */
function matrixJson(batches, requested) {
    const matrix = {
        include: batches.map((b) => ({ batch: b.batch, repositories: b.repositories.join(' ') }))
    };
    const json = JSON.stringify(matrix);
    const count = batches.reduce((sum, b) => sum + b.repositories.length, 0);
    if (json.length > MAX_MATRIX_CHARS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The matrix of ${count} repositories takes ${json.length} characters, more than a job's outputs hold ` +
            `(1 MB, about ${MAX_MATRIX_CHARS} characters): plan the organisation in parts, one plan job and one ` +
            `matrix per part, with include (e.g. include: ORG/[a-m]* and include: ORG/[!a-m]*).`);
    }
    const longest = matrix.include.reduce((max, b) => (b.repositories.length > max.repositories.length ? b : max), matrix.include[0] ?? { batch: '', repositories: '' });
    if (longest.repositories.length > MAX_BATCH_CHARS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Batch ${longest.batch} lists ${longest.repositories.length} characters of repository names, more than a ` +
            `step input can pass (${MAX_BATCH_CHARS}; the runner passes inputs as environment variables): raise ` +
            `batches (now ${requested}; at most ${MAX_BATCHES}).`);
    }
    return { matrix, json };
}


/***/ }),

/***/ 7045:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ parseRepositoryName),
/* harmony export */   Tg: () => (/* binding */ repositoryReport),
/* harmony export */   Tq: () => (/* binding */ serializeRepositoryReport),
/* harmony export */   UG: () => (/* binding */ parseRepositoryReport),
/* harmony export */   eG: () => (/* binding */ reportPath)
/* harmony export */ });
/* unused harmony export REPORT_FORMAT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6670);
/* harmony import */ var _scan_types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1184);
// The per-repository report: written by the batch scan (one file per repository, uploaded as a workflow artifact),
// read back by the `report` command. Both sides use this file, so the writer and the reader cannot drift apart.
// The reader must treat the file as hostile: a batch job cloned and read repositories it does not trust, and an
// artifact can be replaced by anything that runs in the workflow. The parser therefore checks every field's type
// and builds a fresh object from the known fields only; a file that does not parse is a failed repository.



const REPORT_FORMAT = 1;
// GitHub's owner and repository names: letters, digits, `.`, `_` and `-`; never `.` or `..`, which a path would
// read as steps. Owner logins have no `_`, so `owner__name` names one file for one repository.
const NAME_PART = /^[A-Za-z0-9._-]{1,100}$/;
/** `owner/name` split and checked, or an Error saying what is wrong with it. */
function parseRepositoryName(text) {
    const parts = text.split('/');
    const [owner = '', name = ''] = parts;
    const ok = (part) => NAME_PART.test(part) && part !== '.' && part !== '..';
    if (parts.length !== 2 || !ok(owner) || !ok(name) || owner.includes('_')) {
        return new Error(`"${text.replace(/[^\x20-\x7e]/g, '?').slice(0, 200)}" is not a repository: write owner/name (letters, digits, ., _ and -).`);
    }
    return { owner, name };
}
/** `<dir>/<owner>__<name>.json`: where a repository's report goes. */
function reportPath(dir, repository) {
    const parsed = parseRepositoryName(repository);
    if (parsed instanceof Error)
        throw parsed;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, `${parsed.owner}__${parsed.name}.json`);
}
const KINDS = ['commit-message', 'tag-message', 'note'];
const STATUSES = ['scanned', 'failed', 'empty'];
const LIVE = ['live', 'invalid', 'restricted', 'unknown'];
const OID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;
class Invalid extends Error {
}
function object(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new Invalid(`${where} is not an object`);
    }
    return value;
}
function string(value, where, pattern) {
    if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
        throw new Invalid(`${where} is not ${pattern ? 'a valid' : 'a'} string`);
    }
    return value;
}
function optional(value, read) {
    return value === undefined ? undefined : read(value);
}
function count(value, where, min = 0) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
        throw new Invalid(`${where} is not a whole number of at least ${min}`);
    }
    return value;
}
function oneOf(value, allowed, where) {
    if (!allowed.includes(value))
        throw new Invalid(`${where} is not one of ${allowed.join(', ')}`);
    return value;
}
function array(value, where) {
    if (!Array.isArray(value))
        throw new Invalid(`${where} is not a list`);
    return value;
}
function parseFinding(value, i) {
    const where = `findings[${i}]`;
    const f = object(value, where);
    const finding = {
        line: count(f.line, `${where}.line`, 1),
        column: count(f.column, `${where}.column`, 1),
        shape: oneOf(f.shape, _scan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .SHAPE_NAMES */ .r, `${where}.shape`),
        encoding: oneOf(f.encoding, _scan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ENCODINGS */ .J, `${where}.encoding`),
        redacted: string(f.redacted, `${where}.redacted`, _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .REDACTED_FORM */ .Ef),
        fingerprint: string(f.fingerprint, `${where}.fingerprint`, FINGERPRINT),
        status: oneOf(f.status, ['introduced', 'pre-existing'], `${where}.status`)
    };
    const kind = optional(f.kind, (v) => oneOf(v, KINDS, `${where}.kind`));
    const file = optional(f.path, (v) => string(v, `${where}.path`));
    // A key is either in a file (a path) or in a message (a kind), never both and never neither.
    if ((kind === undefined) === (file === undefined))
        throw new Invalid(`${where} needs a path or a kind`);
    if (file !== undefined)
        finding.path = file;
    if (kind !== undefined)
        finding.kind = kind;
    const tag = optional(f.tag, (v) => string(v, `${where}.tag`));
    if (tag !== undefined)
        finding.tag = tag;
    const commit = optional(f.commit, (v) => string(v, `${where}.commit`, OID));
    if (commit !== undefined)
        finding.commit = commit;
    const date = optional(f.authorDate, (v) => string(v, `${where}.authorDate`, /^[0-9T:.+-]{10,40}Z?$/));
    if (date !== undefined)
        finding.authorDate = date;
    const live = optional(f.live, (v) => oneOf(v, LIVE, `${where}.live`));
    if (live !== undefined)
        finding.live = live;
    return finding;
}
function parseReport(value) {
    const r = object(value, 'the report');
    if (r.tool !== 'openai-key-guard' || r.kind !== 'repository-report') {
        throw new Invalid('it is not an openai-key-guard repository report');
    }
    if (r.format !== REPORT_FORMAT)
        throw new Invalid(`its format is not ${REPORT_FORMAT}`);
    const repository = string(r.repository, 'repository');
    if (parseRepositoryName(repository) instanceof Error)
        throw new Invalid('repository is not owner/name');
    const objects = object(r.objects, 'objects');
    const notScanned = object(r.notScanned, 'notScanned');
    const report = {
        tool: 'openai-key-guard',
        kind: 'repository-report',
        format: REPORT_FORMAT,
        version: string(r.version, 'version', /^[0-9A-Za-z.+-]{1,64}$/),
        detector: string(r.detector, 'detector', /^[0-9A-Za-z.+-]{1,64}$/),
        repository,
        status: oneOf(r.status, STATUSES, 'status'),
        commits: count(r.commits, 'commits'),
        objects: {
            listed: count(objects.listed, 'objects.listed'),
            read: count(objects.read, 'objects.read'),
            skipped: count(objects.skipped, 'objects.skipped')
        },
        findings: array(r.findings, 'findings').map(parseFinding),
        notScanned: {
            count: count(notScanned.count, 'notScanned.count'),
            paths: array(notScanned.paths, 'notScanned.paths').map((p, i) => string(p, `notScanned.paths[${i}]`))
        }
    };
    const error = optional(r.error, (v) => string(v, 'error'));
    // eslint-disable-next-line no-control-regex -- a ref name never holds control characters; refuse them
    const ref = optional(r.ref, (v) => string(v, 'ref', /^refs\/[^\0-\x1f\x7f]{1,1000}$/));
    const head = optional(r.head, (v) => string(v, 'head', OID));
    if (ref !== undefined)
        report.ref = ref;
    if (head !== undefined)
        report.head = head;
    if (report.status === 'failed') {
        // A failed repository says why: without it the report could not tell the user what to fix.
        if (error === undefined || error.trim() === '')
            throw new Invalid('a failed report has no error');
        report.error = error;
    }
    else if (error !== undefined) {
        throw new Invalid(`a ${report.status} report has an error`);
    }
    if (report.status !== 'scanned' && report.findings.length > 0) {
        throw new Invalid(`a ${report.status} report has findings`);
    }
    return report;
}
/**
 * A report file's text → the report, or an Error saying (without quoting the file) why it is not one. Only the
 * fields above are kept: nothing else the file holds reaches the reader.
 */
function parseRepositoryReport(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return new Error('not a report: it is not JSON');
    }
    try {
        return parseReport(value);
    }
    catch (error) {
        if (error instanceof Invalid)
            return new Error(`not a valid report: ${error.message}`);
        throw error;
    }
}
/** The report, fields in the documented order; counts default to zero (a failed or empty repository). */
function repositoryReport(input) {
    return {
        tool: 'openai-key-guard',
        kind: 'repository-report',
        format: REPORT_FORMAT,
        version: input.version,
        detector: input.detector,
        repository: input.repository,
        status: input.status,
        ...(input.error !== undefined ? { error: input.error } : {}),
        ...(input.ref !== undefined ? { ref: input.ref } : {}),
        ...(input.head !== undefined ? { head: input.head } : {}),
        commits: input.commits ?? 0,
        objects: input.objects ?? { listed: 0, read: 0, skipped: 0 },
        findings: input.findings ?? [],
        notScanned: input.notScanned ?? { count: 0, paths: [] }
    };
}
function serializeRepositoryReport(report) {
    return JSON.stringify(report, null, 2) + '\n';
}


/***/ }),

/***/ 6670:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   Ef: () => (/* binding */ REDACTED_FORM),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   _I: () => (/* binding */ scrub),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export SECRET_PIECE */
const TAGS = ['sk-svcacct-', 'sk-service-', 'sk-admin-', 'sk-proj-', 'sk-None-'];
/** The display form of a key: its tag, two characters, an ellipsis and the last four (`sk-proj-Ab…9xQA`). */
function redact(key) {
    const tag = TAGS.find((t) => key.startsWith(t)) ?? (key.startsWith('sk-') ? 'sk-' : '');
    const body = key.slice(tag.length);
    if (body.length < 12)
        return `${tag}…`;
    return `${tag}${body.slice(0, 2)}…${body.slice(-4)}`;
}
/**
 * What redact() makes of a key: its tag, two characters, `…`, the last four. Anything longer in this field would
 * be key material that a forged report smuggles into a summary or an issue.
 */
const REDACTED_FORM = /^(?:sk-(?:svcacct-|service-|admin-|proj-|None-)?)?(?:[A-Za-z0-9_-]{2}…[A-Za-z0-9_-]{4}|…)$/;
/** SHA-256 of `text`, hex. node:crypto loads on the first call: a scan that finds nothing never pays for it. */
function sha256(text) {
    return process.getBuiltinModule('node:crypto').createHash('sha256').update(text, 'utf8').digest('hex');
}
/** SHA-256 of the key, hex: what baselines and allow-lists store instead of the key. */
function fingerprint(key) {
    return sha256(key);
}
const SECRET_LIKE = /sk-[A-Za-z0-9_-]{16,}|\bgh[pousr]_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/g;
/**
 * Any run of this many characters of a known secret is removed: enough to leave nothing usable (a GitHub token
 * has 36 random characters, a key 40 or more), short enough to catch a secret echoed without its `sk-` or `ghs_`
 * prefix, cut short, or wrapped.
 */
const SECRET_PIECE = 20;
/**
 * How many secrets are kept as pieces: the first few registered (the inputs) for the whole run, then the latest
 * ones (a key a rotation just created). A history scan may find thousands of keys; their shape already catches
 * them, and memory stays bounded.
 */
const PINNED = 8;
const MAX_PIECED = 64;
/**
 * The secrets this process knows (inputs, keys it found or created): kept here, not in a logger, because errors
 * and reports are scrubbed where no logger is at hand. A value shorter than a piece is kept whole. The pieces are
 * cut when a text is next scrubbed, not at each registration: a scan registers every key it finds, one after the
 * other, and only the last few matter.
 */
const known = {
    values: new Set(),
    /** Registered after the PINNED first ones, oldest first. */
    recent: [],
    short: new Set(),
    pieces: new Set(),
    run: /(?!)/gu,
    stale: false
};
const classChar = (c) => (/[\\\][^-]/.test(c) ? `\\${c}` : c);
/**
 * Makes `scrub` remove `value` and every piece of it from any text from now on. Wherever a secret is masked for
 * the runner (`core.setSecret`), it is registered here too.
 */
function registerSecret(value) {
    if (!value || known.values.has(value) || known.short.has(value))
        return;
    if (value.length < SECRET_PIECE) {
        known.short.add(value);
        return;
    }
    if (known.values.size >= PINNED)
        known.recent.push(value);
    if (known.recent.length > MAX_PIECED - PINNED)
        known.values.delete(known.recent.shift());
    known.values.add(value);
    known.stale = true;
}
/** Cuts every registered value into its pieces; only runs of characters that occur in a secret can hold one. */
function cutPieces() {
    known.pieces.clear();
    const alphabet = new Set();
    for (const value of known.values) {
        for (let i = 0; i + SECRET_PIECE <= value.length; i++)
            known.pieces.add(value.slice(i, i + SECRET_PIECE));
        for (const c of value)
            alphabet.add(c);
    }
    known.run = new RegExp(`[${[...alphabet].map(classChar).join('')}]{${SECRET_PIECE},}`, 'gu');
    known.stale = false;
}
/** Replaces every piece of a known secret inside `run` (overlapping pieces join) with `***`. */
function maskPieces(run) {
    const hidden = new Uint8Array(run.length);
    let any = false;
    for (let i = 0; i + SECRET_PIECE <= run.length; i++) {
        if (!known.pieces.has(run.slice(i, i + SECRET_PIECE)))
            continue;
        hidden.fill(1, i, i + SECRET_PIECE);
        any = true;
    }
    if (!any)
        return run;
    let out = '';
    for (let i = 0; i < run.length; i++) {
        if (!hidden[i])
            out += run[i];
        else if (!hidden[i - 1])
            out += '***';
    }
    return out;
}
/** Removes every registered secret: short ones whole, the others by their pieces (which cover the whole). */
function maskKnown(text) {
    let out = text;
    for (const value of known.short)
        if (out.includes(value))
            out = out.split(value).join('***');
    if (known.values.size === 0)
        return out;
    if (known.stale)
        cutPieces();
    return out.replace(known.run, maskPieces);
}
/**
 * Replaces anything that looks like an OpenAI key or a GitHub token with its redacted form, then removes every
 * secret this process knows, with or without its prefix, whole or in pieces. Every message that leaves the
 * program (errors above all) passes through here.
 */
function scrub(text) {
    return maskKnown(text.replace(SECRET_LIKE, (match) => (match.startsWith('sk-') ? redact(match) : `${match.slice(0, 4)}…`)));
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ZF: () => (/* binding */ liveNote)
/* harmony export */ });
/* unused harmony exports ANNOTATION_LIMIT, annotate */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9334);


/** GitHub shows at most 10 annotations of each level per step; the rest would be dropped silently. */
const ANNOTATION_LIMIT = 10;
/**
 * One annotation per finding, on the file and line: errors for findings that fail the check, warnings for the
 * others. Returns how many could not be annotated (they are listed in the job summary instead).
 */
function annotate(findings, failOn, logger) {
    let errors = 0;
    let warnings = 0;
    let left = 0;
    for (const finding of findings) {
        const failing = failsCheck(finding, failOn);
        if ((failing ? errors : warnings) >= ANNOTATION_LIMIT) {
            left++;
            continue;
        }
        const title = `${shapeTitle(finding.shape)}${failing ? '' : ' (already present before this change)'}`;
        const message = `${finding.redacted} ${finding.kind ? 'in the' : 'at'} ${place(finding)}${liveNote(finding)}. ${ROTATE_ADVICE}`;
        // The runner needs the path as it is to place the annotation; a key or secret in it is redacted all the same.
        // A message is in no file: its annotation stands on the workflow run, with the commit named in its text.
        const props = finding.kind
            ? { title }
            : { title, file: scrub(finding.path), startLine: finding.line, startColumn: finding.column };
        if (failing) {
            logger.error(message, props);
            errors++;
        }
        else {
            logger.warning(message, props);
            warnings++;
        }
    }
    return left;
}
function liveNote(finding) {
    switch (finding.live) {
        case 'live':
            return ' — OpenAI accepts this key: it is live';
        case 'restricted':
            return ' — the key is live (restricted permissions)';
        case 'invalid':
            return ' — OpenAI rejects this key (revoked or invalid)';
        case 'unknown':
            return ' — liveness could not be checked';
        default:
            return '';
    }
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ ROTATE_ADVICE),
/* harmony export */   EJ: () => (/* binding */ shapeTitle),
/* harmony export */   FT: () => (/* binding */ unreadableFails),
/* harmony export */   fe: () => (/* binding */ messageName),
/* harmony export */   ik: () => (/* binding */ place),
/* harmony export */   k2: () => (/* binding */ failsCheck),
/* harmony export */   rF: () => (/* binding */ SHAPE_NAMES),
/* harmony export */   u3: () => (/* binding */ unreadableWarning)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9166);

/** Whether a finding fails the check under the `fail-on` policy. */
function failsCheck(finding, failOn) {
    if (failOn === 'never')
        return false;
    return failOn === 'any' || finding.status === 'introduced';
}
const SHAPE_TITLES = {
    legacy: 'OpenAI API key (legacy user key)',
    'project-legacy': 'OpenAI project API key (2024 format)',
    project: 'OpenAI project API key',
    'service-account': 'OpenAI service account key',
    admin: 'OpenAI Admin API key (organisation-wide)',
    none: 'OpenAI API key (sk-None)',
    service: 'OpenAI service key',
    'openai-key': 'OpenAI API key'
};
/** Every shape name, for checking a name read from outside (an issue's state). */
const SHAPE_NAMES = Object.keys(SHAPE_TITLES);
function shapeTitle(shape) {
    return SHAPE_TITLES[shape];
}
/**
 * The message a finding is in, as people read it: "commit message of abc1234", "message of tag v1.0 (on
 * abc1234)", "note on abc1234"; undefined for a file. The tag's name is quoted and redacted like a path.
 */
function messageName(finding) {
    const short = finding.commit?.slice(0, 7) ?? '';
    switch (finding.kind) {
        case 'commit-message':
            return `commit message of ${short}`;
        case 'tag-message':
            return `message of tag ${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(finding.tag ?? '')}${short ? ` (on ${short})` : ''}`;
        case 'note':
            return `note on ${short}`;
        default:
            return undefined;
    }
}
/**
 * Where a finding is, as people read it: `path:line` plus the short commit when there is one, or the message and
 * its line. The path is quoted and redacted (quote.ts).
 */
function place(finding) {
    const message = messageName(finding);
    if (message)
        return `${message}, line ${finding.line}`;
    const at = `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(finding.path)}:${finding.line}`;
    return finding.commit ? `${at} (commit ${finding.commit.slice(0, 7)})` : at;
}
const ROTATE_ADVICE = 'Rotate this key now: removing the line does not un-leak it, the key stays in git history and in every clone.';
/** Whether what could not be read fails the check: a scan that could not see everything never passes. */
function unreadableFails(unreadable, failOn) {
    return failOn !== 'never' && (unreadable?.objects ?? 0) > 0;
}
/** How many paths the unreadable-objects warning names; the rest are counted. */
const UNREADABLE_NAMED = 5;
/** The one warning for git objects that could not be read: how many, the first paths, then what to do. */
function unreadableWarning(unreadable) {
    const { objects, paths, reasons } = unreadable;
    const named = paths
        .slice(0, UNREADABLE_NAMED)
        .map((p) => (reasons?.[p] ? `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(p)} (${reasons[p]})` : (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .displayPath */ .Gt)(p)))
        .join(', ');
    const more = paths.length > UNREADABLE_NAMED ? ` and ${paths.length - UNREADABLE_NAMED} more` : '';
    if (unreadable.files) {
        return (`${objects === 1 ? '1 file' : `${objects} files`} could not be read and ${objects === 1 ? 'was' : 'were'} ` +
            `not scanned${named ? `: ${named}${more}` : ''}. Make them readable regular files; everything else was scanned.`);
    }
    const what = objects === 1 ? '1 git object' : `${objects} git objects`;
    return (`${what} could not be read (a partial or damaged clone) and ${objects === 1 ? 'was' : 'were'} not scanned` +
        `${named ? `: ${named}${more}` : ''}. ` +
        'Fetch the missing objects (clone again without --filter) or find the damage with git fsck; ' +
        'everything else was scanned.');
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9166);
// Untrusted text (paths, `reason`, ids from a state variable, messages from an API) in the job summary, issue
// bodies and SARIF. GitHub renders all three as GitHub Flavored Markdown with some HTML: a backtick can close a
// code span, a path can be a heading, an image, a link or an @mention, and a `|` or a line break splits a table
// row. Every such value goes through here.

/**
 * A code span that nothing inside can close: the fence is one backtick longer than the longest run inside
 * (CommonMark: a span ends only at a run of exactly its fence's length). Inside a span, markdown, HTML, links and
 * mentions are not interpreted. Control characters are escaped first, so the span stays on its line; a space
 * pads a value that starts or ends with a backtick (CommonMark strips one space on each side).
 */
function code(value) {
    const text = (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(value);
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '|': '&#124;'
};
/**
 * Plain text that reads as itself: HTML characters and `|` as entities (no tag, no table split), a backslash
 * before each character that opens a code span, emphasis, a link or an image (`[`, `!`, `` ` ``, `*`, …), and `@`
 * followed by a word joiner, so it mentions no one (GitHub finds mentions in the rendered text, where an entity is
 * an `@` again). Control characters are escaped, so the text stays on its line. `.`, `:`, `/`, `-` and `_` are
 * left as they are, so URLs in messages stay links: inside a line they make at most an emphasis.
 */
function text(value) {
    return (0,_quote_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g$)(value)
        .replace(/[\\`*{}[\]()#+!~]/g, '\\$&')
        .replace(/[&<>"|]/g, (c) => ENTITIES[c])
        .replace(/@/g, '@\u2060');
}
/**
 * A table cell: the finished markdown of one cell, with every `|` escaped. GFM splits a row at a `|` unless a
 * backslash stands right before it, inside code spans too (cmark-gfm's `table_cell` scanner), and removes that
 * backslash before rendering the cell.
 */
function cell(markdown) {
    return markdown.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 9166:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/* unused harmony export quotePath */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);

// How paths and messages are printed on a terminal or in a workflow log. A repository names its files: a name can
// hold an escape sequence (it would drive the terminal) or a line break followed by `::add-mask::…` (it would be a
// workflow command when the CLI runs in a `run:` step). Printed text is escaped the way git quotes paths
// (quote_c_style): `\n`, `\t`, `\"`, `\\`, other bytes in octal (`\033`), the whole path in double quotes.
const NAMED = {
    '\x07': '\\a',
    '\b': '\\b',
    '\t': '\\t',
    '\n': '\\n',
    '\v': '\\v',
    '\f': '\\f',
    '\r': '\\r',
    '"': '\\"',
    '\\': '\\\\'
};
/**
 * Characters no one should see raw: C0 and C1 controls and DEL (terminal escapes, line breaks), line and
 * paragraph separators, and the bidirectional overrides that make a name read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
/**
 * A byte of a name that is not UTF-8, kept as a lone surrogate (paths.ts). The u flag: the low half of a real
 * surrogate pair is part of a character and never matches.
 */
const STRAY_BYTE = /[\udc80-\udcff]/u;
const STRAY_BYTES = /[\udc80-\udcff]/gu;
const strayOctal = (c) => `\\${(c.charCodeAt(0) - 0xdc00).toString(8)}`;
const octal = (c) => [...Buffer.from(c, 'utf8')].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
const escapeChar = (c) => NAMED[c] ?? octal(c);
/**
 * The runner's legacy command syntax `##[name]data` works anywhere in a line, not only at its start; breaking the
 * `##[` (as `#\043[`, what git's octal escape of `#` reads as) keeps a name from carrying one.
 */
const breakLegacy = (text) => text.replace(/##\[/g, '#\\043[');
/**
 * A path as git prints it with core.quotePath=false: as is when it is plain, else in double quotes with C escapes.
 * Unlike git, also quotes separators, bidirectional overrides and `##[`.
 */
function quotePath(path) {
    if (!UNSAFE.test(path) && !STRAY_BYTE.test(path) && !/["\\]/.test(path) && !path.includes('##['))
        return path;
    const escaped = path.replace(/["\\]/g, escapeChar).replace(UNSAFE_ALL, escapeChar);
    return `"${breakLegacy(escaped.replace(STRAY_BYTES, strayOctal))}"`;
}
/** A path as every report shows it: quoted as above, and any key or known secret in it redacted. */
function displayPath(path) {
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(quotePath(path));
}
/**
 * One line of a message, safe to print: control characters escaped (so nothing after it starts a new line), no
 * `##[`, and no `::` at its start (the runner reads `::name::data` there, after any leading spaces).
 */
function printable(text) {
    const line = breakLegacy(text.replace(UNSAFE_ALL, escapeChar).replace(STRAY_BYTES, strayOctal));
    return /^\s*::/.test(line) ? line.replace('::', ':\\072') : line;
}


/***/ }),

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ toSarif)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4285);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9334);



const ruleId = (shape) => `openai-key-guard/${shape}`;
/** SARIF logical location kinds for messages (SARIF 2.1.0 §3.33.7 allows kinds beyond its list). */
const LOGICAL_KINDS = {
    'commit-message': 'commitMessage',
    'tag-message': 'tagMessage',
    note: 'note'
};
/**
 * Where a result is: a file and region, or for a message a logical location (no file holds it) named by the tag
 * or the commit, with the commit's full id as its qualified name.
 */
function location(f) {
    if (!f.kind) {
        return {
            physicalLocation: {
                artifactLocation: { uri: uriOf(f.path) },
                region: { startLine: f.line, startColumn: f.column }
            }
        };
    }
    const name = f.kind === 'tag-message' && f.tag !== undefined ? (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(f.tag) : (f.commit ?? '');
    return {
        logicalLocations: [
            {
                kind: LOGICAL_KINDS[f.kind],
                name,
                fullyQualifiedName: `${f.kind}:${name}${f.commit && f.commit !== name ? `@${f.commit}` : ''}`
            }
        ]
    };
}
/** " in commit abc1234", or " in the commit message of abc1234, line 2", a tag's name escaped as markdown text. */
function where(f) {
    const message = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .messageName */ .fe)(f);
    if (message)
        return ` in the ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(message)}, line ${f.line}`;
    return f.commit ? ` in commit ${f.commit.slice(0, 7)}` : '';
}
/**
 * A SARIF 2.1.0 log for github/codeql-action/upload-sarif. `partialFingerprints` hash the key's fingerprint with
 * its path, so code scanning keeps one alert per key and file across runs, wherever the line moves.
 */
function toSarif(findings, failOn, version, unreadable = { objects: 0, paths: [] }) {
    const shapes = [...new Set(findings.map((f) => f.shape))].sort();
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'openai-key-guard',
                        semanticVersion: version,
                        informationUri: 'https://github.com/openai-key-guard/openai-key-guard',
                        rules: shapes.map((shape) => ({
                            id: ruleId(shape),
                            name: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeTitle */ .EJ)(shape).replace(/[^A-Za-z]+/g, ''),
                            shortDescription: { text: `${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeTitle */ .EJ)(shape)} committed to the repository` },
                            fullDescription: { text: _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .ROTATE_ADVICE */ .B5 },
                            help: { text: _findings_js__WEBPACK_IMPORTED_MODULE_2__/* .ROTATE_ADVICE */ .B5 },
                            defaultConfiguration: { level: 'error' },
                            properties: {
                                tags: ['security', 'secret'],
                                'security-severity': shape === 'admin' ? '10.0' : '9.0'
                            }
                        }))
                    }
                },
                invocations: [invocation(unreadable, failOn)],
                results: findings.map((f) => ({
                    ruleId: ruleId(f.shape),
                    level: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failsCheck */ .k2)(f, failOn) ? 'error' : 'warning',
                    message: { text: `${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeTitle */ .EJ)(f.shape)} ${f.redacted}${where(f)}. ${_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .ROTATE_ADVICE */ .B5}` },
                    locations: [location(f)],
                    partialFingerprints: {
                        'openaiKeyGuard/v1': (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256 */ .sc)(f.kind
                            ? `${f.fingerprint}:${f.kind}:${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(f.tag ?? f.commit ?? '')}`
                            : `${f.fingerprint}:${(0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(f.path)}`)
                    },
                    properties: {
                        status: f.status,
                        encoding: f.encoding,
                        ...(f.kind ? { kind: f.kind, line: f.line, column: f.column } : {}),
                        ...(f.commit ? { commit: f.commit } : {}),
                        ...(f.live ? { live: f.live } : {})
                    }
                }))
            }
        ]
    };
}
/** A path as a URI: each segment percent-encoded, a byte that is not UTF-8 (paths.ts) as itself. */
const uriOf = (path) => (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(path)
    .split('/')
    .map((segment) => segment.replace(/[\udc80-\udcff]|[^\udc80-\udcff]+/gu, (part) => /^[\udc80-\udcff]$/u.test(part)
    ? `%${(part.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`
    : encodeURIComponent(part)))
    .join('/');
/**
 * What SARIF calls the run's execution: whatever could not be read is a tool execution notification (SARIF
 * 2.1.0 §3.20.21), an error when it fails the check, and the run did not succeed (§3.20.14).
 */
function invocation(unreadable, failOn) {
    const level = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableFails */ .FT)(unreadable, failOn) ? 'error' : 'warning';
    const notification = (text, path) => ({
        descriptor: { id: 'openai-key-guard/not-scanned' },
        level,
        message: { text: `Not scanned: ${text}.` },
        ...(path === undefined
            ? {}
            : { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(path) } } }] })
    });
    const { objects, paths, reasons } = unreadable;
    return {
        executionSuccessful: objects === 0,
        toolExecutionNotifications: paths.length === 0 && objects > 0
            ? [notification(`${objects} git objects could not be read`)]
            : paths.map((path) => notification(`${path} could not be read (${reasons?.[path] ?? 'unreadable'})`, path))
    };
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   sV: () => (/* binding */ findingsForJson)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6670);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(856);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9334);
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9166);




/**
 * The CLI's human output: one line per finding, then a verdict, then `notes` (what was done about the leaks).
 * Paths are quoted as git quotes them and every line is printable (quote.ts): the CLI may run in a workflow step,
 * where a line is a workflow command, or on a terminal.
 */
function renderText(findings, failOn, scanned, notes = [], unreadable) {
    const lines = findings.map((f) => {
        const mark = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failsCheck */ .k2)(f, failOn) ? 'LEAK' : 'warn';
        const commit = f.commit ? ` (commit ${f.commit.slice(0, 7)})` : '';
        const message = (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .messageName */ .fe)(f);
        const where = message
            ? `${message}:${f.line}:${f.column}`
            : `${(0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(f.path)}:${f.line}:${f.column}${commit}`;
        return `${mark}  ${where}  ${f.redacted}  ${(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .shapeTitle */ .EJ)(f.shape)}${(0,_annotations_js__WEBPACK_IMPORTED_MODULE_1__/* .liveNote */ .ZF)(f)}`;
    });
    const failing = findings.filter((f) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failsCheck */ .k2)(f, failOn)).length;
    const blind = unreadable?.objects ?? 0;
    // The warning on stderr names them; the report only counts them, so that nothing is said twice.
    const partly = blind > 0 ? `, but ${blind} file(s) or object(s) were not scanned (see the warning)` : '';
    lines.push(findings.length === 0
        ? `No OpenAI keys found in ${scanned}${partly}.`
        : `${failing} leaked key(s) fail the check, ${findings.length} finding(s) in ${scanned}${partly}. ` +
            'Rotate every leaked key: removing it from the file does not un-leak it.', ...notes);
    return lines.map((line) => (0,_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .printable */ .g$)((0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(line))).join('\n') + '\n';
}
/** Findings as JSON outputs carry them: a key or secret inside a path or a tag's name is redacted there too. */
function findingsForJson(findings) {
    return findings.map(({ path, ...f }) => {
        if (!f.kind)
            return { ...f, path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(path) };
        return f.tag === undefined ? f : { ...f, tag: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(f.tag) };
    });
}
/** The JSON report; also the format `baseline` reads back. */
function renderJson(findings, failOn, scanned, version, unreadable = { objects: 0, paths: [] }) {
    const leaks = findings.filter((f) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failsCheck */ .k2)(f, failOn)).length;
    const notScanned = {
        count: unreadable.objects,
        failsCheck: (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableFails */ .FT)(unreadable, failOn),
        paths: unreadable.paths.map((path) => ({
            path: (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .scrub */ ._I)(path),
            ...(unreadable.reasons?.[path] ? { reason: unreadable.reasons[path] } : {})
        }))
    };
    return (JSON.stringify({ tool: 'openai-key-guard', version, scanned, leaks, notScanned, findings: findingsForJson(findings) }, null, 2) + '\n');
}


/***/ }),

/***/ 8747:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sj: () => (/* binding */ MAX_GLOBS_LENGTH),
/* harmony export */   XC: () => (/* binding */ GlobMatcher),
/* harmony export */   kZ: () => (/* binding */ pathMatcher)
/* harmony export */ });
/* unused harmony exports MAX_GLOB_LENGTH, parseGlob */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
// Path globs for `allow.paths`, matched in time linear in the path. A config comes from the repository, so a
// glob is hostile input: backtracking matchers (a glob turned into a regular expression) take exponential time
// on globs like `*a*a*a*a*a*b`. Here a glob becomes a small automaton (Thompson's construction) and a path is
// run through all its states at once: the work is at most (states) × (characters + 1), whatever the glob.

/** Longest glob, and longest list of globs in characters: they bound the automaton, hence the work per path. */
const MAX_GLOB_LENGTH = 1024;
const MAX_GLOBS_LENGTH = 4096;
const ACCEPT = 0;
const notSlash = (char) => char !== '/';
const anyChar = () => true;
const literal = (c) => ({ kind: 'char', test: (char) => char === c });
const star = (body) => ({ kind: 'repeat', body, min: 0 });
const seq = (...items) => ({ kind: 'seq', items });
/** One compiled glob, or several matched as one (any of them). */
class GlobMatcher {
    states;
    start;
    seen;
    generation = 0;
    visits = 0;
    constructor(root) {
        this.states = [{ next: [] }]; // ACCEPT
        this.start = this.compile(root, ACCEPT);
        this.seen = new Int32Array(this.states.length);
    }
    /**
     * Parses the globs (any one matching is a match); a ConfigurationError says which glob to fix and how, naming
     * the setting the globs come from (`what`).
     */
    static of(globs, what = 'allow.paths') {
        return new GlobMatcher({ kind: 'alt', options: globs.map((glob) => parseGlob(glob, what)) });
    }
    get size() {
        return this.states.length;
    }
    match(path) {
        this.visits = 0;
        let current = this.closure([this.start]);
        for (const char of path) {
            const reached = [];
            for (const id of current) {
                const state = this.states[id];
                if (state.test?.(char) === true)
                    reached.push(state.next[0]);
            }
            current = this.closure(reached);
            if (current.length === 0)
                break;
        }
        return { matched: current.includes(ACCEPT), steps: this.visits };
    }
    matches(path) {
        return this.match(path).matched;
    }
    /** Every state reachable from `from` without reading, each once. */
    closure(from) {
        const generation = ++this.generation;
        const out = [];
        const stack = [...from];
        while (stack.length > 0) {
            const id = stack.pop();
            if (this.seen[id] === generation)
                continue;
            this.seen[id] = generation;
            this.visits++;
            const state = this.states[id];
            if (state.test || id === ACCEPT)
                out.push(id);
            else
                stack.push(...state.next);
        }
        return out;
    }
    /** Builds `node` so that it continues to state `next`; returns its entry state. */
    compile(node, next) {
        switch (node.kind) {
            case 'char':
                return this.add({ test: node.test, next: [next] });
            case 'seq':
                return node.items.reduceRight((to, item) => this.compile(item, to), next);
            case 'alt':
                return this.add({ next: node.options.map((option) => this.compile(option, next)) });
            case 'optional':
                return this.add({ next: [this.compile(node.body, next), next] });
            case 'repeat': {
                const loop = this.add({ next: [] });
                const body = this.compile(node.body, loop);
                this.states[loop].next = [body, next];
                return node.min === 0 ? loop : body;
            }
        }
    }
    add(state) {
        this.states.push(state);
        return this.states.length - 1;
    }
}
/**
 * The path allow-list: `!glob` entries match what their glob does not (picomatch's meaning, kept for configs
 * written for it). Globs past the size limits are refused with the line to fix.
 */
function pathMatcher(globs) {
    const total = globs.reduce((sum, glob) => sum + glob.length, 0);
    if (total > MAX_GLOBS_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`allow.paths: the globs hold ${total} characters together; at most ${MAX_GLOBS_LENGTH}. List directories (dir/**) rather than files.`);
    }
    const negated = (glob) => glob.startsWith('!') && !glob.startsWith('!(');
    const positive = GlobMatcher.of(globs.filter((glob) => !negated(glob)));
    const negatives = globs.filter(negated).map((glob) => GlobMatcher.of([glob.slice(1)]));
    const memo = new Map();
    return (path) => {
        let allowed = memo.get(path);
        if (allowed === undefined) {
            allowed = positive.matches(path) || negatives.some((glob) => !glob.matches(path));
            memo.set(path, allowed);
        }
        return allowed;
    };
}
/**
 * Glob syntax: `*` (any characters but `/`), `**` as a whole segment (any number of directories; `dir/**` also
 * matches `dir`), `?`, `[abc]` `[a-z]` `[!a]` `[^a]`, `{a,b}` (nested, may hold `/`), the extglobs `@(a|b)`
 * `?(…)` `*(…)` `+(…)`, and `\` to escape. A leading `./` is dropped. Not supported, and refused: `!(…)`.
 */
function parseGlob(glob, what = 'allow.paths') {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what}: the glob ${quoted(glob)} is ${glob.length} characters long; at most ${MAX_GLOB_LENGTH}.`);
    }
    const text = glob.startsWith('./') ? glob.slice(2) : glob;
    return new GlobParser(glob, text, what).parse();
}
function quoted(glob) {
    return JSON.stringify(glob.length > 60 ? `${glob.slice(0, 60)}…` : glob);
}
const EXTGLOB = '*?+@!';
class GlobParser {
    at = 0;
    /** For each `{` and extglob `(`: where its group closes; for `{`, whether it holds a `,` of its own. */
    closing = new Map();
    hasComma = new Set();
    glob;
    text;
    what;
    constructor(glob, text, what) {
        this.glob = glob;
        this.text = text;
        this.what = what;
        this.pairGroups();
    }
    parse() {
        return seq(...this.sequence(''));
    }
    /** Pairs brackets in one pass, so that parsing never retries a group: linear in the glob. */
    pairGroups() {
        const open = [];
        const text = this.text;
        for (let i = 0; i < text.length; i++) {
            const c = text[i];
            if (c === '\\')
                i++;
            else if (c === '{' || (c === '(' && i > 0 && EXTGLOB.includes(text[i - 1])))
                open.push(i);
            else if (c === ',' && open.length > 0 && text[open.at(-1)] === '{') {
                this.hasComma.add(open.at(-1));
            }
            else if ((c === '}' || c === ')') && open.length > 0) {
                const from = open.at(-1);
                if ((text[from] === '{') === (c === '}'))
                    this.closing.set(open.pop(), i);
            }
        }
    }
    /** Items up to the end of the glob or one of `stops` (not consumed). */
    sequence(stops) {
        const items = [];
        const text = this.text;
        while (this.at < text.length && !stops.includes(text[this.at])) {
            const c = text[this.at];
            const next = text[this.at + 1];
            if (c === '\\') {
                items.push(literal(next ?? '\\'));
                this.at += next === undefined ? 1 : 2;
            }
            else if (EXTGLOB.includes(c) && next === '(' && this.closing.has(this.at + 1)) {
                items.push(this.extglob(c));
            }
            else if (c === '*') {
                this.starOrGlobstar(items);
            }
            else if (c === '?') {
                items.push({ kind: 'char', test: notSlash });
                this.at++;
            }
            else if (c === '[') {
                items.push(this.bracket());
            }
            else if (c === '{' && this.closing.has(this.at) && this.hasComma.has(this.at)) {
                items.push(this.braces());
            }
            else {
                items.push(literal(c));
                this.at++;
            }
        }
        return items;
    }
    starOrGlobstar(items) {
        const text = this.text;
        const from = this.at;
        while (text[this.at] === '*')
            this.at++;
        const before = from === 0 ? '' : text[from - 1];
        const after = text[this.at];
        const wholeSegment = this.at - from >= 2 && (from === 0 || '/{,|('.includes(before));
        if (wholeSegment && after === '/') {
            // `**/`: any number of directories, none included.
            this.at++;
            items.push(star(seq(star({ kind: 'char', test: notSlash }), literal('/'))));
        }
        else if (wholeSegment && (after === undefined || '},|)'.includes(after))) {
            const last = items.at(-1);
            if (after === undefined && before === '/' && last) {
                // `dir/**` matches `dir` itself too.
                items.pop();
                items.push({ kind: 'optional', body: seq(last, star({ kind: 'char', test: anyChar })) });
            }
            else {
                items.push(star({ kind: 'char', test: anyChar }));
            }
        }
        else {
            items.push(star({ kind: 'char', test: notSlash }));
        }
    }
    bracket() {
        const text = this.text;
        let i = this.at + 1;
        const negate = text[i] === '!' || text[i] === '^';
        if (negate)
            i++;
        const ranges = [];
        let first = true;
        for (; i < text.length && (first || text[i] !== ']'); first = false) {
            let low = text[i];
            if (low === '\\' && i + 1 < text.length)
                low = text[++i];
            i++;
            if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ']') {
                let high = text[i + 1];
                i += 2;
                if (high === '\\' && i < text.length)
                    high = text[i++];
                ranges.push([low, high]);
            }
            else {
                ranges.push([low, low]);
            }
        }
        if (i >= text.length) {
            // No closing `]`: a literal `[`.
            this.at++;
            return literal('[');
        }
        this.at = i + 1;
        const inClass = (char) => ranges.some(([low, high]) => char >= low && char <= high);
        return { kind: 'char', test: (char) => char !== '/' && inClass(char) !== negate };
    }
    braces() {
        const end = this.closing.get(this.at);
        this.at++;
        const options = [];
        for (;;) {
            options.push(seq(...this.sequence(',}')));
            if (this.at >= end)
                break;
            this.at++; // the `,`
        }
        this.at = end + 1;
        return { kind: 'alt', options };
    }
    extglob(kind) {
        if (kind === '!') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${this.what}: the glob ${quoted(this.glob)} uses !(…), which is not supported; list what to allow.`);
        }
        const end = this.closing.get(this.at + 1);
        this.at += 2;
        const options = [];
        for (;;) {
            options.push(seq(...this.sequence('|)')));
            if (this.at >= end)
                break;
            this.at++; // the `|`
        }
        this.at = end + 1;
        const body = { kind: 'alt', options };
        if (kind === '?')
            return { kind: 'optional', body };
        if (kind === '*')
            return { kind: 'repeat', body, min: 0 };
        if (kind === '+')
            return { kind: 'repeat', body, min: 1 };
        return body;
    }
}


/***/ }),

/***/ 5326:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  KG: () => (/* binding */ DETECTOR_VERSION),
  Ck: () => (/* binding */ loadRecord),
  n9: () => (/* binding */ objectFormat),
  $h: () => (/* binding */ replayedHits),
  hi: () => (/* binding */ saveRecord),
  yt: () => (/* binding */ unrecorded)
});

// UNUSED EXPORTS: MAX_RECORD_BYTES, ObjectRecord, skipRecorded

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/scan/types.ts
var types = __nccwpck_require__(1184);
;// CONCATENATED MODULE: ./src/scan/record.ts
// The incremental record: the ids of the objects a history scan has read and found clean, so that the next scan
// of the same repository reads only what is new. Git objects are content-addressed: an id names one content for
// ever, so "clean under this detector" stays true of it, whatever branch or repository it turns up in again.
//
// What is recorded: blobs and commits (their messages) that were read and had no detector hit at all, and apart
// from them the objects that had hits, each with what the detector found there: everything a finding carries but
// the key (shape, encoding, line, column, redacted form, fingerprint) and whether the key's line allows it inline
// (a fact of the object's own content, like the hit itself, so it never goes stale). Such an object is not read
// again: its hits are replayed, and the history scan places them at the commits and paths that hold the object
// today, as it does for a blob it read. Allow rules from the config and the baseline play no part (a changed
// config never invalidates the record; rules are applied to replayed hits as to read ones). An object that could
// not be read is never recorded and so is read again every time. Annotated tags are few and always read: a tag's
// message is what leads to the tag it names, which a recorded outer tag would hide.
//
// The file: one header line, then the raw clean ids, sorted, without separators, then one text line per hit:
//   openai-key-guard-record 2 detector=<DETECTOR_VERSION> hash=<sha1|sha256> count=<n> hits=<m> sha256=<hex>\n
//   <id hex> <author date|-> <shape> <encoding> <line> <column> <inline 0|1> <fingerprint> <redacted>\n
// The checksum covers everything after the header; hit lines are sorted by id, an object's lines side by side.
// The author date is a commit's (its message hits become findings dated so); `-` for a blob.
// Raw ids in one Buffer cost 20 bytes each (32 in a sha256 repository): a million objects take 20 MB on disk and
// in memory, where a Set of hex strings would take several times that. Lookups index the first two bytes and
// search the rest of their run; the listing of a repository is filtered at that cost, beside git's own work.
//
// The file comes back from a cache, so it is read as hostile: no link is followed, the size is capped, the header
// parsed strictly, the ids checked against the header's count and hash and for their order. Whatever does not
// pass is one line and a full rescan; a record never makes a scan skip what it would not have found clean.







/**
 * The version of what decides that an object is clean: bump it with any change to the detector that can find
 * more (src/scan/detector.ts, src/scan/patterns.ts, src/scan/sources/chunks.ts), and every record made before is
 * read as another version's, so the next scan reads everything again. test/scan/record.test.ts pins a hash of
 * those files to this value, so a change to them fails until it is bumped (or the hash updated, when the change
 * cannot change what is found).
 */
const DETECTOR_VERSION = '2';
const MAGIC = 'openai-key-guard-record';
const FORMAT = 2;
/** Far above the largest public histories (tens of millions of objects), far below a runner's memory. */
const MAX_RECORD_BYTES = 512 * 1024 * 1024;
/** A header is about 150 bytes: a longer first line is not one. */
const MAX_HEADER_BYTES = 512;
const HEADER = new RegExp(`^${MAGIC} 2 detector=([A-Za-z0-9._-]{1,64}) hash=(sha1|sha256) count=(0|[1-9][0-9]{0,9}) ` +
    `hits=(0|[1-9][0-9]{0,9}) sha256=([0-9a-f]{64})$`);
const DATE = '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})';
const HIT_LINE = new RegExp(`^([0-9a-f]{40}|[0-9a-f]{64}) (-|${DATE}) (${types/* SHAPE_NAMES */.r.join('|')}) (${types/* ENCODINGS */.J.join('|')}) ` +
    `([1-9][0-9]{0,9}) ([1-9][0-9]{0,9}) ([01]) ([0-9a-f]{64}) (${redact/* REDACTED_FORM */.Ef.source.slice(1, -1)})$`);
/** The hits of a recorded object as the scan's own: the key is not known (empty), its facts are. */
function replayedHits(entry) {
    return entry.hits.map(({ shape, encoding, line, column, inlineAllowed, fingerprint, redacted }) => ({
        hit: { key: '', shape, encoding, line, column },
        inlineAllowed,
        known: { fingerprint, redacted }
    }));
}
function hitLine(oid, entry, h) {
    return (`${oid} ${entry.authorDate ?? '-'} ${h.shape} ${h.encoding} ${h.line} ${h.column} ` +
        `${h.inlineAllowed ? 1 : 0} ${h.fingerprint} ${h.redacted}\n`);
}
const WIDTH = { sha1: 20, sha256: 32 };
const BUCKETS = 65536;
/** The value of a lowercase hex digit (git prints ids so), or -1. */
function hexDigit(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 97 && c <= 102)
        return c - 87;
    return -1;
}
/** Decodes `width` bytes of hex at `at` into `into`; false when they are not hex. */
function decodeHex(from, at, width, into) {
    if (at + 2 * width > from.length)
        return false;
    for (let i = 0; i < width; i++) {
        const hi = hexDigit(from[at + 2 * i]);
        const lo = hexDigit(from[at + 2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        into[i] = (hi << 4) | lo;
    }
    return true;
}
/** Compares the id at `a` of `x` with the id at `b` of `y`, from byte `from` on. */
function compareIds(x, a, y, b, width, from = 0) {
    for (let i = from; i < width; i++) {
        const d = x[a + i] - y[b + i];
        if (d !== 0)
            return d;
    }
    return 0;
}
/** Sorts `count` ids of `width` bytes: by their first two bytes, then within each run. */
function sortIds(ids, count, width) {
    const starts = new Uint32Array(BUCKETS + 1);
    for (let i = 0; i < count; i++)
        starts[((ids[i * width] << 8) | ids[i * width + 1]) + 1]++;
    for (let b = 0; b < BUCKETS; b++)
        starts[b + 1] += starts[b];
    const next = starts.slice(0, BUCKETS);
    const sorted = Buffer.allocUnsafe(count * width);
    for (let i = 0; i < count; i++) {
        const b = (ids[i * width] << 8) | ids[i * width + 1];
        ids.copy(sorted, next[b]++ * width, i * width, (i + 1) * width);
    }
    for (let b = 0; b < BUCKETS; b++) {
        const [start, end] = [starts[b], starts[b + 1]];
        if (end - start < 2)
            continue;
        // Ids are hashes, so runs are short; one made long on purpose still sorts in n log n.
        const order = Array.from({ length: end - start }, (_, i) => start + i);
        order.sort((p, q) => compareIds(sorted, p * width, sorted, q * width, width, 2));
        const run = Buffer.allocUnsafe((end - start) * width);
        order.forEach((index, i) => sorted.copy(run, i * width, index * width, (index + 1) * width));
        run.copy(sorted, start * width);
    }
    return sorted;
}
/** Ids recorded by an earlier scan (sorted) and ids found clean by this one; written back by saveRecord. */
class ObjectRecord {
    format;
    width;
    ids;
    count;
    /** Where the ids of each two-byte prefix start: lookups search only their run. */
    starts;
    /** The recorded ids this scan listed again: only those are written back, so gone objects drop out. */
    listed;
    added;
    addedCount = 0;
    probe;
    /** The objects with hits, by id in hex, as loaded; and those to write back (listed again, or new). */
    hitObjects;
    keptHits = new Map();
    /** `ids` must be sorted, without repeats (loadRecord checks a file's). */
    constructor(format, ids = Buffer.alloc(0), hitObjects = new Map()) {
        this.hitObjects = hitObjects;
        this.format = format;
        this.width = WIDTH[format];
        this.ids = ids;
        this.count = ids.length / this.width;
        this.starts = new Uint32Array(BUCKETS + 1);
        for (let i = 0; i < this.count; i++)
            this.starts[this.bucket(ids, i * this.width) + 1]++;
        for (let b = 0; b < BUCKETS; b++)
            this.starts[b + 1] += this.starts[b];
        this.listed = new Uint8Array(this.count);
        this.added = Buffer.allocUnsafe(1024 * this.width);
        this.probe = Buffer.alloc(this.width);
    }
    /** How many ids the record held when loaded. */
    get size() {
        return this.count;
    }
    /**
     * Whether the line from `at` to `lineEnd` of `bytes` starts with a recorded id in hex (alone, or followed by a
     * space); a listed id is marked to be kept.
     */
    hasHexAt(bytes, at, lineEnd = bytes.length) {
        const w = this.width;
        const end = at + 2 * w;
        if (this.count === 0 || end > lineEnd || (end < lineEnd && bytes[end] !== 0x20))
            return false;
        if (!decodeHex(bytes, at, w, this.probe))
            return false;
        let low = this.starts[this.bucket(this.probe, 0)];
        let high = this.starts[this.bucket(this.probe, 0) + 1];
        while (low < high) {
            const mid = (low + high) >>> 1;
            const d = compareIds(this.ids, mid * w, this.probe, 0, w, 2);
            if (d === 0) {
                this.listed[mid] = 1;
                return true;
            }
            if (d < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return false;
    }
    has(oid) {
        return this.hasHexAt(Buffer.from(oid, 'latin1'), 0);
    }
    /** An object read whole, with no hit at all. Anything but a full id of this repository's kind is not kept. */
    add(oid) {
        if (oid.length !== 2 * this.width || !/^[0-9a-f]+$/.test(oid))
            return;
        if ((this.addedCount + 1) * this.width > this.added.length) {
            const larger = Buffer.allocUnsafe(this.added.length * 2);
            this.added.copy(larger, 0, 0, this.addedCount * this.width);
            this.added = larger;
        }
        this.added.write(oid, this.addedCount++ * this.width, 'hex');
    }
    /** How many objects with hits the record held when loaded. */
    get hitCount() {
        return this.hitObjects.size;
    }
    /**
     * The recorded hits of the object whose id in hex starts the line from `at` to `lineEnd` (alone, or followed by
     * a space); a listed one is kept to be written back.
     */
    hitsAt(bytes, at, lineEnd = bytes.length) {
        const end = at + 2 * this.width;
        if (this.hitObjects.size === 0 || end > lineEnd || (end < lineEnd && bytes[end] !== 0x20))
            return undefined;
        const oid = bytes.toString('latin1', at, end);
        const entry = this.hitObjects.get(oid);
        if (!entry)
            return undefined;
        this.keptHits.set(oid, entry);
        return { oid, entry };
    }
    /**
     * An object read whole, with hits: kept with what was found, never the key. A hit the format cannot hold (an
     * author date of another form) leaves the object out: it is read again next time, which is always correct.
     */
    addHits(oid, found, authorDate) {
        if (oid.length !== 2 * this.width || !/^[0-9a-f]+$/.test(oid) || found.length === 0)
            return;
        const entry = {
            hits: found.map(({ hit, inlineAllowed, known }) => ({
                shape: hit.shape,
                encoding: hit.encoding,
                line: hit.line,
                column: hit.column,
                inlineAllowed,
                fingerprint: known?.fingerprint ?? (0,redact/* fingerprint */.Rj)(hit.key),
                redacted: known?.redacted ?? (0,redact/* redact */.E$)(hit.key)
            })),
            ...(authorDate ? { authorDate } : {})
        };
        if (entry.hits.every((h) => HIT_LINE.test(hitLine(oid, entry, h).slice(0, -1))))
            this.keptHits.set(oid, entry);
    }
    /** The hit lines to write: the objects listed again and the new ones, sorted by id. */
    hitsToWrite() {
        const lines = [];
        for (const oid of [...this.keptHits.keys()].sort()) {
            const entry = this.keptHits.get(oid);
            for (const h of entry.hits)
                lines.push(hitLine(oid, entry, h));
        }
        return { text: Buffer.from(lines.join(''), 'utf8'), count: lines.length };
    }
    /** The ids to write: the recorded ones listed again, and the new ones, sorted, each once. */
    toWrite() {
        const w = this.width;
        const fresh = sortIds(this.added, this.addedCount, w);
        const out = Buffer.allocUnsafe((this.count + this.addedCount) * w);
        let [i, j, n] = [0, 0, 0];
        const put = (from, at) => {
            if (n > 0 && compareIds(out, (n - 1) * w, from, at, w) === 0)
                return;
            from.copy(out, n++ * w, at, at + w);
        };
        while (i < this.count || j < this.addedCount) {
            if (i < this.count && !this.listed[i]) {
                i++;
                continue;
            }
            const takeOld = j >= this.addedCount || (i < this.count && compareIds(this.ids, i * w, fresh, j * w, w) <= 0);
            if (takeOld)
                put(this.ids, i++ * w);
            else
                put(fresh, j++ * w);
        }
        return out.subarray(0, n * w);
    }
    bucket(ids, at) {
        return (ids[at] << 8) | ids[at + 1];
    }
}
/** A line of `rev-list --objects` that names a blob or tag (after a space), or a missing object (`?<id>`). */
const namesAnObject = (bytes, start, end) => {
    if (bytes[start] === 0x3f /* ? */)
        return true;
    const space = bytes.indexOf(0x20, start);
    return space >= 0 && space < end;
};
/**
 * The record's line filter: false for a listed object the record holds (counted in `counts.skipped`) and for a
 * line `keep` refuses. Missing objects (`?<id>`) pass, so that git says they are missing. An object recorded with
 * hits is skipped only with `onHits`, which replays them; without it, it is read again.
 */
function unrecorded(record, counts, keep, onHits) {
    return (bytes, start, end) => {
        if (keep && !keep(bytes, start, end))
            return false;
        if (bytes[start] === 0x3f /* ? */)
            return true;
        if (!record.hasHexAt(bytes, start, end)) {
            const recorded = onHits && record.hitsAt(bytes, start, end);
            if (!recorded)
                return true;
            const from = start + recorded.oid.length + 1;
            onHits(recorded.oid, recorded.entry, from < end ? bytes.toString('utf8', from, end) : '');
        }
        counts.skipped++;
        return false;
    };
}
/**
 * Drops the lines of a `rev-list` listing whose object the record holds, counting them in `counts.skipped`.
 * `commits`: a listing of commits alone (`<id>` lines). Otherwise a `--objects` listing for the blob scan: the
 * commit lines it holds (an id alone) go too, since the message scan reads commits.
 */
function skipRecorded(record, commits, counts) {
    let carry;
    const accept = unrecorded(record, counts, commits ? undefined : namesAnObject);
    const keep = (line) => accept(line, 0, line.length);
    return new Transform({
        transform(chunk, _encoding, done) {
            const data = carry ? Buffer.concat([carry, chunk]) : chunk;
            carry = undefined;
            const kept = [];
            // Runs of kept lines go on as one slice of the chunk.
            let runStart = 0;
            let start = 0;
            for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, start)) {
                if (!keep(data.subarray(start, nl))) {
                    if (start > runStart)
                        kept.push(data.subarray(runStart, start));
                    runStart = nl + 1;
                }
                start = nl + 1;
            }
            if (start > runStart)
                kept.push(data.subarray(runStart, start));
            if (start < data.length)
                carry = Buffer.from(data.subarray(start));
            done(null, kept.length === 1 ? kept[0] : kept.length > 1 ? Buffer.concat(kept) : undefined);
        },
        flush(done) {
            done(null, carry && keep(carry) ? carry : undefined);
        }
    });
}
/**
 * The repository's object format; throws as every git call does outside a repository. An older git than 2.25
 * knows sha1 alone, and echoes the unknown option back.
 */
async function objectFormat(git) {
    const answer = (await git.run(['rev-parse', '--show-object-format'])).trim();
    return answer === 'sha256' ? 'sha256' : 'sha1';
}
/** Why a record is not used: `info` for a record of another version, `warning` for one that cannot be trusted. */
class Unusable extends Error {
    level;
    constructor(level, message) {
        super(message);
        this.level = level;
    }
}
const FULL_RESCAN = 'scanning the whole history; the record is rewritten after the scan';
async function readWhole(file) {
    let handle;
    try {
        // No link is followed, and a FIFO cannot make the open wait (O_NONBLOCK). Windows has neither flag: there a
        // link is looked for first.
        if (external_node_fs_.constants.O_NOFOLLOW === undefined && (await (0,promises_.lstat)(file)).isSymbolicLink()) {
            throw Object.assign(new Error('a link'), { code: 'ELOOP' });
        }
        handle = await (0,promises_.open)(file, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new Unusable('info', `No record at ${file} yet: ${FULL_RESCAN}.`);
        if (code === 'ELOOP')
            throw new Unusable('warning', `The record ${file} is a symbolic link, not followed: ${FULL_RESCAN}.`);
        throw new Unusable('warning', `The record ${file} cannot be read (${code ?? 'error'}): ${FULL_RESCAN}.`);
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new Unusable('warning', `The record ${file} is not a file: ${FULL_RESCAN}.`);
        if (stat.size > MAX_RECORD_BYTES) {
            throw new Unusable('warning', `The record ${file} is larger than ${MAX_RECORD_BYTES / 1048576} MiB: ignored, ${FULL_RESCAN}.`);
        }
        const data = Buffer.allocUnsafe(stat.size);
        let filled = 0;
        while (filled < data.length) {
            const { bytesRead } = await handle.read(data, filled, data.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return data.subarray(0, filled);
    }
    finally {
        await handle.close();
    }
}
/** Checks a record's bytes; the sorted clean ids and the objects with hits, or Unusable saying why not. */
function parseRecord(data, file, format) {
    const corrupt = (why) => new Unusable('warning', `The record ${file} is not a valid record (${why}): ignored, ${FULL_RESCAN}.`);
    const newline = data.subarray(0, MAX_HEADER_BYTES).indexOf(10);
    if (newline < 0)
        throw corrupt('no header line');
    const header = data.toString('latin1', 0, newline);
    const version = new RegExp(`^${MAGIC} ([0-9]{1,6}) `).exec(header);
    if (!version)
        throw corrupt('no header line');
    if (Number(version[1]) !== FORMAT) {
        throw new Unusable('info', `The record ${file} has another format (${version[1]}): ${FULL_RESCAN}.`);
    }
    const m = HEADER.exec(header);
    if (!m)
        throw corrupt('malformed header');
    const [, detector = '', hash = '', countText = '', hitsText = '', checksum = ''] = m;
    if (detector !== DETECTOR_VERSION) {
        throw new Unusable('info', `The record ${file} was made by detector version ${detector}, this is version ${DETECTOR_VERSION}: ${FULL_RESCAN}.`);
    }
    if (hash !== format) {
        throw new Unusable('info', `The record ${file} holds ${hash} ids, this repository uses ${format}: ${FULL_RESCAN}.`);
    }
    const width = WIDTH[format];
    const body = data.subarray(newline + 1);
    const idBytes = Number(countText) * width;
    if (body.length < idBytes)
        throw corrupt(`the header says ${countText} ids, ${body.length} bytes follow`);
    const text = body.subarray(idBytes);
    if (text.length > 0 && text[text.length - 1] !== 10)
        throw corrupt('the hits do not end with a line');
    if ((0,external_node_crypto_.createHash)('sha256').update(body).digest('hex') !== checksum)
        throw corrupt('the record does not match its checksum');
    const ids = body.subarray(0, idBytes);
    for (let at = width; at < ids.length; at += width) {
        if (compareIds(ids, at - width, ids, at, width) >= 0)
            throw corrupt('the ids are not in order');
    }
    const lines = text.length > 0 ? text.toString('utf8', 0, text.length - 1).split('\n') : [];
    if (lines.length !== Number(hitsText))
        throw corrupt(`the header says ${hitsText} hits, ${lines.length} lines follow`);
    const hits = new Map();
    let last = '';
    for (const line of lines) {
        const h = HIT_LINE.exec(line);
        const [, oid = '', date = '', shape = '', encoding = '', at = '', column = '', inline = '', fp = '', red = ''] = h ?? [];
        if (!h || oid.length !== 2 * width)
            throw corrupt('a malformed hit');
        if (oid < last)
            throw corrupt('the hits are not in order');
        const entry = hits.get(oid) ?? { hits: [], ...(date === '-' ? {} : { authorDate: date }) };
        if (oid !== last && hits.has(oid))
            throw corrupt('the hits are not in order');
        if ((entry.authorDate ?? '-') !== date)
            throw corrupt('an object with two dates');
        entry.hits.push({
            shape: shape,
            encoding: encoding,
            line: Number(at),
            column: Number(column),
            inlineAllowed: inline === '1',
            fingerprint: fp,
            redacted: red
        });
        hits.set(oid, entry);
        last = oid;
    }
    return { ids, hits };
}
/**
 * The record at `file`, or an empty one (after one line saying why) when there is none, it belongs to another
 * version, or it does not pass every check. It is never a reason to fail: a full rescan is always correct.
 */
async function loadRecord(file, format, logger) {
    try {
        const { ids, hits } = parseRecord(await readWhole(file), file, format);
        return new ObjectRecord(format, ids, hits);
    }
    catch (error) {
        if (!(error instanceof Unusable))
            throw error;
        if (error.level === 'info')
            logger.info(error.message);
        else
            logger.warning(error.message);
        return new ObjectRecord(format);
    }
}
/**
 * Writes the record in one step: a new file beside it (created exclusively, so no link planted at its name is
 * followed), then renamed over `file`, which replaces whatever is there (a link included) and never leaves half a
 * record. A failure is one warning: the scan's answer stands, and the next scan reads everything.
 */
async function saveRecord(file, record, logger) {
    const ids = record.toWrite();
    const count = ids.length / record.width;
    const hits = record.hitsToWrite();
    const header = `${MAGIC} ${FORMAT} detector=${DETECTOR_VERSION} hash=${record.format} count=${count} hits=${hits.count} ` +
        `sha256=${(0,external_node_crypto_.createHash)('sha256').update(ids).update(hits.text).digest('hex')}\n`;
    if (header.length + ids.length + hits.text.length > MAX_RECORD_BYTES) {
        logger.warning(`The record would be larger than ${MAX_RECORD_BYTES / 1048576} MiB: not written to ${file}.`);
        return;
    }
    const dir = external_node_path_default().dirname(file);
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(file)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
        const handle = await (0,promises_.open)(temp, 'wx', 0o644);
        try {
            await handle.writev([Buffer.from(header, 'latin1'), ids, hits.text]);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, file);
        logger.debug(`Wrote the record ${file}: ${count} objects scanned clean, ${hits.count} hits.`);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        const code = error.code ?? error.message;
        logger.warning(`Could not write the record ${file} (${code}): the next scan reads the whole history again.`);
    }
}


/***/ }),

/***/ 4773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ scan)
});

// UNUSED EXPORTS: keepEarliest

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/git.ts
var src_git = __nccwpck_require__(1243);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __nccwpck_require__(6670);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/scan/record.ts + 1 modules
var scan_record = __nccwpck_require__(5326);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/files.ts
var src_files = __nccwpck_require__(9148);
;// CONCATENATED MODULE: ./src/scan/patterns.ts
/** Every `sk-` OpenAI key carries this (base64 of "OpenAI") between its two segments. */
const MARKER = ['T3Bl', 'bkFJ'].join('');
/** Shorter segments are truncated keys or placeholders. */
const MIN_SEGMENT = 20;
/** Longer runs are some other token that happens to hold the marker (known keys use at most 74). */
const MAX_SEGMENT = 200;
/** The longest fixed tag (`svcacct-`), and the longest `service-<name>-`. */
const MAX_TAG = 'svcacct-'.length;
const MAX_SERVICE_NAME = 64;
const MAX_SERVICE_TAG = 'service-'.length + MAX_SERVICE_NAME + 1;
/** Longest `sk-` + tag + left segment in front of the marker. */
const MAX_PREFIX = 3 + MAX_SERVICE_TAG + MAX_SEGMENT;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '_-';
const SERVICE_TAG = 'service-<name>-';
const EXAMPLE_SERVICE_NAME = 'build-bot';
function alphabetFor(half) {
    return half === MIN_SEGMENT
        ? { chars: ALNUM, pattern: '[A-Za-z0-9]' }
        : { chars: URLSAFE, pattern: '[A-Za-z0-9_-]' };
}
/** Deterministic, varied characters: 7 is prime to both alphabet sizes, so no character repeats early. */
function sampleSegment(length, chars, salt) {
    let segment = '';
    for (let i = 0; i < length; i++)
        segment += chars[(i * 7 + salt * 13) % chars.length];
    return segment;
}
function defineShape(name, title, tag, halves) {
    const tagPattern = tag === SERVICE_TAG ? 'service-[A-Za-z0-9_-]+-' : tag;
    const bodies = halves.map((half) => {
        const cls = alphabetFor(half).pattern;
        return `${cls}{${half}}${MARKER}${cls}{${half}}`;
    });
    const exampleTag = tag.replace('<name>', EXAMPLE_SERVICE_NAME);
    const examples = halves.map((half, i) => {
        const { chars } = alphabetFor(half);
        return `sk-${exampleTag}${sampleSegment(half, chars, i + 1)}${MARKER}${sampleSegment(half, chars, i + 2)}`;
    });
    const layout = halves.map((half) => `${half} + marker + ${half}`).join(' or ');
    return {
        name,
        title,
        description: `sk-${tag} then ${layout}`,
        tag,
        halves,
        pattern: new RegExp(`^sk-${tagPattern}(?:${bodies.join('|')})$`),
        examples
    };
}
/** The known shapes, most specific first: `classify` takes the first that matches. */
const SHAPES = [
    defineShape('admin', 'OpenAI Admin API key (organisation-wide)', 'admin-', [58]),
    defineShape('service-account', 'OpenAI service account key', 'svcacct-', [74]),
    defineShape('project', 'OpenAI project API key', 'proj-', [74]),
    defineShape('project-legacy', 'OpenAI project API key (2024 format)', 'proj-', [20]),
    defineShape('none', 'OpenAI API key (sk-None)', 'None-', [20, 74]),
    defineShape('service', 'OpenAI service key', SERVICE_TAG, [20]),
    defineShape('legacy', 'OpenAI API key (legacy user key)', '', [20])
];
/** The name of a key's shape when it is a known one; any other member of the family is `openai-key`. */
function classify(key) {
    return SHAPES.find((shape) => shape.pattern.test(key))?.name ?? 'openai-key';
}
const FIXED_TAGS = ['proj-', 'svcacct-', 'admin-', 'None-'];
/** Other vendors that also start their keys with `sk-`. */
const FOREIGN_TAGS = ['ant-'];
/**
 * Reads the key out of `run`: text that starts with `sk-`, holds the marker at `marker`, and ends where the
 * key alphabet ends. Returns the key (the run, or its front when a symmetric key is followed by `_`/`-` and
 * more), or null when this is not a key: a truncated or over-long segment, a placeholder, another vendor.
 */
function keyAt(run, marker) {
    if (!run.startsWith('sk-') || run.slice(marker, marker + MARKER.length) !== MARKER)
        return null;
    const front = run.slice(3, marker);
    const back = run.slice(marker + MARKER.length);
    const tagLength = tagLengthOf(front, back.length);
    if (tagLength === null)
        return null;
    const left = front.slice(tagLength);
    const right = symmetricEnd(back, left.length);
    if (!KEY_TEXT.test(front) || !isSegment(left) || !isSegment(right))
        return null;
    return `sk-${front}${MARKER}${right}`;
}
/**
 * The key of a known shape at the front of `run` (marker at `marker`), when more key characters are glued to
 * its end: known keys are symmetric, so the right segment is as long as the shape says. Null when the front
 * is no known shape; the family rule (`keyAt`) takes the whole run instead.
 */
function knownKeyAt(run, marker) {
    for (const shape of SHAPES) {
        for (const half of shape.halves) {
            const end = marker + MARKER.length + half;
            if (run.length < end)
                continue;
            const key = run.slice(0, end);
            if (shape.pattern.test(key) && keyAt(key, marker) === key)
                return key;
        }
    }
    return null;
}
const FIXED_MARKER_OFFSETS = new Set(SHAPES.filter((shape) => shape.tag !== SERVICE_TAG).flatMap((shape) => shape.halves.map((half) => 'sk-'.length + shape.tag.length + half)));
const SERVICE_MARKER_OFFSETS = [
    'sk-service-x-'.length + MIN_SEGMENT,
    'sk-'.length + MAX_SERVICE_TAG + MIN_SEGMENT
];
/**
 * Whether a key of a known shape can hold its marker `offset` characters after its start (`service`: whether
 * the key starts `sk-service-`, asked only when it matters): a cheap test before `knownKeyAt`.
 */
function markerFitsKnownShape(offset, service) {
    if (FIXED_MARKER_OFFSETS.has(offset))
        return true;
    const [min, max] = SERVICE_MARKER_OFFSETS;
    return offset >= min && offset <= max && service();
}
/** Whether `text` is exactly one key of the family. */
function isKey(text) {
    // A segment may itself hold the marker: any occurrence can be the one between the segments.
    for (let at = text.indexOf(MARKER); at >= 0; at = text.indexOf(MARKER, at + 1)) {
        if (keyAt(text, at) === text)
            return true;
    }
    return false;
}
function tagLengthOf(front, backLength) {
    if (FOREIGN_TAGS.some((tag) => front.startsWith(tag)))
        return null;
    const fixed = FIXED_TAGS.find((tag) => front.startsWith(tag));
    if (fixed)
        return fixed.length;
    if (!front.startsWith('service-'))
        return 0;
    // A service name may hold dashes. Known keys are symmetric, so the left segment is as long as the right
    // one; failing that, the name ends at the last dash.
    const symmetric = front.length - backLength - 1;
    const tagEnd = symmetric > 'service-'.length && front[symmetric] === '-' ? symmetric : front.lastIndexOf('-');
    return tagEnd > 'service-'.length && tagEnd < MAX_SERVICE_TAG ? tagEnd + 1 : null;
}
/** Known keys are symmetric: a longer right side that breaks at `_` or `-` right there is the key plus more. */
function symmetricEnd(back, leftLength) {
    const next = back[leftLength];
    return back.length > leftLength && (next === '_' || next === '-') ? back.slice(0, leftLength) : back;
}
const KEY_TEXT = /^[A-Za-z0-9_-]*$/;
function isSegment(segment) {
    return (segment.length >= MIN_SEGMENT &&
        segment.length <= MAX_SEGMENT &&
        KEY_TEXT.test(segment) &&
        !isPlaceholder(segment));
}
const PLACEHOLDER_MAX_DISTINCT = 4;
/** `xxxxxxxx…`, `0000…`, `abababab…`: real segments are random and use many distinct characters. */
function isPlaceholder(segment) {
    const seen = [];
    for (const char of segment) {
        if (!seen.includes(char) && seen.push(char) >= PLACEHOLDER_MAX_DISTINCT + 1)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/scan/detector.ts
// Bytes → hits. Pure and synchronous. Speed comes from never running a regex over a whole buffer: the marker
// every key carries is found with Buffer.indexOf, and only the few hundred bytes around it are examined.

const MARKER_BYTES = Buffer.from(MARKER, 'latin1');
const UTF16LE_MARKER = Buffer.from(MARKER, 'utf16le');
const UTF16BE_MARKER = Buffer.from(UTF16LE_MARKER).swap16();
const BASE64_MARKERS = base64Forms(MARKER_BYTES);
const SERVICE_TAG_BYTES = Buffer.from('service-', 'latin1');
/**
 * Base64 wrapped into lines may split a marker form anywhere. Each form is 10 characters: cut once, at any
 * place, it keeps its first five or its last five whole, so these six pieces find every form in text wrapped
 * at 9 columns or more (and short needles are what Buffer.indexOf searches fastest).
 */
const BASE64_MARKER_TEXTS = BASE64_MARKERS.map((form) => form.toString('latin1'));
const BASE64_PIECES = BASE64_MARKERS.flatMap((form) => [form.subarray(0, 5), form.subarray(5)]);
/** Where each form starts in its 4-character group: the form of a marker at byte `a` of a 3-byte group. */
const BASE64_FORM_SHIFT = [0, 1, 2].map((a) => Math.ceil((8 * a) / 6));
/** The base64 of the shortest key is 68 characters; shorter runs cannot hold one. */
const MIN_BASE64_RUN = 60;
/** Start candidates tried per marker: enough to skip a foreign or doubled `sk-`, few enough to stay linear. */
const MAX_STARTS_TRIED = 4;
/**
 * The most bytes one Buffer.indexOf may cover: it answers in 32-bit integers, so offsets past 2 GiB come
 * back wrapped. Longer buffers are searched window by window.
 */
const SEARCH_WINDOW = 2 ** 30;
const KEY_CHAR = byteSet('A-Z', 'a-z', '0-9', '_', '-');
const detector_ALNUM = byteSet('A-Z', 'a-z', '0-9');
const HEX = byteSet('A-F', 'a-f', '0-9');
const BASE64_CHAR = byteSet('A-Z', 'a-z', '0-9', '+', '/');
/** Letters of the one-character escapes (`\n`, `\t`, …) that may stand right before a key in escaped text. */
const ESCAPE_LETTER = byteSet('n', 'r', 't', 'b', 'f', 'v', '0');
const [LF, CR, TAB, SPACE, EQUALS, PERCENT, BACKSLASH] = [0x0a, 0x0d, 0x09, 0x20, 0x3d, 0x25, 0x5c];
const [LOWER_S, LOWER_K, LOWER_U, LOWER_X, DASH, DIGIT_2, DIGIT_5] = [
    0x73, 0x6b, 0x75, 0x78, 0x2d, 0x32, 0x35
];
/** The keys in `input` (bytes or text), plain, base64-encoded or in UTF-16, with 1-based line and column. */
function detect(input, options = {}) {
    const buf = toBuffer(input);
    const window = options.searchWindow ?? SEARCH_WINDOW;
    const hits = [...plainHits(buf, 'plain', window), ...base64Hits(buf, window), ...utf16Hits(buf, window)];
    return hits.sort((a, b) => a.line - b.line || a.column - b.column);
}
function needle(whole) {
    const capital = (at) => whole[at] >= 0x41 && whole[at] <= 0x5a;
    let from = 1;
    while (from < whole.length - 2 && !capital(from))
        from++;
    if (!capital(from))
        from = 0;
    return { whole, from, to: Math.min(whole.length, from + 7) };
}
/** Whether `buf` holds `needle.whole`, wherever its part occurs with the rest of it around. */
function holds(buf, { whole, from, to }, window) {
    const part = whole.subarray(from, to);
    const exact = part.length === whole.length;
    for (let at = find(buf, part, from, window); at >= 0; at = find(buf, part, at + 1, window)) {
        const start = at - from;
        if (exact)
            return true;
        if (start + whole.length <= buf.length &&
            buf.compare(whole, 0, whole.length, start, start + whole.length) === 0)
            return true;
    }
    return false;
}
const PREFILTER_TEXT = [MARKER_BYTES, ...BASE64_PIECES].map(needle);
const PREFILTER_UTF16 = [UTF16LE_MARKER, UTF16BE_MARKER].map(needle);
/** Fast prefilter: false means `detect` finds nothing here. Scans the buffer a few times with memchr speed. */
function mayContainKey(buf, options = {}) {
    const bytes = toBuffer(buf);
    const window = options.searchWindow ?? SEARCH_WINDOW;
    const has = (n) => holds(bytes, n, window);
    if (PREFILTER_TEXT.some(has))
        return true;
    // UTF-16 text of ASCII characters always has NUL bytes: skip the two searches when there are none.
    return find(bytes, 0, 0, window) >= 0 && PREFILTER_UTF16.some(has);
}
/**
 * `buf.indexOf(needle, from)`, correct for any buffer length: one native search per window of `window` bytes,
 * the windows overlapping by the needle's length less one so that no occurrence falls between two.
 */
function find(buf, needle, from, window = SEARCH_WINDOW) {
    if (buf.length <= window)
        return buf.indexOf(needle, from);
    const overlap = typeof needle === 'number' ? 0 : needle.length - 1;
    if (window <= overlap)
        throw new RangeError(`A search window of ${window} bytes is too small.`);
    for (let start = Math.max(0, from); start < buf.length; start += window - overlap) {
        const at = buf.subarray(start, Math.min(buf.length, start + window)).indexOf(needle);
        if (at >= 0)
            return start + at;
        if (start + window >= buf.length)
            break;
    }
    return -1;
}
function toBuffer(input) {
    if (typeof input === 'string')
        return Buffer.from(input, 'utf8');
    return Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}
function plainHits(buf, encoding, window) {
    const locate = locator(buf, window);
    return plainKeys(buf, window).map(({ key, shape, offset }) => ({ key, shape, encoding, ...locate(offset) }));
}
function plainKeys(buf, window) {
    const found = [];
    const runs = new KeyRuns(buf);
    let from = 0;
    for (;;) {
        const marker = find(buf, MARKER_BYTES, from, window);
        if (marker < 0)
            return found;
        from = marker + MARKER_BYTES.length;
        const hit = runs.keyAround(marker);
        if (hit) {
            found.push(hit);
            // A key's right segment may hold another marker: never report the same key twice.
            from = Math.max(from, hit.offset + hit.key.length);
            runs.consumed(hit.offset + hit.key.length);
        }
    }
}
/**
 * Walks the runs of key characters ([A-Za-z0-9_-]) that hold markers. What it has read of the current run
 * (its extent, and where `sk-` may start a key) is kept for the next marker, so each byte is read a bounded
 * number of times however the markers and `sk-` fragments are packed: time stays linear in the input.
 */
class KeyRuns {
    /** [from, to) are key characters. `closed`: the run ends at `to` (a non-key byte or the end of the buffer). */
    from = 0;
    to = 0;
    closed = true;
    /** Offsets in the run where `sk-` follows a non-alphanumeric byte, ascending; `head` skips the stale ones. */
    starts = [];
    head = 0;
    buf;
    // No parameter property: this file also runs under Node's type stripping (scripts, quick benches).
    constructor(buf) {
        this.buf = buf;
    }
    keyAround(marker) {
        this.enter(marker);
        const rightStart = marker + MARKER_BYTES.length;
        this.grow(rightStart + MAX_SEGMENT + 1, marker - MAX_PREFIX);
        if (this.to - rightStart < MIN_SEGMENT)
            return undefined;
        // Longer to the right than any key: another token that holds the marker, or a key with more key
        // characters glued to its end. Only a known shape tells where such a key ends.
        const gluedOn = !this.closed;
        this.dropStartsTooFarFrom(marker);
        let fallback;
        const last = Math.min(this.starts.length, this.head + MAX_STARTS_TRIED);
        for (let i = this.head; i < last; i++) {
            const offset = this.starts[i];
            if (offset + 3 + MIN_SEGMENT > marker)
                break;
            if (gluedOn && !markerFitsKnownShape(marker - offset, () => this.isServiceStart(offset)))
                continue;
            const key = keyIn(this.buf.toString('latin1', offset, this.to), marker - offset, gluedOn);
            if (!key)
                continue;
            const shape = classify(key);
            // `sk-sk-proj-…`: prefer the start that gives a known shape over the longest run.
            if (shape !== 'openai-key')
                return { key, shape, offset };
            fallback ??= { key, shape, offset };
        }
        return fallback;
    }
    /** A key was found up to `end`: no later key starts inside it. */
    consumed(end) {
        while (this.head < this.starts.length && this.starts[this.head] < end)
            this.head++;
    }
    /** Makes [from, to) the run that holds the marker, reusing what is already read. */
    enter(marker) {
        if (!this.closed && marker >= this.to)
            this.grow(marker, marker - MAX_PREFIX);
        const inRun = marker >= this.from && (marker < this.to || (marker === this.to && !this.closed));
        if (inRun)
            return;
        const floor = Math.max(0, marker - MAX_PREFIX);
        let from = marker;
        while (from > floor && KEY_CHAR[this.buf[from - 1]])
            from--;
        this.from = from;
        this.to = from;
        this.closed = false;
        this.starts = [];
        this.head = 0;
        this.grow(marker, from);
    }
    /** Reads on until `limit`, the end of the run, or the end of the buffer; notes `sk-` starts from `minStart`. */
    grow(limit, minStart) {
        if (this.closed)
            return;
        const buf = this.buf;
        const end = Math.min(limit, buf.length);
        let i = this.to;
        for (; i < end; i++) {
            const byte = buf[i];
            if (!KEY_CHAR[byte]) {
                this.closed = true;
                break;
            }
            if (byte === LOWER_S && i >= minStart && isStart(buf, i))
                this.starts.push(i);
        }
        this.to = i;
        if (i >= buf.length)
            this.closed = true;
    }
    /** Whether the key starting at `offset` goes on with `service-` after its `sk-`. */
    isServiceStart(offset) {
        const end = offset + 3 + SERVICE_TAG_BYTES.length;
        return end <= this.buf.length && this.buf.compare(SERVICE_TAG_BYTES, 0, 8, offset + 3, end) === 0;
    }
    /** Starts whose left segment is already too long for this marker are too long for every later one too. */
    dropStartsTooFarFrom(marker) {
        while (this.head < this.starts.length) {
            const offset = this.starts[this.head];
            const tag = this.isServiceStart(offset) ? MAX_SERVICE_TAG : MAX_TAG;
            if (marker - offset - 3 - tag <= MAX_SEGMENT)
                break;
            this.head++;
        }
        if (this.head > 1024) {
            this.starts = this.starts.slice(this.head);
            this.head = 0;
        }
    }
}
/**
 * The key at the front of `run`. The family rule takes the whole run; a known key followed by more key
 * characters ends where its shape says, when the run is too long for a key or goes on with another `sk-`.
 * A run too long for a key is no family member: only a known shape says where a key in it ends.
 */
function keyIn(run, marker, tooLong) {
    if (tooLong)
        return knownKeyAt(run, marker);
    const key = keyAt(run, marker);
    if (!key || classify(key) !== 'openai-key')
        return key;
    const known = knownKeyAt(run, marker);
    return known && run.startsWith('sk-', known.length) ? known : key;
}
/**
 * `sk-` not glued to a word on its left (`task-`, `xsk-` are not key starts; `_sk-`, `=sk-` are), or right
 * after an escape that ends in a letter or digit (`%3Dsk-`, `%253Dsk-`, `\u0022sk-`, `\x3dsk-`, `\nsk-`).
 */
function isStart(buf, i) {
    if (buf[i + 1] !== LOWER_K || buf[i + 2] !== DASH)
        return false;
    return i === 0 || !detector_ALNUM[buf[i - 1]] || afterEscape(buf, i);
}
function afterEscape(buf, i) {
    const at = (back) => (i >= back ? buf[i - back] : -1);
    const hex = (back) => i >= back && HEX[buf[i - back]] === 1;
    // %XX, and %25XX: text URL-encoded twice.
    if (hex(1) &&
        hex(2) &&
        (at(3) === PERCENT || (at(5) === PERCENT && at(4) === DIGIT_2 && at(3) === DIGIT_5)))
        return true;
    if (at(2) === BACKSLASH && ESCAPE_LETTER[at(1)] === 1)
        return true;
    if (hex(1) && hex(2) && at(3) === LOWER_X && at(4) === BACKSLASH)
        return true;
    return hex(1) && hex(2) && hex(3) && hex(4) && at(5) === LOWER_U && at(6) === BACKSLASH;
}
/**
 * Keys inside base64 (Kubernetes Secret `data:` values, `base64` output wrapped at 76 columns, PEM-style 64
 * with CRLF): each block of base64 lines is read as one value and located at its start.
 */
function base64Hits(buf, window) {
    const hits = [];
    const locate = locator(buf, window);
    const next = BASE64_PIECES.map((piece) => find(buf, piece, 0, window));
    let pos = 0;
    for (;;) {
        for (const [i, piece] of BASE64_PIECES.entries()) {
            if (next[i] >= 0 && next[i] < pos)
                next[i] = find(buf, piece, pos, window);
        }
        const found = next.filter((at) => at >= 0);
        if (found.length === 0)
            return hits;
        const block = base64Block(buf, Math.min(...found), pos);
        pos = block.end;
        if (block.text.length < MIN_BASE64_RUN)
            continue;
        const keys = decodedKeys(block.text, window);
        if (keys.length > 0) {
            const where = locate(block.start);
            for (const { key, shape } of keys)
                hits.push({ key, shape, encoding: 'base64', ...where });
        }
    }
}
/**
 * The base64 block around `at` (not before `floor`): base64 characters, and line breaks (LF or CRLF, then
 * any indentation) between two of them; `text` is its characters without the breaks, padding included.
 */
function base64Block(buf, at, floor) {
    let wrappedLines = false;
    let start = at;
    for (;;) {
        while (start > floor && BASE64_CHAR[buf[start - 1]])
            start--;
        let before = start;
        while (before > floor && (buf[before - 1] === SPACE || buf[before - 1] === TAB))
            before--;
        if (before <= floor || buf[before - 1] !== LF)
            break;
        before--;
        if (before > floor && buf[before - 1] === CR)
            before--;
        if (before <= floor || !BASE64_CHAR[buf[before - 1]])
            break;
        start = before;
        wrappedLines = true;
    }
    let end = at;
    for (;;) {
        while (end < buf.length && BASE64_CHAR[buf[end]])
            end++;
        let after = end;
        if (buf[after] === CR)
            after++;
        if (buf[after] !== LF)
            break;
        after++;
        while (buf[after] === SPACE || buf[after] === TAB)
            after++;
        if (!BASE64_CHAR[buf[after]])
            break;
        end = after;
        wrappedLines = true;
    }
    const runEnd = end;
    while (end < buf.length && end - runEnd < 2 && buf[end] === EQUALS)
        end++;
    // Too short for a key even with its breaks: not worth a string.
    if (end - start < MIN_BASE64_RUN)
        return { start, end, text: '' };
    const raw = buf.toString('latin1', start, end);
    return { start, end, text: wrappedLines ? raw.replace(/[\r\n\t ]+/g, '') : raw };
}
/**
 * The keys in a block of base64. Text glued in front of the value shifts its 4-character groups; each marker
 * form found says where its groups start, so the block is decoded once per alignment its markers need.
 */
function decodedKeys(text, window) {
    const alignments = new Set();
    for (const [i, form] of BASE64_MARKER_TEXTS.entries()) {
        const shift = BASE64_FORM_SHIFT[i];
        for (let at = text.indexOf(form); at >= 0 && alignments.size < 4; at = text.indexOf(form, at + 1)) {
            alignments.add((((at - shift) % 4) + 4) % 4);
        }
    }
    return [...alignments].flatMap((skip) => plainKeys(Buffer.from(text.slice(skip), 'base64'), window));
}
/**
 * UTF-16 text (with or without a BOM), decoded as a whole in each byte order its markers show: a file may hold
 * both (two files joined, a dump of several strings).
 */
function utf16Hits(buf, window) {
    return utf16Orders(buf, window).flatMap((bigEndian) => plainHits(utf16AsUtf8(buf, bigEndian), bigEndian ? 'utf16be' : 'utf16le', window));
}
/**
 * The byte orders (false: little-endian, true: big-endian) of the UTF-16 markers in `buf`. The little-endian
 * marker at an odd offset, like the big-endian one at an even offset, is big-endian text read from an even
 * offset, which is how `utf16AsUtf8` reads it.
 */
function utf16Orders(buf, window) {
    const orders = new Set();
    for (const [marker, evenIsBig] of [
        [UTF16LE_MARKER, false],
        [UTF16BE_MARKER, true]
    ]) {
        for (let at = find(buf, marker, 0, window); at >= 0 && orders.size < 2;) {
            orders.add((at % 2 === 0) === evenIsBig);
            at = find(buf, marker, at + 1, window);
        }
    }
    return [false, true].filter((bigEndian) => orders.has(bigEndian));
}
/** Bytes of UTF-16 decoded at a time: a string holds at most 2^29 characters, a UTF-16 file may hold more. */
const UTF16_PIECE = 64 * 1024 * 1024;
/**
 * UTF-16 text as the UTF-8 bytes that the detector matches and numbers lines in (its byte-order mark skipped,
 * an odd trailing byte dropped): what a UTF-16 hit's line and column refer to. Decoded piece by piece, never
 * splitting a surrogate pair, so any size gives the same bytes.
 */
function utf16AsUtf8(buf, bigEndian, piece = UTF16_PIECE) {
    const bom = bigEndian ? buf[0] === 0xfe && buf[1] === 0xff : buf[0] === 0xff && buf[1] === 0xfe;
    const start = bom ? 2 : 0;
    const body = buf.subarray(start, start + ((buf.length - start) & ~1));
    const decode = (units) => Buffer.from((bigEndian ? Buffer.from(units).swap16() : units).toString('utf16le'), 'utf8');
    if (body.length <= piece)
        return decode(body);
    const parts = [];
    for (let at = 0; at < body.length;) {
        let end = Math.min(body.length, at + (piece & ~1));
        const high = body[bigEndian ? end - 2 : end - 1];
        if (end < body.length && (high & 0xfc) === 0xd8 && end - 2 > at)
            end -= 2;
        parts.push(decode(body.subarray(at, end)));
        at = end;
    }
    return Buffer.concat(parts);
}
/**
 * Line and column (1-based; the column counts characters, not bytes) of ascending offsets. Lines are counted
 * only up to the offsets asked for, so a buffer without hits is never split into lines.
 */
function locator(buf, window) {
    let line = 1;
    let lineStart = 0;
    let nextNewline = find(buf, LF, 0, window);
    // Several hits on one long line: count on from the previous one.
    let counted = 0;
    let column = 1;
    return (offset) => {
        while (nextNewline >= 0 && nextNewline < offset) {
            line++;
            lineStart = nextNewline + 1;
            nextNewline = find(buf, LF, lineStart, window);
        }
        if (counted < lineStart)
            [counted, column] = [lineStart, 1];
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        for (; counted < offset; counted++)
            if ((buf[counted] & 0xc0) !== 0x80)
                column++;
        return { line, column };
    };
}
function base64Forms(bytes) {
    // At each of the three alignments, keep only the characters whose six bits all come from `bytes`.
    return [0, 1, 2].map((offset) => {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        const first = Math.ceil((8 * offset) / 6);
        const end = Math.floor((8 * (offset + bytes.length)) / 6);
        return Buffer.from(encoded.slice(first, end), 'latin1');
    });
}
function byteSet(...ranges) {
    const set = new Uint8Array(256);
    for (const range of ranges) {
        const from = range.charCodeAt(0);
        const to = range.length === 3 ? range.charCodeAt(2) : from;
        for (let code = from; code <= to; code++)
            set[code] = 1;
    }
    return set;
}

// EXTERNAL MODULE: ./src/scan/glob.ts
var glob = __nccwpck_require__(8747);
;// CONCATENATED MODULE: ./src/scan/allowlist.ts





const DEFAULT_CONFIG = '.github/openai-key-guard.yml';
const INLINE_MARKERS = ['openai-key-guard:allow', 'gitleaks:allow'];
const FINGERPRINT = /^[0-9a-f]{64}$/;
/** A config is a few globs and fingerprints; a baseline, a JSON report (about 300 bytes a finding). */
const MAX_CONFIG_BYTES = 1 << 20;
const MAX_BASELINE_BYTES = 64 << 20;
/** The config switches for messages, and the kind each allows. */
const MESSAGE_SWITCHES = {
    'commit-messages': 'commit-message',
    'tag-messages': 'tag-message',
    notes: 'note'
};
function plainObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/**
 * Reads the config as YAML nodes, so that each complaint can point at a line and column. A complaint never
 * quotes the file: `--config` may name any file the runner can read (/etc/shadow), and a hostile repository
 * writes this one, so its text is neither echoed nor trusted to be harmless on a terminal or in a log.
 */
class ConfigReader {
    file;
    lines;
    yaml;
    constructor(yaml, file, lines) {
        this.yaml = yaml;
        this.file = file;
        this.lines = lines;
    }
    at(node) {
        const { line, col } = this.lines.linePos(node?.range?.[0] ?? 0);
        return `line ${line}, column ${col}`;
    }
    fail(message, node) {
        throw new errors/* ConfigurationError */.j1(`${this.file}, ${this.at(node)}: ${message}.`);
    }
    /** Absent, `~`, `null` or nothing after the colon. */
    isEmpty(node) {
        return node === undefined || node === null || (this.yaml.isScalar(node) && node.value === null);
    }
    /** The pairs of a mapping by key; a key not in `allowed` is an error. */
    mapping(node, what, allowed) {
        const { isMap, isScalar } = this.yaml;
        if (!isMap(node))
            this.fail(`${what} must be a mapping of ${allowed.join(', ')}`, node);
        const pairs = new Map();
        for (const pair of node.items) {
            const key = isScalar(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' || !allowed.includes(key)) {
                this.fail(`unknown key in ${what}; allowed: ${allowed.join(', ')}`, pair.key);
            }
            pairs.set(key, pair.value);
        }
        return pairs;
    }
    /** Each item with where it is; absent or null is an empty list. */
    strings(node, name) {
        const { isScalar, isSeq } = this.yaml;
        if (this.isEmpty(node))
            return [];
        if (!isSeq(node))
            this.fail(`${name} must be a list of strings`, node);
        return node.items.map((item, i) => {
            if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') {
                this.fail(`item ${i + 1} of ${name} must be a non-empty string`, item);
            }
            return { value: item.value.trim(), node: item };
        });
    }
}
/** Parses `.github/openai-key-guard.yml`: `allow: { paths: [globs], fingerprints: [sha256 hex] }`. */
async function parseConfig(file, text) {
    // The YAML parser is loaded only for a repository that has a config file: a scan without one starts faster.
    const yaml = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
    const lines = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const reader = new ConfigReader(yaml, file, lines);
    // A warning (an unknown !tag) is an error too: the file would not mean what it seems to.
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
        reader.fail(`not valid YAML (${problem.code.toLowerCase().replace(/_/g, ' ')})`, { range: problem.pos });
    }
    // Aliases buy nothing in a file this small, and can expand without bound or name anchors that are not there.
    yaml.visit(doc, {
        Alias: (_, node) => reader.fail('aliases (*name) are not supported here', node)
    });
    const root = doc.contents;
    if (reader.isEmpty(root))
        return { paths: [], fingerprints: [] };
    if (!yaml.isMap(root))
        reader.fail('the file must be a mapping with an "allow" key', root);
    const allowNode = reader.mapping(root, 'the file', ['allow']).get('allow');
    if (reader.isEmpty(allowNode))
        return { paths: [], fingerprints: [] };
    const allow = reader.mapping(allowNode, 'allow', [
        'paths',
        'fingerprints',
        ...Object.keys(MESSAGE_SWITCHES)
    ]);
    const messages = [];
    for (const [name, kind] of Object.entries(MESSAGE_SWITCHES)) {
        const node = allow.get(name);
        if (reader.isEmpty(node))
            continue;
        const value = yaml.isScalar(node) ? node.value : undefined;
        if (typeof value !== 'boolean')
            reader.fail(`allow.${name} must be true or false`, node);
        if (value)
            messages.push(kind);
    }
    const fingerprints = reader
        .strings(allow.get('fingerprints'), 'allow.fingerprints')
        .map(({ value, node }, i) => {
        const fp = value.toLowerCase();
        if (!FINGERPRINT.test(fp))
            reader.fail(`item ${i + 1} of allow.fingerprints is not a SHA-256 in hex (64 characters)`, node);
        return fp;
    });
    const paths = reader.strings(allow.get('paths'), 'allow.paths').map(({ value }) => value);
    return messages.length > 0 ? { paths, fingerprints, messages } : { paths, fingerprints };
}
/** The explicit config file, or the default one when present; an explicit file that is missing is an error. */
async function loadConfig(cwd, file) {
    const name = file ?? DEFAULT_CONFIG;
    const content = (0,src_files/* readRegularFile */.XF)(external_node_path_default().resolve(cwd, name), {
        what: `The config file ${name}`,
        maxBytes: MAX_CONFIG_BYTES,
        root: cwd
    });
    if (!content) {
        if (!file)
            return { paths: [], fingerprints: [] };
        throw new errors/* ConfigurationError */.j1(`Cannot read the config file ${file}: it does not exist.`);
    }
    return parseConfig(name, content.toString('utf8'));
}
/** Reads an earlier JSON report (`{ findings: [{ fingerprint, path? }] }`): the keys it lists are accepted. */
function loadBaseline(cwd, file) {
    const content = (0,src_files/* readRegularFile */.XF)(external_node_path_default().resolve(cwd, file), {
        what: `The baseline ${file}`,
        maxBytes: MAX_BASELINE_BYTES,
        root: cwd
    });
    if (!content)
        throw new errors/* ConfigurationError */.j1(`Cannot read the baseline ${file}: it does not exist.`);
    return parseBaseline(file, content.toString('utf8'));
}
/** Parses a baseline's text; `file` names it in errors. */
function parseBaseline(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        // V8's message quotes the text it choked on: keep only the position, when it gives one.
        const at = /\(line (\d+) column (\d+)\)/.exec(error.message);
        throw new errors/* ConfigurationError */.j1(`The baseline ${file} is not valid JSON${at ? ` at line ${at[1]}, column ${at[2]}` : ''}: use the JSON report of an earlier scan.`);
    }
    const findings = plainObject(doc) ? doc.findings : undefined;
    if (!Array.isArray(findings)) {
        throw new errors/* ConfigurationError */.j1(`The baseline ${file} must be the JSON report of an earlier scan ({"findings": [...]}).`);
    }
    return findings.map((entry, i) => {
        const fp = plainObject(entry) ? entry.fingerprint : undefined;
        if (typeof fp !== 'string' || !FINGERPRINT.test(fp.toLowerCase())) {
            throw new errors/* ConfigurationError */.j1(`The baseline ${file}: findings[${i}] has no valid fingerprint.`);
        }
        const where = plainObject(entry) && typeof entry.path === 'string' ? entry.path : undefined;
        return where === undefined
            ? { fingerprint: fp.toLowerCase() }
            : { fingerprint: fp.toLowerCase(), path: where };
    });
}
const INLINE_MARKER_BYTES = INLINE_MARKERS.map((marker) => Buffer.from(marker, 'latin1'));
/**
 * Whether line `n` (1-based) of `text` carries an inline allow comment. Each line is found from the one asked
 * for before (the last answer is kept for several keys on one line), so asking in ascending order, as `detect`
 * returns hits, reads the text once however many keys it holds.
 */
function lineJudge(text) {
    let line = 1;
    let start = 0;
    let last = { line: 0, allowed: false };
    return (n) => {
        if (last.line === n)
            return last.allowed;
        if (n < line)
            [line, start] = [1, 0];
        for (; line < n && start >= 0; line++) {
            const nl = text.indexOf(0x0a, start);
            start = nl < 0 ? -1 : nl + 1;
        }
        const end = start < 0 ? -1 : text.indexOf(0x0a, start);
        const lineBytes = start < 0 ? undefined : text.subarray(start, end < 0 ? text.length : end);
        last = { line: n, allowed: INLINE_MARKER_BYTES.some((marker) => lineBytes?.includes(marker) === true) };
        return last.allowed;
    };
}
/**
 * For each of `hits`, whether the key's line carries `openai-key-guard:allow` (or gitleaks' `gitleaks:allow`),
 * judged on the bytes the detector numbered that line in: the buffer itself, or its UTF-16 text as UTF-8.
 */
function allowedInline(content, hits) {
    const judges = new Map();
    return hits.map((hit) => {
        const text = hit.encoding === 'utf16le' || hit.encoding === 'utf16be' ? hit.encoding : 'plain';
        let judge = judges.get(text);
        if (!judge) {
            judge = lineJudge(text === 'plain' ? content : utf16AsUtf8(content, text === 'utf16be'));
            judges.set(text, judge);
        }
        return judge(hit.line);
    });
}
/** Config paths and fingerprints plus baseline entries; inline comments are judged where the bytes are. */
class Allowlist {
    fingerprints;
    baseline;
    pathMatch;
    globs;
    messages;
    constructor(fingerprints, baseline, pathMatch, globs, messages) {
        this.fingerprints = fingerprints;
        this.baseline = baseline;
        this.pathMatch = pathMatch;
        this.globs = globs;
        this.messages = messages;
    }
    /** Path globs match in time linear in the path (see glob.ts): a config is repository content. */
    static async create(config, baseline = []) {
        const pathMatch = config.paths.length > 0 ? (0,glob/* pathMatcher */.kZ)(config.paths) : (_) => false;
        return new Allowlist(new Set(config.fingerprints), baseline, pathMatch, config.paths, new Set(config.messages ?? []));
    }
    /**
     * Which rule allows the finding, in words (`allow.paths "fixtures/**"`), or undefined. Asked only for the
     * few findings whose rule must be named, so each glob is matched on its own here.
     */
    async ruleFor(finding) {
        if (this.fingerprints.has(finding.fingerprint)) {
            return { source: 'config', rule: "allow.fingerprints (the key's fingerprint)" };
        }
        const kind = finding.kind;
        if (kind && this.messages.has(kind)) {
            const name = Object.keys(MESSAGE_SWITCHES).find((n) => MESSAGE_SWITCHES[n] === kind) ?? kind;
            return { source: 'config', rule: `allow.${name}` };
        }
        for (const glob of finding.kind ? [] : this.globs) {
            const one = await Allowlist.create({ paths: [glob], fingerprints: [] });
            if (one.allows(finding))
                return { source: 'config', rule: `allow.paths ${JSON.stringify(glob.slice(0, 80))}` };
        }
        return this.allows(finding)
            ? { source: 'baseline', rule: "an entry with the key's fingerprint" }
            : undefined;
    }
    allows(finding) {
        if (this.fingerprints.has(finding.fingerprint))
            return true;
        if (finding.kind ? this.messages.has(finding.kind) : this.pathMatch(finding.path))
            return true;
        return this.baseline.some((entry) => entry.fingerprint === finding.fingerprint && (entry.path === undefined || entry.path === finding.path));
    }
}

;// CONCATENATED MODULE: ./src/scan/rules.ts




/** A config or baseline larger than this is not a rules file: it is refused rather than read. */
const RULES_FILE_MAX = 1024 * 1024;
const NO_CONFIG = { paths: [], fingerprints: [] };
/** The rules in the working tree: for scans of the user's own checkout (worktree, history, staged, stdin). */
async function worktreeRules(cwd, files) {
    return Allowlist.create(await loadConfig(cwd, files.config), files.baseline ? loadBaseline(cwd, files.baseline) : []);
}
/** The file's path inside the repository, or undefined when it lies outside (the workflow's own file). */
async function repositoryPath(git, file) {
    const top = (0,external_node_fs_.realpathSync)((await git.run(['rev-parse', '--show-toplevel'])).trim());
    const relative = external_node_path_default().relative(top, external_node_path_default().resolve((0,external_node_fs_.realpathSync)(git.cwd), file));
    if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative))
        return undefined;
    return relative.split((external_node_path_default()).sep).join('/');
}
/**
 * The text of a regular file at a commit, read as a blob (never from the working tree), within
 * RULES_FILE_MAX; undefined when the commit has no such path.
 */
async function regularFileAt(git, commit, file, where) {
    const out = await git.run(['ls-tree', '-l', '-z', '--full-tree', commit, '--', where]);
    for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0 || entry.slice(tab + 1) !== where)
            continue;
        const [mode = '', type, oid = '', size] = entry.slice(0, tab).split(/ +/);
        const at = `${file} in commit ${commit.slice(0, 12)}`;
        if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
            throw new errors/* ConfigurationError */.j1(`${at} is not a regular file (mode ${mode}): rules are read from regular files only.`);
        }
        if (!(Number(size) <= RULES_FILE_MAX)) {
            throw new errors/* ConfigurationError */.j1(`${at} is larger than ${RULES_FILE_MAX / 1024 / 1024} MiB: it cannot be a rules file.`);
        }
        return (await git.runBuffer(['cat-file', 'blob', oid])).toString('utf8');
    }
    return undefined;
}
const OUTSIDE = Symbol('outside the repository');
/**
 * The rules as `commit` holds them: its config and baseline blobs. A file named outside the repository is
 * the workflow's, not the commit's: it is read from disk. Without a commit (nothing to trust) there are no
 * rules from the repository.
 */
async function rulesAt(git, commit, files) {
    const missing = [];
    const textOf = async (file, explicit) => {
        const where = await repositoryPath(git, file);
        if (where === undefined)
            return OUTSIDE;
        const text = commit === undefined ? undefined : await regularFileAt(git, commit, file, where);
        if (text === undefined && explicit)
            missing.push(file);
        return text;
    };
    const configFile = files.config ?? DEFAULT_CONFIG;
    const configText = await textOf(configFile, files.config !== undefined);
    const config = configText === OUTSIDE
        ? await loadConfig(git.cwd, files.config)
        : configText === undefined
            ? NO_CONFIG
            : await parseConfig(configFile, configText);
    let baseline = [];
    if (files.baseline !== undefined) {
        const text = await textOf(files.baseline, true);
        baseline =
            text === OUTSIDE
                ? loadBaseline(git.cwd, files.baseline)
                : text === undefined
                    ? []
                    : parseBaseline(files.baseline, text);
    }
    return { allowlist: await Allowlist.create(config, baseline), missing };
}

;// CONCATENATED MODULE: ./src/paths.ts
// File names are bytes: git keeps them as they are, and so does every read. In memory a path is a string: UTF-8
// where the name is UTF-8, and each byte that is not part of a valid UTF-8 character kept as a lone surrogate
// U+DC80–U+DCFF (Python's "surrogateescape", PEP 383). Nothing is lost, two names never become one, and reports
// show such a byte in octal, as git does (report/quote.ts).
const strict = new TextDecoder('utf-8', { fatal: true });
/** Length of the UTF-8 sequence that a lead byte announces (0 for a byte that cannot start one). */
function sequenceLength(lead) {
    if (lead >= 0xc2 && lead <= 0xdf)
        return 2;
    if (lead >= 0xe0 && lead <= 0xef)
        return 3;
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    return 0;
}
/** The character at `at` when the bytes there are one valid UTF-8 character of two or more bytes. */
function characterAt(bytes, at) {
    const length = sequenceLength(bytes[at]);
    if (length === 0 || at + length > bytes.length)
        return undefined;
    try {
        return strict.decode(bytes.subarray(at, at + length));
    }
    catch {
        return undefined;
    }
}
/** A name's bytes as a path string: UTF-8, with each stray byte as a lone surrogate. */
function pathFromBytes(name) {
    try {
        return strict.decode(name);
    }
    catch {
        // not UTF-8 throughout: byte by byte below
    }
    let out = '';
    for (let at = 0; at < name.length;) {
        const byte = name[at];
        const character = byte >= 0x80 ? characterAt(name, at) : undefined;
        if (character !== undefined) {
            out += character;
            at += Buffer.byteLength(character);
        }
        else {
            out += String.fromCharCode(byte < 0x80 ? byte : 0xdc00 + byte);
            at++;
        }
    }
    return out;
}
/** A path from git's `-z` output decoded as latin1 (one character per byte, so nothing is lost). */
function gitPath(latin1) {
    // ASCII (nearly every name) is the same in latin1 and UTF-8.
    // eslint-disable-next-line no-control-regex -- any ASCII byte, controls included
    return /^[\x00-\x7f]*$/.test(latin1) ? latin1 : pathFromBytes(Buffer.from(latin1, 'latin1'));
}

;// CONCATENATED MODULE: ./src/scan/sources/common.ts



/** A key found in a blob, placed at the commit and path of one change that added the blob. */
function hitAt(found, change) {
    const { commit, authorDate, order, path } = change;
    return {
        hit: found.hit,
        inlineAllowed: found.inlineAllowed,
        path,
        commit,
        authorDate,
        order,
        preExisting: false,
        ...(found.known ? { known: found.known } : {})
    };
}
/** The detector's keys in a buffer, each with whether its line allows it inline; no prefilter. */
function common_detectKeys(content) {
    const hits = detect(content);
    const allowed = allowedInline(content, hits);
    return hits.map((hit, i) => ({ hit, inlineAllowed: allowed[i] === true }));
}
/** The keys in a buffer: the cheap prefilter first, the detector only on buffers that may hold one. */
function keysIn(content) {
    return mayContainKey(content) ? common_detectKeys(content) : [];
}
/** The format the raw-log parser expects: a NUL, a `C` marker, the commit id and its author date. */
const RAW_LOG_ARGS = [
    '--no-color',
    '--format=%x00C %H %aI',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--root',
    '-m',
    '-z'
];
/**
 * Parses `git log` output made with RAW_LOG_ARGS (or with `-c` for `-m`) chunk by chunk: `C <commit> <date>` headers, then for each change a meta
 * field (one `:` per parent, the modes, the blob ids, the status) and the path. A path is taken as it is, so a
 * path that looks like a header cannot confuse it; only the paths of wanted blobs are decoded.
 */
class RawLogParser {
    carry = [];
    commit = '';
    authorDate = '';
    commits = 0;
    /** The change whose path is the next token, when its blob is wanted; null for a path to skip. */
    pending;
    wanted;
    onChange;
    constructor(wanted, onChange) {
        this.wanted = wanted;
        this.onChange = onChange;
    }
    push(chunk) {
        let start = 0;
        for (let nul = chunk.indexOf(0, start); nul >= 0; nul = chunk.indexOf(0, start)) {
            const piece = chunk.subarray(start, nul);
            this.token(this.carry.length > 0 ? Buffer.concat([...this.carry.splice(0), piece]) : piece);
            start = nul + 1;
        }
        if (start < chunk.length)
            this.carry.push(chunk.subarray(start));
    }
    /** The number of commits; throws when the log ended in the middle of a change. */
    end() {
        if (this.carry.length > 0)
            this.token(Buffer.concat(this.carry.splice(0)));
        if (this.pending !== undefined)
            throw new Error('git log ended in the middle of a change');
        return this.commits;
    }
    token(bytes) {
        if (this.pending !== undefined) {
            // Paths are bytes, not always UTF-8: pathFromBytes keeps every one of them.
            if (this.pending)
                this.onChange({ ...this.pending, path: pathFromBytes(bytes) });
            this.pending = undefined;
            return;
        }
        // Each header but the first follows the previous commit's last field after a newline.
        let at = 0;
        while (bytes[at] === 10)
            at++;
        if (bytes[at] === 0x43 /* C */ && bytes[at + 1] === 0x20) {
            const [, id = '', date = ''] = bytes.toString('latin1', at).split(' ');
            // With `-m` a merge comes once per parent, one right after the other: one commit all the same.
            if (id !== this.commit)
                this.commits++;
            this.commit = id;
            this.authorDate = date;
        }
        else if (bytes[at] === 0x3a /* : */) {
            let parents = 0;
            while (bytes[at + parents] === 0x3a)
                parents++;
            // Modes of each parent and of the result, then the blob ids likewise, then the status.
            const fields = bytes.toString('latin1', at + parents).split(' ');
            const newOid = fields[2 * parents + 1] ?? '';
            this.pending = this.wanted(newOid)
                ? {
                    commit: this.commit,
                    authorDate: this.authorDate,
                    order: this.commits - 1,
                    status: fields[2 * parents + 2] ?? '',
                    oldOid: fields[parents + 1] ?? '',
                    newOid,
                    newMode: fields[parents] ?? ''
                }
                : null;
        }
    }
}
/** Parses a whole log made with RAW_LOG_ARGS; returns the number of commits. */
function parseRawLog(output, onChange) {
    const parser = new RawLogParser(() => true, onChange);
    parser.push(output);
    return parser.end();
}
/** Gitlinks (submodules) name commits of another repository: nothing to read here. */
function isBlobMode(mode) {
    return mode !== '160000' && mode !== '000000';
}

;// CONCATENATED MODULE: ./src/scan/sources/chunks.ts
// Large files and blobs, in bounded memory: the detector sees overlapping windows of at most CHUNK_BYTES plus
// OVERLAP_BYTES, never the whole input. One window holds a whole small file, so the common case costs nothing.



/** Bytes a window adds to the previous one. 4 MiB stays in the CPU caches: reading it is faster than more. */
const CHUNK_BYTES = 4 << 20;
/**
 * A key past the edge of one window must lie whole in the next. The longest key in its widest encoding: UTF-16
 * doubles it, base64 wrapped at narrow columns with CRLF doubles it too; twice that again for the context the
 * detector reads around a key, rounded up to a power of two (even, so UTF-16 keeps its byte order).
 */
const LONGEST_KEY = MAX_PREFIX + MARKER.length + MAX_SEGMENT;
const OVERLAP_BYTES = 2 ** Math.ceil(Math.log2(2 * 2 * 2 * LONGEST_KEY));
/**
 * How far a hit must be from a cut edge of its window to be trusted. A key cut by the edge is seen truncated;
 * the same window with EDGE_BYTES fewer at that edge sees it truncated differently, so only whole keys are seen
 * by both. A multiple of 4 (base64) and of 2 (UTF-16).
 */
const EDGE_BYTES = 64;
/**
 * Keys in a byte stream too large for one buffer. Windows are [k·chunk, (k+1)·chunk + overlap): each overlaps
 * the next by `overlap` bytes, so every key lies whole, away from the cut edges, in at least one of them. Lines
 * are counted as the windows move on, so a hit keeps its line in the whole input; its column, when its line
 * began before its window, counts the bytes of that line before the window (they are gone by then).
 */
class ChunkedKeys {
    buffer;
    /** Bytes of the stream before buffer[0], and how many bytes the buffer holds. */
    start = 0;
    filled = 0;
    /** Newlines before buffer[0], and bytes of the line that buffer[0] belongs to, before it. */
    lines = 0;
    lineBytes = 0;
    found = new Map();
    chunk;
    overlap;
    constructor(chunk = CHUNK_BYTES, overlap = OVERLAP_BYTES) {
        if (chunk < 2 * EDGE_BYTES || overlap < 4 * EDGE_BYTES || chunk % 4 !== 0 || overlap % 4 !== 0) {
            throw new Error(`chunk ${chunk} and overlap ${overlap} are too small or not multiples of 4`);
        }
        this.chunk = chunk;
        this.overlap = overlap;
        this.buffer = Buffer.allocUnsafe(Math.min(chunk + overlap, 1 << 20));
    }
    /** Bytes read so far. */
    get bytes() {
        return this.start + this.filled;
    }
    /** Starts a new stream, keeping the buffer (one instance reads thousands of small files without garbage). */
    reset() {
        this.start = 0;
        this.filled = 0;
        this.lines = 0;
        this.lineBytes = 0;
        this.found.clear();
    }
    /** Adds bytes that a stream handed over (blobs from git). */
    push(piece) {
        let from = 0;
        while (from < piece.length) {
            const room = this.room();
            const n = Math.min(room, piece.length - from);
            piece.copy(this.buffer, this.filled, from, from + n);
            this.filled += n;
            from += n;
            if (this.filled === this.chunk + this.overlap)
                this.slide();
        }
    }
    /**
     * Pulls bytes with `read(buffer, offset, length)` (0 at the end, like readSync) until the end of the stream.
     * The bytes go straight into the window: nothing is copied.
     */
    pull(read) {
        for (;;) {
            const room = this.room(); // first: it may replace the buffer with a larger one
            const n = read(this.buffer, this.filled, room);
            if (n === 0)
                return;
            this.filled += n;
            if (this.filled === this.chunk + this.overlap)
                this.slide();
        }
    }
    /** The keys of the whole stream, each once per place. */
    end() {
        // Always the last window, even when the previous one held all of it: that one distrusted its own last bytes.
        this.scan(this.buffer.subarray(0, this.filled), true);
        return [...this.found.values()];
    }
    zeroWindow;
    allZeros(window) {
        if (window.length === 0 || window[0] !== 0 || window[window.length - 1] !== 0)
            return false;
        this.zeroWindow ??= Buffer.alloc(this.chunk + this.overlap);
        return window.equals(this.zeroWindow.subarray(0, window.length));
    }
    /** Free space in the window, growing the buffer (up to one window) when it is full. */
    room() {
        const capacity = this.chunk + this.overlap;
        if (this.filled === this.buffer.length && this.buffer.length < capacity) {
            const larger = Buffer.allocUnsafe(Math.min(capacity, this.buffer.length * 2));
            this.buffer.copy(larger, 0, 0, this.filled);
            this.buffer = larger;
        }
        return Math.min(this.buffer.length, capacity) - this.filled;
    }
    /** Scans the full window, then keeps its last `overlap` bytes as the start of the next one. */
    slide() {
        this.scan(this.buffer.subarray(0, this.filled), false);
        const gone = this.buffer.subarray(0, this.chunk);
        let newlines = 0;
        let last = -1;
        for (let at = gone.indexOf(0x0a); at >= 0; at = gone.indexOf(0x0a, at + 1)) {
            newlines++;
            last = at;
        }
        this.lines += newlines;
        this.lineBytes = last < 0 ? this.lineBytes + this.chunk : this.chunk - last - 1;
        this.buffer.copy(this.buffer, 0, this.chunk, this.filled);
        this.start += this.chunk;
        this.filled -= this.chunk;
    }
    scan(window, atEnd) {
        // Holes of sparse files and zero-filled images hold no key; memcmp tells at once, the searches would not.
        if (this.allZeros(window))
            return;
        const hits = keysIn(window);
        if (hits.length === 0)
            return;
        const cutLeft = this.start > 0;
        const cutRight = !atEnd;
        let trusted = hits;
        if (cutLeft || cutRight) {
            const inner = window.subarray(cutLeft ? EDGE_BYTES : 0, window.length - (cutRight ? EDGE_BYTES : 0));
            const seen = new Set(detect(inner).map(({ key, encoding }) => `${encoding}\0${key}`));
            trusted = hits.filter(({ hit }) => seen.has(`${hit.encoding}\0${hit.key}`));
        }
        for (const { hit, inlineAllowed } of trusted) {
            const firstLine = hit.line === 1;
            // UTF-16 columns count two-byte characters: the bytes of the line before the window are halved.
            const before = hit.encoding === 'utf16le' || hit.encoding === 'utf16be' ? this.lineBytes >> 1 : this.lineBytes;
            const placed = {
                ...hit,
                line: this.lines + hit.line,
                column: firstLine ? before + hit.column : hit.column
            };
            const id = `${hit.encoding}\0${hit.key}\0${placed.line}\0${placed.column}`;
            const known = this.found.get(id);
            // The same place seen from two windows: allowed inline only when both saw the allow comment.
            this.found.set(id, { hit: placed, inlineAllowed: inlineAllowed && (known?.inlineAllowed ?? true) });
        }
    }
}

;// CONCATENATED MODULE: ./src/scan/sources/base.ts




/**
 * Blobs over one chunk are scanned in pieces as git hands them over; `done` holds their keys, by blob id,
 * until the caller takes them. Small blobs come whole.
 */
function chunkedBlobs() {
    const done = new Map();
    const pieces = {
        above: CHUNK_BYTES,
        open: (oid) => {
            const keys = new ChunkedKeys();
            return {
                push: (piece) => keys.push(piece),
                end: () => done.set(oid, { found: keys.end(), bytes: keys.bytes })
            };
        }
    };
    return { pieces, done };
}
/** Reads blobs through one cat-file, a window at a time, and hands over each one's keys: memory stays bounded. */
async function readBlobKeys(git, oids, onBlob, window = 256) {
    const large = chunkedBlobs();
    const cat = new src_git/* CatFile */.tK(git, { pieces: large.pieces });
    try {
        for (let i = 0; i < oids.length; i += window) {
            const slice = oids.slice(i, i + window);
            const contents = await Promise.all(slice.map((oid) => cat.read(oid)));
            slice.forEach((oid, j) => {
                const content = contents[j];
                const chunked = large.done.get(oid);
                large.done.delete(oid);
                onBlob(oid, chunked ?? (content ? { found: keysIn(content), bytes: content.length } : undefined));
            });
        }
    }
    finally {
        await cat.close();
    }
}
/** path → blob id of a tree (`git ls-tree -r`), for the paths asked for. */
async function treeBlobs(git, treeish, paths) {
    const out = await git.runBuffer(['ls-tree', '-r', '-z', '--full-tree', treeish]);
    const blobs = new Map();
    for (const entry of out.toString('latin1').split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0)
            continue;
        const [, type, oid] = entry.slice(0, tab).split(' ');
        const file = gitPath(entry.slice(tab + 1));
        if (type === 'blob' && oid && paths.has(file))
            blobs.set(file, oid);
    }
    return blobs;
}
/**
 * Which of `keys` were already in `treeish`. The rule: a key is pre-existing when the base version of any
 * path the range touches holds it (any encoding), or when it appears as plain text anywhere in the base
 * tree (`git grep`, for keys copied from an untouched file). A key base64-encoded in an untouched file counts
 * as introduced: when unsure we fail closed.
 */
async function keysAt(git, treeish, touched, keys) {
    const present = new Set();
    if (keys.size === 0)
        return present;
    const blobs = [...new Set((await treeBlobs(git, treeish, touched)).values())];
    await readBlobKeys(git, blobs, (_oid, blob) => {
        for (const { hit } of blob?.found ?? [])
            if (keys.has(hit.key))
                present.add(hit.key);
    });
    const rest = [...keys].filter((k) => !present.has(k));
    if (rest.length === 0)
        return present;
    // Patterns go through stdin: keys never appear in a process list.
    const out = await git.run(['grep', '--no-color', '-I', '-h', '-o', '-F', '-f', '-', treeish, '--'], {
        input: rest.join('\n') + '\n',
        okCodes: [1]
    });
    const found = new Set(out.split('\n'));
    for (const key of rest)
        if (found.has(key))
            present.add(key);
    return present;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./src/scan/sources/history-log.ts





/**
 * Every commit of every ref, oldest first, with the (path, blob) pairs it changes. Merges are shown in git's
 * combined form (`-c`): only the paths whose result differs from every parent. That is exactly what the scan
 * needs, because the first commit to hold a (blob, path) pair differs from each of its parents there (they come
 * earlier and do not hold it), so it is always listed, also when it is a merge whose resolution made the blob.
 * Diffing each merge against each parent instead (`-m`) lists again every change a side branch brought in: on
 * real repositories, full of pull-request merges and long-lived branches, that is most of the log.
 */
const COMMIT_LOG_ARGS = [
    'log',
    '--all',
    '--reverse',
    '--topo-order',
    ...RAW_LOG_ARGS.map((arg) => (arg === '-m' ? '-c' : arg))
];
/**
 * Starts the log into a private spool file: git writes it on its own core beside the blob reading, and this
 * process holds none of it in memory; the read back keeps only the changes of wanted blobs. The log walks trees
 * only, never blob contents, so it works on partial clones too.
 */
function startCommitLog(git) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'okg-history-'));
    const file = external_node_path_default().join(dir, 'log');
    let child;
    // A scan that failed first leaves no git behind: it would go on writing a log that nobody reads.
    const dispose = () => {
        if (child?.exitCode === null && child.signalCode === null)
            child.kill();
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    };
    let exited;
    try {
        const fd = (0,external_node_fs_.openSync)(file, 'wx', 0o600);
        try {
            const log = git.spawn(COMMIT_LOG_ARGS, ['ignore', fd, 'pipe'], { GIT_NO_LAZY_FETCH: '1' });
            child = log;
            let stderr = '';
            log.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
            exited = new Promise((resolve, reject) => {
                log.on('error', reject);
                log.on('close', (code) => resolve({ code: code ?? 1, stderr }));
            });
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (error) {
        dispose();
        throw error;
    }
    exited.catch(() => undefined); // awaited in changes(); a failure must not surface first as an unhandled rejection
    return {
        dispose,
        async changes(wanted, onChange) {
            const { code, stderr } = await exited;
            if (code !== 0)
                throw (0,src_git/* gitFailure */.tv)(git.cwd, ['log'], code, stderr);
            const parser = new RawLogParser(wanted, onChange);
            for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }))
                parser.push(chunk);
            return parser.end();
        }
    };
}

;// CONCATENATED MODULE: ./src/scan/sources/messages.ts
// Text people write outside files: commit messages, annotated tag messages and notes. Messages are read as git
// objects through `cat-file --batch`, whose answers carry their length: a message holding NULs or lines that look
// like headers cannot cut another message short or pass for one (a `git log --format` stream could).



const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: '1' };
/** A commit or tag object's headers (up to the first blank line) and its message (the rest). */
function split(object) {
    const end = object.indexOf('\n\n');
    if (end < 0)
        return { headers: object, message: Buffer.alloc(0) };
    return { headers: object.subarray(0, end), message: object.subarray(end + 2) };
}
/** One header's value; the headers are decoded only for the few objects whose message holds a key. */
function header(headers, name) {
    for (const line of headers.toString('utf8').split('\n'))
        if (line.startsWith(`${name} `))
            return line.slice(name.length + 1);
    return undefined;
}
/** `… 1767225660 +0130` (the end of an author or tagger header) as ISO 8601 with its offset, as `%aI` prints it. */
function identityDate(identity) {
    const m = /(\d+) ([+-])(\d\d)(\d\d)$/.exec(identity ?? '');
    if (!m)
        return undefined;
    const [, seconds, sign, hours, minutes] = m;
    const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    const local = new Date((Number(seconds) + offset * 60) * 1000).toISOString().replace(/\.000Z$/, '');
    return `${local}${sign}${hours}:${minutes}`;
}
function messageHit(found, kind, where) {
    return {
        hit: found.hit,
        inlineAllowed: found.inlineAllowed,
        path: '',
        kind,
        ...(where.commit ? { commit: where.commit } : {}),
        ...(where.authorDate ? { authorDate: where.authorDate } : {}),
        ...(where.tag ? { tag: where.tag } : {}),
        order: where.order,
        preExisting: false,
        ...(found.known ? { known: found.known } : {})
    };
}
function commitKeys(object) {
    const { headers, message } = split(object);
    return { found: keysIn(message), headers };
}
/** How many lines the headers and the blank line after them take, when `head` holds them whole. */
function headerLines(head) {
    const end = head.indexOf('\n\n');
    if (end < 0)
        return undefined;
    let lines = 2;
    for (let i = head.indexOf(10); i >= 0 && i < end; i = head.indexOf(10, i + 1))
        lines++;
    return lines;
}
/**
 * A commit too large to hold whole (a message of many megabytes is a hostile one) is scanned in pieces like a
 * large blob; its headers are read from its first bytes, and the lines of its keys counted from the subject.
 */
function largeCommits() {
    const done = new Map();
    const pieces = {
        above: CHUNK_BYTES,
        open: (oid) => {
            const keys = new ChunkedKeys();
            let head = Buffer.alloc(0);
            return {
                push: (piece) => {
                    if (head.length < HEAD_BYTES)
                        head = Buffer.concat([head, piece.subarray(0, HEAD_BYTES - head.length)]);
                    keys.push(piece);
                },
                end: () => {
                    const skip = headerLines(head) ?? 0;
                    const found = keys
                        .end()
                        .filter(({ hit }) => hit.line > skip)
                        .map((f) => ({ ...f, hit: { ...f.hit, line: f.hit.line - skip } }));
                    done.set(oid, { found, headers: split(head).headers });
                }
            };
        }
    };
    return { pieces, done };
}
/** The bytes of a large commit kept to read its headers: far more than any real header block. */
const HEAD_BYTES = 1 << 20;
/**
 * Streams the commit objects that `rev-list` lists (oldest first) through one buffered `cat-file --batch`, git
 * to git: one pass, no answer waited for one by one. `onCommit` gets each one's keys with its position.
 */
function readCommits(git, revisions, onCommit) {
    const revArgs = ['rev-list', '--reverse', '--topo-order', ...(revisions ? ['--stdin'] : ['--all'])];
    const revList = git.spawn(revArgs, ['pipe', 'pipe', 'pipe'], NO_LAZY_FETCH);
    const cat = git.spawn(['cat-file', src_git/* CAT_FILE_FORMAT */.WE, '--buffer'], ['pipe', 'pipe', 'pipe'], NO_LAZY_FETCH);
    const large = largeCommits();
    let order = 0;
    let failure;
    const parser = new src_git/* CatFileParser */.Ew((record) => {
        const chunked = large.done.get(record.name);
        large.done.delete(record.name);
        const readable = !record.missing && record.type === 'commit';
        onCommit(record.name, readable ? (chunked ?? commitKeys(record.content)) : undefined, order++);
    }, large.pieces);
    cat.stdout?.on('data', (chunk) => {
        if (failure)
            return;
        try {
            parser.push(chunk);
        }
        catch (error) {
            failure = error;
            revList.kill();
        }
    });
    cat.stdin?.on('error', () => undefined);
    revList.stdin?.on('error', () => undefined);
    if (revList.stdout && cat.stdin)
        revList.stdout.pipe(cat.stdin);
    revList.stdin?.end(revisions ? revisions.join('\n') + '\n' : '');
    const exit = (child, name) => {
        let stderr = '';
        child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
        return new Promise((resolve, reject) => {
            child.on('error', reject);
            child.on('close', (code) => code === 0 ? resolve() : reject((0,src_git/* gitFailure */.tv)(git.cwd, [name], code ?? 1, stderr)));
        });
    };
    return Promise.all([exit(revList, 'rev-list'), exit(cat, 'cat-file')]).then(() => {
        if (failure)
            throw failure;
        parser.end();
    });
}
/** A commit's author date (ISO 8601), from its headers. */
function commitDate(keys) {
    return keys.authorDate ?? identityDate(header(keys.headers, 'author'));
}
/** The findings of one commit's message keys, at its place in oldest-first order. */
function commitHits(commit, keys, order) {
    const authorDate = commitDate(keys);
    return keys.found.map((f) => messageHit(f, 'commit-message', { commit, authorDate, order }));
}
/** Keys in the messages (subject and body) of every commit, or of the range `[head, ^exclude…]`. */
async function commitMessages(git, range) {
    const result = { hits: [], unreadable: 0, commits: 0 };
    await readCommits(git, range, (commit, keys, order) => {
        result.commits++;
        if (!keys)
            result.unreadable++;
        else if (keys.found.length > 0)
            result.hits.push(...commitHits(commit, keys, order));
    });
    return result;
}
/**
 * The findings of message keys that were read out of order (the history scan reads commits beside the blobs):
 * each commit is placed in oldest-first order, which is asked of git only when there is a key to place.
 */
async function placeCommitMessages(git, found) {
    if (found.size === 0)
        return [];
    const commits = await git.run(['rev-list', '--reverse', '--topo-order', '--all'], { env: NO_LAZY_FETCH });
    const hits = [];
    let order = 0;
    for (const commit of commits.split('\n')) {
        const keys = found.get(commit);
        if (keys)
            hits.push(...commitHits(commit, keys, order));
        order++;
    }
    return hits;
}
/**
 * Keys in the messages of the annotated tags that refs name (a tag of a tag included), ordered after every
 * commit (`order`). Each is named by its ref and by the commit it tags, when it tags one.
 */
async function tagMessages(git, order) {
    const result = { hits: [], unreadable: 0, tags: 0 };
    const refs = await git.run(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)']);
    let queue = refs
        .split('\n')
        .map((line) => line.split(' '))
        .filter(([type, oid, ref]) => type === 'tag' && oid && ref)
        .map(([, oid = '', ref = '']) => ({ oid, tag: ref.replace(/^refs\/tags\//, '') }));
    const seen = new Set();
    const cat = new src_git/* CatFile */.tK(git, { lazyFetch: false });
    try {
        while (queue.length > 0) {
            const batch = queue.filter(({ oid }) => !seen.has(oid) && seen.add(oid));
            const tagOf = new Map(batch.map((t) => [t.oid, t.tag]));
            queue = [];
            const oids = [...tagOf.keys()];
            const objects = await Promise.all(oids.map((oid) => cat.read(oid)));
            result.tags += oids.length;
            oids.forEach((oid, i) => {
                const object = objects[i];
                const tag = tagOf.get(oid) ?? '';
                if (!object) {
                    result.unreadable++;
                    return;
                }
                const { headers, message } = split(object);
                const target = header(headers, 'object') ?? '';
                const type = header(headers, 'type');
                if (type === 'tag' && target)
                    queue.push({ oid: target, tag });
                const commit = type === 'commit' ? target : undefined;
                const authorDate = identityDate(header(headers, 'tagger'));
                for (const f of keysIn(message))
                    result.hits.push(messageHit(f, 'tag-message', { commit, authorDate, tag, order }));
            });
        }
    }
    finally {
        await cat.close();
    }
    return result;
}
/** A note's path in a notes tree: the annotated object's id, whole or split into fan-out directories. */
const NOTE_PATH = /^(?:[0-9a-f]{2}\/)*[0-9a-f]+$/;
function annotatedObject(path) {
    if (!NOTE_PATH.test(path))
        return undefined;
    const oid = path.replace(/\//g, '');
    return oid.length === 40 || oid.length === 64 ? oid : undefined;
}
/**
 * Notes (`refs/notes/*`) are blobs in the trees of notes commits: the blob scan reads them, and names them by the
 * notes commit and a path made of the annotated object's id. Such hits become notes on the annotated object.
 */
async function markNotes(git, hits) {
    const candidates = hits.filter((h) => h.commit && !h.kind && annotatedObject(h.path));
    if (candidates.length === 0)
        return;
    const refs = (await git.run(['for-each-ref', '--format=%(objectname)', 'refs/notes/'])).split('\n');
    const tips = refs.filter(Boolean);
    if (tips.length === 0)
        return;
    const listed = await git.run(['rev-list', '--stdin'], { input: tips.join('\n') + '\n', env: NO_LAZY_FETCH });
    const notesCommits = new Set(listed.split('\n').filter(Boolean));
    for (const h of candidates) {
        if (!notesCommits.has(h.commit ?? ''))
            continue;
        h.kind = 'note';
        h.commit = annotatedObject(h.path);
        h.path = '';
    }
}

;// CONCATENATED MODULE: ./src/scan/sources/history.ts







function collect(child) {
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    const done = new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolve(code ?? 1));
    });
    return { stderr: () => stderr, done };
}
/** How many `cat-file` processes share the reading: two streams into this process move more than one. */
const READERS = 2;
/**
 * Deals the lines of the listings out to `to`, a block of whole lines at a time, each to the next target in turn
 * (whole blocks keep neighbouring objects, often deltas of one another, in one reader), and ends them all when
 * every listing has ended. The listings wait while any target is behind, but never for one that has closed (a
 * reader that died is reported by its exit). Lines stay bytes: nothing is decoded.
 */
function dealLines(from, to) {
    let next = 0;
    let open = from.length;
    const behind = new Set();
    const caughtUp = (target) => behind.delete(target) && behind.size === 0 && from.forEach(({ stream }) => stream.resume());
    for (const target of to)
        target.on('close', () => caughtUp(target));
    const send = (block) => {
        if (block.length === 0)
            return;
        const target = to[next++ % to.length];
        if (target.destroyed || target.write(block) || behind.has(target))
            return;
        behind.add(target);
        for (const { stream } of from)
            stream.pause();
        target.once('drain', () => caughtUp(target));
    };
    for (const { stream, keep } of from) {
        let partial;
        const lines = (block) => send(keep ? keptLines(block, keep) : block);
        stream.on('data', (chunk) => {
            const bytes = partial ? Buffer.concat([partial, chunk]) : chunk;
            const end = bytes.lastIndexOf(10) + 1;
            partial = end < bytes.length ? Buffer.from(bytes.subarray(end)) : undefined;
            lines(bytes.subarray(0, end));
        });
        stream.on('end', () => {
            if (partial)
                lines(Buffer.concat([partial, Buffer.from('\n')]));
            if (--open === 0)
                for (const target of to)
                    target.end();
        });
    }
}
/** The lines of `block` (whole lines) that `keep` accepts; the block itself when it accepts them all. */
function keptLines(block, keep) {
    const runs = [];
    let from = 0;
    for (let start = 0; start < block.length;) {
        const end = block.indexOf(10, start) + 1;
        if (!keep(block, start, end - 1)) {
            if (start > from)
                runs.push(block.subarray(from, start));
            from = end;
        }
        start = end;
    }
    if (from === 0)
        return block;
    if (from < block.length)
        runs.push(block.subarray(from));
    return Buffer.concat(runs);
}
/**
 * `rev-list --objects` names every blob and tag after a space (an empty name included) and prints the commits at
 * the tips of refs bare: those come with every other commit from the commit listing, so they are dropped here.
 * `?<id>` is an object that is missing: cat-file says so, and it is reported.
 */
function namesAnObject(bytes, start, end) {
    if (bytes[start] === 0x3f /* ? */)
        return true;
    const space = bytes.indexOf(0x20, start);
    return space >= 0 && space < end;
}
/**
 * Reads every reachable blob and commit once: `rev-list --objects` streams blob ids (with a path) and `rev-list`
 * the commit ids into long-lived `cat-file --batch` processes while this process scans what comes out, so
 * enumeration, reading and matching run side by side on separate cores. Commits are read here rather than in a
 * pass of their own: it would walk the history and start a `cat-file` once more. Missing objects are counted,
 * never fetched, never fatal.
 */
async function readAllBlobs(git, { onBlob, onCommit, onMissing, record }) {
    const noFetch = { GIT_NO_LAZY_FETCH: '1' };
    const listers = [
        git.spawn(['rev-list', '--objects', '--all', '--missing=print', '--filter=object:type=blob'], ['ignore', 'pipe', 'pipe'], noFetch),
        git.spawn(['rev-list', '--all'], ['ignore', 'pipe', 'pipe'], noFetch)
    ];
    const missing = [];
    let parseError;
    const readers = Array.from({ length: READERS }, () => {
        const cat = git.spawn(['cat-file', src_git/* CAT_FILE_FORMAT */.WE, '--buffer'], ['pipe', 'pipe', 'pipe'], noFetch);
        cat.stdin?.on('error', () => undefined);
        const large = chunkedBlobs();
        const commits = largeCommits();
        const pieces = {
            above: CHUNK_BYTES,
            open: (name, size, type) => (type === 'commit' ? commits : large).pieces.open(name, size, type)
        };
        const parser = new src_git/* CatFileParser */.Ew((record) => {
            if (record.missing) {
                missing.push(record.name.replace(/^\?/, ''));
                onMissing?.();
            }
            else if (record.type === 'blob') {
                const chunked = large.done.get(record.name);
                large.done.delete(record.name);
                onBlob(record.name, chunked ?? { found: keysIn(record.content), bytes: record.content.length }, record.rest);
            }
            else if (record.type === 'commit') {
                const chunked = commits.done.get(record.name);
                commits.done.delete(record.name);
                onCommit(record.name, chunked ?? commitKeys(record.content));
            }
        }, pieces);
        cat.stdout?.on('data', (chunk) => {
            if (parseError)
                return;
            try {
                parser.push(chunk);
            }
            catch (error) {
                parseError = error;
                for (const lister of listers)
                    lister.kill();
            }
        });
        return { cat, parser, reading: collect(cat) };
    });
    const [objects, commits] = listers;
    if (objects?.stdout && commits?.stdout)
        dealLines([
            {
                stream: objects.stdout,
                keep: record
                    ? (0,scan_record/* unrecorded */.yt)(record.record, record.blobs, namesAnObject, record.onBlobHits)
                    : namesAnObject
            },
            {
                stream: commits.stdout,
                keep: record && (0,scan_record/* unrecorded */.yt)(record.record, record.commits, undefined, record.onCommitHits)
            }
        ], readers.flatMap(({ cat }) => (cat.stdin ? [cat.stdin] : [])));
    const listings = listers.map(collect);
    const [listed, ...read] = await Promise.all([
        Promise.all(listings.map(({ done }) => done)),
        ...readers.map(({ reading }) => reading.done)
    ]);
    if (parseError)
        throw parseError;
    listed.forEach((code, i) => {
        if (code !== 0)
            throw (0,src_git/* gitFailure */.tv)(git.cwd, ['rev-list'], code, listings[i].stderr());
    });
    readers.forEach(({ reading, parser }, i) => {
        if (read[i] !== 0)
            throw (0,src_git/* gitFailure */.tv)(git.cwd, ['cat-file'], read[i], reading.stderr());
        parser.end();
    });
    return { missing };
}
/** The first ref (by name) that points at each object, directly or through an annotated tag. */
async function refsByObject(git) {
    const out = await git.run(['for-each-ref', '--format=%(objectname) %(*objectname) %(refname)']);
    const refs = new Map();
    for (const line of out.split('\n')) {
        // A ref name holds no space; a ref to anything but an annotated tag has an empty peeled id.
        const [direct = '', peeled = '', name = ''] = line.split(' ');
        for (const oid of [direct, peeled])
            if (oid && !refs.has(oid))
                refs.set(oid, name);
    }
    return refs;
}
/**
 * The fast history scan (see readAllBlobs). Only the blobs that hit, or could not be read, are looked up in the
 * commit log (see startCommitLog), and the log is started at the first of them: a history with nothing to
 * report costs no walk of its trees beside the reading. Commit messages are read in the same stream.
 */
async function scanHistory(git, progress, record, replay = true) {
    await git.assertRepository();
    // With a record, most blobs are skipped: the database's totals would only make the estimate wrong.
    if (!record)
        progress?.measureTotals((signal) => blobTotals(git, signal));
    const skipped = { blobs: { skipped: 0 }, commits: { skipped: 0 } };
    /** Each blob that hit, with what rev-list calls it: a path, or nothing for a blob that a tag names itself. */
    const hitBlobs = new Map();
    const messageKeys = new Map();
    const stats = { commits: 0, blobs: 0, bytes: 0 };
    let log;
    try {
        const { missing } = await readAllBlobs(git, {
            onBlob: (oid, { found, bytes }, name) => {
                stats.blobs++;
                stats.bytes += bytes;
                progress?.add(bytes);
                if (found.length === 0)
                    return record?.add(oid);
                record?.addHits(oid, found);
                hitBlobs.set(oid, { found, name });
                // Started at the first hit, the log runs beside the rest of the reading.
                log ??= startCommitLog(git);
            },
            onCommit: (oid, keys) => {
                stats.commits++;
                if (keys.found.length > 0) {
                    messageKeys.set(oid, keys);
                    record?.addHits(oid, keys.found, commitDate(keys));
                }
                else
                    record?.add(oid);
            },
            onMissing: () => (log ??= startCommitLog(git)),
            record: record && {
                record,
                ...skipped,
                // A recorded blob's hits go where a read blob's go: only rev-list listed it, so a history rewritten
                // without it reports nothing of it, and the log places it at the commits and paths that hold it now.
                ...(replay && {
                    onBlobHits: (oid, entry, name) => {
                        hitBlobs.set(oid, { found: (0,scan_record/* replayedHits */.$h)(entry), name });
                        log ??= startCommitLog(git);
                    },
                    onCommitHits: (oid, entry) => messageKeys.set(oid, {
                        found: (0,scan_record/* replayedHits */.$h)(entry),
                        headers: Buffer.alloc(0),
                        ...(entry.authorDate ? { authorDate: entry.authorDate } : {})
                    })
                })
            }
        });
        const read = stats.blobs + stats.commits + missing.length;
        const objects = { listed: read + skipped.blobs.skipped + skipped.commits.skipped, read, skipped: 0 };
        objects.skipped = objects.listed - read;
        stats.commits += skipped.commits.skipped;
        const messageHits = placeCommitMessages(git, messageKeys);
        messageHits.catch(() => undefined); // awaited below, after the log's own failure if any
        const hits = [];
        const paths = new Set();
        const missingOids = new Set(missing);
        const unmapped = new Set(hitBlobs.keys());
        if (log) {
            // The log is oldest first: the first change to a (blob, path) pair is the one that introduced it there.
            const placed = new Set();
            await log.changes((oid) => hitBlobs.has(oid) || missingOids.has(oid), (change) => {
                if (missingOids.has(change.newOid))
                    paths.add(change.path);
                const pair = `${change.newOid}\0${change.path}`;
                if (placed.has(pair))
                    return;
                placed.add(pair);
                for (const found of hitBlobs.get(change.newOid)?.found ?? [])
                    hits.push(hitAt(found, change));
                unmapped.delete(change.newOid);
            });
        }
        // A blob that no commit holds but a ref still reaches (a tag of a blob, or of a tree) is as public as the
        // rest: reported under its path in the tagged tree, or under the ref that names it, after every commit.
        const nameless = [...unmapped].some((oid) => !hitBlobs.get(oid)?.name);
        const refs = nameless ? await refsByObject(git) : new Map();
        for (const oid of unmapped) {
            const { found, name } = hitBlobs.get(oid) ?? { found: [], name: '' };
            const path = name || refs.get(oid) || oid;
            for (const { hit, inlineAllowed, known } of found) {
                hits.push({
                    hit,
                    path,
                    order: stats.commits,
                    inlineAllowed,
                    preExisting: false,
                    ...(known && { known })
                });
            }
        }
        return {
            hits,
            messageHits: await messageHits,
            stats: { ...stats, objects },
            unreadable: { objects: missing.length, paths: [...paths].sort() }
        };
    }
    finally {
        log?.dispose();
    }
}
/**
 * The blobs of the object database and their bytes, for an estimate of the time left: one pass over the pack
 * indexes and object headers (`--batch-check`, no contents), far quicker than the scan. It counts what the
 * database holds, which can be more than the refs reach (unreachable blobs), never less than what is readable.
 */
function blobTotals(git, signal) {
    const child = git.spawn(['cat-file', '--batch-all-objects', '--unordered', '--batch-check=%(objecttype) %(objectsize)'], ['ignore', 'pipe', 'ignore'], { GIT_NO_LAZY_FETCH: '1' });
    const totals = { objects: 0, bytes: 0 };
    let partial = '';
    child.stdout?.on('data', (chunk) => {
        const lines = (partial + chunk.toString('latin1')).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) {
            if (!line.startsWith('blob '))
                continue;
            totals.objects++;
            totals.bytes += Number(line.slice(5));
        }
    });
    return new Promise((resolve, reject) => {
        // Once the scan has ended, the totals are of no use, however far cat-file got.
        const stop = () => {
            child.kill();
            reject(new Error('cat-file: stopped, the scan ended first'));
        };
        if (signal.aborted)
            stop();
        else
            signal.addEventListener('abort', stop, { once: true });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve(totals) : reject(new Error(`cat-file exit ${code}`))));
    });
}
/**
 * The straightforward history scan, kept to check the fast one: walk every commit oldest first, list its
 * whole tree, read each (blob, path) pair the first time it appears, with a separate git call per blob.
 * It sees only what commits hold, not blobs and trees that a tag names directly.
 */
async function scanHistorySlow(git) {
    await git.assertRepository();
    const commits = (await git.run(['log', '--all', '--reverse', '--topo-order', '--format=%H %aI']))
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' '));
    const seen = new Set();
    const byBlob = new Map();
    const hits = [];
    const stats = { commits: commits.length, blobs: 0, bytes: 0 };
    const unreadable = { objects: 0, paths: new Set() };
    for (const [order, [commit, authorDate]] of commits.entries()) {
        const tree = await git.run(['ls-tree', '-r', '-z', commit]);
        for (const entry of tree.split('\0')) {
            const tab = entry.indexOf('\t');
            const [, type, oid = ''] = entry.slice(0, tab).split(' ');
            const path = entry.slice(tab + 1);
            if (tab < 0 || type !== 'blob' || seen.has(`${oid}\0${path}`))
                continue;
            seen.add(`${oid}\0${path}`);
            if (!byBlob.has(oid)) {
                const result = await git.exec(['cat-file', 'blob', oid], { env: { GIT_NO_LAZY_FETCH: '1' } });
                if (result.code === 0) {
                    stats.blobs++;
                    stats.bytes += result.stdout.length;
                }
                else
                    unreadable.objects++;
                byBlob.set(oid, result.code === 0 ? detectKeys(result.stdout) : undefined);
            }
            const found = byBlob.get(oid);
            if (!found)
                unreadable.paths.add(path);
            for (const { hit, inlineAllowed } of found ?? []) {
                hits.push({ hit, path, commit, authorDate, order, inlineAllowed, preExisting: false });
            }
        }
    }
    return { hits, stats, unreadable: { objects: unreadable.objects, paths: [...unreadable.paths].sort() } };
}

// EXTERNAL MODULE: ./src/scan/sources/fetch.ts
var fetch = __nccwpck_require__(448);
;// CONCATENATED MODULE: ./src/scan/sources/range.ts





/**
 * Every commit of the range, merges included (diffed against each parent, so a key added while resolving a
 * merge is seen), every blob a commit adds or changes, each unique blob read once. A key added and removed
 * again inside the range is still found: the head ref keeps it public. The range's commit messages are read too:
 * a key in one is introduced by the range, whatever the base holds.
 */
async function scanCommitRange(opts) {
    const { git, logger } = opts;
    await git.assertRepository();
    const set = await (0,fetch/* ensureRange */.Q)(opts);
    const revisions = [set.head, ...set.exclude.map((e) => `^${e}`)];
    const input = revisions.join('\n') + '\n';
    // The messages need nothing from the log: read beside it, they add no wait of their own.
    const messages = commitMessages(git, revisions);
    messages.catch(() => undefined); // awaited below; a failure of the log or the blobs must surface first
    const log = await git.runBuffer(['log', '--reverse', '--topo-order', ...RAW_LOG_ARGS, '--stdin'], { input });
    const changesByBlob = new Map();
    const touched = new Set();
    const commits = parseRawLog(log, (change) => {
        touched.add(change.path);
        if ((0,src_git/* isZeroOid */.t0)(change.newOid) || !isBlobMode(change.newMode))
            return;
        const list = changesByBlob.get(change.newOid);
        if (list)
            list.push(change);
        else
            changesByBlob.set(change.newOid, [change]);
    });
    logger.debug(`Range ${set.base?.slice(0, 12) ?? '(new branch)'}..${set.head.slice(0, 12)}: ${commits} commits.`);
    const hits = [];
    const result = {
        hits,
        commits: { head: set.head, rulesFrom: set.rulesFrom },
        notes: set.notes,
        stats: { commits, blobs: 0, bytes: 0 },
        unreadable: { objects: 0, paths: [] }
    };
    const unreadablePaths = new Set();
    await readBlobKeys(git, [...changesByBlob.keys()], (oid, blob) => {
        const changes = changesByBlob.get(oid) ?? [];
        if (!blob) {
            result.unreadable.objects++;
            for (const change of changes)
                unreadablePaths.add(change.path);
            return;
        }
        result.stats.blobs++;
        result.stats.bytes += blob.bytes;
        for (const found of blob.found) {
            for (const change of changes)
                hits.push(hitAt(found, change));
        }
    });
    result.unreadable.paths = [...unreadablePaths].sort();
    const { hits: messageHits, unreadable } = await messages;
    result.unreadable.objects += unreadable;
    if (set.base && hits.length > 0) {
        const before = await keysAt(git, set.base, touched, new Set(hits.map((h) => h.hit.key)));
        for (const h of hits)
            h.preExisting = before.has(h.hit.key);
        const inline = hits.filter((h) => h.inlineAllowed && h.preExisting);
        if (inline.length > 0) {
            const atBase = await inlineAllowedAt(git, set.base, new Set(inline.map((h) => h.path)));
            for (const h of inline)
                h.inlineAtBase = atBase.has(`${h.path}\0${h.hit.key}`);
        }
    }
    hits.push(...messageHits);
    return result;
}
/** `path\0key` for each key that `treeish` holds at one of `paths` on a line with an inline allow comment. */
async function inlineAllowedAt(git, treeish, paths) {
    const blobs = await treeBlobs(git, treeish, paths);
    const pathsOf = new Map();
    for (const [file, oid] of blobs)
        pathsOf.set(oid, [...(pathsOf.get(oid) ?? []), file]);
    const allowed = new Set();
    await readBlobKeys(git, [...pathsOf.keys()], (oid, blob) => {
        for (const found of blob?.found ?? []) {
            if (!found.inlineAllowed)
                continue;
            for (const file of pathsOf.get(oid) ?? [])
                allowed.add(`${file}\0${found.hit.key}`);
        }
    });
    return allowed;
}

;// CONCATENATED MODULE: ./src/scan/sources/staged.ts


/** Staged paths and their blob ids in the index: what the next commit will hold, not the worktree. */
async function stagedBlobs(git) {
    // latin1, then gitPath: names are bytes, and two names that are not UTF-8 must never become one.
    const list = async (args) => (await git.runBuffer(args)).toString('latin1').split('\0');
    const names = new Set((await list(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames']))
        .filter(Boolean)
        .map(gitPath));
    const blobs = new Map();
    if (names.size === 0)
        return blobs;
    for (const entry of await list(['ls-files', '-s', '-z'])) {
        const tab = entry.indexOf('\t');
        const [mode, oid] = entry.slice(0, tab).split(' ');
        const file = gitPath(entry.slice(tab + 1));
        if (tab > 0 && oid && mode !== '160000' && names.has(file))
            blobs.set(file, oid);
    }
    return blobs;
}
/**
 * The pre-commit scan: the staged version of every added or changed file. A key the file already held at
 * HEAD is pre-existing, so editing an old file does not block every commit until the key is rotated.
 */
async function scanStaged(git) {
    await git.assertRepository();
    const blobs = await stagedBlobs(git);
    const pathsOf = new Map();
    for (const [file, oid] of blobs)
        pathsOf.set(oid, [...(pathsOf.get(oid) ?? []), file]);
    const hits = [];
    const result = {
        hits,
        stats: { commits: 0, blobs: 0, bytes: 0 },
        unreadable: { objects: 0, paths: [] }
    };
    await readBlobKeys(git, [...pathsOf.keys()], (oid, blob) => {
        const paths = pathsOf.get(oid) ?? [];
        if (!blob) {
            result.unreadable.objects++;
            result.unreadable.paths.push(...paths);
            return;
        }
        result.stats.blobs++;
        result.stats.bytes += blob.bytes;
        for (const { hit, inlineAllowed } of blob.found) {
            for (const path of paths)
                hits.push({ hit, path, order: 0, inlineAllowed, preExisting: false });
        }
    });
    if (hits.length > 0 && (await git.resolveCommit('HEAD'))) {
        const before = await keysAt(git, 'HEAD', new Set(blobs.keys()), new Set(hits.map((h) => h.hit.key)));
        for (const h of hits)
            h.preExisting = before.has(h.hit.key);
    }
    result.unreadable.paths.sort();
    return result;
}

;// CONCATENATED MODULE: ./src/scan/sources/stdin.ts

const STDIN_PATH = '<stdin>';
/** Text piped in (a diff, a log, a paste): one buffer, one path. */
function scanStdin(input) {
    const hits = keysIn(input).map(({ hit, inlineAllowed }) => ({
        hit,
        path: STDIN_PATH,
        order: 0,
        inlineAllowed,
        preExisting: false
    }));
    return { hits, stats: { commits: 0, blobs: 1, bytes: input.length }, unreadable: { objects: 0, paths: [] } };
}

;// CONCATENATED MODULE: ./src/scan/sources/worktree.ts





const SKIP_DIRS = new Set(['.git', 'node_modules']);
const SLASH = Buffer.from('/');
/**
 * Files of a directory that is not a repository, skipping .git and node_modules. Names stay bytes: a name that
 * is not UTF-8 is opened as it is. Links are listed, never entered. Synchronous, like the reads.
 */
function walk(root, dir) {
    const entries = (0,external_node_fs_.readdirSync)(dir ? Buffer.concat([root, SLASH, dir]) : root, {
        withFileTypes: true,
        encoding: 'buffer'
    });
    const files = [];
    for (const entry of entries) {
        const rel = dir ? Buffer.concat([dir, SLASH, entry.name]) : entry.name;
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name.toString('latin1')))
                files.push(...walk(root, rel));
        }
        else if (entry.isFile() || entry.isSymbolicLink())
            files.push(rel);
    }
    return files;
}
/** Tracked and untracked files that .gitignore does not exclude, or every file outside a repository. */
async function worktreeFiles(git, root) {
    // One git call, not two: ls-files itself says when this is not a repository.
    const listed = await git.exec(['ls-files', '-co', '--exclude-standard', '-z']);
    if (listed.code !== 0)
        return walk(root);
    // latin1 maps bytes to characters one to one: the names come back as the very bytes git listed.
    const names = new Set(listed.stdout.toString('latin1').split('\0').filter(Boolean));
    return [...names].map((name) => Buffer.from(name, 'latin1'));
}
/** Why a file could not be read, in a few words. */
function reason(error) {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return code ? `read error ${code}` : error.message;
}
/**
 * What one path holds, as git would store it: a link is its target text (never followed), a regular file its
 * bytes, read in bounded chunks whatever its size. Anything else (a directory such as a submodule, a device, a
 * FIFO, a socket) holds nothing git can store: undefined, and it is never opened.
 */
function keysAtPath(full, stats, reader) {
    if (stats.isSymbolicLink()) {
        const target = (0,external_node_fs_.readlinkSync)(full, { encoding: 'buffer' });
        return { found: keysIn(target), bytes: target.length };
    }
    if (!stats.isFile())
        return undefined;
    const fd = (0,src_files/* openRegular */.lf)(full);
    try {
        reader.reset();
        reader.pull((buffer, offset, length) => (0,external_node_fs_.readSync)(fd, buffer, offset, length, null));
        return { found: reader.end(), bytes: reader.bytes };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Scans the files on disk as they are now (what a build or an image would ship). A file that is there but
 * cannot be read is reported as not scanned, never skipped in silence.
 */
async function scanWorktree(git, progress) {
    const root = Buffer.from(git.cwd);
    const files = await worktreeFiles(git, root);
    progress?.setTotals({ objects: files.length });
    const hits = [];
    const stats = { commits: 0, blobs: 0, bytes: 0 };
    const unreadable = { objects: 0, paths: [], reasons: {}, files: true };
    // One reader for every file: its buffer is reused, so thousands of small files cost no garbage.
    const reader = new ChunkedKeys();
    for (const file of files) {
        // ls-files paths are plain: no path.join to normalise them.
        const full = Buffer.concat([root, SLASH, file]);
        const path = gitPath(file.toString('latin1'));
        let read;
        try {
            read = keysAtPath(full, (0,external_node_fs_.lstatSync)(full), reader);
        }
        catch (error) {
            const code = error.code;
            // Deleted but still tracked: there is nothing on disk to ship.
            if (code === 'ENOENT' || code === 'ENOTDIR')
                continue;
            unreadable.objects++;
            unreadable.paths.push(path);
            unreadable.reasons[path] =
                error instanceof src_files/* NotRegularFileError */.iZ ? `changed while it was read (now ${error.kind})` : reason(error);
            continue;
        }
        if (!read)
            continue;
        stats.blobs++;
        stats.bytes += read.bytes;
        progress?.add(read.bytes);
        for (const { hit, inlineAllowed } of read.found) {
            hits.push({ hit, path, order: 0, inlineAllowed, preExisting: false });
        }
    }
    unreadable.paths.sort();
    return { hits, stats, unreadable };
}

;// CONCATENATED MODULE: ./src/scan/scan.ts













function readSource(options, git, record) {
    const { range } = options;
    switch (range.kind) {
        case 'pull-request':
        case 'push':
        case 'merge-group':
        case 'range':
            return scanCommitRange({
                git,
                base: range.base,
                head: range.head,
                defaultBranch: range.defaultBranch,
                push: range.push,
                token: options.token,
                serverUrl: options.serverUrl,
                logger: options.logger
            });
        case 'history':
            return withMessages(git, scanHistory(git, options.progress, record, !options.rawKeys));
        case 'worktree':
            return scanWorktree(git, options.progress);
        case 'staged':
            return scanStaged(git);
        case 'stdin':
            if (!options.stdin)
                throw new errors/* ConfigurationError */.j1('Nothing to scan: --stdin was given but no input arrived.');
            return Promise.resolve(scanStdin(options.stdin));
    }
}
/**
 * The history's blobs and commit messages (read in one stream) and, read beside them, its annotated tag messages;
 * notes found among the blobs are named as notes on the objects they annotate.
 */
async function withMessages(git, history) {
    // Tags come after every commit; their order is set once the commits are counted.
    const tags = tagMessages(git, 0);
    tags.catch(() => undefined); // awaited below; the history scan's failure must surface first
    const { messageHits, ...result } = await history;
    const { hits, unreadable, tags: tagCount } = await tags;
    for (const hit of hits)
        hit.order = result.stats.commits;
    await markNotes(git, result.hits);
    result.hits.push(...messageHits, ...hits);
    result.unreadable.objects += unreadable;
    // Annotated tags are always read (record.ts says why).
    const objects = result.stats.objects ?? { listed: 0, read: 0, skipped: 0 };
    result.stats.objects = { ...objects, listed: objects.listed + tagCount, read: objects.read + tagCount };
    return result;
}
/**
 * One finding per (key, path), or per (key, kind of message): the earliest commit that holds it there, with its
 * line.
 */
function keepEarliest(hits) {
    const best = new Map();
    for (const h of hits) {
        const fp = h.known?.fingerprint ?? (0,redact/* fingerprint */.Rj)(h.hit.key);
        const id = `${fp}\0${h.kind ?? ''}\0${h.path}`;
        const current = best.get(id);
        const earlier = !current ||
            h.order < current.order ||
            (h.order === current.order && (h.hit.line - current.hit.line || h.hit.column - current.hit.column) < 0);
        if (earlier)
            best.set(id, { ...h, fingerprint: fp });
    }
    return [...best.values()];
}
function toFinding(h) {
    const finding = {
        path: h.path,
        line: h.hit.line,
        column: h.hit.column,
        shape: h.hit.shape,
        encoding: h.hit.encoding,
        redacted: h.known?.redacted ?? (0,redact/* redact */.E$)(h.hit.key),
        fingerprint: h.fingerprint,
        status: h.preExisting ? 'pre-existing' : 'introduced'
    };
    if (h.kind)
        finding.kind = h.kind;
    if (h.tag)
        finding.tag = h.tag;
    if (h.commit)
        finding.commit = h.commit;
    if (h.authorDate)
        finding.authorDate = h.authorDate;
    return finding;
}
function isCommitRange(range) {
    return ['pull-request', 'push', 'merge-group', 'range'].includes(range.kind);
}
function settledValue(result) {
    if (result.status === 'rejected')
        throw result.reason;
    return result.value;
}
/**
 * Commit ranges (pull requests, pushes) take their rules from the base commit, read as blobs: a range that
 * adds a key must not be able to allow it in the same breath. The tip's rules are read too, to name the rule a
 * range adds, and apply only when the repository trusts them (`trust-pr-rules`).
 */
async function commitRangeJudge(git, source, options) {
    const files = { config: options.config, baseline: options.baseline };
    const rulesFrom = source.commits?.rulesFrom;
    // Read side by side; a failure of the base's rules is the one reported when both fail.
    const [atBase, atHead] = await Promise.allSettled([
        rulesAt(git, rulesFrom, files),
        rulesAt(git, source.commits?.head, files)
    ]);
    const trusted = settledValue(atBase);
    const proposed = settledValue(atHead);
    const neither = trusted.missing.filter((f) => proposed.missing.includes(f));
    if (neither.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Cannot read ${neither.join(' and ')}: neither the base nor the head of the range has it. ` +
            'Commit-range scans read rules from commits; a file made during the run goes outside the ' +
            'repository (e.g. in $RUNNER_TEMP).');
    }
    if (options.trustPrRules)
        return { allowlist: proposed.allowlist, trustInline: (h) => h.inlineAllowed };
    return {
        allowlist: trusted.allowlist,
        trustInline: (h) => h.inlineAtBase === true,
        proposed: proposed.allowlist,
        rulesFrom
    };
}
/** "src/a.ts:3: allowed only by … which this range adds; …", or undefined when no added rule allows it. */
async function addedRule(h, finding, judge, options) {
    let rule;
    if (h.inlineAllowed)
        rule = 'an inline openai-key-guard:allow comment on the line';
    else {
        const found = await judge.proposed?.ruleFor(finding);
        if (found?.source === 'config')
            rule = `${options.config ?? DEFAULT_CONFIG} ${found.rule}`;
        else if (found)
            rule = `the baseline ${options.baseline ?? ''}: ${found.rule}`;
    }
    if (!rule)
        return undefined;
    const where = `${(0,report_findings/* messageName */.fe)(finding) ?? finding.path}:${finding.line}: the key would be allowed only by ${rule}`;
    const trust = 'set trust-pr-rules: true to accept rules that pull requests add.';
    // The glob and the path are the repository's text: a key written there is redacted like any other.
    return (0,redact/* scrub */._I)(judge.rulesFrom
        ? `${where}, which this range adds. Rules are read from the base commit ${judge.rulesFrom.slice(0, 12)}; ${trust}`
        : `${where}, and no base commit is known to read trusted rules from: pass the base, or ${trust}`);
}
/** Scans the range, drops what is allowed, and counts what fails the check under `failOn`. */
async function scan(options) {
    const started = Date.now(); // not performance.now(): loading perf_hooks would cost more than it measures
    const git = new src_git/* Git */.TU(options.cwd);
    const commitRange = isCommitRange(options.range);
    // The user's own checkout: its rules are read first, so that a bad config fails before any work.
    const local = commitRange
        ? undefined
        : await worktreeRules(options.cwd, { config: options.config, baseline: options.baseline });
    if (options.record !== undefined && options.range.kind !== 'history') {
        throw new errors/* ConfigurationError */.j1('A record is read and written by history scans only: scan the history, or drop the record.');
    }
    const record = options.record === undefined
        ? undefined
        : await (0,scan_record/* loadRecord */.Ck)(options.record, await (0,scan_record/* objectFormat */.n9)(git), options.logger);
    let source;
    try {
        source = await readSource(options, git, record);
    }
    finally {
        options.progress?.done();
    }
    // Written only after a whole scan: a scan that failed part way leaves the record as it was.
    if (record && options.record !== undefined)
        await (0,scan_record/* saveRecord */.hi)(options.record, record, options.logger);
    const judge = local
        ? { allowlist: local, trustInline: (h) => h.inlineAllowed }
        : await commitRangeJudge(git, source, options);
    const findings = [];
    const untrustedRules = [];
    let allowed = 0;
    for (const h of keepEarliest(source.hits)) {
        const finding = toFinding(h);
        if (judge.trustInline(h) || judge.allowlist.allows(finding)) {
            allowed++;
            continue;
        }
        if (judge.proposed) {
            const line = await addedRule(h, finding, judge, options);
            if (line)
                untrustedRules.push(line);
        }
        findings.push(finding);
        // A hit the record replays was not read: its key is not known to this run (rawKeys makes it read).
        if (!h.known)
            options.onKey?.(h.hit.key, finding);
    }
    for (const line of source.notes ?? [])
        options.logger.info(line);
    for (const line of untrustedRules)
        options.logger.warning(line);
    findings.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column);
    if (source.unreadable.objects > 0) {
        options.logger.warning((0,report_findings/* unreadableWarning */.u3)(source.unreadable));
    }
    const ms = Date.now() - started;
    options.logger.debug(`Scanned ${source.stats.commits} commits, ${source.stats.blobs} blobs, ${source.stats.bytes} bytes in ${ms} ms.`);
    return {
        findings,
        allowed,
        failing: findings.filter((f) => (0,report_findings/* failsCheck */.k2)(f, options.failOn)).length,
        stats: { ...source.stats, ms },
        unreadable: source.unreadable,
        unreadableFails: (0,report_findings/* unreadableFails */.FT)(source.unreadable, options.failOn),
        untrustedRules,
        scopeNotes: source.notes ?? []
    };
}


/***/ }),

/***/ 448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ensureRange),
/* harmony export */   i: () => (/* binding */ authorization)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const DEEPEN_STEPS = [50, 500];
/**
 * The token as a header scoped to the GitHub server's origin, as actions/checkout's git-auth-helper does: an
 * unscoped `http.extraheader` goes to every host git talks to, including a submodule's server that a pull
 * request chose. Undefined when there is no token or no server to scope it to.
 */
function authorization({ token, serverUrl }) {
    if (!token || !serverUrl)
        return undefined;
    let origin;
    try {
        origin = new URL(serverUrl).origin;
    }
    catch {
        return undefined;
    }
    if (!/^https?:\/\//.test(origin))
        return undefined;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    return { [`http.${origin}/.extraheader`]: `AUTHORIZATION: basic ${basic}` };
}
/**
 * Fetches from origin: first as the clone is configured (actions/checkout leaves its own header), then with
 * the token in an environment-only header, so the token never shows on a command line. Never into
 * submodules: their servers are whatever the fetched commits name.
 */
async function fetch(git, args, auth) {
    const remotes = (await git.run(['remote'])).split('\n');
    if (!remotes.includes('origin'))
        return false;
    const argv = ['fetch', '--no-recurse-submodules', '--no-tags', '--quiet', '--no-write-fetch-head', ...args];
    auth.logger.debug(`git ${argv.join(' ')}`);
    if ((await git.exec(argv)).code === 0)
        return true;
    const header = authorization(auth);
    return header ? (await git.withConfig(header).exec(argv)).code === 0 : false;
}
function notInClone(base, head) {
    const range = `${base ? base.slice(0, 12) : '(new branch)'}..${head.slice(0, 12)}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`The range ${range} is not in this clone: set \`fetch-depth: 0\` on actions/checkout.`);
}
async function rangeCommits(git, set) {
    const input = [set.head, ...set.exclude.map((e) => `^${e}`)].join('\n') + '\n';
    return (await git.run(['rev-list', '--stdin'], { input })).split('\n').filter(Boolean);
}
/** A range walked in a shallow clone stops at the boundary: it is complete only when it never reaches it. */
async function truncated(git, set) {
    const boundary = await git.shallowCommits();
    if (boundary.size === 0)
        return false;
    return (await rangeCommits(git, set)).some((c) => boundary.has(c));
}
async function resolveOrFetch(git, ref, opts, shallow) {
    const found = await git.resolveCommit(ref);
    if (found)
        return found;
    if (SHA.test(ref)) {
        opts.logger.info(`Fetching ${ref.slice(0, 12)}, which this clone does not have.`);
        const depth = shallow ? [`--depth=${DEEPEN_STEPS[0]}`] : [];
        if (await fetch(git, [...depth, 'origin', ref], opts)) {
            const fetched = await git.resolveCommit(ref);
            if (fetched)
                return fetched;
        }
        if (shallow)
            throw notInClone(opts.base, opts.head);
    }
    return git.verifyCommit(ref);
}
/** The tip of the default branch, fetched when a shallow clone lacks it. */
async function defaultBranchTip(git, opts) {
    const name = opts.defaultBranch;
    if (name) {
        const candidates = [`refs/remotes/origin/${name}`, `refs/heads/${name}`];
        for (const ref of candidates) {
            const oid = await git.resolveCommit(ref);
            if (oid)
                return oid;
        }
        const shallow = (await git.isShallow()) ? [`--depth=${DEEPEN_STEPS[0]}`] : [];
        if (await fetch(git, [...shallow, 'origin', `+refs/heads/${name}:refs/remotes/origin/${name}`], opts)) {
            return git.resolveCommit(candidates[0] ?? '');
        }
    }
    return undefined;
}
/** What a new branch is measured against: the default branch, else every other ref. */
async function newBranchExclusions(git, head, tip) {
    if (tip)
        return [tip];
    const refs = await git.run(['for-each-ref', '--format=%(objectname) %(refname)']);
    return refs
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(' '))
        .filter(([oid, ref]) => oid !== head && ref !== 'refs/stash')
        .map(([oid]) => oid ?? '')
        .filter(Boolean);
}
/** Whether `older` is an ancestor of (or is) `newer`. */
async function isAncestor(git, older, newer) {
    return (await git.exec(['merge-base', '--is-ancestor', older, newer])).code === 0;
}
/** Up to ten short commit ids, then how many more. */
function shortList(commits) {
    const named = commits
        .slice(0, 10)
        .map((c) => c.slice(0, 7))
        .join(', ');
    return commits.length > 10 ? `${named} and ${commits.length - 10} more` : named;
}
/**
 * A force push: what is new is what `head` reaches and neither the old tip nor the default branch does; what the
 * old tip reached and nothing reaches any more is dropped, and named. The old tip may be gone from the server
 * (GitHub keeps it for a while, not for ever): then only the default branch bounds the scan.
 */
async function forcedPush(git, head, opts, shallow) {
    const before = opts.base
        ? await resolveOrFetch(git, opts.base, opts, shallow).catch(() => undefined)
        : undefined;
    const tip = await defaultBranchTip(git, opts);
    const exclude = [before, tip].filter((c) => c !== undefined);
    const against = [
        before && `the old tip ${before.slice(0, 7)}`,
        tip && `the default branch ${opts.defaultBranch}`
    ]
        .filter(Boolean)
        .join(' nor on ');
    const notes = [
        `This force push rewrote the branch: scanned only the commits that are not on ${against || 'any other ref'}.`
    ];
    if (opts.base && !before) {
        notes.push(`The old tip ${opts.base.slice(0, 7)} is not in this clone: the commits it dropped cannot be named.`);
    }
    return {
        head,
        base: before,
        exclude: exclude.length > 0 ? exclude : await newBranchExclusions(git, head, undefined),
        rulesFrom: before ?? tip,
        notes
    };
}
/**
 * The line naming what a force push dropped: what the old tip reaches and neither the new tip nor the default
 * branch does. Asked once the new side is complete, so that a shallow cut does not pass for a drop; a cut on the old
 * side (its shallow boundary among them) makes the list an upper bound, and the line says so.
 */
async function droppedNote(git, set) {
    const before = set.base ?? '';
    const gone = await rangeCommits(git, {
        head: before,
        exclude: [set.head, ...set.exclude.filter((c) => c !== before)]
    });
    if (gone.length === 0)
        return 'It dropped no commits.';
    const boundary = await git.shallowCommits();
    const cut = gone.some((c) => boundary.has(c));
    const count = gone.length === 1 ? '1 commit' : `${gone.length} commits`;
    return (`It dropped ${cut ? `at most ${count} (this clone is shallow)` : count} that the branch no longer reaches: ` +
        `${shortList(gone)}. They stay readable by their ids: a key in them is still leaked.`);
}
/** The commits of a range: base..head, unless a new branch or a force push changes what is new. */
async function commitSet(git, head, opts, shallow) {
    if (opts.push === 'forced')
        return forcedPush(git, head, opts, shallow);
    const base = opts.base === undefined ? undefined : await resolveOrFetch(git, opts.base, opts, shallow);
    const tip = base ? undefined : await defaultBranchTip(git, opts);
    const notes = [];
    if (opts.push === 'created') {
        notes.push(tip
            ? `This push creates the branch: scanned the commits it adds over the default branch ${opts.defaultBranch}, not the whole history.`
            : `This push creates the branch and the default branch ${opts.defaultBranch ? `${opts.defaultBranch} could not be fetched` : 'is unknown'}: scanned the commits that no other ref reaches, not the whole history.`);
    }
    return {
        head,
        base,
        exclude: base ? [base] : await newBranchExclusions(git, head, tip),
        rulesFrom: base ?? tip,
        notes
    };
}
/**
 * Makes sure every commit of the range is in this clone: fetches what a shallow clone lacks, deepening step
 * by step; fails with one clear line rather than scanning part of the range.
 */
async function ensureRange(opts) {
    const { git } = opts;
    const shallow = await git.isShallow();
    const head = await resolveOrFetch(git, opts.head, opts, shallow);
    let set = await commitSet(git, head, opts, shallow);
    await complete(set, opts);
    // Whether a push rewrote the branch can be told only once the range is whole: a shallow cut hides ancestry.
    const rewritten = opts.push === 'update' && set.base !== undefined && !(await isAncestor(git, set.base, head));
    if (rewritten) {
        set = await forcedPush(git, head, opts, shallow);
        await complete(set, opts);
    }
    if (set.base && (rewritten || opts.push === 'forced'))
        set.notes.push(await droppedNote(git, set));
    return set;
}
/** Fetches what a shallow clone lacks of the range, deepening step by step; throws when it cannot. */
async function complete(set, opts) {
    const { git } = opts;
    if (!(await truncated(git, set)))
        return;
    for (const step of DEEPEN_STEPS) {
        opts.logger.info(`The clone is shallow: fetching ${step} more commits of history to scan the whole range.`);
        await fetch(git, [`--deepen=${step}`, 'origin', set.head], opts);
        if (!(await truncated(git, set)))
            return;
    }
    await fetch(git, ['--unshallow', 'origin'], opts);
    if (!(await truncated(git, set)))
        return;
    throw notInClone(set.base, set.head);
}


/***/ }),

/***/ 1184:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ENCODINGS),
/* harmony export */   r: () => (/* binding */ SHAPE_NAMES)
/* harmony export */ });
/** Every shape name, to check a name read from a file against. */
const SHAPE_NAMES = [
    'legacy',
    'project',
    'project-legacy',
    'service-account',
    'admin',
    'none',
    'service',
    'openai-key'
];
const ENCODINGS = ['plain', 'base64', 'utf16le', 'utf16be'];


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   a3: () => (/* binding */ formatDuration)
/* harmony export */ });
/* unused harmony exports SECRET_INPUTS, parseDuration, parseTargets, parseRepositories, parseSize */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _org_report_file_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7045);
/* harmony import */ var _org_batches_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4482);





/** Inputs whose values are secrets: masked the moment they are read. */
const SECRET_INPUTS = (/* unused pure expression or super */ null && (['github-token', 'openai-admin-key', 'current-key']));
function oneOf(input, name, allowed, fallback) {
    const value = input(name).trim() || fallback;
    if (!allowed.includes(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be one of ${allowed.join(', ')} (got "${value}").`);
    }
    return value;
}
function bool(input, name, fallback) {
    const value = input(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be true or false (got "${value}").`);
}
const UNITS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000
};
/**
 * `15m`, `900s`, `30d`, `1d12h`: the unit is required, because a bare `90` reads as days to one person and as
 * seconds to another (and a key made to expire in 90 seconds is an outage). `0` alone is the same in every unit,
 * so it is accepted where zero means something (`max-age: 0`: rotate every time) and rejected elsewhere.
 */
function parseDuration(name, value, opts = {}) {
    const text = value.trim();
    if (text === '0' && opts.zero)
        return 0;
    if (/^\d+(?:\.\d+)?$/.test(text) && Number(text) > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' needs a unit: write ${text}d, ${text}h, ${text}m or ${text}s (got "${text}").`);
    }
    if (!/^(?:\d+(?:\.\d+)?\s*(?:ms|s|m|h|d|w)\s*)+$/.test(text) && !/^0+(?:\.0+)?$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be a duration with a unit such as 15m, 900s, 12h, 30d or 1d12h (got "${text}").`);
    }
    let ms = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)) {
        ms += Number(amount) * (UNITS[unit] ?? 1000);
    }
    ms = Math.round(ms);
    if (ms === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be longer than 0 (got "${text}").`);
    }
    return ms;
}
/** 93_780_000 → `1d2h3m`: the largest units that add up to the duration, to the second. */
function formatDuration(ms) {
    let rest = Math.ceil(ms / 1000) * 1000;
    const parts = [];
    for (const unit of ['d', 'h', 'm', 's']) {
        const size = UNITS[unit];
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
    }
    return parts.join('') || '0s';
}
/**
 * What a rotation spends besides the smoke run (waiting for the new key to answer, writing every target, confirming
 * the old key is revoked): the same five minutes the rotation allows itself beyond smoke-timeout.
 */
const ROTATION_MARGIN_MS = 5 * 60_000;
/** Time to notice a failed rotation and run it again before the new key expires. */
const SAFETY_MARGIN_MS = UNITS.d;
/**
 * The shortest `key-expiry` that cannot cut a rotation short, as the parts it adds up, each named as the user
 * would change it. An input that makes the rotation wait longer is one more line here.
 */
function expiryNeeds(r) {
    return [
        ['max-age', r.maxAgeMs],
        ['smoke-timeout', r.smokeTimeoutMs * r.smokeWorkflows.length],
        ['drain-wait', r.drainQuietMs > 0 ? r.drainWaitMs : 0],
        ['the rotation margin', ROTATION_MARGIN_MS],
        ['the safety margin', SAFETY_MARGIN_MS]
    ];
}
/** A key that expires before its rotation is done (or before the next one is due) takes production down. */
function checkKeyExpiry(r, expiryMs) {
    const needs = expiryNeeds(r).filter(([, ms]) => ms > 0);
    const minimum = needs.reduce((sum, [, ms]) => sum + ms, 0);
    if (expiryMs < minimum) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'key-expiry' (${formatDuration(expiryMs)}) is shorter than a rotation can need ` +
            `(${needs.map(([what, ms]) => `${what} ${formatDuration(ms)}`).join(' + ')}): ` +
            `set key-expiry to ${formatDuration(minimum)} or more (e.g. 90d), or leave it empty for a key that does not expire.`);
    }
}
// GitHub's rules: an organization login is 1-39 letters, digits and single inner hyphens; an environment name
// is up to 255 characters. "." and ".." would be taken as path steps in the URL and write somewhere else.
const ORG_NAME = /^(?=.{1,39}$)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
function checkEnvironmentName(line, name) {
    if (name.length > 255 || name === '.' || name === '..' || [...name].some((c) => c < ' ' || c === '\x7f')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'secret-targets' has ${JSON.stringify(line)}: an environment name is 1 to 255 characters, not "." or "..", without control characters.`);
    }
    return name;
}
function parseTargets(text) {
    const lines = text
        .split(/[\n,]/)
        .map((l) => l.trim())
        .filter(Boolean);
    if (lines.length === 0 && text.trim() !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'secret-targets' names no target (got "${text.trim()}"): leave it empty for the repository secret, or list repo, environment:NAME, org:ORG or dependabot.`);
    }
    if (lines.length === 0)
        return [{ kind: 'repo' }];
    return lines.map((line) => {
        if (line === 'repo')
            return { kind: 'repo' };
        if (line === 'dependabot')
            return { kind: 'dependabot' };
        const [kind, name] = line.split(/:(.*)/s).map((s) => s.trim());
        if (kind === 'environment' && name)
            return { kind: 'environment', name: checkEnvironmentName(line, name) };
        if (kind === 'org' && name) {
            if (!ORG_NAME.test(name)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'secret-targets' has "${line}": an organization name is up to 39 letters, digits and single hyphens, not starting or ending with one.`);
            }
            return { kind: 'org', org: name };
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'secret-targets' has "${line}": use repo, environment:NAME, org:ORG or dependabot, one per line.`);
    });
}
function readPayload(eventPath) {
    if (!eventPath || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(eventPath))
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`GITHUB_EVENT_PATH (${eventPath}) is not valid JSON.`);
    }
}
function adminKeyInput(input, purpose) {
    const adminKey = input('openai-admin-key').trim();
    if (!adminKey) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'openai-admin-key' is required to ${purpose}: create an Admin key (sk-admin-…) at platform.openai.com → Settings → Admin keys and pass it from a secret.`);
    }
    if (!adminKey.startsWith('sk-admin-')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'openai-admin-key' must be an OpenAI Admin key (it starts with sk-admin-).");
    }
    return adminKey;
}
function issueLabels(input, fallback) {
    const labels = input('issue-labels');
    return (labels === '' ? fallback : labels)
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
}
const PROJECT_ID = /^proj_[A-Za-z0-9]+$/;
function parseAudit(input) {
    const adminKey = adminKeyInput(input, 'audit the keys');
    const projectIds = input('openai-project-id')
        .split(/[\n,]/)
        .map((p) => p.trim())
        .filter(Boolean);
    const wrong = projectIds.find((p) => !PROJECT_ID.test(p));
    if (wrong !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'openai-project-id' must list project ids like proj_abc123, one per line, or be empty for every project (got "${wrong}").`);
    }
    const factorText = input('spike-factor').trim() || '5';
    const spikeFactor = Number(factorText);
    if (!/^\d+(\.\d+)?$/.test(factorText) || !(spikeFactor > 1)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'spike-factor' must be a number greater than 1, such as 5 (got "${factorText}").`);
    }
    return {
        adminKey,
        projectIds: [...new Set(projectIds)],
        maxAgeMs: parseDuration('max-age', input('max-age') || '0', { zero: true }),
        unusedAfterMs: parseDuration('unused-after', input('unused-after') || '30d'),
        expiringWithinMs: parseDuration('expiring-within', input('expiring-within') || '14d'),
        spikeFactor,
        fix: oneOf(input, 'fix', ['none', 'revoke-unused'], 'none'),
        dryRun: bool(input, 'dry-run', false),
        issue: bool(input, 'issue', true),
        issueLabels: issueLabels(input, 'openai-key-audit')
    };
}
// GitHub's topic rule: lowercase letters, digits and hyphens, starting with a letter or digit, at most 50.
const TOPIC = /^[a-z0-9][a-z0-9-]{0,49}$/;
function parsePlan(input, owner) {
    const org = input('org').trim() || owner || '';
    if (!org) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'org' is required outside a workflow (GITHUB_REPOSITORY is not set): name the organization, e.g. --org my-org.");
    }
    if (!ORG_NAME.test(org)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'org' must be an organization name: up to 39 letters, digits and single hyphens, not starting or ending with one (got ${JSON.stringify(org)}).`);
    }
    const batchesText = input('batches').trim() || String(_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BATCHES */ .IO);
    const batches = Number(batchesText);
    if (!/^\d+$/.test(batchesText) || batches < 1 || batches > _org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BATCHES */ .IO) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'batches' must be a whole number from 1 to ${_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BATCHES */ .IO}, the most jobs a matrix runs (got ${JSON.stringify(batchesText)}).`);
    }
    const topics = (0,_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(input('topics')).map((t) => t.toLowerCase());
    const badTopic = topics.find((t) => !TOPIC.test(t));
    if (badTopic !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'topics' has ${JSON.stringify(badTopic)}: a GitHub topic is up to 50 lowercase letters, digits and hyphens.`);
    }
    const include = (0,_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(input('include'));
    const exclude = (0,_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .splitList */ .ry)(input('exclude'));
    // Compiled once here so that a bad glob fails before any request, with the input it came from.
    (0,_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryMatcher */ .ff)('include', include);
    (0,_org_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .repositoryMatcher */ .ff)('exclude', exclude);
    return {
        org,
        batches,
        include,
        exclude,
        topics,
        visibility: oneOf(input, 'visibility', ['all', 'public', 'private', 'internal'], 'all'),
        archived: bool(input, 'archived', false),
        forks: bool(input, 'forks', false)
    };
}
function parseRotate(input) {
    const adminKey = adminKeyInput(input, 'rotate');
    const projectId = input('openai-project-id').trim();
    if (!PROJECT_ID.test(projectId)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'openai-project-id' must be the id of the project that owns the key, like proj_abc123 (got "${projectId}").`);
    }
    const secretName = input('secret-name').trim() || 'OPENAI_API_KEY';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(secretName) || /^GITHUB_/i.test(secretName)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'secret-name' must be a valid secret name (letters, digits, _; not starting with GITHUB_), got "${secretName}".`);
    }
    const expiry = input('key-expiry').trim();
    const settings = {
        adminKey,
        projectId,
        secretName,
        targets: parseTargets(input('secret-targets')),
        currentKey: input('current-key').trim() || undefined,
        smokeWorkflows: input('smoke-workflow')
            .split(/[\n,]/)
            .map((w) => w.trim())
            .filter(Boolean),
        smokeRef: input('smoke-ref').trim() || undefined,
        smokeTimeoutMs: parseDuration('smoke-timeout', input('smoke-timeout') || '15m'),
        maxAgeMs: parseDuration('max-age', input('max-age') || '0', { zero: true }),
        revoke: oneOf(input, 'revoke', ['after-smoke', 'immediately', 'never', 'after-drain-timeout'], 'after-smoke'),
        drainQuietMs: parseDuration('drain-quiet', input('drain-quiet') || '30m', { zero: true }),
        drainWaitMs: parseDuration('drain-wait', input('drain-wait') || '40m', { zero: true }),
        drainTimeoutMs: parseDuration('drain-timeout', input('drain-timeout') || '7d'),
        issue: bool(input, 'issue', true),
        issueLabels: issueLabels(input, 'openai-key-rotation'),
        dryRun: bool(input, 'dry-run', false),
        reason: input('reason').trim() || undefined
    };
    if (!expiry)
        return settings;
    const expiryMs = parseDuration('key-expiry', expiry);
    checkKeyExpiry(settings, expiryMs);
    return { ...settings, keyExpirySeconds: Math.round(expiryMs / 1000) };
}
// --- batch scan (`command: scan` with `repositories`) ---
/** `owner/name` items separated by spaces, commas or line breaks, each checked; duplicates dropped. */
function parseRepositories(text) {
    const names = text.split(/[\s,]+/).filter(Boolean);
    for (const name of names) {
        const parsed = (0,_org_report_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepositoryName */ .$M)(name);
        if (parsed instanceof Error)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'repositories': ${parsed.message}`);
    }
    return [...new Set(names)];
}
const SIZE_UNITS = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
/** `500m`, `2g`, `1048576`; `0` or empty: no limit. */
function parseSize(name, text) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(text.trim());
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${name}' must be a size such as 500m or 2g, or 0 for no limit (got "${text.trim()}").`);
    }
    return Math.round(Number(match[1]) * SIZE_UNITS[match[2].toLowerCase()]);
}
function parseBatch(input, scan, workspace, runnerTemp) {
    const repositories = parseRepositories(input('repositories'));
    if (repositories.length === 0)
        return undefined;
    // These act on the one repository of a single scan; with `repositories` they would be ignored in silence.
    const single = Object.entries({
        scope: !['auto', 'history'].includes(scan.scope),
        base: scan.base !== undefined,
        head: scan.head !== undefined,
        'on-leak': scan.onLeak !== 'fail',
        verify: scan.verify,
        record: scan.record !== undefined
    }).find(([, set]) => set);
    if (single) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input '${single[0]}' does not apply to a scan of \`repositories\` (each repository's whole history, ` +
            'one record each in record-dir): remove it, or scan one repository without repositories.');
    }
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'openai-key-guard');
    const dir = (name, fallback) => node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, input(name).trim() || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, fallback));
    return {
        repositories,
        reportDir: dir('report-dir', 'reports'),
        recordDir: dir('record-dir', 'records'),
        cloneDir: node_path__WEBPACK_IMPORTED_MODULE_1___default().join(base, 'clones'),
        maxRepositoryBytes: parseSize('max-repository-size', input('max-repository-size') || '0')
    };
}
// --- end batch scan ---
/** The repositories of the plan's `matrix` output (`{"include":[{"batch":"1","repositories":"o/a o/b"}]}`). */
function plannedRepositories(text) {
    if (text.trim() === '')
        return [];
    const wrong = new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'matrix' must be the plan step's matrix output (JSON with include[].repositories), or empty.");
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw wrong;
    }
    const include = parsed?.include;
    if (!Array.isArray(include))
        throw wrong;
    const names = include.flatMap((batch) => {
        const list = batch?.repositories;
        if (typeof list !== 'string')
            throw wrong;
        return list.split(/[\s,]+/).filter(Boolean);
    });
    const bad = names.find((n) => (0,_org_report_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRepositoryName */ .$M)(n) instanceof Error);
    if (bad !== undefined)
        throw wrong;
    return [...new Set(names)];
}
function parseReport(input, workspace) {
    const reports = input('reports').trim();
    if (!reports) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'reports' is required for command: report: the directory the scan jobs' report artifacts were downloaded to.");
    }
    return {
        reports: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, reports),
        uploadSarif: bool(input, 'upload-sarif', true),
        issue: bool(input, 'issue', true),
        issueLabels: issueLabels(input, 'openai-key-leak'),
        repositories: plannedRepositories(input('matrix'))
    };
}
/** The `record` input as an absolute path (relative ones are taken from the workspace), or undefined. */
function recordPath(input, workspace) {
    const value = input('record').trim();
    if (!value)
        return undefined;
    if ([...value].some((c) => c < ' ' || c === '\x7f')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1("Input 'record' must be a file path without control characters.");
    }
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, value);
}
/** Every input, the event and the environment, checked once, into one typed Settings. */
function parseSettings(input, env = process.env) {
    const command = oneOf(input, 'command', ['scan', 'rotate', 'audit', 'plan', 'report'], 'scan');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const workspace = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(env.GITHUB_WORKSPACE || process.cwd());
    const runnerTemp = env.RUNNER_TEMP || workspace;
    const scan = {
        scope: oneOf(input, 'scope', ['auto', 'pull-request', 'push', 'history', 'worktree'], 'auto'),
        base: input('base').trim() || undefined,
        head: input('head').trim() || undefined,
        failOn: oneOf(input, 'fail-on', ['introduced', 'any', 'never'], 'introduced'),
        sarifFile: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace, input('sarif-file').trim() || node_path__WEBPACK_IMPORTED_MODULE_1___default().join(runnerTemp, 'openai-key-guard.sarif')),
        config: input('config').trim() || undefined,
        baseline: input('baseline').trim() || undefined,
        trustPrRules: bool(input, 'trust-pr-rules', false),
        verify: bool(input, 'verify', false),
        onLeak: oneOf(input, 'on-leak', ['fail', 'rotate', 'revoke'], 'fail'),
        record: recordPath(input, workspace)
    };
    if (scan.record && ['pull-request', 'push', 'worktree'].includes(scan.scope)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`Input 'record' has no effect with scope ${scan.scope} (only history scans read and write it): remove it, or use scope history or auto.`);
    }
    return {
        command,
        workspace,
        github: {
            token: input('github-token').trim(),
            apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
            serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
            owner: owner || undefined,
            repo: repo || undefined,
            eventName: env.GITHUB_EVENT_NAME || '',
            payload: readPayload(env.GITHUB_EVENT_PATH),
            run: /^\d+$/.test(env.GITHUB_RUN_ID ?? '')
                ? { id: Number(env.GITHUB_RUN_ID), attempt: Number(env.GITHUB_RUN_ATTEMPT) || 1 }
                : undefined
        },
        openaiBaseUrl: (input('openai-base-url').trim() ||
            env.OPENAI_BASE_URL ||
            'https://api.openai.com/v1').replace(/\/+$/, ''),
        scan,
        // A fork's pull request gets no secrets: without an admin key `on-leak` can only report, which main says.
        rotate: command === 'rotate' || (scan.onLeak !== 'fail' && input('openai-admin-key').trim())
            ? parseRotate(input)
            : undefined,
        audit: command === 'audit' ? parseAudit(input) : undefined,
        plan: command === 'plan' ? parsePlan(input, owner) : undefined,
        batch: command === 'scan' ? parseBatch(input, scan, workspace, runnerTemp) : undefined,
        report: command === 'report' ? parseReport(input, workspace) : undefined
    };
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The release, reported in SARIF and the JSON report; a test keeps it equal to package.json's version. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
