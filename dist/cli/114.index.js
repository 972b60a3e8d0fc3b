export const id = 114;
export const ids = [114];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ githubOrMissing),
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   M: () => (/* binding */ github),
/* harmony export */   Mj: () => (/* binding */ gitHubError),
/* harmony export */   c2: () => (/* binding */ statusOf)
/* harmony export */ });
/* unused harmony export permissionName */
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
    contents: 'Contents'
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

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KR: () => (/* binding */ adminError),
/* harmony export */   MG: () => (/* binding */ openAIAdmin),
/* harmony export */   Oj: () => (/* binding */ matchesRedacted),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   px: () => (/* binding */ adminClient)
/* harmony export */ });
/* unused harmony export checkKey */
/* harmony import */ var openai__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8193);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);



function statusOf(error) {
    return error instanceof openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"].APIError */ .Ay.APIError ? error.status : undefined;
}
function adminError(what, error, baseUrl) {
    const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .HB)(error);
    if (failure)
        return unreachableError(what, failure, baseUrl);
    const status = statusOf(error);
    if (status === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1('OpenAI rejected openai-admin-key (401): create a new Admin key at platform.openai.com → Settings → Organization → Admin keys and store it in the secret you pass as openai-admin-key.');
    }
    if (status === 403) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`OpenAI refused to ${what} (403): the Admin key needs write access to the project's service accounts and API keys.`);
    }
    if (status === 404) {
        // Every admin call names the project; a wrong base URL answers 404 for everything.
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`OpenAI answered 404 (not found) to ${what}: check openai-project-id (the proj_… id in the project's settings) and openai-base-url (now ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(baseUrl) ?? 'unset'}).`);
    }
    if (status !== undefined && status >= 500) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`OpenAI answered ${status} to ${what}, after retries: the service is failing, not this run; try again later.`);
    }
    const detail = status === undefined ? (error instanceof Error ? error.message : String(error)) : `${status}`;
    return new Error((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`OpenAI: could not ${what} (${detail}).`));
}
function unreachableError(what, failure, baseUrl) {
    const host = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hostOf */ .w4)(baseUrl) ?? failure.host ?? 'OpenAI';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`OpenAI: could not reach ${host}: ${failure.reason} (trying to ${what}): check openai-base-url (or OPENAI_BASE_URL) and the network, then run again.`);
}
function toProjectKey(key) {
    const sa = key.owner.service_account;
    return {
        id: key.id,
        name: key.name,
        redactedValue: key.redacted_value,
        createdAt: key.created_at,
        lastUsedAt: key.last_used_at ?? null,
        owner: {
            type: key.owner.type === 'service_account' ? 'service_account' : 'user',
            serviceAccountId: sa?.id,
            serviceAccountName: sa?.name
        }
    };
}
/**
 * The SDK client for admin calls. It retries 408, 409, 429 and 5xx `maxRetries` times, waiting as `retry-after`
 * (or `retry-after-ms`) says when that is at most 60 s, else backing off exponentially up to 8 s.
 */
function adminClient(adminKey, baseURL, maxRetries) {
    // Explicit nulls: the runner's OPENAI_* variables must not leak into admin requests.
    return new openai__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .Ay({
        apiKey: adminKey,
        adminAPIKey: adminKey,
        organization: null,
        project: null,
        baseURL,
        maxRetries,
        timeout: 60_000,
        logLevel: 'off'
    });
}
/** The OpenAI admin API (service accounts and project keys of one project) and the live check of a key. */
function openAIAdmin(options) {
    const { projectId } = options;
    const baseURL = options.baseUrl.replace(/\/+$/, '');
    const client = adminClient(options.adminKey, baseURL, 2);
    const projects = client.admin.organization.projects;
    const call = async (what, run) => {
        try {
            return await run();
        }
        catch (error) {
            throw adminError(what, error, baseURL);
        }
    };
    /** True when the call found nothing to delete: already done. */
    const deleted = async (what, run) => {
        try {
            await run();
            return true;
        }
        catch (error) {
            if (statusOf(error) === 404)
                return false;
            throw adminError(what, error, baseURL);
        }
    };
    return {
        async listServiceAccounts() {
            return call('list the project service accounts', async () => {
                const all = [];
                for await (const sa of projects.serviceAccounts.list(projectId, { limit: 100 })) {
                    all.push({ id: sa.id, name: sa.name, createdAt: sa.created_at });
                }
                return all;
            });
        },
        async createServiceAccount(name, expiresInSeconds) {
            const created = await call('create a service account', () => projects.serviceAccounts.create(projectId, { name, ...(expiresInSeconds ? { expires_in_seconds: expiresInSeconds } : {}) }, { maxRetries: 0 }));
            const key = created.api_key;
            if (!key?.value) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`OpenAI created service account ${created.id} without a key.`);
            }
            options.logger.setSecret(key.value);
            return { id: created.id, name: created.name, keyId: key.id, key: key.value };
        },
        deleteServiceAccount: (id) => deleted(`delete service account ${id}`, () => projects.serviceAccounts.delete(id, { project_id: projectId })),
        async listProjectKeys() {
            return call('list the project API keys', async () => {
                const all = [];
                for await (const key of projects.apiKeys.list(projectId, { limit: 100 }))
                    all.push(toProjectKey(key));
                return all;
            });
        },
        async getProjectKey(id) {
            try {
                return toProjectKey(await projects.apiKeys.retrieve(id, { project_id: projectId }));
            }
            catch (error) {
                if (statusOf(error) === 404)
                    return undefined;
                throw adminError(`read project API key ${id}`, error, baseURL);
            }
        },
        async requestsSince(keyId, since) {
            // GET /organization/usage/{completions,embeddings} with api_key_ids and group_by=api_key_id, 1-minute
            // buckets (at most 1440 a page, next_page for more). Usage data may lag; it only informs the record.
            try {
                let total = 0;
                for (const endpoint of ['completions', 'embeddings']) {
                    let page;
                    do {
                        const query = {
                            start_time: since,
                            bucket_width: '1m',
                            limit: 1440,
                            api_key_ids: [keyId],
                            group_by: ['api_key_id'],
                            ...(page ? { page } : {})
                        };
                        const answer = await client.admin.organization.usage[endpoint](query, { maxRetries: 0 });
                        for (const bucket of answer.data) {
                            for (const result of bucket.results) {
                                if ('num_model_requests' in result && result.api_key_id === keyId) {
                                    total += result.num_model_requests;
                                }
                            }
                        }
                        page = answer.has_more && answer.next_page ? answer.next_page : undefined;
                    } while (page);
                }
                return total;
            }
            catch (error) {
                options.logger.debug(`Usage of ${keyId} could not be read (${statusOf(error) ?? messageOf(error)}).`);
                return undefined;
            }
        },
        async deleteProjectKey(id) {
            try {
                await projects.apiKeys.delete(id, { project_id: projectId });
                return 'deleted';
            }
            catch (error) {
                const status = statusOf(error);
                if (status === 404)
                    return 'missing';
                // OpenAI has refused to delete service-account keys by id ("delete the service account instead").
                if (status === 400 || status === 409 || status === 422)
                    return 'refused';
                throw adminError(`delete project API key ${id}`, error, baseURL);
            }
        },
        checkKey: (key) => checkKey(baseURL, key)
    };
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
/** GET /models with the key itself: 200 → live, 401/403 → invalid. Other answers are errors, not verdicts. */
async function checkKey(baseUrl, key) {
    let response;
    try {
        response = await fetch(`${baseUrl.replace(/\/+$/, '')}/models`, {
            headers: { Authorization: `Bearer ${key}` },
            signal: AbortSignal.timeout(30_000)
        });
    }
    catch (error) {
        const failure = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .unreachable */ .HB)(error);
        if (failure)
            throw unreachableError('check a key with GET /models', failure, baseUrl);
        throw new Error((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`OpenAI: GET /models failed: ${error instanceof Error ? error.message : String(error)}`));
    }
    await response.body?.cancel();
    if (response.ok)
        return 'live';
    if (response.status === 401 || response.status === 403)
        return 'invalid';
    if (response.status >= 500) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ServiceError */ ._7(`OpenAI answered ${response.status} to GET /models: the service is failing; try again later.`);
    }
    throw new Error(`OpenAI: GET /models answered ${response.status}.`);
}
/**
 * Whether a project key's `redacted_value` can be this key. Two forms exist: the docs show `sk-abc...def`;
 * real answers show the first 8 characters, `*` for the middle and the last 4, at the key's full length.
 */
function matchesRedacted(key, redacted) {
    const ellipsis = /^(.+?)(?:\.\.\.|…)(.+)$/.exec(redacted);
    if (ellipsis) {
        const [, head = '', tail = ''] = ellipsis;
        return key.length >= head.length + tail.length && key.startsWith(head) && key.endsWith(tail);
    }
    const stars = /^([^*]+)\*+([^*]+)$/.exec(redacted);
    if (stars) {
        const [, head = '', tail = ''] = stars;
        return key.length === redacted.length && key.startsWith(head) && key.endsWith(tail);
    }
    return false;
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/* harmony import */ var _quote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9166);
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


/***/ })

};
