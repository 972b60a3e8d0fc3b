export const id = 37;
export const ids = [37];
export const modules = {

/***/ 7037:
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./test/emulator/faults.ts
function toPattern(path) {
    if (path instanceof RegExp)
        return path;
    const escaped = path
        .split('/')
        .map((segment) => /^:\w+$|^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
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

;// CONCATENATED MODULE: ./test/emulator/github-shapes.ts
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
function fullRepository(links, owner, name, id) {
    const created = '2024-01-02T03:04:05Z';
    return {
        ...minimalRepository(links, owner, name, id),
        clone_url: `${links.web}/${owner}/${name}.git`,
        git_url: `git://127.0.0.1/${owner}/${name}.git`,
        ssh_url: `git@127.0.0.1:${owner}/${name}.git`,
        svn_url: `${links.web}/${owner}/${name}`,
        mirror_url: null,
        homepage: null,
        language: 'TypeScript',
        default_branch: 'main',
        visibility: 'private',
        forks: 0,
        forks_count: 0,
        stargazers_count: 0,
        watchers: 0,
        watchers_count: 0,
        open_issues: 0,
        open_issues_count: 0,
        size: 128,
        has_issues: true,
        has_projects: false,
        has_wiki: false,
        has_pages: false,
        has_discussions: false,
        archived: false,
        disabled: false,
        license: null,
        pushed_at: created,
        created_at: created,
        updated_at: created,
        network_count: 0,
        subscribers_count: 1,
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true }
    };
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

;// CONCATENATED MODULE: ./test/emulator/github-util.ts
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

;// CONCATENATED MODULE: ./test/emulator/github-issues.ts
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

;// CONCATENATED MODULE: ./test/emulator/secret-stores.ts
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

;// CONCATENATED MODULE: ./test/emulator/github.ts
// The emulated GitHub REST API: the subset rotation calls, with GitHub's paths, shapes, auth and errors.




const ALL_PERMISSIONS = {
    metadata: 'read',
    secrets: 'write',
    organization_secrets: 'write',
    dependabot_secrets: 'write',
    environments: 'write',
    variables: 'write',
    actions: 'write',
    issues: 'write'
};
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
class GitHubService {
    o;
    api = 'github';
    prefix = '/github';
    routes;
    runs = [];
    issues = [];
    variables = new Map();
    failSmoke = false;
    workflows = new Map();
    rateUsed = new Map();
    rateReset = Math.floor(Date.now() / 1000) + 3600;
    timers = new Set();
    pending = new Set();
    nextId = 1;
    constructor(o) {
        this.o = o;
        this.routes = this.buildRoutes();
    }
    authorize(req, route) {
        const token = this.token(req);
        if (token === undefined)
            return error(401, 'Requires authentication');
        const permissions = this.o.tokens.get(token);
        if (!permissions)
            return error(401, 'Bad credentials');
        const { owner, repo, org } = req.params;
        if ((owner !== undefined && owner !== this.o.owner) || (repo !== undefined && repo !== this.o.repo)) {
            return error(404, 'Not Found');
        }
        if (org !== undefined && org !== this.o.owner)
            return error(404, 'Not Found');
        const level = req.method === 'GET' ? 'read' : 'write';
        const held = permissions[route.needs];
        if (held === 'write' || (held === 'read' && level === 'read'))
            return undefined;
        const refusal = error(403, 'Resource not accessible by integration');
        return { ...refusal, headers: { 'x-accepted-github-permissions': `${route.needs}=${level}` } };
    }
    headers(req) {
        const token = this.token(req) ?? 'anonymous';
        const limit = this.o.tokens.has(token) ? 5000 : 60;
        const used = (this.rateUsed.get(token) ?? 0) + 1;
        this.rateUsed.set(token, used);
        return {
            'x-ratelimit-limit': String(limit),
            'x-ratelimit-remaining': String(Math.max(0, limit - used)),
            'x-ratelimit-reset': String(this.rateReset),
            'x-ratelimit-used': String(used),
            'x-ratelimit-resource': 'core',
            'x-github-api-version-selected': '2022-11-28',
            'x-github-media-type': 'github.v3; format=json'
        };
    }
    notFound() {
        return error(404, 'Not Found');
    }
    faultBody(status) {
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
    async stop() {
        for (const t of this.timers)
            clearTimeout(t);
        this.timers.clear();
        await Promise.allSettled([...this.pending]);
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
            {
                method: 'GET',
                template: r,
                needs: 'metadata',
                handle: () => ({
                    status: 200,
                    body: fullRepository(this.o.links, this.o.owner, this.o.repo, this.o.repoId)
                })
            },
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
            {
                method: 'POST',
                template: `${r}/actions/workflows/{workflow_id}/dispatches`,
                needs: 'actions',
                handle: (req) => this.dispatch(req)
            },
            {
                method: 'GET',
                template: `${r}/actions/workflows/{workflow_id}/runs`,
                needs: 'actions',
                handle: (req) => this.listRuns(req)
            },
            {
                method: 'GET',
                template: `${r}/actions/runs/{run_id}`,
                needs: 'actions',
                handle: (req) => {
                    const run = this.runs.find((x) => String(x.id) === req.params.run_id);
                    return run ? { status: 200, body: this.runJson(run) } : error(404, 'Not Found');
                }
            },
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
        const now = Date.now();
        const run = {
            id: 22000000000 + this.id(),
            runNumber: this.runs.filter((x) => x.workflowId === workflow.id).length + 1,
            workflowId: workflow.id,
            workflowFile: workflow.file,
            ref: body.ref,
            event: 'workflow_dispatch',
            status: 'queued',
            conclusion: null,
            inputs: record(body.inputs) ?? {},
            headSha: this.o.ids.sha(),
            createdAt: now,
            updatedAt: now
        };
        this.runs.push(run);
        this.schedule(run);
        if (body.return_run_details !== true)
            return { status: 204 };
        const json = this.runJson(run);
        return { status: 200, body: { workflow_run_id: run.id, run_url: json.url, html_url: json.html_url } };
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
        later(Math.floor(this.o.smokeRunMs / 3), () => {
            run.status = 'in_progress';
            run.updatedAt = Date.now();
        });
        later(this.o.smokeRunMs, () => {
            const done = this.complete(run).finally(() => this.pending.delete(done));
            this.pending.add(done);
        });
    }
    async complete(run) {
        const name = typeof run.inputs['secret-name'] === 'string' ? run.inputs['secret-name'] : 'OPENAI_API_KEY';
        const key = this.secret('repo', name);
        let ok = false;
        if (!this.failSmoke && key !== undefined)
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

;// CONCATENATED MODULE: ./test/helpers/keys.ts
const MARKER = ['T3Bl', 'bkFJ'].join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '_-';
/** A small deterministic PRNG (mulberry32) so that every test run sees the same keys. */
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
/** Prefix, segment length and alphabet of each known shape. */
const SHAPES = {
    legacy: { prefix: 'sk-', half: 20, alphabet: ALNUM },
    'project-legacy': { prefix: 'sk-proj-', half: 20, alphabet: ALNUM },
    project: { prefix: 'sk-proj-', half: 74, alphabet: URLSAFE },
    'service-account': { prefix: 'sk-svcacct-', half: 74, alphabet: URLSAFE },
    admin: { prefix: 'sk-admin-', half: 58, alphabet: URLSAFE },
    none: { prefix: 'sk-None-', half: 74, alphabet: URLSAFE },
    service: { prefix: 'sk-service-build-bot-', half: 20, alphabet: ALNUM }
};
/** A key of the given shape. Different seeds give different keys; the same seed the same key. */
function makeKey(shape, seed = 1) {
    const { prefix, half, alphabet } = SHAPES[shape];
    const rand = seeded(seed * 7919 + prefix.length);
    return prefix + randomChars(half, alphabet, rand) + MARKER + randomChars(half, alphabet, rand);
}

;// CONCATENATED MODULE: ./test/emulator/keys.ts
// Credentials and ids the emulator hands out: real shapes, made at run time from a seed so runs repeat.

const keys_URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const keys_ALNUM = keys_URLSAFE.slice(0, 62);
class IdSource {
    rand;
    constructor(seed) {
        this.rand = seeded(seed);
    }
    serviceAccountKey() {
        return 'sk-svcacct-' + randomChars(74, keys_URLSAFE, this.rand) + MARKER + randomChars(74, keys_URLSAFE, this.rand);
    }
    adminKey() {
        return 'sk-admin-' + randomChars(58, keys_URLSAFE, this.rand) + MARKER + randomChars(58, keys_URLSAFE, this.rand);
    }
    /** User keys are project keys (`sk-proj-`), the shape people create in the dashboard. */
    userKey() {
        return 'sk-proj-' + randomChars(74, keys_URLSAFE, this.rand) + MARKER + randomChars(74, keys_URLSAFE, this.rand);
    }
    githubToken() {
        return 'ghs_' + randomChars(36, keys_ALNUM, this.rand);
    }
    /** OpenAI object ids: `key_…`, `svc_acct_…`, `user-…`. */
    openaiId(prefix) {
        return prefix + randomChars(16, keys_ALNUM, this.rand);
    }
    /** GitHub public key ids are long decimal strings. */
    publicKeyId() {
        return String(1 + Math.floor(this.rand() * 9)) + randomChars(17, '0123456789', this.rand);
    }
    nodeId(prefix) {
        return prefix + '_' + randomChars(16, keys_ALNUM, this.rand);
    }
    sha() {
        return randomChars(40, '0123456789abcdef', this.rand);
    }
}
/** OpenAI's `redacted_value` as real responses show it: first 8, `*` for the middle, last 4, full length. */
function redactedValue(key) {
    return key.slice(0, 8) + '*'.repeat(Math.max(0, key.length - 12)) + key.slice(-4);
}

;// CONCATENATED MODULE: ./test/emulator/openai.ts
// The emulated OpenAI API: projects, service accounts, project API keys (admin routes) and GET /models.

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
    serviceAccounts = new Map();
    keys = new Map();
    requestCount = 0;
    constructor(o) {
        this.o = o;
        this.routes = this.buildRoutes();
    }
    isLive(value) {
        const key = [...this.keys.values()].find((k) => k.value === value);
        if (!key)
            return false;
        if (key.expiresAt !== undefined && now() >= key.expiresAt)
            return false;
        return key.revokedAt === undefined || now() < key.revokedAt + this.o.revocationDelayMs;
    }
    createServiceAccount(name, withKey = true, expiresInSeconds) {
        const sa = { id: this.o.ids.openaiId('user-'), name, createdAt: now() };
        this.serviceAccounts.set(sa.id, sa);
        if (!withKey)
            return { sa };
        const key = {
            id: this.o.ids.openaiId('key_'),
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
    createUserKey() {
        const key = {
            id: this.o.ids.openaiId('key_'),
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
    listedKeys() {
        return [...this.keys.values()].filter((k) => k.revokedAt === undefined);
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
        return req.params.project_id === this.o.projectId
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
                template: p,
                needs: 'admin',
                handle: (req) => this.project(req) ?? {
                    status: 200,
                    body: {
                        id: this.o.projectId,
                        object: 'organization.project',
                        name: 'Emulated project',
                        created_at: 1711471533,
                        archived_at: null,
                        status: 'active'
                    }
                }
            },
            {
                method: 'GET',
                template: `${p}/service_accounts`,
                needs: 'admin',
                handle: (req) => this.project(req) ?? {
                    status: 200,
                    body: pageOf([...this.serviceAccounts.values()].map((sa) => this.saJson(sa)), req.query)
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
                    const sa = this.serviceAccounts.get(req.params.service_account_id ?? '');
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
                        (this.deleteServiceAccount(id)
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
                    const keys = access === 'inactive' ? [] : this.listedKeys();
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
                    const key = this.listedKeys().find((k) => k.id === req.params.api_key_id);
                    return (this.project(req) ??
                        (key ? { status: 200, body: this.keyJson(key) } : openai_error(404, 'No such API key')));
                }
            },
            {
                method: 'DELETE',
                template: `${p}/api_keys/{api_key_id}`,
                needs: 'admin',
                handle: (req) => this.project(req) ?? this.deleteKey(req.params.api_key_id ?? '')
            }
        ];
    }
    createRoute(req) {
        const denied = this.project(req);
        if (denied)
            return denied;
        const body = (req.body ?? {});
        if (typeof body.name !== 'string' || body.name === '')
            return openai_error(400, 'name is required', null);
        const expires = typeof body.expires_in_seconds === 'number' ? body.expires_in_seconds : undefined;
        const { sa, key } = this.createServiceAccount(body.name, body.create_service_account_only !== true, expires);
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
    deleteKey(id) {
        const key = this.keys.get(id);
        if (!key || key.revokedAt !== undefined)
            return openai_error(404, `No such API key: ${id}`);
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
;// CONCATENATED MODULE: ./test/emulator/contract.ts
// Checks every exchange against the official API descriptions, so the emulator cannot drift from the real APIs.
// The GitHub description is 13 MB: it is parsed once per process, on first use, and only the schemas of the
// operations actually exercised are compiled.





const descriptions = new Map();
const contract_require = (0,external_node_module_.createRequire)(import.meta.url);
// ajv-formats is CommonJS with a default export; NodeNext sees the module object.
const addFormats = (dist_default());
function sourceFile(api) {
    if (api === 'github')
        return contract_require.resolve('@octokit/openapi/generated/api.github.com.json');
    return external_node_path_default().resolve(import.meta.dirname, '../fixtures/openai-admin.openapi.json');
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
    const doc = normalize(JSON.parse((0,external_node_fs_.readFileSync)(sourceFile(api), 'utf8')), formats);
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
    if (type === 'array')
        return value.split(',');
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
    const check = (where, name, value) => {
        seen.add(`${where}:${name}`);
        const param = declared.get(`${where}:${name}`);
        if (!param)
            return void problems.push(`${where}: unknown parameter '${name}'`);
        if (where === 'query' && name === 'created' && SEARCH_DATES.test(value))
            return;
        const validate = validator(d, param.schemaAt);
        if (!validate(coerce(value, param.schema))) {
            for (const m of describe(validate.errors))
                problems.push(`${where} '${name}': ${m}`);
        }
    };
    for (const [name, value] of Object.entries(x.params))
        check('path', name, value);
    for (const [name, value] of x.query)
        check('query', name, value);
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

;// CONCATENATED MODULE: ./test/emulator/server.ts
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
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const method = (req.method ?? 'GET').toUpperCase();
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
            this.log.push({ api: service.api, method, path, status, body });
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
        this.send(res, { status: fault.status, body: fault.body ?? service.faultBody(fault.status) }, headers);
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

;// CONCATENATED MODULE: ./test/emulator/index.ts
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
    const projectId = 'proj_emu1';
    const links = { api: '', web: '' };
    const stores = new SecretStores(seed, () => ids.publicKeyId());
    const faults = new Faults();
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
        port: options.port ?? 0
    });
    await server.listen();
    links.api = `${server.url}/github`;
    links.web = `${server.url}/web`;
    return {
        url: server.url,
        githubUrl: `${server.url}/github`,
        openaiUrl: `${server.url}/openai/v1`,
        adminKey,
        projectId,
        token,
        addToken(permissions) {
            const t = ids.githubToken();
            tokens.set(t, { ...permissions });
            return t;
        },
        seedServiceAccount(name = 'okg:seeded') {
            const { sa, key } = openai.createServiceAccount(name);
            return { id: sa.id, key: key.value, keyId: key.id };
        },
        seedUserKey() {
            const key = openai.createUserKey();
            return { key: key.value, keyId: key.id };
        },
        secret: (name, scope = 'repo') => github.secret(scope, name),
        setSecret: (name, value, scope = 'repo') => stores.plant(scope, name, value, Date.now()),
        variable: (name) => github.variables.get(name.toUpperCase())?.value,
        isLive: (key) => openai.isLive(key),
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
        runs: () => github.runs.map((r) => ({
            id: r.id,
            workflow: r.workflowFile,
            status: r.status,
            conclusion: r.conclusion,
            inputs: { ...r.inputs }
        })),
        requests: () => server.log.map((r) => ({ ...r })),
        violations: () => [...server.problems],
        fault: (f) => faults.add(f),
        failSmoke: (on = true) => {
            github.failSmoke = on;
        },
        async close() {
            await github.stop();
            await server.close();
        }
    };
}
/** `openai-key-guard emulator`: starts the emulator and prints what a user pastes into their shell. */
async function serveForCli(port, log) {
    // The demo favours speed: contract checks load a 13 MB description and are for tests.
    const emulator = await startEmulator({ port, strict: false, smokeRunMs: 2000 });
    log(`Emulator listening on ${emulator.url} (GitHub + OpenAI, in memory; emulator-only credentials below)`);
    log(`export GITHUB_API_URL=${emulator.githubUrl}`);
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

// EXTERNAL MODULE: ./src/commands/scan.ts + 14 modules
var scan = __webpack_require__(113);
// EXTERNAL MODULE: ./src/logger.ts
var src_logger = __webpack_require__(6999);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/report/text.ts + 1 modules
var report_text = __webpack_require__(9808);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/demo.ts
// The quick start's first command: everything the action does, on this machine, against the local emulator.
// A sample repository gets a commit with the production key in it; the scan finds it; `on-leak: rotate`
// replaces the key in the (emulated) repository secret, the smoke workflow passes, the leaked key is revoked
// and an incident issue is filed. Nothing leaves 127.0.0.1.










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
async function runDemo() {
    const emulator = await startEmulator({ owner: OWNER, repo: REPO, smokeRunMs: 800, strict: false });
    const current = emulator.seedServiceAccount('chat-service production');
    emulator.setSecret('OPENAI_API_KEY', current.key);
    const repo = sampleRepository(current.key);
    try {
        say(`Emulator: GitHub at ${emulator.githubUrl}, OpenAI at ${emulator.openaiUrl}`);
        say(`Repository secret OPENAI_API_KEY holds ${(0,redact/* redact */.E$)(current.key)} (key ${current.keyId}).`);
        say(`Sample repository ${repo}: its last commit adds settings.py with that key in it.`);
        say();
        say('$ openai-key-guard scan --history --on-leak rotate');
        const inputs = {
            command: 'scan',
            scope: 'history',
            'on-leak': 'rotate',
            'github-token': emulator.token,
            'openai-admin-key': emulator.adminKey,
            'openai-project-id': emulator.projectId,
            'current-key': current.key,
            'smoke-workflow': 'smoke.yml'
        };
        const settings = (0,src_settings/* parseSettings */.P$)((name) => inputs[name] ?? '', {
            GITHUB_WORKSPACE: repo,
            GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
            GITHUB_API_URL: emulator.githubUrl,
            GITHUB_EVENT_NAME: 'push',
            OPENAI_BASE_URL: emulator.openaiUrl
        });
        const logger = (0,src_logger/* consoleLogger */.k)((line) => say(`  ${line}`));
        for (const secret of [emulator.token, emulator.adminKey, current.key])
            logger.setSecret(secret);
        const outcome = await (0,scan/* scanCommand */.x)({ settings, range: { kind: 'history', head: 'HEAD' }, logger });
        say();
        say((0,report_text/* renderText */.S)(outcome.findings, settings.scan.failOn, outcome.scanned).trimEnd());
        for (const note of outcome.notes)
            say(note);
        const now = emulator.secret('OPENAI_API_KEY');
        const rotated = now !== undefined && now !== current.key && emulator.isLive(now);
        const revoked = !emulator.isLive(current.key);
        say();
        say('What the emulator holds now:');
        say(`  OPENAI_API_KEY is ${now ? (0,redact/* redact */.E$)(now) : 'unset'}: ${rotated ? 'a new, live key' : 'NOT rotated'}`);
        say(`  the leaked key ${(0,redact/* redact */.E$)(current.key)} ${revoked ? 'answers 401: revoked' : 'still works'}`);
        const run = emulator.runs().at(-1);
        say(`  smoke run: ${run ? `${run.status}, ${run.conclusion ?? 'no conclusion'}` : 'none'}`);
        const issue = emulator.issues().at(-1);
        if (issue) {
            say();
            say(`Issue #${issue.number} filed: ${issue.title} [${issue.labels.join(', ')}]`);
            say(issue.body.replace(/^/gm, '  | '));
        }
        const ok = outcome.findings.length > 0 &&
            rotated &&
            revoked &&
            run?.conclusion === 'success' &&
            issue !== undefined;
        say();
        say(ok ? 'Demo complete: found, rotated, smoke-tested, revoked, recorded.' : 'Demo FAILED: see above.');
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
