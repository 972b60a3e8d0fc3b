export const id = 812;
export const ids = [812,267];
export const modules = {

/***/ 4267:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rotateCommand: () => (/* binding */ rotateCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _rotate_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9996);


/** `command: rotate`: a scheduled run rotates when the key is old enough; anything else was asked for by hand. */
async function rotateCommand(settings, logger) {
    const { owner, repo } = settings.github;
    if (!settings.rotate)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'openai-admin-key' is required to rotate.");
    if (!owner || !repo) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('GITHUB_REPOSITORY is not set: rotation needs the owner/repo whose secret it writes.');
    }
    if (!settings.github.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'github-token' is empty: rotation needs a GitHub App token or fine-grained PAT with Secrets, Variables, Actions and Issues: write.");
    }
    return (0,_rotate_index_js__WEBPACK_IMPORTED_MODULE_1__/* .rotate */ .e$)({
        settings: settings.rotate,
        github: {
            token: settings.github.token,
            apiUrl: settings.github.apiUrl,
            serverUrl: settings.github.serverUrl,
            owner,
            repo
        },
        openaiBaseUrl: settings.openaiBaseUrl,
        trigger: settings.github.eventName === 'schedule' ? 'schedule' : 'manual',
        run: settings.github.run,
        logger
    });
}


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo),
  serveEmulator: () => (/* binding */ serveEmulator)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/emulator/faults.ts
function toPattern(path) {
    if (path instanceof RegExp)
        return path;
    const escaped = path
        .split('/')
        .map((segment) => segment
        .split(/(:\w+|\{\w+\})/)
        .map((part, i) => (i % 2 === 1 ? '[^/]+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join(''))
        .join('/');
    return new RegExp(`^${escaped}/?$`);
}
class Faults {
    armed = [];
    add(fault) {
        this.armed.push({ fault, pattern: toPattern(fault.path), calls: 0 });
    }
    /** Counts this call against every matching fault and returns the first one that fires. */
    match(api, method, path) {
        let fired;
        for (const a of this.armed) {
            if (a.fault.api !== api || a.fault.method.toUpperCase() !== method || !a.pattern.test(path))
                continue;
            a.calls++;
            const call = a.fault.call ?? 'every';
            if (!fired && (call === 'every' || call === a.calls))
                fired = a.fault;
        }
        return fired;
    }
}

;// CONCATENATED MODULE: ./src/emulator/git-http.ts
// Git over smart HTTP as github.com serves it: git's own `git http-backend` (CGI) behind GitHub's token rules.
// Only the smart protocol's three routes exist (GitHub serves no dumb HTTP), with or without the `.git` suffix,
// as github.com accepts both.



const GIT_ROUTE = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/(info\/refs|git-upload-pack|git-receive-pack)$/;
/** The git route a request path names, or undefined when it is not one (API paths never end like these). */
function gitRoute(pathname, query) {
    const m = GIT_ROUTE.exec(pathname);
    if (!m)
        return undefined;
    const endpoint = m[3] ?? '';
    const write = endpoint === 'git-receive-pack' ||
        (endpoint === 'info/refs' && query.get('service') === 'git-receive-pack');
    return { owner: decodeURIComponent(m[1] ?? ''), name: decodeURIComponent(m[2] ?? ''), endpoint, write };
}
/**
 * An empty bare repository written directly, without spawning git: the emulator makes hundreds of them, so
 * it holds only what git needs to recognise one (HEAD, objects/, refs/); git makes the rest on first write.
 */
function createBareRepository(gitDir, defaultBranch) {
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(gitDir, 'objects'), { recursive: true });
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(gitDir, 'refs'));
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(gitDir, 'HEAD'), `ref: refs/heads/${defaultBranch}\n`);
}
/** The refusals git clients see from github.com: plain text, with a Basic challenge on 401. */
function gitRefusal(res, status, message) {
    const headers = { 'content-type': 'text/plain; charset=utf-8' };
    if (status === 401)
        headers['www-authenticate'] = 'Basic realm="GitHub"';
    res.writeHead(status, headers).end(`${message}\n`);
}
/**
 * Runs `git http-backend` for one request on the repository at `gitDir`, streaming the request body in and the
 * response out. Resolves with the status sent.
 */
function runHttpBackend(gitDir, route, req, res, query) {
    const env = {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: external_node_path_default().dirname(gitDir),
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method ?? 'GET',
        PATH_INFO: `/${external_node_path_default().basename(gitDir)}/${route.endpoint}`,
        QUERY_STRING: query,
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        HTTP_CONTENT_ENCODING: String(req.headers['content-encoding'] ?? ''),
        // The machine's own git configuration must not change what the server does. github.com lets a client
        // fetch any reachable commit by id (actions/checkout does); pushes are allowed once the token check passed.
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: 'uploadpack.allowReachableSHA1InWant',
        GIT_CONFIG_VALUE_0: 'true',
        GIT_CONFIG_KEY_1: 'http.receivepack',
        GIT_CONFIG_VALUE_1: 'true'
    };
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
        let head = Buffer.alloc(0);
        let status = 500;
        child.stdin.on('error', () => undefined);
        req.pipe(child.stdin);
        child.stdout.on('data', (chunk) => {
            if (head === undefined)
                return void res.write(chunk);
            head = Buffer.concat([head, chunk]);
            const end = headerEnd(head);
            if (!end)
                return;
            status = writeCgiHeaders(res, head.subarray(0, end.at));
            const rest = head.subarray(end.at + end.length);
            head = undefined;
            if (rest.length > 0)
                res.write(rest);
        });
        child.on('error', () => undefined);
        child.on('close', () => {
            if (head !== undefined) {
                // The backend died before it finished its headers.
                status = 500;
                if (!res.headersSent)
                    gitRefusal(res, 500, 'Internal Server Error');
            }
            else
                res.end();
            resolve(status);
        });
    });
}
function headerEnd(buffer) {
    const crlf = buffer.indexOf('\r\n\r\n');
    if (crlf >= 0)
        return { at: crlf, length: 4 };
    const lf = buffer.indexOf('\n\n');
    return lf >= 0 ? { at: lf, length: 2 } : undefined;
}
function writeCgiHeaders(res, block) {
    let status = 200;
    for (const line of block.toString('latin1').split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status')
            status = Number(value.split(' ')[0]) || 500;
        else
            res.setHeader(name, value);
    }
    res.writeHead(status);
    return status;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/emulator/github-util.ts
const DOCS = 'https://docs.github.com/rest';
function error(status, message) {
    return { status, body: { message, documentation_url: DOCS, status: String(status) } };
}
function record(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : undefined;
}
function page(items, query, defaultPerPage) {
    const perPage = Math.min(100, Number(query.get('per_page') ?? defaultPerPage) || defaultPerPage);
    const pageNumber = Math.max(1, Number(query.get('page') ?? 1) || 1);
    return items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
}

;// CONCATENATED MODULE: ./src/emulator/github-code-scanning.ts
// Code scanning's SARIF uploads, as the description of `POST /repos/{owner}/{repo}/code-scanning/sarifs` and
// GitHub's "SARIF support for code scanning" and "Troubleshooting SARIF uploads" pages describe them.


/** "For each gzip-compressed SARIF file, SARIF upload supports a maximum size of 10 MB" (413 above it). */
const SARIF_MAX_GZIPPED_BYTES = 10 * 1024 * 1024;
/**
 * The description's table of hard limits: above any of them "an analysis will be rejected". The API accepts
 * the upload (202) and processing fails, reported by `GET …/sarifs/{sarif_id}` with `errors` named after
 * "Analysis SARIF file rejected due to … limits" (the troubleshooting page's wording).
 */
const HARD_LIMITS = { runs: 20, resultsPerRun: 25_000, rulesPerRun: 25_000 };
/** Decompressed SARIF past this is a zip bomb, not an analysis: refused before it fills memory. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** The description gives 400, 413 and the status route's 404 no body: GitHub's reason is the status alone. */
function bare(status) {
    return { status };
}
function hardLimitErrors(sarif) {
    const runs = Array.isArray(sarif.runs) ? sarif.runs : [];
    const errors = [];
    if (runs.length > HARD_LIMITS.runs) {
        errors.push(`Analysis SARIF file rejected due to run limits: ${runs.length} runs, at most ${HARD_LIMITS.runs}`);
    }
    runs.forEach((run, i) => {
        const r = record(run) ?? {};
        const results = Array.isArray(r.results) ? r.results.length : 0;
        if (results > HARD_LIMITS.resultsPerRun) {
            errors.push(`Analysis SARIF file rejected due to result limits: run ${i} has ${results} results, at most ${HARD_LIMITS.resultsPerRun}`);
        }
        const driver = record(record(r.tool)?.driver);
        const rules = Array.isArray(driver?.rules) ? driver.rules.length : 0;
        if (rules > HARD_LIMITS.rulesPerRun) {
            errors.push(`Analysis SARIF file rejected due to rule limits: run ${i} has ${rules} rules, at most ${HARD_LIMITS.rulesPerRun}`);
        }
    });
    return errors;
}
class CodeScanning {
    o;
    uploads = [];
    next = 1;
    constructor(o) {
        this.o = o;
    }
    routes() {
        const base = '/repos/{owner}/{repo}/code-scanning/sarifs';
        return [
            {
                method: 'POST',
                template: base,
                needs: 'security_events',
                anyOwner: true,
                handle: (req) => this.upload(req)
            },
            {
                method: 'GET',
                template: `${base}/{sarif_id}`,
                needs: 'security_events',
                anyOwner: true,
                handle: (req) => this.status(req)
            }
        ];
    }
    repository(req) {
        const { owner = '', repo = '' } = req.params;
        const hosted = this.o.repositories.get(owner, repo);
        if (hosted)
            return { name: `${hosted.owner}/${hosted.name}`, hosted };
        const name = this.o.fallbackName(owner, repo);
        return name === undefined ? undefined : { name };
    }
    upload(req) {
        const target = this.repository(req);
        if (!target)
            return error(404, 'Not Found');
        // The description's 403: "the repository is archived or GitHub Advanced Security is not enabled".
        if (target.hosted?.archived)
            return error(403, 'Repository is archived.');
        if (target.hosted && !target.hosted.codeScanning) {
            return error(403, 'Advanced Security must be enabled for this repository to use code scanning.');
        }
        const body = record(req.body) ?? {};
        const commit = body.commit_sha;
        const ref = body.ref;
        if (typeof commit !== 'string' || !/^(?:[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$/.test(commit)) {
            return error(422, 'Invalid request.\n\n"commit_sha" must be a 40 or 64 character hexadecimal commit id.');
        }
        if (typeof ref !== 'string' || !/^refs\/(heads|tags|pull)\/.+$/.test(ref)) {
            return error(422, 'Invalid request.\n\n"ref" must be a full git reference (refs/heads/…).');
        }
        if (typeof body.sarif !== 'string' || !BASE64.test(body.sarif)) {
            return bare(400);
        }
        const gzipped = Buffer.from(body.sarif, 'base64');
        if (gzipped.length > SARIF_MAX_GZIPPED_BYTES) {
            return bare(413);
        }
        let sarif;
        try {
            sarif = record(JSON.parse((0,external_node_zlib_.gunzipSync)(gzipped, { maxOutputLength: MAX_INFLATED_BYTES }).toString('utf8')));
        }
        catch {
            sarif = undefined;
        }
        if (!sarif || !Array.isArray(sarif.runs)) {
            return bare(400);
        }
        const id = `6c81cd8e-b078-4ac3-a3be-${String(this.next++).padStart(12, '0')}`;
        const errors = hardLimitErrors(sarif);
        this.uploads.push({
            id,
            repository: target.name,
            commit_sha: commit,
            ref,
            sarif,
            gzippedBytes: gzipped.length,
            processing_status: errors.length > 0 ? 'failed' : 'complete',
            errors
        });
        return { status: 202, body: { id, url: this.url(target.name, id) } };
    }
    /** Processing is instant here: an upload is `complete`, or `failed` with the limits it broke. */
    status(req) {
        const target = this.repository(req);
        const upload = this.uploads.find((u) => u.id === req.params.sarif_id && u.repository === target?.name);
        if (!target || !upload)
            return bare(404);
        const failed = upload.processing_status === 'failed';
        return {
            status: 200,
            body: {
                processing_status: upload.processing_status,
                analyses_url: failed
                    ? null
                    : `${this.o.links.api}/repos/${upload.repository}/code-scanning/analyses?sarif_id=${upload.id}`,
                errors: failed ? [...upload.errors] : null
            }
        };
    }
    url(repository, id) {
        return `${this.o.links.api}/repos/${repository}/code-scanning/sarifs/${id}`;
    }
}

;// CONCATENATED MODULE: ./src/emulator/github-shapes.ts
// GitHub's response objects, with every field its description requires, filled with plausible values.
function isoSeconds(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
function user(links, login, id, type = 'User') {
    const path = encodeURIComponent(login);
    const url = `${links.api}/users/${path}`;
    return {
        login,
        id,
        node_id: `MDQ6VXNlcj${id}`,
        avatar_url: `${links.web}/avatars/${path}`,
        gravatar_id: '',
        url,
        html_url: `${links.web}/${path}`,
        followers_url: `${url}/followers`,
        following_url: `${url}/following{/other_user}`,
        gists_url: `${url}/gists{/gist_id}`,
        starred_url: `${url}/starred{/owner}{/repo}`,
        subscriptions_url: `${url}/subscriptions`,
        organizations_url: `${url}/orgs`,
        repos_url: `${url}/repos`,
        events_url: `${url}/events{/privacy}`,
        received_events_url: `${url}/received_events`,
        type,
        site_admin: false
    };
}
const REPO_LINKS = [
    'archive',
    'assignees',
    'blobs',
    'branches',
    'collaborators',
    'comments',
    'commits',
    'compare',
    'contents',
    'contributors',
    'deployments',
    'downloads',
    'events',
    'forks',
    'git_commits',
    'git_refs',
    'git_tags',
    'hooks',
    'issue_comment',
    'issue_events',
    'issues',
    'keys',
    'labels',
    'languages',
    'merges',
    'milestones',
    'notifications',
    'pulls',
    'releases',
    'stargazers',
    'statuses',
    'subscribers',
    'subscription',
    'tags',
    'teams',
    'trees'
];
const CREATED = Date.parse('2024-01-02T03:04:05Z');
/** The facts of a repository nothing describes further (the default repository, the ones secrets name). */
function plainRepository(owner, name, id) {
    return {
        owner,
        name,
        id,
        visibility: 'private',
        archived: false,
        fork: false,
        topics: [],
        sizeKb: 128,
        defaultBranch: 'main',
        createdAt: CREATED
    };
}
function minimalRepository(links, owner, name, id) {
    const url = `${links.api}/repos/${owner}/${name}`;
    const repo = {
        id,
        node_id: `R_kgDO${id}`,
        name,
        full_name: `${owner}/${name}`,
        owner: user(links, owner, 9919, 'Organization'),
        private: true,
        html_url: `${links.web}/${owner}/${name}`,
        description: null,
        fork: false,
        url
    };
    for (const link of REPO_LINKS)
        repo[`${link}_url`] = `${url}/${link.replace('_', '/')}`;
    return repo;
}
/**
 * The `repository` schema (what `GET /installation/repositories` lists); a superset of `minimal-repository`,
 * which `GET /orgs/{org}/repos` lists with these same fields filled in on github.com.
 */
function repository(links, f) {
    const created = isoSeconds(f.createdAt);
    return {
        ...minimalRepository(links, f.owner, f.name, f.id),
        private: f.visibility !== 'public',
        fork: f.fork,
        clone_url: `${links.web}/${f.owner}/${f.name}.git`,
        git_url: `git://127.0.0.1/${f.owner}/${f.name}.git`,
        ssh_url: `git@127.0.0.1:${f.owner}/${f.name}.git`,
        svn_url: `${links.web}/${f.owner}/${f.name}`,
        mirror_url: null,
        homepage: null,
        language: null,
        default_branch: f.defaultBranch,
        visibility: f.visibility,
        topics: [...f.topics],
        forks: 0,
        forks_count: 0,
        stargazers_count: 0,
        watchers: 0,
        watchers_count: 0,
        open_issues: 0,
        open_issues_count: 0,
        size: f.sizeKb,
        has_issues: true,
        has_projects: false,
        has_wiki: false,
        has_pages: false,
        has_downloads: true,
        has_discussions: false,
        archived: f.archived,
        disabled: false,
        license: null,
        pushed_at: created,
        created_at: created,
        updated_at: created,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    };
}
/** `GET /repos/{owner}/{repo}` (`full-repository`). */
function fullRepository(links, f) {
    return { ...repository(links, f), network_count: 0, subscribers_count: 1 };
}
function workflowRun(links, owner, repo, repoId, run) {
    const repoUrl = `${links.api}/repos/${owner}/${repo}`;
    const url = `${repoUrl}/actions/runs/${run.id}`;
    const name = run.workflowFile.replace(/\.ya?ml$/, '');
    const repository = minimalRepository(links, owner, repo, repoId);
    return {
        id: run.id,
        name,
        node_id: `WFR_kwLO${run.id}`,
        check_suite_id: run.id + 1000,
        check_suite_node_id: `CS_kwDO${run.id}`,
        head_branch: run.ref.replace(/^refs\/heads\//, ''),
        head_sha: run.headSha,
        path: `.github/workflows/${run.workflowFile}`,
        display_title: name,
        run_number: run.runNumber,
        run_attempt: 1,
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        workflow_id: run.workflowId,
        url,
        html_url: `${links.web}/${owner}/${repo}/actions/runs/${run.id}`,
        pull_requests: [],
        created_at: isoSeconds(run.createdAt),
        updated_at: isoSeconds(run.updatedAt),
        run_started_at: isoSeconds(run.createdAt),
        jobs_url: `${url}/jobs`,
        logs_url: `${url}/logs`,
        check_suite_url: `${repoUrl}/check-suites/${run.id + 1000}`,
        artifacts_url: `${url}/artifacts`,
        cancel_url: `${url}/cancel`,
        rerun_url: `${url}/rerun`,
        previous_attempt_url: null,
        workflow_url: `${repoUrl}/actions/workflows/${run.workflowId}`,
        head_commit: {
            id: run.headSha,
            tree_id: run.headSha.split('').reverse().join(''),
            message: 'Emulated commit',
            timestamp: isoSeconds(run.createdAt),
            author: { name: 'Octo Cat', email: 'octocat@example.com' },
            committer: { name: 'Octo Cat', email: 'octocat@example.com' }
        },
        repository,
        head_repository: repository
    };
}
function label(links, owner, repo, name) {
    let id = 0;
    for (const c of name)
        id = (id * 31 + c.charCodeAt(0)) >>> 0;
    return {
        id,
        node_id: `LA_kwDO${id}`,
        url: `${links.api}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'd73a4a',
        default: false
    };
}
function issue(links, owner, repo, i) {
    const repositoryUrl = `${links.api}/repos/${owner}/${repo}`;
    const url = `${repositoryUrl}/issues/${i.number}`;
    return {
        id: i.id,
        node_id: `I_kwDO${i.id}`,
        url,
        repository_url: repositoryUrl,
        labels_url: `${url}/labels{/name}`,
        comments_url: `${url}/comments`,
        events_url: `${url}/events`,
        html_url: `${links.web}/${owner}/${repo}/issues/${i.number}`,
        number: i.number,
        state: i.state,
        state_reason: i.state === 'closed' ? 'completed' : null,
        title: i.title,
        body: i.body,
        user: user(links, 'okg-bot[bot]', 41898282, 'Bot'),
        labels: i.labels.map((name) => label(links, owner, repo, name)),
        assignee: null,
        assignees: [],
        milestone: null,
        locked: false,
        active_lock_reason: null,
        comments: i.comments.length,
        closed_at: i.closedAt === null ? null : isoSeconds(i.closedAt),
        created_at: isoSeconds(i.createdAt),
        updated_at: isoSeconds(i.updatedAt),
        author_association: 'NONE'
    };
}
function issueComment(links, owner, repo, issueNumber, c) {
    const issueUrl = `${links.api}/repos/${owner}/${repo}/issues/${issueNumber}`;
    return {
        id: c.id,
        node_id: `IC_kwDO${c.id}`,
        url: `${links.api}/repos/${owner}/${repo}/issues/comments/${c.id}`,
        html_url: `${links.web}/${owner}/${repo}/issues/${issueNumber}#issuecomment-${c.id}`,
        issue_url: issueUrl,
        body: c.body,
        user: user(links, 'okg-bot[bot]', 41898282, 'Bot'),
        created_at: isoSeconds(c.createdAt),
        updated_at: isoSeconds(c.createdAt),
        author_association: 'NONE'
    };
}

;// CONCATENATED MODULE: ./src/emulator/github-issues.ts
// Issues and comments: how a rotation leaves its record.


function labelsOf(value) {
    if (!Array.isArray(value))
        return [];
    return value
        .map((l) => (typeof l === 'string' ? l : record(l)?.name))
        .filter((l) => typeof l === 'string');
}
function issueRoutes(base, ctx) {
    const { links, owner, repo, issues, nextId } = ctx;
    const find = (req) => issues.find((i) => String(i.number) === req.params.issue_number);
    return [
        {
            method: 'GET',
            template: base,
            needs: 'issues',
            handle: (req) => {
                const state = req.query.get('state') ?? 'open';
                const wanted = (req.query.get('labels') ?? '').split(',').filter(Boolean);
                const found = issues
                    .filter((i) => state === 'all' || i.state === state)
                    .filter((i) => wanted.every((l) => i.labels.includes(l)))
                    .reverse();
                return { status: 200, body: page(found, req.query, 30).map((i) => issue(links, owner, repo, i)) };
            }
        },
        {
            method: 'POST',
            template: base,
            needs: 'issues',
            handle: (req) => {
                const body = record(req.body) ?? {};
                if (typeof body.title !== 'string' || body.title === '') {
                    return error(422, 'Validation Failed');
                }
                const now = Date.now();
                const created = {
                    number: issues.length + 1,
                    id: 3000000 + nextId(),
                    title: body.title,
                    body: typeof body.body === 'string' ? body.body : '',
                    labels: labelsOf(body.labels),
                    state: 'open',
                    comments: [],
                    createdAt: now,
                    updatedAt: now,
                    closedAt: null
                };
                issues.push(created);
                const json = issue(links, owner, repo, created);
                return { status: 201, body: json, headers: { location: String(json.url) } };
            }
        },
        {
            method: 'GET',
            template: `${base}/{issue_number}`,
            needs: 'issues',
            handle: (req) => {
                const found = find(req);
                return found ? { status: 200, body: issue(links, owner, repo, found) } : error(404, 'Not Found');
            }
        },
        {
            method: 'PATCH',
            template: `${base}/{issue_number}`,
            needs: 'issues',
            handle: (req) => {
                const found = find(req);
                if (!found)
                    return error(404, 'Not Found');
                const body = record(req.body) ?? {};
                if (typeof body.title === 'string')
                    found.title = body.title;
                if (typeof body.body === 'string')
                    found.body = body.body;
                if (body.labels !== undefined)
                    found.labels = labelsOf(body.labels);
                if (body.state === 'open' || body.state === 'closed') {
                    found.closedAt = body.state === 'closed' ? Date.now() : null;
                    found.state = body.state;
                }
                found.updatedAt = Date.now();
                return { status: 200, body: issue(links, owner, repo, found) };
            }
        },
        {
            method: 'GET',
            template: `${base}/{issue_number}/comments`,
            needs: 'issues',
            handle: (req) => {
                const found = find(req);
                if (!found)
                    return error(404, 'Not Found');
                const all = found.comments.map((c) => issueComment(links, owner, repo, found.number, c));
                return { status: 200, body: page(all, req.query, 30) };
            }
        },
        {
            method: 'POST',
            template: `${base}/{issue_number}/comments`,
            needs: 'issues',
            handle: (req) => {
                const found = find(req);
                if (!found)
                    return error(404, 'Not Found');
                const body = record(req.body) ?? {};
                if (typeof body.body !== 'string')
                    return error(422, 'Validation Failed');
                const comment = { id: 1000000 + nextId(), body: body.body, createdAt: Date.now() };
                found.comments.push(comment);
                found.updatedAt = comment.createdAt;
                const json = issueComment(links, owner, repo, found.number, comment);
                return { status: 201, body: json, headers: { location: String(json.url) } };
            }
        }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/github-rate-limit.ts
// GitHub's primary rate limit, per token, as "Rate limits for the REST API" describes it: a budget of requests
// per window that resets at a fixed instant (`x-ratelimit-reset`, epoch seconds); once spent, GitHub answers 403
// (or 429) with `x-ratelimit-remaining: 0` until then.
class RateLimits {
    o;
    windows = new Map();
    constructor(o) {
        this.o = o;
    }
    /** True when the token has spent its budget and the limit is enforced: the request is refused. */
    exhausted(token) {
        return this.o.enforce && this.window(token).used >= this.o.limit;
    }
    /** Counts one request (a refused one adds nothing past the limit) and returns GitHub's headers for it. */
    count(token, limit = this.o.limit) {
        const w = this.window(token);
        if (!this.o.enforce || w.used < limit)
            w.used++;
        return {
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(Math.max(0, limit - w.used)),
            'x-ratelimit-reset': String(Math.ceil(w.resetAt / 1000)),
            'x-ratelimit-used': String(w.used),
            'x-ratelimit-resource': 'core'
        };
    }
    window(token) {
        const now = Date.now();
        let w = this.windows.get(token);
        if (!w || now >= w.resetAt) {
            w = { used: 0, resetAt: now + (this.o.windowMs ?? 3_600_000) };
            this.windows.set(token, w);
        }
        return w;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/emulator/github-repos.ts
// The repositories an organisation holds: each a real bare repository served over git, listed by the REST API the
// way github.com lists them (pages, `Link`), and visible to a token as an App installation's token sees them.







/** GitHub's own rule for owner and repository names; `.` and `..` would escape the git root. */
const NAME = /^[A-Za-z0-9._-]+$/;
function key(owner, name) {
    return `${owner}/${name}`.toLowerCase();
}
class Repositories {
    parent;
    /** Every hosted repository in creation order, per lower-cased owner: what listings page through. */
    byOwner = new Map();
    byName = new Map();
    all = [];
    root;
    /** Made on first use, so an emulator that hosts nothing touches no disk. */
    constructor(parent = external_node_os_default().tmpdir()) {
        this.parent = parent;
    }
    nextId = 500_000_001;
    // Creation times one second apart from a fixed instant: `sort=created` is then creation order, reproducibly.
    epoch = Date.parse('2025-01-01T00:00:00Z');
    add(o) {
        for (const part of [o.owner, o.name]) {
            if (!NAME.test(part) || part === '.' || part === '..')
                throw new Error(`not a repository name: ${part}`);
        }
        const k = key(o.owner, o.name);
        if (this.byName.has(k))
            throw new Error(`repository ${o.owner}/${o.name} already exists`);
        this.root ??= (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(this.parent, 'okg-emulator-git-'));
        const gitDir = external_node_path_default().join(this.root, o.owner, `${o.name}.git`);
        const defaultBranch = o.defaultBranch ?? 'main';
        if (!/^[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(defaultBranch) || defaultBranch.includes('..')) {
            throw new Error(`not a branch name: ${defaultBranch}`);
        }
        createBareRepository(gitDir, defaultBranch);
        const repo = {
            owner: o.owner,
            name: o.name,
            id: this.nextId++,
            visibility: o.visibility ?? 'private',
            archived: o.archived ?? false,
            fork: o.fork ?? false,
            topics: [...(o.topics ?? [])],
            sizeKb: o.sizeKb ?? 1,
            defaultBranch,
            createdAt: this.epoch + this.all.length * 1000,
            gitDir,
            codeScanning: o.codeScanning ?? true
        };
        this.byName.set(k, repo);
        this.all.push(repo);
        const owner = o.owner.toLowerCase();
        const list = this.byOwner.get(owner) ?? [];
        list.push(repo);
        this.byOwner.set(owner, list);
        return repo;
    }
    /**
     * Deletes a repository as its owner would: the API and git answer 404 from now on. Its directory stays until
     * close(), as a clone that is under way keeps its files.
     */
    remove(owner, name) {
        const repo = this.byName.get(key(owner, name));
        if (!repo)
            return false;
        this.byName.delete(key(owner, name));
        this.all.splice(this.all.indexOf(repo), 1);
        const list = this.byOwner.get(repo.owner.toLowerCase()) ?? [];
        list.splice(list.indexOf(repo), 1);
        if (list.length === 0)
            this.byOwner.delete(repo.owner.toLowerCase());
        return true;
    }
    /** Owner and repository names are case-insensitive on GitHub. */
    get(owner, name) {
        return this.byName.get(key(owner, name));
    }
    ofOwner(owner) {
        return this.byOwner.get(owner.toLowerCase());
    }
    everything() {
        return this.all;
    }
    async close() {
        const root = this.root;
        this.root = undefined;
        if (root)
            await (0,promises_.rm)(root, { recursive: true, force: true });
    }
}
/**
 * Whether a token sees a repository through the API or git: an installation granted "all repositories" sees
 * every one, a "selected repositories" installation only those, and any token may read a public one.
 */
function canSee(selection, repo, read) {
    if (selection === undefined || selection.has(key(repo.owner, repo.name)))
        return true;
    return read && repo.visibility === 'public';
}
function selectionOf(names) {
    return new Set(names.map((n) => n.toLowerCase()));
}
function reversed(items) {
    return { length: items.length, at: (i) => items[items.length - 1 - i] };
}
function forward(items) {
    return { length: items.length, at: (i) => items[i] };
}
/**
 * One page and its `Link` header, as GitHub's "Using pagination in the REST API" describes them: `per_page`
 * (default per endpoint, at most 100) and `page` (from 1); links in the order prev, next, last, first, each
 * keeping the request's other query parameters; the header is left out when everything fits on one page.
 */
function paginate(items, req, url, defaultPerPage) {
    const asked = Number(req.query.get('per_page') ?? defaultPerPage);
    const perPage = Math.min(100, Number.isInteger(asked) && asked > 0 ? asked : defaultPerPage);
    const askedPage = Number(req.query.get('page') ?? 1);
    const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1;
    const out = [];
    for (let i = (page - 1) * perPage; i < Math.min(items.length, page * perPage); i++)
        out.push(items.at(i));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (last === 1 && page === 1)
        return { items: out, headers: {} };
    const link = (n, rel) => {
        const query = new URLSearchParams(req.query);
        query.set('page', String(n));
        return `<${url}?${query.toString()}>; rel="${rel}"`;
    };
    const links = [];
    if (page > 1)
        links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last)
        links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1)
        links.push(link(1, 'first'));
    return { items: out, headers: { link: links.join(', ') } };
}
/** `type` of `GET /orgs/{org}/repos`; `member` lists what the caller is a member of: for a token, everything. */
function typeFilter(type) {
    switch (type) {
        case 'public':
            return (r) => r.visibility === 'public';
        case 'private':
            return (r) => r.visibility !== 'public';
        case 'forks':
            return (r) => r.fork;
        case 'sources':
            return (r) => !r.fork;
        default:
            return undefined;
    }
}
function repositoryRoutes(o) {
    return [
        {
            method: 'GET',
            template: '/repos/{owner}/{repo}',
            needs: 'metadata',
            anyOwner: true,
            handle: (req) => {
                const { owner = '', repo = '' } = req.params;
                const facts = o.repositories.get(owner, repo) ?? o.fallback(owner, repo);
                return facts ? { status: 200, body: fullRepository(o.links, facts) } : error(404, 'Not Found');
            }
        },
        {
            method: 'GET',
            template: '/orgs/{org}/repos',
            needs: 'metadata',
            anyOwner: true,
            handle: (req) => listOrganization(o, req)
        },
        {
            method: 'GET',
            template: '/installation/repositories',
            needs: 'metadata',
            handle: (req) => listInstallation(o, req)
        }
    ];
}
/**
 * The organisation's repositories the token can see: for an installation token, the ones granted to the
 * installation plus the public ones (public repositories are readable by every token). Sorted as the
 * description says: `created` by default, `desc` unless sorting by `full_name`. The default listing of an
 * unrestricted token costs one page; a filter, a selection or a `full_name` sort costs one pass over the list.
 */
function listOrganization(o, req) {
    const org = req.params.org ?? '';
    const owned = o.repositories.ofOwner(org) ?? (org.toLowerCase() === o.owner.toLowerCase() ? [] : undefined);
    if (!owned)
        return error(404, 'Not Found');
    const selection = o.selection(req);
    const byType = typeFilter(req.query.get('type'));
    let items = selection === undefined && !byType
        ? owned
        : owned.filter((r) => canSee(selection, r, true) && (byType?.(r) ?? true));
    const sort = req.query.get('sort') ?? 'created';
    if (sort === 'full_name') {
        items = [...items].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
    }
    const direction = req.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc');
    const sequence = direction === 'asc' ? forward(items) : reversed(items);
    const url = `${o.links.api}/orgs/${encodeURIComponent(org)}/repos`;
    const { items: shown, headers } = paginate(sequence, req, url, 30);
    return { status: 200, body: shown.map((r) => repository(o.links, r)), headers };
}
/** The installation's repositories, oldest first: all the emulator hosts, or the token's selection. */
function listInstallation(o, req) {
    const selection = o.selection(req);
    const all = o.repositories.everything();
    const items = selection === undefined ? all : all.filter((r) => canSee(selection, r, false));
    const { items: shown, headers } = paginate(forward(items), req, `${o.links.api}/installation/repositories`, 30);
    return {
        status: 200,
        body: {
            total_count: items.length,
            repositories: shown.map((r) => repository(o.links, r)),
            repository_selection: selection === undefined ? 'all' : 'selected'
        },
        headers
    };
}

;// CONCATENATED MODULE: ./src/emulator/github-runs.ts
// Workflow runs: dispatch, the simulated run (it reads the decrypted secret and calls the emulated OpenAI with
// it, so a smoke run fails when the wrong key was written), and the Actions API's views of runs.


/** GitHub's `created` search qualifier: `>=X`, `>X`, `<=X`, `<X`, `X..Y` or a date; compared at second precision. */
function createdMatches(filter, createdMs) {
    const created = Math.floor(createdMs / 1000);
    const at = (text) => Math.floor(Date.parse(text) / 1000);
    const range = /^(.+)\.\.(.+)$/.exec(filter);
    if (range)
        return created >= at(range[1]) && created <= at(range[2]);
    const op = /^(>=|<=|>|<)(.+)$/.exec(filter);
    if (!op)
        return isoSeconds(createdMs).startsWith(filter);
    const bound = at(op[2]);
    if (op[1] === '>=')
        return created >= bound;
    if (op[1] === '>')
        return created > bound;
    if (op[1] === '<=')
        return created <= bound;
    return created < bound;
}
class WorkflowRuns {
    o;
    runs = [];
    failSmoke = false;
    /** Per workflow file: what its runs do instead of the default smoke test (GET /models with the secret). */
    scripts = new Map();
    workflows = new Map();
    timers = new Set();
    pending = new Set();
    constructor(o) {
        this.o = o;
    }
    routes(repoPath) {
        return [
            {
                method: 'POST',
                template: `${repoPath}/actions/workflows/{workflow_id}/dispatches`,
                needs: 'actions',
                handle: (req) => this.dispatch(req)
            },
            {
                method: 'GET',
                template: `${repoPath}/actions/workflows/{workflow_id}/runs`,
                needs: 'actions',
                handle: (req) => this.listRuns(req)
            },
            {
                method: 'GET',
                template: `${repoPath}/actions/runs/{run_id}`,
                needs: 'actions',
                handle: (req) => {
                    const run = this.runs.find((x) => String(x.id) === req.params.run_id);
                    return run ? { status: 200, body: this.runJson(run) } : error(404, 'Not Found');
                }
            }
        ];
    }
    /**
     * A run that the emulator does not simulate: the one a rotation itself runs in (GITHUB_RUN_ID), in progress
     * until `finish` says how it ended, so the Actions API can tell whether its owner is still alive.
     */
    start(workflowFile, event) {
        return this.add(this.workflow(workflowFile), 'refs/heads/main', event, 'in_progress', {});
    }
    finish(id, conclusion) {
        const run = this.runs.find((x) => x.id === id);
        if (!run)
            throw new Error(`no run ${id}`);
        run.status = 'completed';
        run.conclusion = conclusion;
        run.updatedAt = Date.now();
    }
    /** Stops the simulated runs and waits for the ones already calling OpenAI. */
    async stop() {
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        await Promise.allSettled([...this.pending]);
    }
    workflow(idOrFile) {
        const known = this.workflows.get(idOrFile);
        if (known)
            return known;
        const id = /^\d+$/.test(idOrFile) ? Number(idOrFile) : 161335 + this.workflows.size;
        const file = /^\d+$/.test(idOrFile) ? `workflow-${idOrFile}.yml` : idOrFile;
        const workflow = { id, file };
        this.workflows.set(String(id), workflow);
        this.workflows.set(file, workflow);
        return workflow;
    }
    dispatch(req) {
        const body = record(req.body) ?? {};
        if (typeof body.ref !== 'string')
            return error(422, 'Invalid request.\n\n"ref" wasn\'t supplied.');
        const workflow = this.workflow(req.params.workflow_id ?? '');
        const run = this.add(workflow, body.ref, 'workflow_dispatch', 'queued', record(body.inputs) ?? {});
        this.schedule(run);
        if (body.return_run_details !== true)
            return { status: 204 };
        const json = this.runJson(run);
        return { status: 200, body: { workflow_run_id: run.id, run_url: json.url, html_url: json.html_url } };
    }
    add(workflow, ref, event, status, inputs) {
        const now = Date.now();
        const run = {
            id: 22000000000 + this.o.nextId(),
            runNumber: this.runs.filter((x) => x.workflowId === workflow.id).length + 1,
            workflowId: workflow.id,
            workflowFile: workflow.file,
            ref,
            event,
            status,
            conclusion: null,
            inputs,
            headSha: this.o.ids.sha(),
            createdAt: now,
            updatedAt: now
        };
        this.runs.push(run);
        return run;
    }
    /** queued → in_progress after a third of the run time → completed once the smoke call has answered. */
    schedule(run) {
        const later = (ms, fn) => {
            const t = setTimeout(() => {
                this.timers.delete(t);
                fn();
            }, ms);
            this.timers.add(t);
        };
        later(Math.floor(this.o.runMs / 3), () => {
            run.status = 'in_progress';
            run.updatedAt = Date.now();
        });
        later(this.o.runMs, () => {
            const done = this.complete(run).finally(() => this.pending.delete(done));
            this.pending.add(done);
        });
    }
    async complete(run) {
        const name = typeof run.inputs['secret-name'] === 'string' ? run.inputs['secret-name'] : 'OPENAI_API_KEY';
        const key = this.o.secret(name);
        const script = this.scripts.get(run.workflowFile);
        let ok = false;
        if (this.failSmoke)
            ok = false;
        else if (script)
            ok = await Promise.resolve(script(key)).catch(() => false);
        else if (key !== undefined)
            ok = await this.o.smoke(key).catch(() => false);
        run.status = 'completed';
        run.conclusion = ok ? 'success' : 'failure';
        run.updatedAt = Date.now();
    }
    runJson(run) {
        return workflowRun(this.o.links, this.o.owner, this.o.repo, this.o.repoId, run);
    }
    listRuns(req) {
        const workflow = this.workflows.get(req.params.workflow_id ?? '');
        const q = req.query;
        const runs = this.runs
            .filter((run) => workflow !== undefined && run.workflowId === workflow.id)
            .filter((run) => !q.get('event') || run.event === q.get('event'))
            .filter((run) => !q.get('status') || run.status === q.get('status') || run.conclusion === q.get('status'))
            .filter((run) => !q.get('created') || createdMatches(q.get('created') ?? '', run.createdAt))
            .filter((run) => !q.get('branch') || run.ref.replace(/^refs\/heads\//, '') === q.get('branch'))
            .reverse();
        return {
            status: 200,
            body: { total_count: runs.length, workflow_runs: page(runs, q, 30).map((run) => this.runJson(run)) }
        };
    }
}

;// CONCATENATED MODULE: ./src/emulator/secret-stores.ts
// GitHub's secret stores: one real libsodium key pair per store, so the emulator decrypts what clients seal.

/** GitHub stores secret names upper-cased and matches them case-insensitively. */
function secretName(name) {
    return name.toUpperCase();
}
/** Scopes: 'repo', `env:NAME`, `org:ORG`, 'dependabot'. Call after `await sodium.ready`. */
class SecretStores {
    seed;
    keyId;
    stores = new Map();
    constructor(seed, keyId) {
        this.seed = seed;
        this.keyId = keyId;
    }
    get(scope) {
        let store = this.stores.get(scope);
        if (!store) {
            // Seeded key pairs keep runs reproducible; the seed never leaves the emulator.
            const pair = libsodium_wrappers/* default */.Ay.crypto_box_seed_keypair(libsodium_wrappers/* default */.Ay.crypto_generichash(32, `${this.seed}:${scope}`, null));
            store = {
                keyId: this.keyId(),
                publicKey: libsodium_wrappers/* default.to_base64 */.Ay.to_base64(pair.publicKey, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL),
                open: (sealed) => {
                    try {
                        const box = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(sealed, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
                        return libsodium_wrappers/* default.to_string */.Ay.to_string(libsodium_wrappers/* default */.Ay.crypto_box_seal_open(box, pair.publicKey, pair.privateKey));
                    }
                    catch {
                        return undefined;
                    }
                },
                secrets: new Map()
            };
            this.stores.set(scope, store);
        }
        return store;
    }
    /** Seals under the store's public key and opens it again: what a human setting it in the UI amounts to. */
    plant(scope, name, value, now) {
        const store = this.get(scope);
        const publicKey = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(store.publicKey, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
        const sealed = libsodium_wrappers/* default.to_base64 */.Ay.to_base64(libsodium_wrappers/* default */.Ay.crypto_box_seal(value, publicKey), libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
        const opened = store.open(sealed);
        if (opened === undefined)
            throw new Error(`emulator: could not open a secret sealed for ${scope}`);
        const previous = store.secrets.get(secretName(name));
        store.secrets.set(secretName(name), {
            ...previous,
            value: opened,
            createdAt: previous?.createdAt ?? now,
            updatedAt: now,
            ...(scope.startsWith('org:') && !previous ? { visibility: 'private' } : {})
        });
    }
}

;// CONCATENATED MODULE: ./src/emulator/github.ts









const ALL_PERMISSIONS = {
    metadata: 'read',
    contents: 'write',
    security_events: 'write',
    secrets: 'write',
    organization_secrets: 'write',
    dependabot_secrets: 'write',
    environments: 'write',
    variables: 'write',
    actions: 'write',
    issues: 'write'
};
/** The answer once the primary rate limit is spent (its headers come from the rate limit's count). */
function primaryLimit(status) {
    return {
        status,
        body: {
            message: 'API rate limit exceeded for installation ID 1.',
            documentation_url: DOCS,
            status: String(status)
        }
    };
}
class GitHubService {
    o;
    api = 'github';
    prefix = '/github';
    routes;
    actions;
    codeScanning;
    issues = [];
    variables = new Map();
    rate;
    nextId = 1;
    constructor(o) {
        this.o = o;
        this.actions = new WorkflowRuns({
            ...o,
            runMs: o.smokeRunMs,
            nextId: () => this.id(),
            secret: (name) => this.secret('repo', name)
        });
        this.rate = new RateLimits(o.rateLimit);
        this.codeScanning = new CodeScanning({
            links: o.links,
            repositories: o.repositories,
            fallbackName: (owner, name) => owner === o.owner && name === o.repo ? `${o.owner}/${o.repo}` : undefined
        });
        this.routes = this.buildRoutes();
    }
    authorize(req, route) {
        const token = this.token(req);
        if (token === undefined)
            return error(401, 'Requires authentication');
        const permissions = this.o.tokens.get(token);
        if (!permissions)
            return error(401, 'Bad credentials');
        if (this.rate.exhausted(token))
            return primaryLimit(403);
        const { owner, repo, org } = req.params;
        if (owner !== undefined && repo !== undefined) {
            // A repository the token may not see is answered 404, not 403: GitHub does not reveal that it exists.
            const facts = this.repositoryFacts(owner, repo, route.anyOwner === true);
            if (!facts || !canSee(this.o.selections.get(token), facts, req.method === 'GET')) {
                return error(404, 'Not Found');
            }
        }
        else if (owner !== undefined || repo !== undefined)
            return error(404, 'Not Found');
        if (org !== undefined && !route.anyOwner && org !== this.o.owner)
            return error(404, 'Not Found');
        const level = req.method === 'GET' ? 'read' : 'write';
        // Every GitHub App holds `metadata: read` ("mandatory" in GitHub's permission reference).
        const held = permissions[route.needs] ?? (route.needs === 'metadata' ? 'read' : undefined);
        if (held === 'write' || (held === 'read' && level === 'read'))
            return undefined;
        const refusal = error(403, 'Resource not accessible by integration');
        return { ...refusal, headers: { 'x-accepted-github-permissions': `${route.needs}=${level}` } };
    }
    /** Basic `x-access-token:<token>`, as actions/checkout and GitHub's App docs send an installation token. */
    presented(req) {
        return this.basic(req)?.password;
    }
    /**
     * Git over HTTP as github.com answers it: no credentials → 401 with a Basic challenge (git then asks for
     * some), except reads of a public repository; wrong credentials → 401; a repository that does not exist or
     * that the token cannot see → 404 "Repository not found." (a private repository's existence is never
     * revealed); a token without the `contents` permission the operation needs → 403.
     */
    async serve(route, req, res, query) {
        const refuse = (status, message) => {
            req.resume();
            gitRefusal(res, status, message);
            return status;
        };
        const hosted = this.o.repositories.get(route.owner, route.name);
        const credentials = this.basic(req);
        if (!credentials) {
            if (hosted?.visibility === 'public' && !route.write)
                return runHttpBackend(hosted.gitDir, route, req, res, query);
            return refuse(401, 'Authentication required');
        }
        const permissions = credentials.user === 'x-access-token' ? this.o.tokens.get(credentials.password) : undefined;
        if (!permissions) {
            return refuse(401, 'Invalid username or token. Password authentication is not supported for Git operations.');
        }
        if (!hosted || !canSee(this.o.selections.get(credentials.password), hosted, !route.write)) {
            return refuse(404, 'Repository not found.');
        }
        const held = permissions.contents;
        const allowed = route.write ? held === 'write' : held !== undefined || hosted.visibility === 'public';
        if (!allowed)
            return refuse(403, `Permission to ${hosted.owner}/${hosted.name}.git denied to x-access-token.`);
        if (route.write && hosted.archived)
            return refuse(403, 'This repository was archived so it is read-only.');
        return runHttpBackend(hosted.gitDir, route, req, res, query);
    }
    headers(req) {
        const token = this.token(req) ?? 'anonymous';
        // An unauthenticated caller gets GitHub's 60 an hour; it is not refused here (every route needs a token).
        const limit = this.o.tokens.has(token) ? undefined : 60;
        return {
            ...this.rate.count(token, limit),
            'x-github-api-version-selected': '2022-11-28',
            'x-github-media-type': 'github.v3; format=json'
        };
    }
    notFound() {
        return error(404, 'Not Found');
    }
    faultBody(status, headers = {}) {
        // GitHub's two limits read differently ("Rate limits for the REST API"): the primary one is spent when
        // x-ratelimit-remaining is 0, anything else is a secondary limit.
        if ((status === 429 || status === 403) && headers['x-ratelimit-remaining'] === '0') {
            return primaryLimit(status).body;
        }
        if (status === 429 || status === 403) {
            return {
                message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
                documentation_url: DOCS,
                status: String(status)
            };
        }
        return error(status, status >= 500 ? 'Server Error' : 'Error').body;
    }
    secret(scope, name) {
        return this.o.stores.get(scope).secrets.get(secretName(name))?.value;
    }
    /** Stops the simulated runs and waits for the ones already calling OpenAI. */
    stop() {
        return this.actions.stop();
    }
    /** The hosted repository of that name, else the emulator's own one when the names match exactly. */
    repositoryFacts(owner, repo, anyOwner) {
        const hosted = anyOwner ? this.o.repositories.get(owner, repo) : undefined;
        if (hosted)
            return hosted;
        return owner === this.o.owner && repo === this.o.repo
            ? plainRepository(this.o.owner, this.o.repo, this.o.repoId)
            : undefined;
    }
    basic(req) {
        const m = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (!m)
            return undefined;
        const decoded = Buffer.from(m[1] ?? '', 'base64').toString('utf8');
        const colon = decoded.indexOf(':');
        return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
    }
    token(req) {
        const header = req.headers.authorization;
        const match = header ? /^(?:token|bearer)\s+(\S+)$/i.exec(header) : null;
        return match?.[1];
    }
    id() {
        return this.nextId++;
    }
    buildRoutes() {
        const r = '/repos/{owner}/{repo}';
        const env = `${r}/environments/{environment_name}/secrets`;
        const org = '/orgs/{org}/actions/secrets';
        const dependabot = `${r}/dependabot/secrets`;
        const repoScope = () => 'repo';
        const envScope = (req) => `env:${req.params.environment_name}`;
        const orgScope = (req) => `org:${req.params.org}`;
        const dependabotScope = () => 'dependabot';
        return [
            ...repositoryRoutes({
                links: this.o.links,
                repositories: this.o.repositories,
                owner: this.o.owner,
                fallback: (owner, name) => this.repositoryFacts(owner, name, false),
                selection: (req) => {
                    const token = this.token(req);
                    return token === undefined ? undefined : this.o.selections.get(token);
                }
            }),
            ...this.secretRoutes(`${r}/actions/secrets`, 'secrets', repoScope),
            ...this.secretRoutes(env, 'secrets', envScope),
            ...this.secretRoutes(org, 'organization_secrets', orgScope),
            ...this.secretRoutes(dependabot, 'dependabot_secrets', dependabotScope),
            {
                method: 'GET',
                template: `${org}/{secret_name}/repositories`,
                needs: 'organization_secrets',
                handle: (req) => this.orgSecretRepositories(req)
            },
            ...this.variableRoutes(`${r}/actions/variables`),
            ...this.actions.routes(r),
            ...this.codeScanning.routes(),
            ...issueRoutes(`${r}/issues`, {
                links: this.o.links,
                owner: this.o.owner,
                repo: this.o.repo,
                issues: this.issues,
                nextId: () => this.id()
            })
        ];
    }
    secretRoutes(base, needs, scope) {
        const isOrg = base.startsWith('/orgs/');
        const store = (req) => this.o.stores.get(scope(req));
        return [
            {
                method: 'GET',
                template: `${base}/public-key`,
                needs,
                handle: (req) => ({ status: 200, body: { key_id: store(req).keyId, key: store(req).publicKey } })
            },
            {
                method: 'GET',
                template: `${base}/{secret_name}`,
                needs,
                handle: (req) => {
                    const name = secretName(req.params.secret_name ?? '');
                    const s = store(req).secrets.get(name);
                    if (!s)
                        return error(404, 'Not Found');
                    const body = {
                        name,
                        created_at: isoSeconds(s.createdAt),
                        updated_at: isoSeconds(s.updatedAt)
                    };
                    if (isOrg) {
                        body.visibility = s.visibility ?? 'private';
                        if (s.visibility === 'selected') {
                            body.selected_repositories_url = `${this.o.links.api}${base.replace('{org}', this.o.owner)}/${name}/repositories`;
                        }
                    }
                    return { status: 200, body };
                }
            },
            {
                method: 'PUT',
                template: `${base}/{secret_name}`,
                needs,
                handle: (req) => this.putSecret(req, store(req), isOrg)
            },
            {
                method: 'DELETE',
                template: `${base}/{secret_name}`,
                needs,
                handle: (req) => store(req).secrets.delete(secretName(req.params.secret_name ?? ''))
                    ? { status: 204 }
                    : error(404, 'Not Found')
            }
        ];
    }
    putSecret(req, store, isOrg) {
        const body = record(req.body) ?? {};
        for (const field of ['encrypted_value', 'key_id']) {
            if (typeof body[field] !== 'string')
                return error(422, `Invalid request.\n\n"${field}" wasn't supplied.`);
        }
        if (body.key_id !== store.keyId)
            return error(422, 'Bad request - the key_id does not match the public key');
        const value = store.open(body.encrypted_value);
        if (value === undefined)
            return error(422, 'Bad request - the encrypted_value could not be decrypted');
        const name = secretName(req.params.secret_name ?? '');
        const previous = store.secrets.get(name);
        const now = Date.now();
        const next = { ...previous, value, createdAt: previous?.createdAt ?? now, updatedAt: now };
        if (isOrg) {
            const visibility = body.visibility;
            if (visibility !== 'all' && visibility !== 'private' && visibility !== 'selected') {
                return error(422, 'Invalid request.\n\n"visibility" wasn\'t supplied.');
            }
            next.visibility = visibility;
            const ids = Array.isArray(body.selected_repository_ids) ? body.selected_repository_ids.map(Number) : [];
            next.selectedRepositoryIds = visibility === 'selected' ? ids : [];
        }
        store.secrets.set(name, next);
        return previous ? { status: 204 } : { status: 201, body: {} };
    }
    orgSecretRepositories(req) {
        const s = this.o.stores.get(`org:${req.params.org}`).secrets.get(secretName(req.params.secret_name ?? ''));
        if (!s)
            return error(404, 'Not Found');
        if (s.visibility !== 'selected')
            return error(409, 'The visibility of this secret is not "selected"');
        const repos = (s.selectedRepositoryIds ?? []).map((id) => minimalRepository(this.o.links, this.o.owner, id === this.o.repoId ? this.o.repo : `repo-${id}`, id));
        return { status: 200, body: { total_count: repos.length, repositories: page(repos, req.query, 30) } };
    }
    variableRoutes(base) {
        const json = (name, v) => ({
            name,
            value: v.value,
            created_at: isoSeconds(v.createdAt),
            updated_at: isoSeconds(v.updatedAt)
        });
        const name = (req) => secretName(req.params.name ?? '');
        return [
            {
                method: 'GET',
                template: base,
                needs: 'variables',
                handle: (req) => {
                    const all = [...this.variables].map(([n, v]) => json(n, v));
                    return { status: 200, body: { total_count: all.length, variables: page(all, req.query, 10) } };
                }
            },
            {
                method: 'POST',
                template: base,
                needs: 'variables',
                handle: (req) => {
                    const body = record(req.body) ?? {};
                    if (typeof body.name !== 'string' || typeof body.value !== 'string') {
                        return error(422, 'Invalid request.\n\n"name" and "value" are required.');
                    }
                    const key = secretName(body.name);
                    if (this.variables.has(key))
                        return error(409, 'Already exists - Variable already exists');
                    const now = Date.now();
                    this.variables.set(key, { value: body.value, createdAt: now, updatedAt: now });
                    return { status: 201, body: {} };
                }
            },
            {
                method: 'GET',
                template: `${base}/{name}`,
                needs: 'variables',
                handle: (req) => {
                    const v = this.variables.get(name(req));
                    return v ? { status: 200, body: json(name(req), v) } : error(404, 'Not Found');
                }
            },
            {
                method: 'PATCH',
                template: `${base}/{name}`,
                needs: 'variables',
                handle: (req) => {
                    const v = this.variables.get(name(req));
                    if (!v)
                        return error(404, 'Not Found');
                    const body = record(req.body) ?? {};
                    const next = { ...v, updatedAt: Date.now() };
                    if (typeof body.value === 'string')
                        next.value = body.value;
                    this.variables.delete(name(req));
                    this.variables.set(typeof body.name === 'string' ? secretName(body.name) : name(req), next);
                    return { status: 204 };
                }
            },
            {
                method: 'DELETE',
                template: `${base}/{name}`,
                needs: 'variables',
                handle: (req) => (this.variables.delete(name(req)) ? { status: 204 } : error(404, 'Not Found'))
            }
        ];
    }
}

;// CONCATENATED MODULE: ./src/emulator/keys.ts
// Credentials and ids the emulator hands out: real shapes, made at run time from a seed so runs repeat.
/** The marker every OpenAI key carries, split so that no source file holds a key-shaped string. */
const MARKER = ['T3Bl', 'bkFJ'].join('');
/** A small deterministic PRNG (mulberry32) so that seeded runs see the same ids and keys. */
function seeded(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function randomChars(n, alphabet, rand) {
    let s = '';
    for (let i = 0; i < n; i++)
        s += alphabet[Math.floor(rand() * alphabet.length)];
    return s;
}
const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const ALNUM = URLSAFE.slice(0, 62);
class IdSource {
    rand;
    constructor(seed) {
        this.rand = seeded(seed);
    }
    serviceAccountKey() {
        return 'sk-svcacct-' + randomChars(74, URLSAFE, this.rand) + MARKER + randomChars(74, URLSAFE, this.rand);
    }
    adminKey() {
        return 'sk-admin-' + randomChars(58, URLSAFE, this.rand) + MARKER + randomChars(58, URLSAFE, this.rand);
    }
    /** User keys are project keys (`sk-proj-`), the shape people create in the dashboard. */
    userKey() {
        return 'sk-proj-' + randomChars(74, URLSAFE, this.rand) + MARKER + randomChars(74, URLSAFE, this.rand);
    }
    githubToken() {
        return 'ghs_' + randomChars(36, ALNUM, this.rand);
    }
    /** OpenAI object ids: `key_…`, `svc_acct_…`, `user-…`. */
    openaiId(prefix) {
        return prefix + randomChars(16, ALNUM, this.rand);
    }
    /** GitHub public key ids are long decimal strings. */
    publicKeyId() {
        return String(1 + Math.floor(this.rand() * 9)) + randomChars(17, '0123456789', this.rand);
    }
    nodeId(prefix) {
        return prefix + '_' + randomChars(16, ALNUM, this.rand);
    }
    sha() {
        return randomChars(40, '0123456789abcdef', this.rand);
    }
}
/** OpenAI's `redacted_value` as real responses show it: first 8, `*` for the middle, last 4, full length. */
function redactedValue(key) {
    return key.slice(0, 8) + '*'.repeat(Math.max(0, key.length - 12)) + key.slice(-4);
}

;// CONCATENATED MODULE: ./src/emulator/openai.ts
// The emulated OpenAI API: projects, service accounts, project API keys and usage (admin routes), GET /models.

function openai_error(status, message, code = null, type = 'invalid_request_error') {
    return { status, body: { error: { message, type, param: null, code } } };
}
const BAD_KEY = openai_error(401, 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.', 'invalid_api_key');
const now = () => Date.now();
const seconds = (ms) => Math.floor(ms / 1000);
function pageOf(all, query) {
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 20) || 20));
    const after = query.get('after');
    const start = after ? all.findIndex((x) => x.id === after) + 1 : 0;
    const data = all.slice(start, start + limit);
    return {
        object: 'list',
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: start + limit < all.length
    };
}
class OpenAIService {
    o;
    api = 'openai';
    prefix = '/openai/v1';
    routes;
    projects = new Map();
    serviceAccounts = new Map();
    keys = new Map();
    usage = [];
    requestCount = 0;
    constructor(o) {
        this.o = o;
        this.projects.set(o.projectId, {
            id: o.projectId,
            name: 'Emulated project',
            createdAt: 1711471533000,
            archivedAt: null
        });
        this.routes = this.buildRoutes();
    }
    createProject(name) {
        const project = { id: this.o.ids.openaiId('proj_'), name, createdAt: now(), archivedAt: null };
        this.projects.set(project.id, project);
        return project;
    }
    /**
     * A key served `requests` model requests at `at`: the usage endpoints report them, and `last_used_at` moves,
     * as it does on the real service when a key authenticates a request.
     */
    recordUsage(keyId, at, requests, inputTokens = 0, outputTokens = 0, endpoint = 'completions') {
        const key = this.keys.get(keyId);
        if (!key)
            throw new Error(`no key ${keyId}`);
        this.usage.push({ endpoint, keyId, projectId: key.projectId, at, requests, inputTokens, outputTokens });
        if (key.lastUsedAt === null || key.lastUsedAt < at)
            key.lastUsedAt = at;
    }
    isLive(value) {
        const key = [...this.keys.values()].find((k) => k.value === value);
        if (!key)
            return false;
        if (key.expiresAt !== undefined && now() >= key.expiresAt)
            return false;
        return key.revokedAt === undefined || now() < key.revokedAt + this.o.revocationDelayMs;
    }
    createServiceAccount(name, withKey = true, expiresInSeconds, projectId = this.o.projectId) {
        const sa = { id: this.o.ids.openaiId('user-'), projectId, name, createdAt: now() };
        this.serviceAccounts.set(sa.id, sa);
        if (!withKey)
            return { sa };
        const key = {
            id: this.o.ids.openaiId('key_'),
            projectId,
            value: this.o.ids.serviceAccountKey(),
            name: 'Secret Key',
            createdAt: sa.createdAt,
            lastUsedAt: null,
            owner: { type: 'service_account', serviceAccountId: sa.id },
            ...(expiresInSeconds ? { expiresAt: sa.createdAt + expiresInSeconds * 1000 } : {})
        };
        this.keys.set(key.id, key);
        return { sa, key };
    }
    createUserKey(projectId = this.o.projectId) {
        const key = {
            id: this.o.ids.openaiId('key_'),
            projectId,
            value: this.o.ids.userKey(),
            name: 'Dashboard key',
            createdAt: now(),
            lastUsedAt: null,
            owner: { type: 'user', userId: 'user-emulated0001' }
        };
        this.keys.set(key.id, key);
        return key;
    }
    authorize(req, route) {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
        if (token === undefined) {
            return openai_error(401, "You didn't provide an API key. You need to provide your API key in an Authorization header.");
        }
        if (route.needs === 'admin')
            return this.o.adminKeys.has(token) ? undefined : BAD_KEY;
        if (!this.isLive(token))
            return BAD_KEY;
        const key = [...this.keys.values()].find((k) => k.value === token);
        if (key)
            key.lastUsedAt = now();
        return undefined;
    }
    headers() {
        this.requestCount++;
        return {
            'x-request-id': `req_emu${String(this.requestCount).padStart(8, '0')}`,
            'openai-version': '2020-10-01'
        };
    }
    notFound() {
        return openai_error(404, 'Invalid URL');
    }
    faultBody(status) {
        if (status === 429)
            return openai_error(429, 'Rate limit reached for requests', 'rate_limit_exceeded', 'requests').body;
        return openai_error(status, status >= 500 ? 'The server had an error while processing your request.' : 'Error', null, 'server_error').body;
    }
    /** Deleting a service account revokes its keys and removes them from the project. */
    deleteServiceAccount(id) {
        if (!this.serviceAccounts.delete(id))
            return false;
        for (const key of this.keys.values()) {
            if (key.owner.type === 'service_account' && key.owner.serviceAccountId === id)
                key.revokedAt ??= now();
        }
        return true;
    }
    listedKeys(projectId) {
        return [...this.keys.values()].filter((k) => k.revokedAt === undefined && k.projectId === projectId);
    }
    accountIn(req) {
        const sa = this.serviceAccounts.get(req.params.service_account_id ?? '');
        return sa?.projectId === req.params.project_id ? sa : undefined;
    }
    projectJson(project) {
        return {
            id: project.id,
            object: 'organization.project',
            name: project.name,
            created_at: seconds(project.createdAt),
            archived_at: project.archivedAt === null ? null : seconds(project.archivedAt),
            status: project.archivedAt === null ? 'active' : 'archived'
        };
    }
    saJson(sa) {
        return {
            object: 'organization.project.service_account',
            id: sa.id,
            name: sa.name,
            role: 'member',
            created_at: seconds(sa.createdAt)
        };
    }
    keyJson(key) {
        const owner = key.owner.type === 'service_account'
            ? {
                type: 'service_account',
                service_account: this.ownerAccount(key.owner.serviceAccountId, key.createdAt)
            }
            : {
                type: 'user',
                user: {
                    id: key.owner.userId,
                    email: 'owner@example.com',
                    name: 'Emulated Owner',
                    created_at: seconds(key.createdAt),
                    role: 'owner'
                }
            };
        return {
            object: 'organization.project.api_key',
            redacted_value: redactedValue(key.value),
            name: key.name,
            created_at: seconds(key.createdAt),
            last_used_at: key.lastUsedAt === null ? null : seconds(key.lastUsedAt),
            id: key.id,
            owner_project_access: 'active',
            owner,
            ...(key.expiresAt !== undefined ? { expires_at: seconds(key.expiresAt) } : {})
        };
    }
    ownerAccount(id, fallbackCreated) {
        const sa = this.serviceAccounts.get(id);
        return {
            id,
            name: sa?.name ?? 'deleted',
            created_at: seconds(sa?.createdAt ?? fallbackCreated),
            role: 'member'
        };
    }
    project(req) {
        return this.projects.has(req.params.project_id ?? '')
            ? undefined
            : openai_error(404, `No such project: ${req.params.project_id ?? ''}`);
    }
    buildRoutes() {
        const p = '/organization/projects/{project_id}';
        return [
            {
                method: 'GET',
                template: '/models',
                needs: 'key',
                handle: () => ({
                    status: 200,
                    body: {
                        object: 'list',
                        data: ['gpt-4o-mini', 'gpt-4.1', 'text-embedding-3-small'].map((id) => ({
                            id,
                            object: 'model',
                            created: 1715367049,
                            owned_by: 'system'
                        }))
                    }
                })
            },
            {
                method: 'GET',
                template: '/organization/projects',
                needs: 'admin',
                handle: (req) => {
                    const archived = req.query.get('include_archived') === 'true';
                    const all = [...this.projects.values()].filter((x) => archived || x.archivedAt === null);
                    return {
                        status: 200,
                        body: pageOf(all.map((x) => this.projectJson(x)), req.query)
                    };
                }
            },
            {
                method: 'GET',
                template: p,
                needs: 'admin',
                handle: (req) => this.project(req) ?? {
                    status: 200,
                    body: this.projectJson(this.projects.get(req.params.project_id ?? ''))
                }
            },
            {
                method: 'GET',
                template: `${p}/service_accounts`,
                needs: 'admin',
                handle: (req) => this.project(req) ?? {
                    status: 200,
                    body: pageOf([...this.serviceAccounts.values()]
                        .filter((sa) => sa.projectId === req.params.project_id)
                        .map((sa) => this.saJson(sa)), req.query)
                }
            },
            {
                method: 'POST',
                template: `${p}/service_accounts`,
                needs: 'admin',
                handle: (req) => this.createRoute(req)
            },
            {
                method: 'GET',
                template: `${p}/service_accounts/{service_account_id}`,
                needs: 'admin',
                handle: (req) => {
                    const sa = this.accountIn(req);
                    return (this.project(req) ??
                        (sa ? { status: 200, body: this.saJson(sa) } : openai_error(404, 'No such service account')));
                }
            },
            {
                method: 'DELETE',
                template: `${p}/service_accounts/{service_account_id}`,
                needs: 'admin',
                handle: (req) => {
                    const id = req.params.service_account_id ?? '';
                    return (this.project(req) ??
                        (this.accountIn(req) && this.deleteServiceAccount(id)
                            ? {
                                status: 200,
                                body: { object: 'organization.project.service_account.deleted', id, deleted: true }
                            }
                            : openai_error(404, 'No such service account')));
                }
            },
            {
                method: 'GET',
                template: `${p}/api_keys`,
                needs: 'admin',
                handle: (req) => {
                    const access = req.query.get('owner_project_access');
                    const keys = access === 'inactive' ? [] : this.listedKeys(req.params.project_id);
                    return (this.project(req) ?? {
                        status: 200,
                        body: pageOf(keys.map((k) => this.keyJson(k)), req.query)
                    });
                }
            },
            {
                method: 'GET',
                template: `${p}/api_keys/{api_key_id}`,
                needs: 'admin',
                handle: (req) => {
                    const key = this.listedKeys(req.params.project_id).find((k) => k.id === req.params.api_key_id);
                    return (this.project(req) ??
                        (key ? { status: 200, body: this.keyJson(key) } : openai_error(404, 'No such API key')));
                }
            },
            {
                method: 'DELETE',
                template: `${p}/api_keys/{api_key_id}`,
                needs: 'admin',
                handle: (req) => this.project(req) ?? this.deleteKey(req.params.project_id, req.params.api_key_id ?? '')
            },
            ...['completions', 'embeddings'].map((kind) => ({
                method: 'GET',
                template: `/organization/usage/${kind}`,
                needs: 'admin',
                handle: (req) => this.usageRoute(kind, req.query)
            }))
        ];
    }
    /**
     * `GET /organization/usage/{completions,embeddings}`: buckets of `bucket_width` from `start_time` (inclusive)
     * to `end_time` (exclusive, default now), `limit` buckets a page, `next_page` the next bucket's start.
     * Every bucket is listed, empty ones with no results, as the real service does. Results are grouped by the
     * `group_by` fields given (here `project_id` and `api_key_id`), else one total per bucket that has usage.
     */
    usageRoute(kind, q) {
        const all = (name) => [...q.getAll(name), ...q.getAll(`${name}[]`)].flatMap((v) => v.split(','));
        const width = { '1m': 60, '1h': 3600, '1d': 86400 }[q.get('bucket_width') ?? '1d'] ?? 86400;
        const maxLimit = { 60: 1440, 3600: 168, 86400: 31 }[width];
        const defaultLimit = { 60: 60, 3600: 24, 86400: 7 }[width];
        const limit = Math.min(maxLimit, Math.max(1, Number(q.get('limit') ?? defaultLimit) || defaultLimit));
        const start = Number(q.get('page') ?? q.get('start_time'));
        const end = Number(q.get('end_time') ?? seconds(now()) + 1);
        if (!Number.isInteger(start))
            return openai_error(400, 'start_time is required');
        const keys = new Set(all('api_key_ids'));
        const projects = new Set(all('project_ids'));
        const groups = new Set(all('group_by'));
        const data = [];
        let t = start;
        for (; t < end && data.length < limit; t += width) {
            const inBucket = this.usage.filter((u) => u.endpoint === kind &&
                seconds(u.at) >= t &&
                seconds(u.at) < Math.min(t + width, end) &&
                (keys.size === 0 || keys.has(u.keyId)) &&
                (projects.size === 0 || projects.has(u.projectId)));
            const grouped = new Map();
            for (const u of inBucket) {
                const group = `${groups.has('project_id') ? u.projectId : ''}|${groups.has('api_key_id') ? u.keyId : ''}`;
                grouped.set(group, [...(grouped.get(group) ?? []), u]);
            }
            const results = [...grouped.values()].map((records) => {
                const sum = (f) => records.reduce((n, u) => n + f(u), 0);
                return {
                    object: `organization.usage.${kind}.result`,
                    input_tokens: sum((u) => u.inputTokens),
                    ...(kind === 'completions' ? { output_tokens: sum((u) => u.outputTokens) } : {}),
                    num_model_requests: sum((u) => u.requests),
                    project_id: groups.has('project_id') ? records[0].projectId : null,
                    api_key_id: groups.has('api_key_id') ? records[0].keyId : null,
                    user_id: null,
                    model: null
                };
            });
            data.push({ object: 'bucket', start_time: t, end_time: Math.min(t + width, end), results });
        }
        const more = t < end;
        return { status: 200, body: { object: 'page', data, has_more: more, next_page: more ? String(t) : null } };
    }
    createRoute(req) {
        const denied = this.project(req);
        if (denied)
            return denied;
        const body = (req.body ?? {});
        if (typeof body.name !== 'string' || body.name === '')
            return openai_error(400, 'name is required', null);
        const expires = typeof body.expires_in_seconds === 'number' ? body.expires_in_seconds : undefined;
        const { sa, key } = this.createServiceAccount(body.name, body.create_service_account_only !== true, expires, req.params.project_id);
        const apiKey = key
            ? {
                object: 'organization.project.service_account.api_key',
                value: key.value,
                name: key.name,
                created_at: seconds(key.createdAt),
                id: key.id,
                ...(key.expiresAt !== undefined ? { expires_at: seconds(key.expiresAt) } : {})
            }
            : null;
        return { status: 200, body: { ...this.saJson(sa), role: key ? 'member' : 'none', api_key: apiKey } };
    }
    /** Service account keys go with their account: OpenAI refuses to delete them one by one. */
    deleteKey(projectId, id) {
        const key = this.keys.get(id);
        if (!key || key.revokedAt !== undefined || key.projectId !== projectId) {
            return openai_error(404, `No such API key: ${id}`);
        }
        if (key.owner.type === 'service_account') {
            return openai_error(400, 'Service account API keys cannot be deleted; delete the service account instead.');
        }
        key.revokedAt = now();
        return { status: 200, body: { object: 'organization.project.api_key.deleted', id, deleted: true } };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./src/emulator/openai-admin.openapi.json
const openai_admin_openapi_namespaceObject = /*#__PURE__*/JSON.parse('{"openapi":"3.1.0","info":{"title":"OpenAI API","description":"Subset of the OpenAI API description (MIT License, Copyright (c) OpenAI): the endpoints used for key rotation, key audit and usage.","version":"2.3.0","termsOfService":"https://openai.com/policies/terms-of-use","contact":{"name":"OpenAI Support","url":"https://help.openai.com/"},"license":{"name":"MIT","identifier":"MIT"}},"servers":[{"url":"https://api.openai.com/v1"}],"security":[{"ApiKeyAuth":[]}],"paths":{"/models":{"get":{"operationId":"listModels","tags":["Models"],"summary":"Lists the currently available models, and provides basic information about each one such as the owner and availability.","responses":{"200":{"description":"OK","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ListModelsResponse"}}}}},"x-oaiMeta":{"name":"List models","group":"models","examples":{"request":{"curl":"curl https://api.openai.com/v1/models \\\\\\n  -H \\"Authorization: Bearer $OPENAI_API_KEY\\"\\n","python":"from openai import OpenAI\\nclient = OpenAI()\\n\\nclient.models.list()\\n","javascript":"import OpenAI from \\"openai\\";\\n\\nconst openai = new OpenAI();\\n\\nasync function main() {\\n  const list = await openai.models.list();\\n\\n  for await (const model of list) {\\n    console.log(model);\\n  }\\n}\\nmain();","csharp":"using System;\\n\\nusing OpenAI.Models;\\n\\nOpenAIModelClient client = new(\\n    apiKey: Environment.GetEnvironmentVariable(\\"OPENAI_API_KEY\\")\\n);\\n\\nforeach (var model in client.GetModels().Value)\\n{\\n    Console.WriteLine(model.Id);\\n}\\n"},"response":"{\\n  \\"object\\": \\"list\\",\\n  \\"data\\": [\\n    {\\n      \\"id\\": \\"model-id-0\\",\\n      \\"object\\": \\"model\\",\\n      \\"created\\": 1686935002,\\n      \\"owned_by\\": \\"organization-owner\\",\\n      \\"shutdown_date\\": null\\n    },\\n    {\\n      \\"id\\": \\"model-id-1\\",\\n      \\"object\\": \\"model\\",\\n      \\"created\\": 1686935002,\\n      \\"owned_by\\": \\"organization-owner\\",\\n      \\"shutdown_date\\": null\\n    },\\n    {\\n      \\"id\\": \\"model-id-2\\",\\n      \\"object\\": \\"model\\",\\n      \\"created\\": 1686935002,\\n      \\"owned_by\\": \\"openai\\",\\n      \\"shutdown_date\\": \\"2026-10-23\\"\\n    },\\n  ]\\n}\\n"}}}},"/organization/admin_api_keys":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"List organization API keys","operationId":"admin-api-keys-list","description":"Retrieve a paginated list of organization admin API keys.","parameters":[{"in":"query","name":"after","required":false,"schema":{"type":"string","nullable":true,"description":"Return keys with IDs that come after this ID in the pagination order."}},{"in":"query","name":"order","required":false,"schema":{"type":"string","enum":["asc","desc"],"default":"asc","description":"Order results by creation time, ascending or descending."}},{"in":"query","name":"limit","required":false,"schema":{"type":"integer","default":20,"description":"Maximum number of keys to return."}}],"responses":{"200":{"description":"A list of organization API keys.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ApiKeyList"}}}}},"x-oaiMeta":{"name":"List all organization and project API keys.","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/admin_api_keys?after=key_abc&limit=20 \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n  \\"object\\": \\"list\\",\\n  \\"data\\": [\\n    {\\n      \\"object\\": \\"organization.admin_api_key\\",\\n      \\"id\\": \\"key_abc\\",\\n      \\"name\\": \\"Main Admin Key\\",\\n      \\"redacted_value\\": \\"sk-admin...def\\",\\n      \\"created_at\\": 1711471533,\\n      \\"expires_at\\": 1714063533,\\n      \\"last_used_at\\": 1711471534,\\n      \\"owner\\": {\\n        \\"type\\": \\"service_account\\",\\n        \\"object\\": \\"organization.service_account\\",\\n        \\"id\\": \\"sa_456\\",\\n        \\"name\\": \\"My Service Account\\",\\n        \\"created_at\\": 1711471533,\\n        \\"role\\": \\"member\\"\\n      }\\n    }\\n  ],\\n  \\"first_id\\": \\"key_abc\\",\\n  \\"last_id\\": \\"key_abc\\",\\n  \\"has_more\\": false\\n}\\n"}}},"post":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Create an organization admin API key","operationId":"admin-api-keys-create","description":"Create a new admin-level API key for the organization.","requestBody":{"required":true,"content":{"application/json":{"schema":{"type":"object","required":["name"],"properties":{"name":{"type":"string","example":"New Admin Key"},"expires_in_seconds":{"type":"integer","minimum":1,"maximum":31536000,"example":2592000,"description":"The number of seconds until the API key expires. Omit this field for a key that does not expire."}}}}}},"responses":{"200":{"description":"The newly created admin API key.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AdminApiKeyCreateResponse"}}}}},"x-oaiMeta":{"name":"Create admin API key","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/admin_api_keys \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"New Admin Key\\",\\n      \\"expires_in_seconds\\": 2592000\\n  }\'\\n"},"response":"{\\n  \\"object\\": \\"organization.admin_api_key\\",\\n  \\"id\\": \\"key_xyz\\",\\n  \\"name\\": \\"New Admin Key\\",\\n  \\"redacted_value\\": \\"sk-admin...xyz\\",\\n  \\"created_at\\": 1711471533,\\n  \\"expires_at\\": 1714063533,\\n  \\"last_used_at\\": 1711471534,\\n  \\"owner\\": {\\n    \\"type\\": \\"user\\",\\n    \\"object\\": \\"organization.user\\",\\n    \\"id\\": \\"user_123\\",\\n    \\"name\\": \\"John Doe\\",\\n    \\"created_at\\": 1711471533,\\n    \\"role\\": \\"owner\\"\\n  },\\n  \\"value\\": \\"sk-admin-1234abcd\\"\\n}\\n"}}}},"/organization/admin_api_keys/{key_id}":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Retrieve a single organization API key","operationId":"admin-api-keys-get","description":"Get details for a specific organization API key by its ID.","parameters":[{"in":"path","name":"key_id","required":true,"schema":{"type":"string","description":"The ID of the API key."}}],"responses":{"200":{"description":"Details of the requested API key.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AdminApiKey"}}}}},"x-oaiMeta":{"name":"Retrieve admin API key","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/admin_api_keys/key_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n  \\"object\\": \\"organization.admin_api_key\\",\\n  \\"id\\": \\"key_abc\\",\\n  \\"name\\": \\"Main Admin Key\\",\\n  \\"redacted_value\\": \\"sk-admin...xyz\\",\\n  \\"created_at\\": 1711471533,\\n  \\"last_used_at\\": 1711471534,\\n  \\"owner\\": {\\n    \\"type\\": \\"user\\",\\n    \\"object\\": \\"organization.user\\",\\n    \\"id\\": \\"user_123\\",\\n    \\"name\\": \\"John Doe\\",\\n    \\"created_at\\": 1711471533,\\n    \\"role\\": \\"owner\\"\\n  }\\n}\\n"}}},"delete":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Delete an organization admin API key","operationId":"admin-api-keys-delete","description":"Delete the specified admin API key.","parameters":[{"in":"path","name":"key_id","required":true,"schema":{"type":"string","description":"The ID of the API key to be deleted."}}],"responses":{"200":{"description":"Confirmation that the API key was deleted.","content":{"application/json":{"schema":{"type":"object","properties":{"id":{"type":"string","example":"key_abc"},"object":{"type":"string","enum":["organization.admin_api_key.deleted"],"example":"organization.admin_api_key.deleted","x-stainless-const":true},"deleted":{"type":"boolean","example":true}},"required":["id","object","deleted"]}}}}},"x-oaiMeta":{"name":"Delete admin API key","group":"administration","examples":{"request":{"curl":"curl -X DELETE https://api.openai.com/v1/organization/admin_api_keys/key_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n  \\"id\\": \\"key_abc\\",\\n  \\"object\\": \\"organization.admin_api_key.deleted\\",\\n  \\"deleted\\": true\\n}\\n"}}}},"/organization/audit_logs":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"List user actions and configuration changes within this organization.","operationId":"list-audit-logs","tags":["Audit Logs"],"parameters":[{"name":"effective_at","in":"query","description":"Return only events whose `effective_at` (Unix seconds) is in this range.","required":false,"schema":{"type":"object","properties":{"gt":{"type":"integer","description":"Return only events whose `effective_at` (Unix seconds) is greater than this value."},"gte":{"type":"integer","description":"Return only events whose `effective_at` (Unix seconds) is greater than or equal to this value."},"lt":{"type":"integer","description":"Return only events whose `effective_at` (Unix seconds) is less than this value."},"lte":{"type":"integer","description":"Return only events whose `effective_at` (Unix seconds) is less than or equal to this value."}}}},{"name":"project_ids[]","in":"query","description":"Return only events for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"event_types[]","in":"query","description":"Return only events with a `type` in one of these values. For example, `project.created`. For all options, see the documentation for the [audit log object](/docs/api-reference/audit-logs/object).","required":false,"schema":{"type":"array","items":{"$ref":"#/components/schemas/AuditLogEventType"}}},{"name":"actor_ids[]","in":"query","description":"Return only events performed by these actors. Can be a user ID, a service account ID, or an api key tracking ID.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"actor_emails[]","in":"query","description":"Return only events performed by users with these emails.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"resource_ids[]","in":"query","description":"Return only events performed on these targets. For example, a project ID updated. For ChatGPT connector role events, use the workspace connector resource ID shown in `details.id`, such as `<workspace_id>__<connector_id>`.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"tenant_only","in":"query","description":"Return only tenant-scoped events associated with this organization. Required for tenant-scoped events such as `role.bound_to_resource` and `role.unbound_from_resource`. When `true`, all supplied event types must be tenant-scoped.","required":false,"schema":{"type":"boolean","default":false}},{"name":"limit","in":"query","description":"A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\\n","required":false,"schema":{"type":"integer","default":20}},{"name":"after","in":"query","description":"A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\\n","schema":{"type":"string"}},{"name":"before","in":"query","description":"A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.\\n","schema":{"type":"string"}}],"responses":{"200":{"description":"Audit logs listed successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ListAuditLogsResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"List audit logs","group":"audit-logs","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/audit_logs \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"list\\",\\n    \\"data\\": [\\n        {\\n            \\"id\\": \\"audit_log-xxx_yyyymmdd\\",\\n            \\"type\\": \\"project.archived\\",\\n            \\"effective_at\\": 1722461446,\\n            \\"actor\\": {\\n                \\"type\\": \\"api_key\\",\\n                \\"api_key\\": {\\n                    \\"type\\": \\"user\\",\\n                    \\"user\\": {\\n                        \\"id\\": \\"user-xxx\\",\\n                        \\"email\\": \\"user@example.com\\"\\n                    }\\n                }\\n            },\\n            \\"project.archived\\": {\\n                \\"id\\": \\"proj_abc\\"\\n            },\\n        },\\n        {\\n            \\"id\\": \\"audit_log-yyy__20240101\\",\\n            \\"type\\": \\"api_key.updated\\",\\n            \\"effective_at\\": 1720804190,\\n            \\"actor\\": {\\n                \\"type\\": \\"session\\",\\n                \\"session\\": {\\n                    \\"user\\": {\\n                        \\"id\\": \\"user-xxx\\",\\n                        \\"email\\": \\"user@example.com\\"\\n                    },\\n                    \\"ip_address\\": \\"127.0.0.1\\",\\n                    \\"user_agent\\": \\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36\\",\\n                    \\"ja3\\": \\"a497151ce4338a12c4418c44d375173e\\",\\n                    \\"ja4\\": \\"q13d0313h3_55b375c5d22e_c7319ce65786\\",\\n                    \\"ip_address_details\\": {\\n                      \\"country\\": \\"US\\",\\n                      \\"city\\": \\"San Francisco\\",\\n                      \\"region\\": \\"California\\",\\n                      \\"region_code\\": \\"CA\\",\\n                      \\"asn\\": \\"1234\\",\\n                      \\"latitude\\": \\"37.77490\\",\\n                      \\"longitude\\": \\"-122.41940\\"\\n                    }\\n                }\\n            },\\n            \\"api_key.updated\\": {\\n                \\"id\\": \\"key_xxxx\\",\\n                \\"data\\": {\\n                    \\"scopes\\": [\\"resource_2.operation_2\\"]\\n                }\\n            },\\n        }\\n    ],\\n    \\"first_id\\": \\"audit_log-xxx__20240101\\",\\n    \\"last_id\\": \\"audit_log_yyy__20240101\\",\\n    \\"has_more\\": true\\n}\\n"}}}},"/organization/projects":{"get":{"summary":"Returns a list of projects.","operationId":"list-projects","security":[{"AdminApiKeyAuth":[]}],"tags":["Projects"],"parameters":[{"name":"limit","in":"query","description":"A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\\n","required":false,"schema":{"type":"integer","default":20}},{"name":"after","in":"query","description":"A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\\n","required":false,"schema":{"type":"string"}},{"name":"include_archived","in":"query","schema":{"type":"boolean","default":false},"description":"If `true` returns all projects including those that have been `archived`. Archived projects are not included by default."}],"responses":{"200":{"description":"Projects listed successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectListResponse"}}}}},"x-oaiMeta":{"name":"List projects","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects?after=proj_abc&limit=20&include_archived=false \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"list\\",\\n    \\"data\\": [\\n        {\\n            \\"id\\": \\"proj_abc\\",\\n            \\"object\\": \\"organization.project\\",\\n            \\"name\\": \\"Project example\\",\\n            \\"created_at\\": 1711471533,\\n            \\"archived_at\\": null,\\n            \\"status\\": \\"active\\"\\n        }\\n    ],\\n    \\"first_id\\": \\"proj-abc\\",\\n    \\"last_id\\": \\"proj-xyz\\",\\n    \\"has_more\\": false\\n}\\n"}}},"post":{"summary":"Create a new project in the organization. Projects can be created and archived, but cannot be deleted.","operationId":"create-project","security":[{"AdminApiKeyAuth":[]}],"tags":["Projects"],"requestBody":{"description":"The project create request payload.","required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectCreateRequest"}}}},"responses":{"200":{"description":"Project created successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Project"}}}}},"x-oaiMeta":{"name":"Create project","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/projects \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"Project ABC\\"\\n  }\'\\n"},"response":"{\\n    \\"id\\": \\"proj_abc\\",\\n    \\"object\\": \\"organization.project\\",\\n    \\"name\\": \\"Project ABC\\",\\n    \\"created_at\\": 1711471533,\\n    \\"archived_at\\": null,\\n    \\"status\\": \\"active\\"\\n}\\n"}}}},"/organization/projects/{project_id}":{"get":{"summary":"Retrieves a project.","operationId":"retrieve-project","security":[{"AdminApiKeyAuth":[]}],"tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Project"}}}}},"x-oaiMeta":{"name":"Retrieve project","group":"administration","description":"Retrieve a project.","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects/proj_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"id\\": \\"proj_abc\\",\\n    \\"object\\": \\"organization.project\\",\\n    \\"name\\": \\"Project example\\",\\n    \\"created_at\\": 1711471533,\\n    \\"archived_at\\": null,\\n    \\"status\\": \\"active\\"\\n}\\n"}}},"post":{"summary":"Modifies a project in the organization.","operationId":"modify-project","security":[{"AdminApiKeyAuth":[]}],"tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}}],"requestBody":{"description":"The project update request payload.","required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectUpdateRequest"}}}},"responses":{"200":{"description":"Project updated successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Project"}}}},"400":{"description":"Error response when updating the default project.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}},"x-oaiMeta":{"name":"Modify project","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/projects/proj_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"Project DEF\\"\\n  }\'\\n"}}}}},"/organization/projects/{project_id}/api_keys":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Returns a list of API keys in the project.","operationId":"list-project-api-keys","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"limit","in":"query","description":"A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\\n","required":false,"schema":{"type":"integer","default":20}},{"name":"after","in":"query","description":"A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\\n","required":false,"schema":{"type":"string"}},{"name":"owner_project_access","in":"query","description":"Filter API keys by whether the owner currently has effective access to the project. Use `active` for owners with access, `inactive` for owners without access, or `any` for all enabled project API keys. If omitted, the endpoint applies its existing membership-based visibility rules, which may exclude some enabled keys.\\n","required":false,"schema":{"type":"string","enum":["active","inactive","any"]}}],"responses":{"200":{"description":"Project API keys listed successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectApiKeyListResponse"}}}}},"x-oaiMeta":{"name":"List project API keys","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects/proj_abc/api_keys?after=key_abc&limit=20&owner_project_access=any \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"list\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"organization.project.api_key\\",\\n            \\"redacted_value\\": \\"sk-abc...def\\",\\n            \\"name\\": \\"My API Key\\",\\n            \\"created_at\\": 1711471533,\\n            \\"last_used_at\\": 1711471534,\\n            \\"id\\": \\"key_abc\\",\\n            \\"owner_project_access\\": \\"active\\",\\n            \\"owner\\": {\\n                \\"type\\": \\"user\\",\\n                \\"user\\": {\\n                    \\"id\\": \\"user_abc\\",\\n                    \\"name\\": \\"First Last\\",\\n                    \\"email\\": \\"user@example.com\\",\\n                    \\"role\\": \\"owner\\",\\n                    \\"created_at\\": 1711471533\\n                }\\n            }\\n        }\\n    ],\\n    \\"first_id\\": \\"key_abc\\",\\n    \\"last_id\\": \\"key_xyz\\",\\n    \\"has_more\\": false\\n}\\n"}}}},"/organization/projects/{project_id}/api_keys/{api_key_id}":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Retrieves an API key in the project.","operationId":"retrieve-project-api-key","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"api_key_id","in":"path","description":"The ID of the API key.","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project API key retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectApiKey"}}}}},"x-oaiMeta":{"name":"Retrieve project API key","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects/proj_abc/api_keys/key_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"organization.project.api_key\\",\\n    \\"redacted_value\\": \\"sk-abc...def\\",\\n    \\"name\\": \\"My API Key\\",\\n    \\"created_at\\": 1711471533,\\n    \\"last_used_at\\": 1711471534,\\n    \\"id\\": \\"key_abc\\",\\n    \\"owner_project_access\\": \\"active\\",\\n    \\"owner\\": {\\n        \\"type\\": \\"user\\",\\n        \\"user\\": {\\n            \\"id\\": \\"user_abc\\",\\n            \\"name\\": \\"First Last\\",\\n            \\"email\\": \\"user@example.com\\",\\n            \\"role\\": \\"owner\\",\\n            \\"created_at\\": 1711471533\\n        }\\n    }\\n}\\n"}}},"delete":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Deletes an API key from the project.\\n\\nReturns confirmation of the key deletion, or an error if the key belonged to\\na service account.\\n","operationId":"delete-project-api-key","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"api_key_id","in":"path","description":"The ID of the API key.","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project API key deleted successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectApiKeyDeleteResponse"}}}},"400":{"description":"Error response for various conditions.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}},"x-oaiMeta":{"name":"Delete project API key","group":"administration","examples":{"request":{"curl":"curl -X DELETE https://api.openai.com/v1/organization/projects/proj_abc/api_keys/key_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"organization.project.api_key.deleted\\",\\n    \\"id\\": \\"key_abc\\",\\n    \\"deleted\\": true\\n}\\n"}}}},"/organization/projects/{project_id}/service_accounts":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Returns a list of service accounts in the project.","operationId":"list-project-service-accounts","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"limit","in":"query","description":"A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.\\n","required":false,"schema":{"type":"integer","default":20}},{"name":"after","in":"query","description":"A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.\\n","required":false,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project service accounts listed successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccountListResponse"}}}},"400":{"description":"Error response when project is archived.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}},"x-oaiMeta":{"name":"List project service accounts","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects/proj_abc/service_accounts?after=custom_id&limit=20 \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"list\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"organization.project.service_account\\",\\n            \\"id\\": \\"svc_acct_abc\\",\\n            \\"name\\": \\"Service Account\\",\\n            \\"role\\": \\"owner\\",\\n            \\"created_at\\": 1711471533\\n        }\\n    ],\\n    \\"first_id\\": \\"svc_acct_abc\\",\\n    \\"last_id\\": \\"svc_acct_xyz\\",\\n    \\"has_more\\": false\\n}\\n"}}},"post":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Creates a new service account in the project. By default, this also returns an unredacted API key for the service account.","operationId":"create-project-service-account","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}}],"requestBody":{"description":"The project service account create request payload.","required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccountCreateRequest"}}}},"responses":{"200":{"description":"Project service account created successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccountCreateResponse"}}}},"400":{"description":"Error response when project is archived.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}},"x-oaiMeta":{"name":"Create project service account","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/projects/proj_abc/service_accounts \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"Production App\\"\\n  }\'\\n"},"response":"{\\n    \\"object\\": \\"organization.project.service_account\\",\\n    \\"id\\": \\"svc_acct_abc\\",\\n    \\"name\\": \\"Production App\\",\\n    \\"role\\": \\"member\\",\\n    \\"created_at\\": 1711471533,\\n    \\"api_key\\": {\\n        \\"object\\": \\"organization.project.service_account.api_key\\",\\n        \\"value\\": \\"sk-abcdefghijklmnop123\\",\\n        \\"name\\": \\"Secret Key\\",\\n        \\"created_at\\": 1711471533,\\n        \\"id\\": \\"key_abc\\"\\n    }\\n}\\n"}}}},"/organization/projects/{project_id}/service_accounts/{service_account_id}":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Retrieves a service account in the project.","operationId":"retrieve-project-service-account","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"service_account_id","in":"path","description":"The ID of the service account.","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project service account retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccount"}}}}},"x-oaiMeta":{"name":"Retrieve project service account","group":"administration","examples":{"request":{"curl":"curl https://api.openai.com/v1/organization/projects/proj_abc/service_accounts/svc_acct_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"organization.project.service_account\\",\\n    \\"id\\": \\"svc_acct_abc\\",\\n    \\"name\\": \\"Service Account\\",\\n    \\"role\\": \\"owner\\",\\n    \\"created_at\\": 1711471533\\n}\\n"}}},"post":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Updates a service account in the project.","operationId":"update-project-service-account","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"service_account_id","in":"path","description":"The ID of the service account.","required":true,"schema":{"type":"string"}}],"requestBody":{"description":"Fields to update on the service account.","required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/UpdateProjectServiceAccountBody"}}}},"responses":{"200":{"description":"Project service account updated successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccount"}}}}},"x-oaiMeta":{"name":"Update project service account","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/projects/proj_abc/service_accounts/svc_acct_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"Updated service account\\",\\n      \\"role\\": \\"member\\"\\n  }\'\\n"},"response":"{\\n    \\"object\\": \\"organization.project.service_account\\",\\n    \\"id\\": \\"svc_acct_abc\\",\\n    \\"name\\": \\"Updated service account\\",\\n    \\"role\\": \\"member\\",\\n    \\"created_at\\": 1711471533\\n}\\n"}}},"delete":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Deletes a service account from the project.\\n\\nReturns confirmation of service account deletion, or an error if the project\\nis archived (archived projects have no service accounts).\\n","operationId":"delete-project-service-account","tags":["Projects"],"parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"type":"string"}},{"name":"service_account_id","in":"path","description":"The ID of the service account.","required":true,"schema":{"type":"string"}}],"responses":{"200":{"description":"Project service account deleted successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ProjectServiceAccountDeleteResponse"}}}}},"x-oaiMeta":{"name":"Delete project service account","group":"administration","examples":{"request":{"curl":"curl -X DELETE https://api.openai.com/v1/organization/projects/proj_abc/service_accounts/svc_acct_abc \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"organization.project.service_account.deleted\\",\\n    \\"id\\": \\"svc_acct_abc\\",\\n    \\"deleted\\": true\\n}\\n"}}}},"/organization/usage/audio_speeches":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get audio speeches usage details for the organization.","operationId":"usage-audio-speeches","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Audio speeches","group":"usage-audio-speeches","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/audio_speeches?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.audio_speeches.result\\",\\n                    \\"characters\\": 45,\\n                    \\"num_model_requests\\": 1,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/audio_transcriptions":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get audio transcriptions usage details for the organization.","operationId":"usage-audio-transcriptions","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Audio transcriptions","group":"usage-audio-transcriptions","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/audio_transcriptions?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.audio_transcriptions.result\\",\\n                    \\"seconds\\": 20,\\n                    \\"num_model_requests\\": 1,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/code_interpreter_sessions":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get code interpreter sessions usage details for the organization.","operationId":"usage-code-interpreter-sessions","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Code interpreter sessions","group":"usage-code-interpreter-sessions","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/code_interpreter_sessions?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.code_interpreter_sessions.result\\",\\n                    \\"num_sessions\\": 1,\\n                    \\"project_id\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/completions":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get completions usage details for the organization.","operationId":"usage-completions","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"batch","in":"query","description":"If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.\\n","required":false,"schema":{"type":"boolean"}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model","batch","service_tier"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Completions","group":"usage-completions","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/completions?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.completions.result\\",\\n                    \\"input_tokens\\": 1000,\\n                    \\"input_cached_tokens\\": 400,\\n                    \\"input_cache_write_tokens\\": 100,\\n                    \\"input_uncached_tokens\\": 500,\\n                    \\"output_tokens\\": 500,\\n                    \\"input_text_tokens\\": 400,\\n                    \\"output_text_tokens\\": 400,\\n                    \\"input_cached_text_tokens\\": 300,\\n                    \\"input_audio_tokens\\": 50,\\n                    \\"input_cached_audio_tokens\\": 50,\\n                    \\"output_audio_tokens\\": 50,\\n                    \\"input_image_tokens\\": 50,\\n                    \\"input_cached_image_tokens\\": 50,\\n                    \\"output_image_tokens\\": 50,\\n                    \\"num_model_requests\\": 5,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null,\\n                    \\"batch\\": null,\\n                    \\"service_tier\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": true,\\n    \\"next_page\\": \\"page_AAAAAGdGxdEiJdKOAAAAAGcqsYA=\\"\\n}\\n"}}}},"/organization/usage/embeddings":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get embeddings usage details for the organization.","operationId":"usage-embeddings","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Embeddings","group":"usage-embeddings","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/embeddings?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.embeddings.result\\",\\n                    \\"input_tokens\\": 16,\\n                    \\"num_model_requests\\": 2,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/file_search_calls":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get file search calls usage details for the organization.","operationId":"usage-file-search-calls","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"vector_store_ids","in":"query","description":"Return only usage for these vector stores.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","vector_store_id"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"File search calls","group":"usage-file-search-calls","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/file_search_calls?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.file_searches.result\\",\\n                    \\"num_requests\\": 2,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"vector_store_id\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/images":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get images usage details for the organization.","operationId":"usage-images","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"sources","in":"query","description":"Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["image.generation","image.edit","image.variation"]}}},{"name":"sizes","in":"query","description":"Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["256x256","512x512","1024x1024","1792x1792","1024x1792"]}}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model","size","source"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Images","group":"usage-images","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/images?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.images.result\\",\\n                    \\"images\\": 2,\\n                    \\"num_model_requests\\": 2,\\n                    \\"size\\": null,\\n                    \\"source\\": null,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/moderations":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get moderations usage details for the organization.","operationId":"usage-moderations","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Moderations","group":"usage-moderations","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/moderations?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.moderations.result\\",\\n                    \\"input_tokens\\": 16,\\n                    \\"num_model_requests\\": 2,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/vector_stores":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get vector stores usage details for the organization.","operationId":"usage-vector-stores","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Vector stores","group":"usage-vector-stores","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/vector_stores?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.vector_stores.result\\",\\n                    \\"usage_bytes\\": 1024,\\n                    \\"project_id\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/usage/web_search_calls":{"get":{"security":[{"AdminApiKeyAuth":[]}],"summary":"Get web search calls usage details for the organization.","operationId":"usage-web-search-calls","tags":["Usage"],"parameters":[{"name":"start_time","in":"query","description":"Start time (Unix seconds) of the query time range, inclusive.","required":true,"schema":{"type":"integer"}},{"name":"end_time","in":"query","description":"End time (Unix seconds) of the query time range, exclusive.","required":false,"schema":{"type":"integer"}},{"name":"bucket_width","in":"query","description":"Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.","required":false,"schema":{"type":"string","enum":["1m","1h","1d"],"default":"1d"}},{"name":"project_ids","in":"query","description":"Return only usage for these projects.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"user_ids","in":"query","description":"Return only usage for these users.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"api_key_ids","in":"query","description":"Return only usage for these API keys.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"models","in":"query","description":"Return only usage for these models.","required":false,"schema":{"type":"array","items":{"type":"string"}}},{"name":"context_levels","in":"query","description":"Return only web search usage for these context levels.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["low","medium","high"]}}},{"name":"group_by","in":"query","description":"Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.","required":false,"schema":{"type":"array","items":{"type":"string","enum":["project_id","user_id","api_key_id","model","context_level"]}}},{"name":"limit","in":"query","description":"Specifies the number of buckets to return.\\n- `bucket_width=1d`: default: 7, max: 31\\n- `bucket_width=1h`: default: 24, max: 168\\n- `bucket_width=1m`: default: 60, max: 1440\\n","required":false,"schema":{"type":"integer"}},{"name":"page","in":"query","description":"A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.","schema":{"type":"string"}}],"responses":{"200":{"description":"Usage data retrieved successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/UsageResponse"}}}},"429":{"$ref":"#/components/responses/TooManyRequests"}},"x-oaiMeta":{"name":"Web search calls","group":"usage-web-search-calls","examples":{"request":{"curl":"curl \\"https://api.openai.com/v1/organization/usage/web_search_calls?start_time=1730419200&limit=1\\" \\\\\\n-H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n-H \\"Content-Type: application/json\\"\\n"},"response":"{\\n    \\"object\\": \\"page\\",\\n    \\"data\\": [\\n        {\\n            \\"object\\": \\"bucket\\",\\n            \\"start_time\\": 1730419200,\\n            \\"end_time\\": 1730505600,\\n            \\"results\\": [\\n                {\\n                    \\"object\\": \\"organization.usage.web_searches.result\\",\\n                    \\"num_model_requests\\": 2,\\n                    \\"num_requests\\": 2,\\n                    \\"project_id\\": null,\\n                    \\"user_id\\": null,\\n                    \\"api_key_id\\": null,\\n                    \\"model\\": null,\\n                    \\"context_level\\": null\\n                }\\n            ]\\n        }\\n    ],\\n    \\"has_more\\": false,\\n    \\"next_page\\": null\\n}\\n"}}}},"/organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys":{"post":{"summary":"Creates an API key for a service account in the project.","operationId":"CreateanAPIkeyforaserviceaccount","parameters":[{"name":"project_id","in":"path","description":"The ID of the project.","required":true,"schema":{"description":"The ID of the project.","type":"string"}},{"name":"service_account_id","in":"path","description":"The ID of the service account.","required":true,"schema":{"description":"The ID of the service account.","type":"string"}}],"requestBody":{"description":"The service account API key create request payload.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/CreateProjectServiceAccountApiKeyBody"}}}},"responses":{"200":{"description":"Service account API key created successfully.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ServiceAccountApiKeyBody"}}}}},"x-oaiMeta":{"name":"Create project service account API key","group":"administration","examples":{"request":{"curl":"curl -X POST https://api.openai.com/v1/organization/projects/proj_abc/service_accounts/svc_acct_abc/api_keys \\\\\\n  -H \\"Authorization: Bearer $OPENAI_ADMIN_KEY\\" \\\\\\n  -H \\"Content-Type: application/json\\" \\\\\\n  -d \'{\\n      \\"name\\": \\"Production App\\",\\n      \\"scopes\\": [\\"api.responses.write\\"]\\n  }\'\\n"},"response":"{\\n    \\"object\\": \\"organization.project.service_account.api_key\\",\\n    \\"value\\": \\"sk-abcdefghijklmnop123\\",\\n    \\"name\\": \\"Production App\\",\\n    \\"created_at\\": 1711471533,\\n    \\"id\\": \\"key_abc\\"\\n}\\n"}},"security":[{"AdminApiKeyAuth":[]}]}}},"components":{"schemas":{"ListModelsResponse":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/Model"}}},"required":["object","data"]},"Model":{"title":"Model","description":"Describes an OpenAI model offering that can be used with the API.","properties":{"id":{"type":"string","description":"The model identifier, which can be referenced in the API endpoints."},"created":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) when the model was created."},"object":{"type":"string","description":"The object type, which is always \\"model\\".","enum":["model"],"x-stainless-const":true},"owned_by":{"type":"string","description":"The organization that owns the model."},"shutdown_date":{"anyOf":[{"type":"string","format":"date"},{"type":"null"}],"description":"The date when the model will shut down, or null if not announced."}},"required":["id","object","created","owned_by"],"x-oaiMeta":{"name":"The model object","example":"{\\n  \\"id\\": \\"VAR_chat_model_id\\",\\n  \\"object\\": \\"model\\",\\n  \\"created\\": 1686935002,\\n  \\"owned_by\\": \\"openai\\",\\n  \\"shutdown_date\\": \\"2026-10-23\\"\\n}\\n"}},"ApiKeyList":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"example":"list","x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/AdminApiKey"}},"has_more":{"type":"boolean","example":false},"first_id":{"anyOf":[{"type":"string"},{"type":"null"}],"example":"key_abc"},"last_id":{"anyOf":[{"type":"string"},{"type":"null"}],"example":"key_xyz"}},"required":["object","data","has_more"]},"AdminApiKey":{"type":"object","description":"Represents an individual Admin API key in an org.","properties":{"object":{"type":"string","enum":["organization.admin_api_key"],"description":"The object type, which is always `organization.admin_api_key`","x-stainless-const":true},"id":{"type":"string","example":"key_abc","description":"The identifier, which can be referenced in API endpoints"},"name":{"anyOf":[{"type":"string"},{"type":"null"}],"example":"Administration Key","description":"The name of the API key"},"redacted_value":{"type":"string","example":"sk-admin...def","description":"The redacted value of the API key"},"created_at":{"type":"integer","format":"unixtime","example":1711471533,"description":"The Unix timestamp (in seconds) of when the API key was created"},"expires_at":{"anyOf":[{"type":"integer","format":"unixtime","example":1714063533,"description":"The Unix timestamp (in seconds) of when the API key expires"},{"type":"null"}]},"last_used_at":{"anyOf":[{"type":"integer","format":"unixtime","example":1711471534,"description":"The Unix timestamp (in seconds) of when the API key was last used"},{"type":"null"}]},"owner":{"type":"object","properties":{"type":{"type":"string","example":"user","description":"Always `user`"},"object":{"type":"string","example":"organization.user","description":"The object type, which is always organization.user"},"id":{"type":"string","example":"sa_456","description":"The identifier, which can be referenced in API endpoints"},"name":{"type":"string","example":"My Service Account","description":"The name of the user"},"created_at":{"type":"integer","format":"unixtime","example":1711471533,"description":"The Unix timestamp (in seconds) of when the user was created"},"role":{"type":"string","example":"owner","description":"Always `owner`"}}}},"required":["object","redacted_value","created_at","expires_at","id","owner"],"x-oaiMeta":{"name":"The admin API key object","example":"{\\n  \\"object\\": \\"organization.admin_api_key\\",\\n  \\"id\\": \\"key_abc\\",\\n  \\"name\\": \\"Main Admin Key\\",\\n  \\"redacted_value\\": \\"sk-admin...xyz\\",\\n  \\"created_at\\": 1711471533,\\n  \\"last_used_at\\": 1711471534,\\n  \\"owner\\": {\\n    \\"type\\": \\"user\\",\\n    \\"object\\": \\"organization.user\\",\\n    \\"id\\": \\"user_123\\",\\n    \\"name\\": \\"John Doe\\",\\n    \\"created_at\\": 1711471533,\\n    \\"role\\": \\"owner\\"\\n  }\\n}\\n"}},"AdminApiKeyCreateResponse":{"allOf":[{"$ref":"#/components/schemas/AdminApiKey"},{"type":"object","description":"The newly created admin API key. The `value` field is only returned once, when the key is created.","properties":{"value":{"type":"string","example":"sk-admin-1234abcd","description":"The value of the API key. Only shown on create."}},"required":["value"]}]},"AuditLogEventType":{"type":"string","description":"The event type.","enum":["api_key.created","api_key.updated","api_key.deleted","certificate.created","certificate.updated","certificate.deleted","certificates.activated","certificates.deactivated","checkpoint.permission.created","checkpoint.permission.deleted","external_key.registered","external_key.removed","group.created","group.updated","group.deleted","invite.sent","invite.accepted","invite.deleted","ip_allowlist.created","ip_allowlist.updated","ip_allowlist.deleted","ip_allowlist.config.activated","ip_allowlist.config.deactivated","login.succeeded","login.failed","logout.succeeded","logout.failed","organization.updated","project.created","project.updated","project.archived","project.deleted","rate_limit.updated","rate_limit.deleted","resource.deleted","tunnel.created","tunnel.updated","tunnel.deleted","workload_identity_provider.created","workload_identity_provider.updated","workload_identity_provider.deleted","workload_identity_provider_mapping.created","workload_identity_provider_mapping.updated","workload_identity_provider_mapping.deleted","role.created","role.updated","role.deleted","role.assignment.created","role.assignment.deleted","role.bound_to_resource","role.unbound_from_resource","scim.enabled","scim.disabled","service_account.created","service_account.updated","service_account.deleted","user.added","user.updated","user.deleted","tenant.metadata.updated","tenant.microsoft_entra_mapping.upserted","tenant.microsoft_entra_mapping.deleted","tenant.workload_identity.provider.created","tenant.workload_identity.provider.updated","tenant.workload_identity.provider.archived","tenant.workload_identity.mapping.created","tenant.workload_identity.mapping.updated","tenant.workload_identity.mapping.archived","tenant.workload_identity.binding.created","tenant.workload_identity.principal.provisioned","tenant.workload_identity.access_token.issued","tenant.admin_api_key.created","tenant.admin_api_key.updated","tenant.admin_api_key.deleted","tenant.project_api_key.created","tenant.chatgpt_access_token.revoked","tenant.migration.completed","tenant.sso.migrated","tenant.domains.migrated","tenant.sso_connection.created","tenant.sso_connection.updated","tenant.sso_connection.deleted","tenant.sso_connection.setup.started","tenant.policy.created","tenant.policy.updated","tenant.policy.deleted","tenant.policy.attached","tenant.policy.detached","tenant.principal_authentication_policy.resolved","tenant.scim.setup.started","tenant.scim.deletion.requested","tenant.scim.directory.created","tenant.product_access_policy.updated","tenant.resource_share_grant.created","tenant.resource_share_grant.updated","tenant.resource_share_grant.accepted","tenant.resource_share_grant.declined","tenant.resource_share_grant.revoked","tenant.resource_share_grant.deleted","tenant.service_account.updated","tenant.service_account.deleted","tenant.service_account.token.revoked","tenant.billing.overage_limit.updated","tenant.billing.alerts.updated","tenant.billing.info.updated","tenant.usage_limit.workspace.updated","tenant.usage_limit.group.updated","tenant.usage_limit.user.updated","tenant.usage_limit.increase_request.updated","tenant.usage_limit.increase_request.resolved","tenant.group.created","tenant.group.updated","tenant.group.deleted","tenant.group.member.added","tenant.group.member.removed","tenant.migration_rollout.status.updated","tenant.migration_rollout.tier.updated","tenant.role.metadata.updated","tenant.custom_role.created","tenant.custom_role.updated","tenant.custom_role.deleted","tenant.role_assignment.created","tenant.role_assignment.deleted","tenant.resource_role_assignment.created","tenant.resource_role_assignment.deleted","tenant.resource_access.updated","tenant.resource_access.deleted","tenant.ads_account.onboarding.redemption","tenant.session_policy.created","tenant.session_policy.updated","tenant.session_policy.deleted","tenant.session_revocation.started","tenant.third_party_app_policy.updated","tenant.user.added","tenant.user.updated","tenant.user.removed","tenant.user.looked_up","tenant.user.invited","tenant.membership.revoked","tenant.api_organization_invite.upserted","tenant.api_organization_invite.deleted","tenant.chatgpt_workspace_invite.upserted","tenant.membership.accepted","tenant.membership.declined","tenant.workspace_invite_email_settings.updated"]},"ListAuditLogsResponse":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/AuditLog"}},"first_id":{"anyOf":[{"type":"string"},{"type":"null"}],"example":"audit_log-defb456h8dks"},"last_id":{"anyOf":[{"type":"string"},{"type":"null"}],"example":"audit_log-hnbkd8s93s"},"has_more":{"type":"boolean"}},"required":["object","data","has_more"]},"AuditLog":{"type":"object","description":"A log of a user action or configuration change within this organization.","properties":{"id":{"type":"string","description":"The ID of this log."},"type":{"$ref":"#/components/schemas/AuditLogEventType"},"effective_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of the event."},"project":{"type":"object","description":"The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin actions taken via Admin API keys are associated with the default project.","properties":{"id":{"type":"string","description":"The project ID."},"name":{"type":"string","description":"The project title."}}},"actor":{"anyOf":[{"$ref":"#/components/schemas/AuditLogActor"},{"type":"null"}]},"api_key.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The tracking ID of the API key."},"data":{"type":"object","description":"The payload used to create the API key.","properties":{"scopes":{"type":"array","items":{"type":"string"},"description":"A list of scopes allowed for the API key, e.g. `[\\"api.model.request\\"]`"}}}}},"api_key.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The tracking ID of the API key."},"changes_requested":{"type":"object","description":"The payload used to update the API key.","properties":{"scopes":{"type":"array","items":{"type":"string"},"description":"A list of scopes allowed for the API key, e.g. `[\\"api.model.request\\"]`"}}}}},"api_key.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The tracking ID of the API key."}}},"checkpoint.permission.created":{"type":"object","description":"The project and fine-tuned model checkpoint that the checkpoint permission was created for.","properties":{"id":{"type":"string","description":"The ID of the checkpoint permission."},"data":{"type":"object","description":"The payload used to create the checkpoint permission.","properties":{"project_id":{"type":"string","description":"The ID of the project that the checkpoint permission was created for."},"fine_tuned_model_checkpoint":{"type":"string","description":"The ID of the fine-tuned model checkpoint."}}}}},"checkpoint.permission.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the checkpoint permission."}}},"external_key.registered":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the external key configuration."},"data":{"type":"object","description":"The configuration for the external key."}}},"external_key.removed":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the external key configuration."}}},"group.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the group."},"data":{"type":"object","description":"Information about the created group.","properties":{"group_name":{"type":"string","description":"The group name."}}}}},"group.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the group."},"changes_requested":{"type":"object","description":"The payload used to update the group.","properties":{"group_name":{"type":"string","description":"The updated group name."}}}}},"group.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the group."}}},"scim.enabled":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the SCIM was enabled for."}}},"scim.disabled":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the SCIM was disabled for."}}},"invite.sent":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the invite."},"data":{"type":"object","description":"The payload used to create the invite.","properties":{"email":{"type":"string","description":"The email invited to the organization."},"role":{"type":"string","description":"The role the email was invited to be. Is either `owner` or `member`."}}}}},"invite.accepted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the invite."}}},"invite.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the invite."}}},"ip_allowlist.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the IP allowlist configuration."},"name":{"type":"string","description":"The name of the IP allowlist configuration."},"allowed_ips":{"type":"array","description":"The IP addresses or CIDR ranges included in the configuration.","items":{"type":"string"}}}},"ip_allowlist.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the IP allowlist configuration."},"allowed_ips":{"type":"array","description":"The updated set of IP addresses or CIDR ranges in the configuration.","items":{"type":"string"}}}},"ip_allowlist.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the IP allowlist configuration."},"name":{"type":"string","description":"The name of the IP allowlist configuration."},"allowed_ips":{"type":"array","description":"The IP addresses or CIDR ranges that were in the configuration.","items":{"type":"string"}}}},"ip_allowlist.config.activated":{"type":"object","description":"The details for events with this `type`.","properties":{"configs":{"type":"array","description":"The configurations that were activated.","items":{"type":"object","properties":{"id":{"type":"string","description":"The ID of the IP allowlist configuration."},"name":{"type":"string","description":"The name of the IP allowlist configuration."}}}}}},"ip_allowlist.config.deactivated":{"type":"object","description":"The details for events with this `type`.","properties":{"configs":{"type":"array","description":"The configurations that were deactivated.","items":{"type":"object","properties":{"id":{"type":"string","description":"The ID of the IP allowlist configuration."},"name":{"type":"string","description":"The name of the IP allowlist configuration."}}}}}},"login.succeeded":{"type":"object","description":"This event has no additional fields beyond the standard audit log attributes."},"login.failed":{"type":"object","description":"The details for events with this `type`.","properties":{"error_code":{"type":"string","description":"The error code of the failure."},"error_message":{"type":"string","description":"The error message of the failure."}}},"logout.succeeded":{"type":"object","description":"This event has no additional fields beyond the standard audit log attributes."},"logout.failed":{"type":"object","description":"The details for events with this `type`.","properties":{"error_code":{"type":"string","description":"The error code of the failure."},"error_message":{"type":"string","description":"The error message of the failure."}}},"organization.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The organization ID."},"changes_requested":{"type":"object","description":"The payload used to update the organization settings.","properties":{"title":{"type":"string","description":"The organization title."},"description":{"type":"string","description":"The organization description."},"name":{"type":"string","description":"The organization name."},"threads_ui_visibility":{"type":"string","description":"Visibility of the threads page which shows messages created with the Assistants API and Playground. One of `ANY_ROLE`, `OWNERS`, or `NONE`."},"usage_dashboard_visibility":{"type":"string","description":"Visibility of the usage dashboard which shows activity and costs for your organization. One of `ANY_ROLE` or `OWNERS`."},"api_call_logging":{"type":"string","description":"How your organization logs data from supported API calls. One of `disabled`, `enabled_per_call`, `enabled_for_all_projects`, or `enabled_for_selected_projects`"},"api_call_logging_project_ids":{"type":"string","description":"The list of project ids if api_call_logging is set to `enabled_for_selected_projects`"}}}}},"project.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The project ID."},"data":{"type":"object","description":"The payload used to create the project.","properties":{"name":{"type":"string","description":"The project name."},"title":{"type":"string","description":"The title of the project as seen on the dashboard."}}}}},"project.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The project ID."},"changes_requested":{"type":"object","description":"The payload used to update the project.","properties":{"title":{"type":"string","description":"The title of the project as seen on the dashboard."}}}}},"project.archived":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The project ID."}}},"project.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The project ID."}}},"rate_limit.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The rate limit ID"},"changes_requested":{"type":"object","description":"The payload used to update the rate limits.","properties":{"max_requests_per_1_minute":{"type":"integer","description":"The maximum requests per minute."},"max_tokens_per_1_minute":{"type":"integer","description":"The maximum tokens per minute."},"max_images_per_1_minute":{"type":"integer","description":"The maximum images per minute. Only relevant for certain models."},"max_audio_megabytes_per_1_minute":{"type":"integer","description":"The maximum audio megabytes per minute. Only relevant for certain models."},"max_requests_per_1_day":{"type":"integer","description":"The maximum requests per day. Only relevant for certain models."},"batch_1_day_max_input_tokens":{"type":"integer","description":"The maximum batch input tokens per day. Only relevant for certain models."}}}}},"rate_limit.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The rate limit ID"}}},"role.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The role ID."},"role_name":{"type":"string","description":"The name of the role."},"permissions":{"type":"array","items":{"type":"string"},"description":"The permissions granted by the role."},"resource_type":{"type":"string","description":"The type of resource the role belongs to."},"resource_id":{"type":"string","description":"The resource the role is scoped to."}}},"role.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The role ID."},"changes_requested":{"type":"object","description":"The payload used to update the role.","properties":{"role_name":{"type":"string","description":"The updated role name, when provided."},"resource_id":{"type":"string","description":"The resource the role is scoped to."},"resource_type":{"type":"string","description":"The type of resource the role belongs to."},"permissions_added":{"type":"array","items":{"type":"string"},"description":"The permissions added to the role."},"permissions_removed":{"type":"array","items":{"type":"string"},"description":"The permissions removed from the role."},"description":{"type":"string","description":"The updated role description, when provided."},"metadata":{"type":"object","description":"Additional metadata stored on the role."}}}}},"role.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The role ID."}}},"role.assignment.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The identifier of the role assignment."},"principal_id":{"type":"string","description":"The principal (user or group) that received the role."},"principal_type":{"type":"string","description":"The type of principal (user or group) that received the role."},"resource_id":{"type":"string","description":"The resource the role assignment is scoped to."},"resource_type":{"type":"string","description":"The type of resource the role assignment is scoped to."}}},"role.assignment.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The identifier of the role assignment."},"principal_id":{"type":"string","description":"The principal (user or group) that had the role removed."},"principal_type":{"type":"string","description":"The type of principal (user or group) that had the role removed."},"resource_id":{"type":"string","description":"The resource the role assignment was scoped to."},"resource_type":{"type":"string","description":"The type of resource the role assignment was scoped to."}}},"role.bound_to_resource":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the resource the role was bound to. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`."},"role_id":{"type":"string","description":"The ID of the role that was bound to the resource."},"resource_id":{"type":"string","description":"The ID of the resource the role was bound to."},"resource_type":{"type":"string","description":"The type of resource the role was bound to."},"permissions":{"type":"array","items":{"type":"string"},"description":"The permissions granted to the role for the resource."},"workspace_id":{"type":"string","description":"The workspace ID for a ChatGPT workspace connector resource."},"connector_id":{"type":"string","description":"The connector ID for a ChatGPT workspace connector resource."},"connector_name":{"type":"string","description":"The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved."},"enabled":{"type":"boolean","description":"Whether the connector is enabled for the role."},"source":{"type":"string","description":"The connector role mutation path that produced the event.","enum":["role_toggle","role_connector_update","role_delete","workspace_permissions","connector_publish"]}}},"role.unbound_from_resource":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The ID of the resource the role was unbound from. ChatGPT workspace connector resources use `<workspace_id>__<connector_id>`."},"role_id":{"type":"string","description":"The ID of the role that was unbound from the resource."},"resource_id":{"type":"string","description":"The ID of the resource the role was unbound from."},"resource_type":{"type":"string","description":"The type of resource the role was unbound from."},"permissions":{"type":"array","items":{"type":"string"},"description":"The permissions remaining for the role after the change."},"workspace_id":{"type":"string","description":"The workspace ID for a ChatGPT workspace connector resource."},"connector_id":{"type":"string","description":"The connector ID for a ChatGPT workspace connector resource."},"connector_name":{"type":"string","description":"The connector display name for a ChatGPT workspace connector resource, or the connector ID when the display name could not be resolved."},"enabled":{"type":"boolean","description":"Whether the connector is enabled for the role."},"source":{"type":"string","description":"The connector role mutation path that produced the event.","enum":["role_toggle","role_connector_update","role_delete","workspace_permissions","connector_publish"]}}},"service_account.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The service account ID."},"data":{"type":"object","description":"The payload used to create the service account.","properties":{"role":{"type":"string","description":"The role of the service account. Is either `owner` or `member`."}}}}},"service_account.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The service account ID."},"changes_requested":{"type":"object","description":"The payload used to updated the service account.","properties":{"role":{"type":"string","description":"The role of the service account. Is either `owner` or `member`."}}}}},"service_account.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The service account ID."}}},"workload_identity_provider.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider ID."},"data":{"type":"object","description":"The payload used to create the workload identity provider."}}},"workload_identity_provider.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider ID."},"changes_requested":{"type":"object","description":"The payload used to update the workload identity provider."}}},"workload_identity_provider.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider ID."},"name":{"type":"string","description":"The workload identity provider name."}}},"workload_identity_provider_mapping.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider mapping ID."},"identity_provider_id":{"type":"string","description":"The workload identity provider ID."},"data":{"type":"object","description":"The payload used to create the workload identity provider mapping."}}},"workload_identity_provider_mapping.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider mapping ID."},"identity_provider_id":{"type":"string","description":"The workload identity provider ID."},"changes_requested":{"type":"object","description":"The payload used to update the workload identity provider mapping."}}},"workload_identity_provider_mapping.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The workload identity provider mapping ID."},"identity_provider_id":{"type":"string","description":"The workload identity provider ID."},"project_id":{"type":"string","description":"The project ID."},"service_account_id":{"type":"string","description":"The mapped service account ID."}}},"user.added":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The user ID."},"data":{"type":"object","description":"The payload used to add the user to the project.","properties":{"role":{"type":"string","description":"The role of the user. Is either `owner` or `member`."}}}}},"user.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The project ID."},"changes_requested":{"type":"object","description":"The payload used to update the user.","properties":{"role":{"type":"string","description":"The role of the user. Is either `owner` or `member`."}}}}},"user.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The user ID."}}},"certificate.created":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The certificate ID."},"name":{"type":"string","description":"The name of the certificate."}}},"certificate.updated":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The certificate ID."},"name":{"type":"string","description":"The name of the certificate."}}},"certificate.deleted":{"type":"object","description":"The details for events with this `type`.","properties":{"id":{"type":"string","description":"The certificate ID."},"name":{"type":"string","description":"The name of the certificate."},"certificate":{"type":"string","description":"The certificate content in PEM format."}}},"certificates.activated":{"type":"object","description":"The details for events with this `type`.","properties":{"certificates":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","description":"The certificate ID."},"name":{"type":"string","description":"The name of the certificate."}}}}}},"certificates.deactivated":{"type":"object","description":"The details for events with this `type`.","properties":{"certificates":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","description":"The certificate ID."},"name":{"type":"string","description":"The name of the certificate."}}}}}}},"required":["id","type","effective_at"],"x-oaiMeta":{"name":"The audit log object","example":"{\\n    \\"id\\": \\"req_xxx_20240101\\",\\n    \\"type\\": \\"api_key.created\\",\\n    \\"effective_at\\": 1720804090,\\n    \\"actor\\": {\\n        \\"type\\": \\"session\\",\\n        \\"session\\": {\\n            \\"user\\": {\\n                \\"id\\": \\"user-xxx\\",\\n                \\"email\\": \\"user@example.com\\"\\n            },\\n            \\"ip_address\\": \\"127.0.0.1\\",\\n            \\"user_agent\\": \\"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36\\"\\n        }\\n    },\\n    \\"api_key.created\\": {\\n        \\"id\\": \\"key_xxxx\\",\\n        \\"data\\": {\\n            \\"scopes\\": [\\"resource.operation\\"]\\n        }\\n    }\\n}\\n"}},"AuditLogActor":{"type":"object","description":"The actor who performed the audit logged action.","properties":{"type":{"type":"string","description":"The type of actor. Is either `session` or `api_key`.","enum":["session","api_key"]},"session":{"$ref":"#/components/schemas/AuditLogActorSession"},"api_key":{"$ref":"#/components/schemas/AuditLogActorApiKey"}}},"AuditLogActorSession":{"type":"object","description":"The session in which the audit logged action was performed.","properties":{"user":{"$ref":"#/components/schemas/AuditLogActorUser"},"ip_address":{"type":"string","description":"The IP address from which the action was performed."}}},"AuditLogActorUser":{"type":"object","description":"The user who performed the audit logged action.","properties":{"id":{"type":"string","description":"The user id."},"email":{"type":"string","description":"The user email."}}},"AuditLogActorApiKey":{"type":"object","description":"The API Key used to perform the audit logged action.","properties":{"id":{"type":"string","description":"The tracking id of the API key."},"type":{"type":"string","description":"The type of API key. Can be either `user` or `service_account`.","enum":["user","service_account"]},"user":{"$ref":"#/components/schemas/AuditLogActorUser"},"service_account":{"$ref":"#/components/schemas/AuditLogActorServiceAccount"}}},"AuditLogActorServiceAccount":{"type":"object","description":"The service account that performed the audit logged action.","properties":{"id":{"type":"string","description":"The service account id."}}},"ProjectListResponse":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/Project"}},"first_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"last_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"has_more":{"type":"boolean"}},"required":["object","data","has_more"]},"Project":{"type":"object","description":"Represents an individual project.","properties":{"id":{"type":"string","description":"The identifier, which can be referenced in API endpoints"},"object":{"type":"string","enum":["organization.project"],"description":"The object type, which is always `organization.project`","x-stainless-const":true},"name":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"The name of the project. This appears in reporting."},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the project was created."},"archived_at":{"anyOf":[{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the project was archived or `null`."},{"type":"null"}]},"status":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"`active` or `archived`"},"external_key_id":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"The external key associated with the project."},"residency":{"$ref":"#/components/schemas/PublicProjectResidency","description":"The residency configuration for the project."}},"required":["id","object","created_at"],"x-oaiMeta":{"name":"The project object","example":"{\\n    \\"id\\": \\"proj_abc\\",\\n    \\"object\\": \\"organization.project\\",\\n    \\"name\\": \\"Project example\\",\\n    \\"created_at\\": 1711471533,\\n    \\"archived_at\\": null,\\n    \\"status\\": \\"active\\",\\n    \\"external_key_id\\": null\\n}\\n"}},"PublicProjectResidency":{"type":"string","enum":["GLOBAL","US_STORAGE_PROCESSING","EU_STORAGE_PROCESSING","JP_STORAGE","KR_STORAGE","CA_STORAGE","SG_STORAGE","IN_STORAGE","AU_STORAGE","GB_STORAGE","AE_STORAGE","AE_STORAGE_PROCESSING"]},"ProjectCreateRequest":{"type":"object","properties":{"name":{"type":"string","description":"The friendly name of the project, this name appears in reports."},"residency":{"anyOf":[{"$ref":"#/components/schemas/PublicProjectResidency"},{"type":"null"}],"description":"Create the project with the specified residency configuration. Your organization must have access to the requested residency configuration in order to use it. See [data residency controls](/docs/guides/your-data#data-residency-controls) to review the functionality and limitations of setting this field."},"external_key_id":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"External key ID to associate with the project."}},"required":["name"]},"ProjectUpdateRequest":{"type":"object","properties":{"name":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"The updated name of the project, this name appears in reports."},"external_key_id":{"anyOf":[{"type":"string"},{"type":"null"}],"description":"External key ID to associate with the project."}}},"ErrorResponse":{"type":"object","properties":{"error":{"$ref":"#/components/schemas/Error"}},"required":["error"]},"Error":{"type":"object","properties":{"code":{"anyOf":[{"type":"string"},{"type":"null"}]},"message":{"type":"string"},"param":{"anyOf":[{"type":"string"},{"type":"null"}]},"type":{"type":"string"}},"required":["type","message","param","code"]},"ProjectApiKeyListResponse":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/ProjectApiKey"}},"first_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"last_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"has_more":{"type":"boolean"}},"required":["object","data","has_more"]},"ProjectApiKey":{"type":"object","description":"Represents an individual API key in a project.","properties":{"object":{"type":"string","enum":["organization.project.api_key"],"description":"The object type, which is always `organization.project.api_key`","x-stainless-const":true},"redacted_value":{"type":"string","description":"The redacted value of the API key"},"name":{"type":"string","description":"The name of the API key"},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the API key was created"},"last_used_at":{"anyOf":[{"type":"integer","format":"unixtime"},{"type":"null"}],"description":"The Unix timestamp (in seconds) of when the API key was last used."},"id":{"type":"string","description":"The identifier, which can be referenced in API endpoints"},"owner_project_access":{"type":"string","enum":["active","inactive"],"description":"Whether the API key\'s owner currently has effective access to the project."},"owner":{"type":"object","properties":{"type":{"type":"string","enum":["user","service_account"],"description":"`user` or `service_account`"},"user":{"$ref":"#/components/schemas/ProjectApiKeyOwnerUser"},"service_account":{"$ref":"#/components/schemas/ProjectApiKeyOwnerServiceAccount"}}}},"required":["object","redacted_value","name","created_at","last_used_at","id","owner_project_access","owner"],"x-oaiMeta":{"name":"The project API key object","example":"{\\n    \\"object\\": \\"organization.project.api_key\\",\\n    \\"redacted_value\\": \\"sk-abc...def\\",\\n    \\"name\\": \\"My API Key\\",\\n    \\"created_at\\": 1711471533,\\n    \\"last_used_at\\": 1711471534,\\n    \\"id\\": \\"key_abc\\",\\n    \\"owner_project_access\\": \\"active\\",\\n    \\"owner\\": {\\n        \\"type\\": \\"user\\",\\n        \\"user\\": {\\n            \\"id\\": \\"user_abc\\",\\n            \\"name\\": \\"First Last\\",\\n            \\"email\\": \\"user@example.com\\",\\n            \\"role\\": \\"owner\\",\\n            \\"created_at\\": 1711471533\\n        }\\n    }\\n}\\n"}},"ProjectApiKeyOwnerUser":{"type":"object","description":"The user that owns a project API key.","properties":{"id":{"type":"string","description":"The identifier, which can be referenced in API endpoints"},"email":{"type":"string","description":"The email address of the user."},"name":{"type":"string","description":"The name of the user."},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the user was created."},"role":{"type":"string","description":"The user\'s project role."}},"required":["id","email","name","created_at","role"]},"ProjectApiKeyOwnerServiceAccount":{"type":"object","description":"The service account that owns a project API key.","properties":{"id":{"type":"string","description":"The identifier, which can be referenced in API endpoints"},"name":{"type":"string","description":"The name of the service account."},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the service account was created."},"role":{"type":"string","description":"The service account\'s project role."}},"required":["id","name","created_at","role"]},"ProjectApiKeyDeleteResponse":{"type":"object","properties":{"object":{"type":"string","enum":["organization.project.api_key.deleted"],"x-stainless-const":true},"id":{"type":"string"},"deleted":{"type":"boolean"}},"required":["object","id","deleted"]},"ProjectServiceAccountListResponse":{"type":"object","properties":{"object":{"type":"string","enum":["list"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/ProjectServiceAccount"}},"first_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"last_id":{"anyOf":[{"type":"string"},{"type":"null"}]},"has_more":{"type":"boolean"}},"required":["object","data","has_more"]},"ProjectServiceAccount":{"type":"object","description":"Represents an individual service account in a project.","properties":{"object":{"type":"string","enum":["organization.project.service_account"],"description":"The object type, which is always `organization.project.service_account`","x-stainless-const":true},"id":{"type":"string","description":"The identifier, which can be referenced in API endpoints"},"name":{"type":"string","description":"The name of the service account"},"role":{"type":"string","enum":["owner","member","none"],"description":"`owner`, `member`, or `none`"},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) of when the service account was created"}},"required":["object","id","name","role","created_at"],"x-oaiMeta":{"name":"The project service account object","example":"{\\n    \\"object\\": \\"organization.project.service_account\\",\\n    \\"id\\": \\"svc_acct_abc\\",\\n    \\"name\\": \\"Service Account\\",\\n    \\"role\\": \\"owner\\",\\n    \\"created_at\\": 1711471533\\n}\\n"}},"ProjectServiceAccountCreateRequest":{"type":"object","properties":{"name":{"type":"string","description":"The name of the service account being created."},"create_service_account_only":{"anyOf":[{"type":"boolean","description":"Create the service account without default roles or an API key."},{"type":"null"}]}},"required":["name"]},"ProjectServiceAccountCreateResponse":{"type":"object","properties":{"object":{"type":"string","enum":["organization.project.service_account"],"x-stainless-const":true},"id":{"type":"string"},"name":{"type":"string"},"role":{"type":"string","enum":["member","none"],"description":"Service accounts created with default project membership have role `member`. Accounts created with `create_service_account_only` have role `none`.\\n"},"created_at":{"type":"integer","format":"unixtime"},"api_key":{"anyOf":[{"$ref":"#/components/schemas/ProjectServiceAccountApiKey"},{"type":"null"}]}},"required":["object","id","name","role","created_at","api_key"]},"ProjectServiceAccountApiKey":{"type":"object","properties":{"object":{"type":"string","enum":["organization.project.service_account.api_key"],"description":"The object type, which is always `organization.project.service_account.api_key`","x-stainless-const":true},"value":{"type":"string"},"name":{"type":"string"},"created_at":{"type":"integer","format":"unixtime"},"id":{"type":"string"}},"required":["object","value","name","created_at","id"]},"UpdateProjectServiceAccountBody":{"type":"object","description":"Parameters for updating a project service account.","properties":{"name":{"type":"string","description":"The updated service account name."},"role":{"type":"string","enum":["member","owner"],"description":"The updated service account role."}}},"ProjectServiceAccountDeleteResponse":{"type":"object","properties":{"object":{"type":"string","enum":["organization.project.service_account.deleted"],"x-stainless-const":true},"id":{"type":"string"},"deleted":{"type":"boolean"}},"required":["object","id","deleted"]},"UsageResponse":{"type":"object","properties":{"object":{"type":"string","enum":["page"],"x-stainless-const":true},"data":{"type":"array","items":{"$ref":"#/components/schemas/UsageTimeBucket"}},"has_more":{"type":"boolean"},"next_page":{"anyOf":[{"type":"string"},{"type":"null"}]}},"required":["object","data","has_more","next_page"]},"UsageTimeBucket":{"type":"object","properties":{"object":{"type":"string","enum":["bucket"],"x-stainless-const":true},"start_time":{"type":"integer"},"end_time":{"type":"integer"},"results":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/UsageCompletionsResult"},{"$ref":"#/components/schemas/UsageEmbeddingsResult"},{"$ref":"#/components/schemas/UsageModerationsResult"},{"$ref":"#/components/schemas/UsageImagesResult"},{"$ref":"#/components/schemas/UsageAudioSpeechesResult"},{"$ref":"#/components/schemas/UsageAudioTranscriptionsResult"},{"$ref":"#/components/schemas/UsageVectorStoresResult"},{"$ref":"#/components/schemas/UsageCodeInterpreterSessionsResult"},{"$ref":"#/components/schemas/UsageFileSearchCallsResult"},{"$ref":"#/components/schemas/UsageWebSearchCallsResult"},{"$ref":"#/components/schemas/CostsResult"}],"discriminator":{"propertyName":"object"}}}},"required":["object","start_time","end_time","results"]},"UsageCompletionsResult":{"type":"object","description":"The aggregated completions usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.completions.result"],"x-stainless-const":true},"input_tokens":{"type":"integer","description":"The aggregated number of input tokens used, including cached and cache-write tokens. This includes text, audio, and image tokens. For customers subscribed to Scale Tier, this includes Scale Tier tokens."},"input_cached_tokens":{"type":"integer","description":"The aggregated number of cached input tokens used across text, audio, and image inputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens."},"input_cache_write_tokens":{"type":"integer","description":"The aggregated number of input tokens written to the cache."},"input_uncached_tokens":{"type":"integer","description":"The aggregated number of uncached input tokens used across text, audio, and image inputs, excluding cache-write tokens."},"output_tokens":{"type":"integer","description":"The aggregated number of output tokens used across text, audio, and image outputs. For customers subscribed to Scale Tier, this includes Scale Tier tokens."},"input_text_tokens":{"type":"integer","description":"The aggregated number of uncached text input tokens used, excluding cache-write tokens."},"output_text_tokens":{"type":"integer","description":"The aggregated number of text output tokens used."},"input_cached_text_tokens":{"type":"integer","description":"The aggregated number of cached text input tokens used."},"input_audio_tokens":{"type":"integer","description":"The aggregated number of uncached audio input tokens used."},"input_cached_audio_tokens":{"type":"integer","description":"The aggregated number of cached audio input tokens used."},"output_audio_tokens":{"type":"integer","description":"The aggregated number of audio output tokens used."},"input_image_tokens":{"type":"integer","description":"The aggregated number of uncached image input tokens used."},"input_cached_image_tokens":{"type":"integer","description":"The aggregated number of cached image input tokens used."},"output_image_tokens":{"type":"integer","description":"The aggregated number of image output tokens used."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]},"batch":{"anyOf":[{"type":"boolean","description":"When `group_by=batch`, this field tells whether the grouped usage result is batch or not."},{"type":"null"}]},"service_tier":{"anyOf":[{"type":"string","description":"When `group_by=service_tier`, this field provides the service tier of the grouped usage result."},{"type":"null"}]}},"required":["object","input_tokens","output_tokens","num_model_requests"],"x-oaiMeta":{"name":"Completions usage object","example":"{\\n    \\"object\\": \\"organization.usage.completions.result\\",\\n    \\"input_tokens\\": 5000,\\n    \\"input_cached_tokens\\": 1800,\\n    \\"input_cache_write_tokens\\": 200,\\n    \\"input_uncached_tokens\\": 3000,\\n    \\"output_tokens\\": 1000,\\n    \\"input_text_tokens\\": 2500,\\n    \\"output_text_tokens\\": 800,\\n    \\"input_cached_text_tokens\\": 1500,\\n    \\"input_audio_tokens\\": 300,\\n    \\"input_cached_audio_tokens\\": 100,\\n    \\"output_audio_tokens\\": 100,\\n    \\"input_image_tokens\\": 200,\\n    \\"input_cached_image_tokens\\": 200,\\n    \\"output_image_tokens\\": 100,\\n    \\"num_model_requests\\": 5,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"gpt-4o-mini-2024-07-18\\",\\n    \\"batch\\": false,\\n    \\"service_tier\\": \\"default\\"\\n}\\n"}},"UsageEmbeddingsResult":{"type":"object","description":"The aggregated embeddings usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.embeddings.result"],"x-stainless-const":true},"input_tokens":{"type":"integer","description":"The aggregated number of input tokens used."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]}},"required":["object","input_tokens","num_model_requests"],"x-oaiMeta":{"name":"Embeddings usage object","example":"{\\n    \\"object\\": \\"organization.usage.embeddings.result\\",\\n    \\"input_tokens\\": 20,\\n    \\"num_model_requests\\": 2,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"text-embedding-ada-002-v2\\"\\n}\\n"}},"UsageModerationsResult":{"type":"object","description":"The aggregated moderations usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.moderations.result"],"x-stainless-const":true},"input_tokens":{"type":"integer","description":"The aggregated number of input tokens used."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]}},"required":["object","input_tokens","num_model_requests"],"x-oaiMeta":{"name":"Moderations usage object","example":"{\\n    \\"object\\": \\"organization.usage.moderations.result\\",\\n    \\"input_tokens\\": 20,\\n    \\"num_model_requests\\": 2,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"text-moderation\\"\\n}\\n"}},"UsageImagesResult":{"type":"object","description":"The aggregated images usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.images.result"],"x-stainless-const":true},"images":{"type":"integer","description":"The number of images processed."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"source":{"anyOf":[{"type":"string","description":"When `group_by=source`, this field provides the source of the grouped usage result, possible values are `image.generation`, `image.edit`, `image.variation`."},{"type":"null"}]},"size":{"anyOf":[{"type":"string","description":"When `group_by=size`, this field provides the image size of the grouped usage result."},{"type":"null"}]},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]}},"required":["object","images","num_model_requests"],"x-oaiMeta":{"name":"Images usage object","example":"{\\n    \\"object\\": \\"organization.usage.images.result\\",\\n    \\"images\\": 2,\\n    \\"num_model_requests\\": 2,\\n    \\"size\\": \\"1024x1024\\",\\n    \\"source\\": \\"image.generation\\",\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"dall-e-3\\"\\n}\\n"}},"UsageAudioSpeechesResult":{"type":"object","description":"The aggregated audio speeches usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.audio_speeches.result"],"x-stainless-const":true},"characters":{"type":"integer","description":"The number of characters processed."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]}},"required":["object","characters","num_model_requests"],"x-oaiMeta":{"name":"Audio speeches usage object","example":"{\\n    \\"object\\": \\"organization.usage.audio_speeches.result\\",\\n    \\"characters\\": 45,\\n    \\"num_model_requests\\": 1,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"tts-1\\"\\n}\\n"}},"UsageAudioTranscriptionsResult":{"type":"object","description":"The aggregated audio transcriptions usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.audio_transcriptions.result"],"x-stainless-const":true},"seconds":{"type":"integer","format":"int64","description":"The number of seconds processed."},"num_model_requests":{"type":"integer","description":"The count of requests made to the model."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]}},"required":["object","seconds","num_model_requests"],"x-oaiMeta":{"name":"Audio transcriptions usage object","example":"{\\n    \\"object\\": \\"organization.usage.audio_transcriptions.result\\",\\n    \\"seconds\\": 10,\\n    \\"num_model_requests\\": 1,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"tts-1\\"\\n}\\n"}},"UsageVectorStoresResult":{"type":"object","description":"The aggregated vector stores usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.vector_stores.result"],"x-stainless-const":true},"usage_bytes":{"type":"integer","description":"The vector stores usage in bytes."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]}},"required":["object","usage_bytes"],"x-oaiMeta":{"name":"Vector stores usage object","example":"{\\n    \\"object\\": \\"organization.usage.vector_stores.result\\",\\n    \\"usage_bytes\\": 1024,\\n    \\"project_id\\": \\"proj_abc\\"\\n}\\n"}},"UsageCodeInterpreterSessionsResult":{"type":"object","description":"The aggregated code interpreter sessions usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.code_interpreter_sessions.result"],"x-stainless-const":true},"num_sessions":{"type":"integer","description":"The number of code interpreter sessions."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]}},"required":["object","num_sessions"],"x-oaiMeta":{"name":"Code interpreter sessions usage object","example":"{\\n    \\"object\\": \\"organization.usage.code_interpreter_sessions.result\\",\\n    \\"num_sessions\\": 1,\\n    \\"project_id\\": \\"proj_abc\\"\\n}\\n"}},"UsageFileSearchCallsResult":{"type":"object","description":"The aggregated file search calls usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.file_searches.result"],"x-stainless-const":true},"num_requests":{"type":"integer","description":"The count of file search calls."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"vector_store_id":{"anyOf":[{"type":"string","description":"When `group_by=vector_store_id`, this field provides the vector store ID of the grouped usage result."},{"type":"null"}]}},"required":["object","num_requests"],"x-oaiMeta":{"name":"File search calls usage object","example":"{\\n    \\"object\\": \\"organization.usage.file_searches.result\\",\\n    \\"num_requests\\": 2,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"vector_store_id\\": \\"vs_abc\\"\\n}\\n"}},"UsageWebSearchCallsResult":{"type":"object","description":"The aggregated web search calls usage details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.usage.web_searches.result"],"x-stainless-const":true},"num_model_requests":{"type":"integer","description":"The count of model requests."},"num_requests":{"type":"integer","description":"The count of web search calls."},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped usage result."},{"type":"null"}]},"user_id":{"anyOf":[{"type":"string","description":"When `group_by=user_id`, this field provides the user ID of the grouped usage result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API key ID of the grouped usage result."},{"type":"null"}]},"model":{"anyOf":[{"type":"string","description":"When `group_by=model`, this field provides the model name of the grouped usage result."},{"type":"null"}]},"context_level":{"anyOf":[{"type":"string","description":"When `group_by=context_level`, this field provides the search context size of the grouped usage result."},{"type":"null"}]}},"required":["object","num_model_requests","num_requests"],"x-oaiMeta":{"name":"Web search calls usage object","example":"{\\n    \\"object\\": \\"organization.usage.web_searches.result\\",\\n    \\"num_model_requests\\": 2,\\n    \\"num_requests\\": 2,\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"user_id\\": \\"user-abc\\",\\n    \\"api_key_id\\": \\"key_abc\\",\\n    \\"model\\": \\"gpt-4o-mini-2024-07-18\\",\\n    \\"context_level\\": \\"medium\\"\\n}\\n"}},"CostsResult":{"type":"object","description":"The aggregated costs details of the specific time bucket.","properties":{"object":{"type":"string","enum":["organization.costs.result"],"x-stainless-const":true},"amount":{"type":"object","description":"The monetary value in its associated currency.","properties":{"value":{"type":"number","description":"The numeric value of the cost."},"currency":{"type":"string","description":"Lowercase ISO-4217 currency e.g. \\"usd\\""}}},"line_item":{"anyOf":[{"type":"string","description":"When `group_by=line_item`, this field provides the line item of the grouped costs result."},{"type":"null"}]},"project_id":{"anyOf":[{"type":"string","description":"When `group_by=project_id`, this field provides the project ID of the grouped costs result."},{"type":"null"}]},"api_key_id":{"anyOf":[{"type":"string","description":"When `group_by=api_key_id`, this field provides the API Key ID of the grouped costs result."},{"type":"null"}]},"quantity":{"anyOf":[{"type":"number","description":"When `group_by=line_item`, this field provides the quantity of the grouped costs result."},{"type":"null"}]},"quantity_unit":{"description":"The unit of the `quantity` value. If no single supported unit applies to the result, this field is `null`.","anyOf":[{"type":"string"},{"type":"string","enum":["tokens","1000_tokens","duration_seconds","duration_minutes","duration_hours","gibibyte_hours","images","characters"]},{"type":"null"}]}},"required":["object"],"x-oaiMeta":{"name":"Costs object","example":"{\\n    \\"object\\": \\"organization.costs.result\\",\\n    \\"amount\\": {\\n      \\"value\\": 0.06,\\n      \\"currency\\": \\"usd\\"\\n    },\\n    \\"line_item\\": \\"input_tokens\\",\\n    \\"project_id\\": \\"proj_abc\\",\\n    \\"quantity\\": 10000,\\n    \\"quantity_unit\\": \\"tokens\\"\\n}\\n"}},"CreateProjectServiceAccountApiKeyBody":{"properties":{"name":{"type":"string","description":"API key name."},"scopes":{"items":{"type":"string","description":"API key scope."},"type":"array","description":"API key scopes."}},"type":"object","required":[],"description":"The service account API key create request payload."},"ServiceAccountApiKeyBody":{"properties":{"object":{"type":"string","enum":["organization.project.service_account.api_key"],"description":"The object type, which is always `organization.project.service_account.api_key`","default":"organization.project.service_account.api_key","x-stainless-const":true},"value":{"type":"string","description":"The unredacted API key value."},"name":{"type":"string","description":"The name of the API key."},"created_at":{"type":"integer","format":"unixtime","description":"The Unix timestamp (in seconds) when the API key was created."},"id":{"type":"string","description":"The identifier of the API key."}},"type":"object","required":["object","value","name","created_at","id"]}},"securitySchemes":{"ApiKeyAuth":{"type":"http","scheme":"bearer"},"AdminApiKeyAuth":{"type":"http","scheme":"bearer"}}}}');
;// CONCATENATED MODULE: ./src/emulator/contract.ts
// Checks every exchange against the official API descriptions, so the emulator cannot drift from the real APIs.
// The GitHub description is 13 MB: it is parsed once per process, on first use, and only the schemas of the
// operations actually exercised are compiled.




// The OpenAI description ships inside the emulator (the bundle inlines it); GitHub's comes from @octokit/openapi,
// a development dependency: the bundled emulator runs without contract checks (see serveForCli).

const descriptions = new Map();
const contract_require = (0,external_node_module_.createRequire)(import.meta.url);
// ajv-formats is CommonJS with a default export; NodeNext sees the module object.
const addFormats = (dist_default());
function source(api) {
    if (api === 'openai')
        return openai_admin_openapi_namespaceObject;
    return JSON.parse((0,external_node_fs_.readFileSync)(contract_require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'));
}
/**
 * OpenAPI 3.0's `nullable` is not JSON Schema, and ajv rejects it next to `allOf`/`$ref`: rewrite it as
 * `anyOf [schema, null]`. Also collects the formats in use so unknown ones can be accepted instead of failing.
 */
function normalize(node, formats) {
    if (Array.isArray(node))
        return node.map((item) => normalize(item, formats));
    if (node === null || typeof node !== 'object')
        return node;
    const out = {};
    for (const [key, value] of Object.entries(node))
        out[key] = normalize(value, formats);
    if (typeof out.format === 'string')
        formats.add(out.format);
    if (out.nullable === true) {
        delete out.nullable;
        const enumValues = out.enum;
        if (Array.isArray(enumValues) && !enumValues.includes(null))
            out.enum = [...enumValues, null];
        return { anyOf: [out, { type: 'null' }] };
    }
    return out;
}
function load(api) {
    const cached = descriptions.get(api);
    if (cached)
        return cached;
    const formats = new Set();
    const doc = normalize(source(api), formats);
    const ajv = new dist_ajv.Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    addFormats(ajv);
    ajv.addFormat('unixtime', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 });
    for (const format of formats)
        if (!ajv.formats[format])
            ajv.addFormat(format, true);
    const id = `https://contract.local/${api}.json`;
    ajv.addSchema({ ...doc, $id: id });
    const description = { id, doc, ajv, validators: new Map() };
    descriptions.set(api, description);
    return description;
}
function escapeSegment(segment) {
    return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}
function child(node, key) {
    if (node === null || typeof node !== 'object' || Array.isArray(node))
        return undefined;
    return node[key];
}
/** Follows a local `$ref` (`#/components/…`), returning the node and its JSON pointer segments. */
function deref(d, node, at) {
    const ref = child(node, '$ref');
    if (typeof ref !== 'string' || !ref.startsWith('#/'))
        return { node, at };
    const segments = ref
        .slice(2)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let target = d.doc;
    for (const s of segments)
        target = child(target, s);
    return deref(d, target, segments);
}
function validator(d, at) {
    const key = at.join('\u0000');
    let validate = d.validators.get(key);
    if (!validate) {
        validate = d.ajv.compile({ $ref: `${d.id}#/${at.map(escapeSegment).join('/')}` });
        d.validators.set(key, validate);
    }
    return validate;
}
function describe(errors) {
    return (errors ?? []).map((e) => {
        const where = e.instancePath ? `${e.instancePath} ` : '';
        const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : '';
        return `${where}${e.message ?? e.keyword}${extra}`;
    });
}
function coerce(value, schema) {
    const type = child(schema, 'type');
    if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value))
        return Number(value);
    if (type === 'boolean' && (value === 'true' || value === 'false'))
        return value === 'true';
    return value;
}
/**
 * GitHub documents `created` as a date-time, but it takes the search syntax (`>=2024-01-01T00:00:00Z`, `A..B`,
 * a bare date): its prose says so and the real API accepts it.
 */
const SEARCH_DATES = /^(?:>=|<=|>|<)?\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?(?:\.\.\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?)?$/;
function checkParameters(d, op, opAt, pathItemAt, x) {
    const problems = [];
    const declared = new Map();
    for (const listAt of [pathItemAt, opAt]) {
        let list = d.doc;
        for (const s of [...listAt, 'parameters'])
            list = child(list, s);
        if (!Array.isArray(list))
            continue;
        list.forEach((raw, i) => {
            const { node, at } = deref(d, raw, [...listAt, 'parameters', String(i)]);
            const name = child(node, 'name');
            const where = child(node, 'in');
            if (typeof name !== 'string' || (where !== 'query' && where !== 'path'))
                return;
            declared.set(`${where}:${name}`, {
                schemaAt: [...at, 'schema'],
                schema: child(node, 'schema'),
                required: child(node, 'required') === true
            });
        });
    }
    const seen = new Set();
    const check = (where, name, values) => {
        seen.add(`${where}:${name}`);
        const param = declared.get(`${where}:${name}`);
        if (!param)
            return void problems.push(`${where}: unknown parameter '${name}'`);
        if (where === 'query' && name === 'created' && values.every((v) => SEARCH_DATES.test(v)))
            return;
        const validate = validator(d, param.schemaAt);
        const items = child(param.schema, 'items');
        const candidates = child(param.schema, 'type') === 'array'
            ? [values.flatMap((v) => v.split(',')).map((v) => coerce(v, items))]
            : values.map((v) => coerce(v, param.schema));
        for (const candidate of candidates) {
            if (!validate(candidate)) {
                for (const m of describe(validate.errors))
                    problems.push(`${where} '${name}': ${m}`);
            }
        }
    };
    for (const [name, value] of Object.entries(x.params))
        check('path', name, [value]);
    // Arrays travel as repeated `name[]=` (openai-node's `brackets` format), or as one comma-separated value.
    const query = new Map();
    for (const [raw, value] of x.query) {
        const name = raw.endsWith('[]') ? raw.slice(0, -2) : raw;
        query.set(name, [...(query.get(name) ?? []), value]);
    }
    for (const [name, values] of query)
        check('query', name, values);
    for (const [key, param] of declared) {
        if (param.required && !seen.has(key))
            problems.push(`${key.replace(':', ': ')} is required`);
    }
    return problems.map((p) => `parameters ${p}`);
}
function checkRequestBody(d, op, opAt, body) {
    const { node, at } = deref(d, child(op, 'requestBody'), [...opAt, 'requestBody']);
    if (node === undefined)
        return body === undefined ? [] : ['request: no body is described'];
    if (body === undefined)
        return child(node, 'required') === true ? ['request: body is required'] : [];
    const schema = child(child(child(node, 'content'), 'application/json'), 'schema');
    if (schema === undefined)
        return [];
    const validate = validator(d, [...at, 'content', 'application/json', 'schema']);
    return validate(body) ? [] : describe(validate.errors).map((m) => `request: ${m}`);
}
function checkResponse(d, op, opAt, status, body) {
    const { node, at } = deref(d, child(child(op, 'responses'), String(status)), [
        ...opAt,
        'responses',
        String(status)
    ]);
    if (node === undefined) {
        // Error statuses are often undocumented (401, 403, 5xx); only a success the description lacks is drift.
        return status < 300 ? [`response: status ${status} is not described`] : [];
    }
    const schema = child(child(child(node, 'content'), 'application/json'), 'schema');
    if (schema === undefined)
        return body === undefined ? [] : [`response ${status}: no body is described`];
    const validate = validator(d, [...at, 'content', 'application/json', 'schema']);
    return validate(body) ? [] : describe(validate.errors).map((m) => `response ${status}: ${m}`);
}
/** Problems with one exchange, as one-line strings naming the API, method and path template. */
function checkExchange(x) {
    const d = load(x.api);
    const method = x.method.toLowerCase();
    const pathItemAt = ['paths', x.template];
    const opAt = [...pathItemAt, method];
    const op = child(child(child(d.doc, 'paths'), x.template), method);
    const label = `${x.api} ${x.method.toUpperCase()} ${x.template}`;
    if (op === undefined)
        return [`${label}: no such operation in the description`];
    return [
        ...checkParameters(d, op, opAt, pathItemAt, x),
        ...checkRequestBody(d, op, opAt, x.requestBody),
        ...checkResponse(d, op, opAt, x.status, x.responseBody)
    ].map((problem) => `${label} ${problem}`);
}

;// CONCATENATED MODULE: ./src/emulator/server.ts
// The loopback HTTP server: routing, faults, contract checks and the request log, shared by both APIs.



function compile(route) {
    const names = [];
    const source = route.template.replace(/\{(\w+)\}|[.*+?^$()|[\]\\]/g, (match, name) => {
        if (name === undefined)
            return `\\${match}`;
        names.push(name);
        return '([^/]+)';
    });
    return { route, pattern: new RegExp(`^${source}$`), names };
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function readBody(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}
class EmulatorServer {
    options;
    log = [];
    problems = [];
    routes = new Map();
    server = (0,external_node_http_.createServer)((req, res) => {
        // A client that gives up mid-request (abort, timeout) must not take the emulator down with it.
        this.serve(req, res).catch(() => res.destroy());
    });
    port = 0;
    constructor(options) {
        this.options = options;
        for (const service of options.services)
            this.routes.set(service.api, service.routes.map(compile));
    }
    get url() {
        return `http://127.0.0.1:${this.port}`;
    }
    async listen() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(this.options.port, '127.0.0.1', () => resolve());
        });
        this.port = this.server.address().port;
    }
    async close() {
        // Hung requests never finish on their own: cut every connection so close() returns.
        this.server.closeAllConnections();
        await new Promise((resolve) => this.server.close(() => resolve()));
    }
    async serve(req, res) {
        const at = Date.now();
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = (req.method ?? 'GET').toUpperCase();
        const git = this.options.git && gitRoute(url.pathname, url.searchParams);
        if (this.options.git && git)
            return this.serveGit(this.options.git, git, req, res, url, at);
        const service = this.options.services.find((s) => url.pathname === s.prefix || url.pathname.startsWith(`${s.prefix}/`));
        const raw = await readBody(req);
        if (!service)
            return this.send(res, { status: 404, body: { message: 'Not Found' } }, {});
        const path = url.pathname.slice(service.prefix.length) || '/';
        let body;
        if (raw.trim() !== '') {
            try {
                body = JSON.parse(raw);
            }
            catch {
                this.problems.push(`${service.api} ${method} ${path}: request body is not JSON`);
                body = raw;
            }
        }
        const request = {
            api: service.api,
            method,
            path,
            params: {},
            query: url.searchParams,
            headers: req.headers,
            body
        };
        const record = (status) => {
            this.log.push({ api: service.api, method, path, status, body, at });
        };
        const fault = this.options.faults.match(service.api, method, path);
        if (fault && (await this.injectFault(fault, service, request, res, record)))
            return;
        const match = this.find(service.api, method, path);
        if (!match) {
            this.problems.push(`${service.api} ${method} ${path}: no emulated route`);
            const reply = service.notFound();
            record(reply.status);
            return this.send(res, reply, service.headers(request));
        }
        request.params = match.params;
        let reply = service.authorize(request, match.route);
        if (!reply) {
            try {
                reply = await match.route.handle(request);
            }
            catch (error) {
                this.problems.push(`${service.api} ${method} ${match.route.template}: emulator error: ${String(error)}`);
                reply = { status: 500, body: service.faultBody(500) };
            }
        }
        if (this.options.checkContracts) {
            this.problems.push(...checkExchange({
                api: service.api,
                method,
                template: match.route.template,
                params: match.params,
                query: url.searchParams,
                requestBody: body,
                status: reply.status,
                responseBody: reply.body
            }));
        }
        record(reply.status);
        this.send(res, reply, service.headers(request));
    }
    async serveGit(host, route, req, res, url, at) {
        const method = (req.method ?? 'GET').toUpperCase();
        const path = url.pathname;
        const token = host.presented(req);
        const record = (status) => {
            this.log.push({ api: 'git', method, path, status, body: undefined, at, ...(token ? { token } : {}) });
        };
        const fault = this.options.faults.match('git', method, path);
        if (fault?.delayMs)
            await sleep(fault.delayMs);
        if (fault?.drop || fault?.hang) {
            record(0);
            if (fault.drop)
                res.socket?.destroy();
            return;
        }
        if (fault?.status !== undefined) {
            req.resume();
            record(fault.status);
            res.writeHead(fault.status, { 'content-type': 'text/plain; charset=utf-8', ...fault.headers });
            res.end(typeof fault.body === 'string' ? fault.body : `${fault.status}\n`);
            return;
        }
        let status;
        try {
            status = await host.serve(route, req, res, url.search.slice(1));
        }
        catch (error) {
            this.problems.push(`git ${method} ${path}: emulator error: ${String(error)}`);
            status = 500;
            if (!res.headersSent)
                gitRefusal(res, 500, 'Internal Server Error');
        }
        record(status);
    }
    /** Returns true when the fault answered (or swallowed) the request. */
    async injectFault(fault, service, request, res, record) {
        if (fault.delayMs)
            await sleep(fault.delayMs);
        if (fault.drop) {
            record(0);
            res.socket?.destroy();
            return true;
        }
        if (fault.hang) {
            record(0);
            return true;
        }
        if (fault.status === undefined)
            return false;
        record(fault.status);
        const headers = { ...service.headers(request), ...fault.headers };
        this.send(res, { status: fault.status, body: fault.body ?? service.faultBody(fault.status, fault.headers) }, headers);
        return true;
    }
    find(api, method, path) {
        for (const c of this.routes.get(api) ?? []) {
            if (c.route.method !== method)
                continue;
            const m = c.pattern.exec(path);
            if (!m)
                continue;
            const params = {};
            c.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? '')));
            return { route: c.route, params };
        }
        return undefined;
    }
    send(res, reply, common) {
        const headers = { ...common, ...reply.headers };
        if (reply.body === undefined) {
            res.writeHead(reply.status, headers).end();
            return;
        }
        const text = JSON.stringify(reply.body);
        headers['content-type'] = 'application/json; charset=utf-8';
        headers['content-length'] = String(Buffer.byteLength(text));
        res.writeHead(reply.status, headers).end(text);
    }
}

;// CONCATENATED MODULE: ./src/emulator/index.ts
// A local GitHub + OpenAI for rotation tests and the demo. Rotation code and its tests rely on these names.








const REPO_ID = 1296269;
async function startEmulator(options = {}) {
    await libsodium_wrappers/* default.ready */.Ay.ready;
    const seed = options.seed ?? 1;
    const ids = new IdSource(seed);
    const owner = options.owner ?? 'octo-org';
    const repo = options.repo ?? 'service';
    const adminKey = ids.adminKey();
    const token = ids.githubToken();
    const tokens = new Map(Object.entries(options.tokens ?? {}));
    tokens.set(token, { ...ALL_PERMISSIONS });
    const selections = new Map();
    const repositories = new Repositories(options.gitRoot);
    const projectId = 'proj_emu1';
    const links = { api: '', web: '' };
    const stores = new SecretStores(seed, () => ids.publicKeyId());
    const faults = new Faults();
    const consumers = new Set();
    const openai = new OpenAIService({
        ids,
        projectId,
        adminKeys: new Set([adminKey]),
        revocationDelayMs: options.revocationDelayMs ?? 0
    });
    const github = new GitHubService({
        owner,
        repo,
        repoId: REPO_ID,
        links,
        ids,
        stores,
        tokens,
        selections,
        repositories,
        rateLimit: options.rateLimit ? { ...options.rateLimit, enforce: true } : { limit: 5000, enforce: false },
        smokeRunMs: options.smokeRunMs ?? 300,
        // The run calls the emulated OpenAI over HTTP, so the call is recorded and faults apply to it.
        smoke: async (key) => {
            const response = await fetch(`${server.url}/openai/v1/models`, {
                headers: { authorization: `Bearer ${key}` }
            });
            await response.arrayBuffer();
            return response.status === 200;
        }
    });
    const server = new EmulatorServer({
        services: [github, openai],
        faults,
        checkContracts: options.strict ?? true,
        port: options.port ?? 0,
        git: github
    });
    await server.listen();
    links.api = `${server.url}/github`;
    links.web = server.url;
    return {
        url: server.url,
        serverUrl: server.url,
        githubUrl: `${server.url}/github`,
        openaiUrl: `${server.url}/openai/v1`,
        adminKey,
        projectId,
        token,
        addToken(permissions, tokenOptions = {}) {
            const t = ids.githubToken();
            tokens.set(t, { ...permissions });
            if (tokenOptions.repositories)
                selections.set(t, selectionOf(tokenOptions.repositories));
            return t;
        },
        addRepository(repo) {
            const hosted = repositories.add(repo);
            return { gitDir: hosted.gitDir, cloneUrl: `${server.url}/${hosted.owner}/${hosted.name}.git` };
        },
        removeRepository({ owner: o, name }) {
            if (!repositories.remove(o, name))
                throw new Error(`no hosted repository ${o}/${name}`);
        },
        seedProject: (name) => openai.createProject(name).id,
        seedServiceAccount(name = 'okg:seeded', project = projectId) {
            const { sa, key } = openai.createServiceAccount(name, true, undefined, project);
            return { id: sa.id, key: key.value, keyId: key.id };
        },
        seedUserKey(project = projectId) {
            const key = openai.createUserKey(project);
            return { key: key.value, keyId: key.id };
        },
        setKeyTimes(keyId, times) {
            const key = openai.keys.get(keyId);
            if (!key)
                throw new Error(`no key ${keyId}`);
            if (times.createdAt !== undefined)
                key.createdAt = times.createdAt;
            if (times.lastUsedAt !== undefined)
                key.lastUsedAt = times.lastUsedAt;
            if (times.expiresAt !== undefined)
                key.expiresAt = times.expiresAt;
        },
        recordUsage: (keyId, u) => openai.recordUsage(keyId, u.at ?? Date.now(), u.requests, u.inputTokens, u.outputTokens, u.endpoint),
        consumer(initial, everyMs = 100) {
            let key = initial;
            let stopped = false;
            const tick = async () => {
                const response = await fetch(`${server.url}/openai/v1/models`, {
                    headers: { authorization: `Bearer ${key}` }
                }).catch(() => undefined);
                await response?.arrayBuffer();
                const used = [...openai.keys.values()].find((k) => k.value === key);
                if (response?.status === 200 && used)
                    openai.recordUsage(used.id, Date.now(), 1, 120, 40);
            };
            const timer = setInterval(() => void tick(), everyMs);
            consumers.add(timer);
            void tick();
            return {
                get key() {
                    return key;
                },
                switchTo(next) {
                    if (!stopped)
                        key = next;
                },
                stop() {
                    stopped = true;
                    clearInterval(timer);
                    consumers.delete(timer);
                }
            };
        },
        secret: (name, scope = 'repo') => github.secret(scope, name),
        setSecret: (name, value, scope = 'repo') => stores.plant(scope, name, value, Date.now()),
        variable: (name) => github.variables.get(name.toUpperCase())?.value,
        isLive: (key) => openai.isLive(key),
        issuedKeys: () => [...openai.keys.values()].map((k) => k.value),
        serviceAccounts: () => [...openai.serviceAccounts.values()].map((sa) => ({
            id: sa.id,
            name: sa.name,
            keyIds: [...openai.keys.values()]
                .filter((k) => k.owner.type === 'service_account' && k.owner.serviceAccountId === sa.id)
                .map((k) => k.id)
        })),
        issues: () => github.issues.map((i) => ({
            number: i.number,
            title: i.title,
            body: i.body,
            labels: [...i.labels],
            state: i.state,
            comments: i.comments.map((c) => c.body)
        })),
        runs: () => github.actions.runs.map((r) => ({
            id: r.id,
            workflow: r.workflowFile,
            status: r.status,
            conclusion: r.conclusion,
            inputs: { ...r.inputs }
        })),
        requests: () => server.log.map((r) => ({ ...r })),
        sarifUploads: () => github.codeScanning.uploads.map((u) => ({ ...u, errors: [...u.errors] })),
        violations: () => [...server.problems],
        fault: (f) => faults.add(f),
        scriptWorkflow: (file, script) => void github.actions.scripts.set(file, script),
        startRun: (workflow = 'rotate.yml', event = 'schedule') => github.actions.start(workflow, event).id,
        finishRun: (id, conclusion) => github.actions.finish(id, conclusion),
        failSmoke: (on = true) => {
            github.actions.failSmoke = on;
        },
        async close() {
            for (const timer of consumers)
                clearInterval(timer);
            await github.stop();
            await server.close();
            await repositories.close();
        }
    };
}
/** `openai-key-guard emulator`: starts the emulator and prints what a user pastes into their shell. */
async function serveForCli(port, log) {
    // The demo favours speed: contract checks load a 13 MB description and are for tests.
    const emulator = await startEmulator({ port, strict: false, smokeRunMs: 2000 });
    log(`Emulator listening on ${emulator.url} (GitHub + OpenAI, in memory; emulator-only credentials below)`);
    log(`export GITHUB_API_URL=${emulator.githubUrl}`);
    log(`export GITHUB_SERVER_URL=${emulator.serverUrl}`);
    log(`export OPENAI_BASE_URL=${emulator.openaiUrl}`);
    log(`export OPENAI_PROJECT_ID=${emulator.projectId}`);
    log(`export OPENAI_ADMIN_KEY=${emulator.adminKey}`);
    log(`export GITHUB_TOKEN=${emulator.token}`);
    log(`export GITHUB_REPOSITORY=octo-org/service`);
    // A live "current key" already in the secret, so a first rotation has something to replace.
    const current = emulator.seedServiceAccount('okg:demo-initial');
    emulator.setSecret('OPENAI_API_KEY', current.key);
    log(`# secret OPENAI_API_KEY holds the emulator-only key ${current.key} (pass it as current-key)`);
    return emulator;
}

// EXTERNAL MODULE: ./src/commands/rotate.ts
var rotate = __webpack_require__(4267);
// EXTERNAL MODULE: ./src/commands/scan.ts + 1 modules
var scan = __webpack_require__(2289);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/demo.ts
// The quick start's first command: everything the action does, on this machine, against the local emulator, in two
// short stories. 1. A leak: a sample repository gets a commit with the production key in it; the scan finds it;
// `on-leak: rotate` replaces the key in the (emulated) repository secret and revokes the leaked one at once.
// 2. A rotation that cannot break production: an application keeps calling OpenAI with the key it was deployed
// with; the rotation puts a new key in the secret but ends `draining` instead of revoking the old one; the
// application is redeployed with the new key; the next run sees the old key gone quiet and revokes it.
// Both go through the commands the action runs (scanCommand, rotateCommand). Nothing leaves 127.0.0.1.











const OWNER = 'octo-org';
const REPO = 'chat-service';
const say = (line = '') => void process.stdout.write(line + '\n');
function git(cwd, ...args) {
    (0,external_node_child_process_.execFileSync)('git', ['-c', 'user.name=Sam Dev', '-c', 'user.email=sam@example.com', ...args], {
        cwd,
        stdio: 'ignore'
    });
}
/** A small repository whose third commit carries the production key, as a real leak would. */
function sampleRepository(key) {
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'okg-demo-'));
    git(dir, 'init', '-q', '-b', 'main');
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'README.md'), '# chat-service\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Initial commit');
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'app.py'), 'import os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Add the chat client');
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(dir, 'settings.py'), `DEBUG = True\nOPENAI_API_KEY = "${key}"  # TODO remove\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'Try the key locally');
    return dir;
}
/** Short windows so that the demo takes seconds; the defaults (30m, 40m) suit a real application. */
const DRAIN_QUIET = '4s';
const DRAIN_WAIT = '6s';
/** The application calls OpenAI this often (ms). */
const TRAFFIC_MS = 400;
/** The inputs a workflow passes, as the runner would hand them to the action, and the runner's environment. */
function settingsFor(emulator, workspace, event, inputs) {
    const all = {
        'github-token': emulator.token,
        'openai-admin-key': emulator.adminKey,
        'openai-project-id': emulator.projectId,
        // The workflow passes the secret as it is now.
        'current-key': emulator.secret('OPENAI_API_KEY') ?? '',
        'smoke-workflow': 'smoke.yml',
        ...inputs
    };
    return (0,settings/* parseSettings */.P$)((name) => all[name] ?? '', {
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
        GITHUB_API_URL: emulator.githubUrl,
        GITHUB_EVENT_NAME: event,
        OPENAI_BASE_URL: emulator.openaiUrl
    });
}
/** The rotation's own lines, indented under the command that printed them; secrets masked as the runner does. */
function indentedLogger(emulator) {
    const logger = (0,src_logger/* consoleLogger */.k)((line) => say(`    ${line}`));
    for (const secret of [emulator.token, emulator.adminKey])
        logger.setSecret(secret);
    return logger;
}
const check = (ok, what) => {
    say(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
    return ok;
};
/** Story 1: a commit leaks the key the secret holds; the scan finds it and the key is replaced and revoked at once. */
async function leakStory(emulator, repo) {
    const leaked = emulator.secret('OPENAI_API_KEY');
    say('1. A leaked key is replaced and revoked at once');
    say(`  The last commit of ${OWNER}/${REPO} adds settings.py with the key OPENAI_API_KEY holds, ${(0,redact/* redact */.E$)(leaked)}.`);
    say('  $ openai-key-guard scan --history --on-leak rotate');
    const settings = settingsFor(emulator, repo, 'push', {
        command: 'scan',
        scope: 'history',
        'on-leak': 'rotate'
    });
    const logger = indentedLogger(emulator);
    const outcome = await (0,scan/* scanCommand */.x)({ settings, range: { kind: 'history', head: 'HEAD' }, logger });
    say((0,report_text/* renderText */.S5)(outcome.findings, settings.scan.failOn, outcome.scanned).trimEnd().replace(/^/gm, '    '));
    const now = emulator.secret('OPENAI_API_KEY');
    const run = emulator.runs().at(-1);
    const issue = emulator.issues().at(-1);
    return [
        check(outcome.findings.length > 0, 'the scan found the key in the history'),
        check(!!now && now !== leaked && emulator.isLive(now), `OPENAI_API_KEY holds a new, live key ${now ? (0,redact/* redact */.E$)(now) : '(unset)'}`),
        check(run?.conclusion === 'success', `the smoke run (${run?.workflow ?? 'none'}) passed with it`),
        check(!emulator.isLive(leaked), `the leaked key ${(0,redact/* redact */.E$)(leaked)} answers 401: revoked without waiting`),
        check(issue !== undefined, `issue #${issue?.number ?? '?'}: ${issue?.title ?? 'none filed'}`)
    ].every(Boolean);
}
/**
 * Story 2: the weekly rotation while an application deployed outside the repository's workflows still uses the
 * key. Revoking after the smoke test would break it; the rotation waits until the old key has gone quiet.
 */
async function drainStory(emulator, workspace) {
    const deployed = emulator.secret('OPENAI_API_KEY');
    const app = emulator.consumer(deployed, TRAFFIC_MS);
    try {
        say('2. A rotation that waits until production has stopped using the old key');
        say(`  Production runs on ${(0,redact/* redact */.E$)(deployed)} and calls OpenAI every ${TRAFFIC_MS} ms; it was deployed from elsewhere,`);
        say('  so the rotation cannot move it to a new key. Short windows for the demo (defaults: 30m and 40m):');
        say(`  drain-quiet ${DRAIN_QUIET} (how long the old key must go unused), drain-wait ${DRAIN_WAIT} (how long one run waits).`);
        const rotation = async (event) => {
            const settings = settingsFor(emulator, workspace, event, {
                command: 'rotate',
                'drain-quiet': DRAIN_QUIET,
                'drain-wait': DRAIN_WAIT
            });
            const result = await (0,rotate.rotateCommand)(settings, indentedLogger(emulator));
            say(`    → result=${result.result} revoked=${result.revoked}`);
            return result;
        };
        say(`  $ openai-key-guard rotate   # run 1, started by hand (workflow_dispatch)`);
        const first = await rotation('workflow_dispatch');
        const promoted = emulator.secret('OPENAI_API_KEY');
        const ok1 = [
            check(first.result === 'draining', 'run 1 ended draining, a warning and no failure (the action exits 0): nothing revoked'),
            check(promoted !== deployed && emulator.isLive(promoted), `OPENAI_API_KEY holds a new, live key ${(0,redact/* redact */.E$)(promoted)}`),
            check(emulator.isLive(deployed), `production's key ${(0,redact/* redact */.E$)(deployed)} still works`)
        ].every(Boolean);
        say(`  Production is redeployed and picks up ${(0,redact/* redact */.E$)(promoted)}; the old key goes quiet.`);
        app.switchTo(promoted);
        say(`  $ openai-key-guard rotate   # run 2, the next scheduled run`);
        const second = await rotation('schedule');
        const issues = emulator.issues();
        const ok2 = [
            check(second.result === 'rotated' && second.revoked && second.newKeyId === first.newKeyId, 'run 2 finished that rotation and started none of its own'),
            check(!emulator.isLive(deployed), `the old key ${(0,redact/* redact */.E$)(deployed)} answers 401: revoked`),
            check(app.key === promoted && emulator.secret('OPENAI_API_KEY') === promoted && emulator.isLive(promoted), `production runs on ${(0,redact/* redact */.E$)(app.key)}, the key in the secret, and it works`),
            check(issues.length === 2 && (issues.at(-1)?.comments.length ?? 0) > 0, `one issue for the rotation, #${issues.at(-1)?.number ?? '?'}, updated by run 2`)
        ].every(Boolean);
        return ok1 && ok2;
    }
    finally {
        app.stop();
    }
}
async function runDemo() {
    const emulator = await startEmulator({ owner: OWNER, repo: REPO, smokeRunMs: 800, strict: false });
    const current = emulator.seedServiceAccount('chat-service production');
    emulator.setSecret('OPENAI_API_KEY', current.key);
    const repo = sampleRepository(current.key);
    try {
        say(`GitHub and OpenAI are played by a local emulator at ${emulator.url}: nothing leaves this machine.`);
        say();
        const leak = await leakStory(emulator, repo);
        say();
        const drain = await drainStory(emulator, repo);
        say();
        const ok = leak && drain;
        say(ok
            ? 'Demo complete: a leaked key was revoked at once; a rotated key was revoked only once nothing used it.'
            : 'Demo FAILED: see the FAIL lines above.');
        return ok ? 0 : 1;
    }
    finally {
        (0,external_node_fs_.rmSync)(repo, { recursive: true, force: true });
        await emulator.close();
    }
}
/** `openai-key-guard emulator`: serve until interrupted, printing what a user needs to point the tools at it. */
async function serveEmulator(port) {
    const emulator = await serveForCli(port, say);
    say('then: openai-key-guard rotate --smoke-workflow smoke.yml   (Ctrl-C stops the emulator)');
    await new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
    });
    await emulator.close();
    return 0;
}


/***/ })

};
