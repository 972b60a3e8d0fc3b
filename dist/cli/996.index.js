export const id = 996;
export const ids = [996];
export const modules = {

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

/***/ 5039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ gitHubIssues)
/* harmony export */ });
/* unused harmony export rotationMarker */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6584);

/** The hidden line that ties an issue to its rotation, so a resumed rotation comments instead of opening another. */
function rotationMarker(rotationId) {
    return `<!-- openai-key-guard rotation ${rotationId} -->`;
}
function gitHubIssues(octokit, owner, repo) {
    return {
        async record({ rotationId, title, body, labels }) {
            const marker = rotationMarker(rotationId);
            const open = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)('list open issues', () => octokit.rest.issues.listForRepo({ owner, repo, state: 'open', per_page: 100, labels: labels[0] }));
            const same = open.data.find((issue) => !issue.pull_request && (issue.body ?? '').includes(marker));
            if (same) {
                await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)(`comment on issue #${same.number}`, () => octokit.rest.issues.createComment({
                    owner,
                    repo,
                    issue_number: same.number,
                    body: `**${title}**\n\n${body}`
                }));
                // Labels the record asks for now (an escalation) join the ones the issue has.
                const have = same.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
                if (labels.some((l) => !have.includes(l))) {
                    await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)(`label issue #${same.number}`, () => octokit.rest.issues.update({
                        owner,
                        repo,
                        issue_number: same.number,
                        labels: [...new Set([...have, ...labels])]
                    }));
                }
                return same.html_url;
            }
            const created = await (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .github */ .M)('open an issue', () => octokit.rest.issues.create({ owner, repo, title, body: `${body}\n\n${marker}`, labels }));
            return created.data.html_url;
        }
    };
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

/***/ 9996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WS: () => (/* binding */ revokeLeakedKey),
  e$: () => (/* binding */ rotate)
});

// UNUSED EXPORTS: machineOptions

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./node_modules/libsodium-wrappers/dist/modules-esm/libsodium-wrappers.mjs + 1 modules
var libsodium_wrappers = __webpack_require__(4768);
;// CONCATENATED MODULE: ./src/crypto/seal.ts

/**
 * Encrypts a secret for GitHub's secrets API: an anonymous sealed box (`crypto_box_seal`) under the store's
 * public key, both sides in base64 ORIGINAL (GitHub rejects URL-safe base64).
 */
async function sealSecret(value, publicKeyBase64) {
    await libsodium_wrappers/* default.ready */.Ay.ready;
    const publicKey = libsodium_wrappers/* default.from_base64 */.Ay.from_base64(publicKeyBase64, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
    const sealed = libsodium_wrappers/* default */.Ay.crypto_box_seal(libsodium_wrappers/* default.from_string */.Ay.from_string(value), publicKey);
    return libsodium_wrappers/* default.to_base64 */.Ay.to_base64(sealed, libsodium_wrappers/* default.base64_variants */.Ay.base64_variants.ORIGINAL);
}

;// CONCATENATED MODULE: ./src/github/secrets.ts


function describeTarget(target) {
    switch (target.kind) {
        case 'repo':
            return 'repository';
        case 'environment':
            return `environment ${target.name}`;
        case 'org':
            return `organization ${target.org}`;
        case 'dependabot':
            return 'Dependabot';
    }
}
/** Sealed-box writes of one secret name into repository, environment, organization and Dependabot stores. */
function gitHubSecrets(octokit, owner, repo, secretName) {
    const publicKey = async (target) => {
        const what = `read the ${describeTarget(target)} secrets public key`;
        switch (target.kind) {
            case 'repo':
                return (await (0,client/* github */.M)(what, () => octokit.rest.actions.getRepoPublicKey({ owner, repo }))).data;
            case 'environment':
                return (await (0,client/* github */.M)(what, () => octokit.rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name: target.name }))).data;
            case 'org':
                return (await (0,client/* github */.M)(what, () => octokit.rest.actions.getOrgPublicKey({ org: target.org }))).data;
            case 'dependabot':
                return (await (0,client/* github */.M)(what, () => octokit.rest.dependabot.getRepoPublicKey({ owner, repo }))).data;
        }
    };
    // An org secret's audience is the org admins' choice: keep it; a new one is shared with this repository only.
    const orgAudience = async (org) => {
        const existing = await (0,client/* githubOrMissing */.Hb)(`read organization secret ${secretName}`, () => octokit.rest.actions.getOrgSecret({ org, secret_name: secretName }));
        if (existing && existing.data.visibility !== 'selected')
            return { visibility: existing.data.visibility };
        if (existing) {
            const repos = await (0,client/* github */.M)(`list the repositories of organization secret ${secretName}`, () => octokit.paginate(octokit.rest.actions.listSelectedReposForOrgSecret, {
                org,
                secret_name: secretName,
                per_page: 100
            }));
            return { visibility: 'selected', selected_repository_ids: repos.map((r) => r.id) };
        }
        const self = await (0,client/* github */.M)('read the repository', () => octokit.rest.repos.get({ owner, repo }));
        return { visibility: 'selected', selected_repository_ids: [self.data.id] };
    };
    return {
        async check(targets) {
            for (const target of targets)
                await publicKey(target);
        },
        async put(target, value) {
            const { key_id, key } = await publicKey(target);
            const encrypted_value = await sealSecret(value, key);
            const what = `write secret ${secretName} (${describeTarget(target)})`;
            const sealed = { secret_name: secretName, encrypted_value, key_id };
            switch (target.kind) {
                case 'repo':
                    await (0,client/* github */.M)(what, () => octokit.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...sealed }));
                    return;
                case 'environment':
                    await (0,client/* github */.M)(what, () => octokit.rest.actions.createOrUpdateEnvironmentSecret({
                        owner,
                        repo,
                        environment_name: target.name,
                        ...sealed
                    }));
                    return;
                case 'org': {
                    const audience = await orgAudience(target.org);
                    await (0,client/* github */.M)(what, () => octokit.rest.actions.createOrUpdateOrgSecret({ org: target.org, ...sealed, ...audience }));
                    return;
                }
                case 'dependabot':
                    await (0,client/* github */.M)(what, () => octokit.rest.dependabot.createOrUpdateRepoSecret({ owner, repo, ...sealed }));
                    return;
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/github/variables.ts

/** Repository variables: plain text the next run can read back (rotation state; never a secret). */
function gitHubVariables(octokit, owner, repo) {
    const exists = new Set();
    return {
        async get(name) {
            const found = await (0,client/* githubOrMissing */.Hb)(`read variable ${name}`, () => octokit.rest.actions.getRepoVariable({ owner, repo, name }));
            if (found)
                exists.add(name);
            return found?.data.value;
        },
        async set(name, value) {
            if (exists.has(name)) {
                await (0,client/* github */.M)(`update variable ${name}`, () => octokit.rest.actions.updateRepoVariable({ owner, repo, name, value }));
                return;
            }
            try {
                await octokit.rest.actions.createRepoVariable({ owner, repo, name, value });
            }
            catch (error) {
                // Created meanwhile (or never read): update it instead.
                if ((0,client/* statusOf */.c2)(error) !== 409 && (0,client/* statusOf */.c2)(error) !== 422)
                    throw (0,client/* gitHubError */.Mj)(`create variable ${name}`, error);
                await (0,client/* github */.M)(`update variable ${name}`, () => octokit.rest.actions.updateRepoVariable({ owner, repo, name, value }));
            }
            exists.add(name);
        }
    };
}

;// CONCATENATED MODULE: ./src/github/workflows.ts

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Dispatches workflows (deploy, smoke) and waits for their conclusions; tells whether a run is still going.
 *
 * No inputs are sent: GitHub rejects a dispatch that carries inputs the workflow does not declare (422
 * "Unexpected inputs provided"), so the smoke workflow reads the secret name itself. `return_run_details`
 * gives the run id; servers that reject it get a plain dispatch, and the run is the newest workflow_dispatch run
 * of that workflow created since (the documented `concurrency` group keeps it to one rotation at a time).
 */
function gitHubWorkflows(octokit, options) {
    const { owner, repo, logger } = options;
    const sleep = options.sleep ?? delay;
    const idOf = (workflow) => (/^\d+$/.test(workflow) ? Number(workflow) : workflow);
    const ref = async () => {
        if (options.ref)
            return options.ref;
        const { data } = await (0,client/* github */.M)('read the repository', () => octokit.rest.repos.get({ owner, repo }));
        return data.default_branch;
    };
    const findRun = async (workflow, since) => {
        // Runs appear a few seconds after the dispatch; GitHub's clock may differ from ours by a little.
        const created = `>=${new Date(since.getTime() - 60_000).toISOString().replace(/\.\d+Z$/, 'Z')}`;
        for (let attempt = 0; attempt < 10; attempt++) {
            const { data } = await (0,client/* github */.M)(`list runs of workflow ${workflow}`, () => octokit.rest.actions.listWorkflowRuns({
                owner,
                repo,
                workflow_id: idOf(workflow),
                event: 'workflow_dispatch',
                created,
                per_page: 20
            }));
            const newest = data.workflow_runs
                .filter((r) => Date.parse(r.created_at) >= since.getTime() - 5_000)
                .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id)[0];
            if (newest)
                return { id: newest.id, url: newest.html_url };
            await sleep(options.pollMs * (attempt + 1));
        }
        throw new Error(`GitHub: the run of workflow ${workflow} did not appear after the dispatch.`);
    };
    return {
        async dispatch(workflow) {
            const workflow_id = idOf(workflow);
            const what = `dispatch workflow ${workflow}`;
            const branch = await ref();
            const since = new Date();
            try {
                const response = await octokit.rest.actions.createWorkflowDispatch({
                    owner,
                    repo,
                    workflow_id,
                    ref: branch,
                    inputs: {},
                    return_run_details: true
                });
                // Octokit types the body as the 204's (never); the 200 carries the run.
                const details = response.data;
                if (typeof details?.workflow_run_id === 'number') {
                    return { id: details.workflow_run_id, url: details.html_url };
                }
            }
            catch (error) {
                const status = (0,client/* statusOf */.c2)(error);
                if (status !== 400 && status !== 422)
                    throw (0,client/* gitHubError */.Mj)(what, error);
                logger.debug(`The server rejected return_run_details (${status}); dispatching without it.`);
                await (0,client/* github */.M)(what, () => octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id, ref: branch, inputs: {} }));
            }
            return findRun(workflow, since);
        },
        async runStatus(runId) {
            // GET /repos/{owner}/{repo}/actions/runs/{run_id}: `status` is queued, in_progress, waiting, … or completed.
            try {
                const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
                return data.status === 'completed' ? 'ended' : 'running';
            }
            catch (error) {
                logger.debug(`Could not read workflow run ${runId} (${(0,client/* statusOf */.c2)(error) ?? 'no answer'}).`);
                return 'unknown';
            }
        },
        async wait(run, timeoutMs) {
            const deadline = Date.now() + timeoutMs;
            let interval = options.pollMs;
            let url = run.url;
            for (;;) {
                const { data } = await (0,client/* github */.M)(`read workflow run ${run.id}`, () => octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id }));
                url = data.html_url || url;
                if (data.status === 'completed') {
                    return {
                        conclusion: data.conclusion === 'success' ? 'success' : 'failure',
                        url
                    };
                }
                if (Date.now() + interval > deadline)
                    return { conclusion: 'timed-out', url };
                await sleep(interval);
                interval = Math.min(Math.round(interval * 1.5), 30_000);
            }
        }
    };
}

// EXTERNAL MODULE: ./src/openai/admin.ts
var openai_admin = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/rotate/state.ts
// The rotation state lives in a repository variable, and anyone with Variables: write can edit it. So it is read
// as hostile input: every field must have the shape this program writes, or the run stops with one line and
// changes nothing. (Treating a bad state as "no state" would start a new rotation over a half-promoted one, and
// the orphan sweep could then delete the account whose key some targets hold: an outage.) What the fields
// may name is limited elsewhere: service accounts named in the state are deleted only when their name carries
// this repository's and this secret's prefix (run.ts, deleteOwnAccount).


/** `OPENAI_KEY_GUARD_STATE_<SECRET>`: one variable per secret, so rotations of different secrets never mix. */
function stateVariableName(secretName) {
    return `OPENAI_KEY_GUARD_STATE_${secretName.toUpperCase()}`;
}
const STEPS = [
    'creating',
    'created',
    'promoting',
    'promoted',
    'old-revoked',
    'smoked',
    'draining',
    'finished',
    'rolled-back'
];
// The shapes this program writes. OpenAI's ids: the API description's examples show `svc_acct_abc` and `key_abc`
// (openai-admin.openapi.json), while service accounts are also users of the project and come back with
// `user-…` ids (as the emulator issues them). None of these admits a space, a colon or a newline, so no field
// can carry a workflow command or markdown into a log line or an issue.
const ROTATION_ID = /^\d{8}T\d{6}Z-[a-z0-9]{1,12}$/;
const SERVICE_ACCOUNT_ID = /^(svc_acct_|user-)[A-Za-z0-9_-]{1,64}$/;
const KEY_ID = /^key_[A-Za-z0-9_-]{1,64}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const RUN_LABEL = /^(\d{1,20}(-\d{1,4})?|local-[a-z0-9]{1,16})$/;
const SEAL = /^[A-Za-z0-9_-]{43}$/;
const TRIGGERS = ['schedule', 'manual', 'leak'];
/** Far more than any rotation writes (run.ts keeps the timeline to 60 entries). */
const MAX_LIST = 100;
class InvalidState extends Error {
}
function check(ok, what) {
    if (!ok)
        throw new InvalidState(what);
}
const isString = (v) => typeof v === 'string';
const isTimestamp = (v) => isString(v) && TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v));
const matches = (v, shape) => isString(v) && shape.test(v);
const optional = (v, ok) => v === undefined || ok(v);
function checkTimeline(value) {
    check(Array.isArray(value) && value.length <= MAX_LIST, `timeline is not a list of at most ${MAX_LIST} entries`);
    for (const [i, entry] of value.entries()) {
        check(typeof entry === 'object' && entry !== null && !Array.isArray(entry), `timeline[${i}] is not an object`);
        const e = entry;
        const keys = Object.keys(e);
        check(keys.every((k) => ['step', 'at', 'run'].includes(k)), `timeline[${i}] has an unknown field`);
        check(e.step === 'resumed' || STEPS.includes(e.step), `timeline[${i}].step is not a step name`);
        check(isTimestamp(e.at), `timeline[${i}].at is not a UTC timestamp`);
        check(matches(e.run, RUN_LABEL), `timeline[${i}].run is not a run id`);
    }
}
const FIELDS = {
    version: (v) => check(v === 1, 'version is not 1 (written by another version of openai-key-guard?)'),
    rotationId: (v) => check(matches(v, ROTATION_ID), 'rotationId is not a rotation id'),
    step: (v) => check(STEPS.includes(v), 'step is not a step name'),
    trigger: (v) => check(TRIGGERS.includes(v), 'trigger is not schedule, manual or leak'),
    startedAt: (v) => check(isTimestamp(v), 'startedAt is not a UTC timestamp'),
    updatedAt: (v) => check(isTimestamp(v), 'updatedAt is not a UTC timestamp'),
    newServiceAccountId: (v) => check(optional(v, (x) => matches(x, SERVICE_ACCOUNT_ID)), 'newServiceAccountId is not a service account id'),
    newKeyId: (v) => check(optional(v, (x) => matches(x, KEY_ID)), 'newKeyId is not a key id'),
    oldKeyId: (v) => check(optional(v, (x) => matches(x, KEY_ID)), 'oldKeyId is not a key id'),
    oldServiceAccountId: (v) => check(optional(v, (x) => matches(x, SERVICE_ACCOUNT_ID)), 'oldServiceAccountId is not a service account id'),
    keptServiceAccountIds: (v) => check(optional(v, (x) => Array.isArray(x) && x.length <= MAX_LIST && x.every((id) => matches(id, SERVICE_ACCOUNT_ID))), 'keptServiceAccountIds is not a list of service account ids'),
    promotedAt: (v) => check(optional(v, isTimestamp), 'promotedAt is not a UTC timestamp'),
    escalatedAt: (v) => check(optional(v, isTimestamp), 'escalatedAt is not a UTC timestamp'),
    owner: (v) => check(optional(v, (x) => {
        if (typeof x !== 'object' || x === null || Array.isArray(x))
            return false;
        const o = x;
        return (Object.keys(o).every((k) => k === 'runId' || k === 'attempt') &&
            Number.isSafeInteger(o.runId) &&
            o.runId > 0 &&
            Number.isInteger(o.attempt) &&
            o.attempt >= 1 &&
            o.attempt < 10_000);
    }), 'owner is not a workflow run id and attempt'),
    seal: (v) => check(optional(v, (x) => matches(x, SEAL)), 'seal is not a seal'),
    timeline: (v) => {
        if (v !== undefined)
            checkTimeline(v);
    }
};
/**
 * The state as saved by this program, or undefined when the variable is absent or empty. Anything else throws
 * a ConfigurationError naming the first bad field; the message quotes nothing from the variable.
 */
function parseState(text, variable = 'the rotation state variable') {
    if (!text?.trim())
        return undefined;
    try {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            throw new InvalidState('it is not JSON');
        }
        check(typeof value === 'object' && value !== null && !Array.isArray(value), 'it is not a JSON object');
        const fields = value;
        const unknown = Object.keys(fields).filter((k) => !(k in FIELDS));
        check(unknown.length === 0, `it has ${unknown.length} unknown field(s)`);
        for (const [name, validate] of Object.entries(FIELDS))
            validate(fields[name]);
        return fields;
    }
    catch (error) {
        if (!(error instanceof InvalidState))
            throw error;
        throw new errors/* ConfigurationError */.j1(`${variable} does not hold a rotation state this program wrote: ${error.message}. ` +
            'It holds no secret: fix that field, or delete the variable when no rotation is under way.');
    }
}
/** The rotation state in a repository variable: ids, steps and times only, never a key. */
function variableState(variables, secretName) {
    const name = stateVariableName(secretName);
    return {
        load: async () => parseState(await variables.get(name), `Repository variable ${name}`),
        save: (state) => variables.set(name, JSON.stringify(state))
    };
}
/**
 * A MAC over the fields that decide what a resumed rotation deletes and revokes, keyed by the Admin key: someone
 * who can edit the variable but does not hold the Admin key cannot make a state that names another key as the
 * one to revoke, or make a run take over a rotation whose owner is alive. Times and the timeline are left out:
 * they decide nothing that a later run deletes.
 */
function sealOf(state, adminKey) {
    const key = (0,external_node_crypto_.createHmac)('sha256', adminKey).update('openai-key-guard rotation state v1').digest();
    const fields = [
        state.rotationId,
        state.step,
        state.trigger,
        state.newServiceAccountId ?? null,
        state.newKeyId ?? null,
        state.oldKeyId ?? null,
        state.oldServiceAccountId ?? null,
        state.keptServiceAccountIds ?? [],
        // Who owns it decides whether another run takes it over: an edited owner must not start a second run on it.
        state.owner ?? null
    ];
    return (0,external_node_crypto_.createHmac)('sha256', key).update(JSON.stringify(fields)).digest('base64url');
}
function sealState(state, adminKey) {
    return { ...state, seal: sealOf(state, adminKey) };
}
function isSealed(state, adminKey) {
    return state.seal === sealOf(state, adminKey);
}
/** Written and finished rotations leave nothing to resume. */
function isSettled(state) {
    return !state || state.step === 'finished' || state.step === 'rolled-back';
}

;// CONCATENATED MODULE: ./src/rotate/run.ts

/** Thrown by the crashAt hook only. */
class Crash extends Error {
    name = 'Crash';
}
/** A crash point (see CrashPoint): throws a Crash when the run was asked to stop here. */
function crashPoint(run, point) {
    if (run.o.crashAt === point)
        throw new Crash(`crash at ${point}`);
}
/** Every service account of ours for this secret is named with this prefix and the rotation id. */
function serviceAccountPrefix(owner, repo, secretName) {
    return `okg:${owner}/${repo}:${secretName}:`;
}
function ownPrefix(o) {
    return serviceAccountPrefix(o.owner, o.repo, o.settings.secretName);
}
/**
 * Deletes a service account of ours; true when it was deleted, false when it was gone. An id this run did not
 * create may come from the state variable, which anyone with Variables: write can edit: it is deleted only when
 * the account's name carries this repository's and this secret's prefix, so a state naming another team's
 * account deletes nothing.
 */
async function deleteOwnAccount(run, id) {
    const { admin } = run.o.ports;
    if (run.created?.id !== id) {
        const account = (await admin.listServiceAccounts()).find((sa) => sa.id === id);
        if (!account)
            return false;
        if (!account.name.startsWith(ownPrefix(run.o))) {
            run.notes.push(`Service account ${id} named in the rotation state is not one of this secret's (its name does not start with ${ownPrefix(run.o)}): it was left alone.`);
            run.o.logger.warning(run.notes.at(-1));
            return false;
        }
    }
    return admin.deleteServiceAccount(id);
}
/** The longest timeline the state keeps: the latest entries win (a drain that waits for days adds many). */
const TIMELINE_LIMIT = 60;
/** Adds an entry to the timeline; it is stored with the next save. */
function mark(run, step, at = new Date(run.o.now()).toISOString()) {
    const entry = { step, at, run: run.o.runLabel };
    run.state = { ...run.state, timeline: [...(run.state.timeline ?? []), entry].slice(-TIMELINE_LIMIT) };
}
/**
 * Once saved, a run killed after this point leaves this step for the next run to finish or undo. The state names
 * this run as its owner while the rotation is under way, so that another run can ask GitHub whether it is still
 * alive; a rotation that is settled, or draining between runs, has no owner.
 */
async function save(run, step) {
    const at = new Date(run.o.now()).toISOString();
    mark(run, step, at);
    const idle = step === 'draining' || step === 'finished' || step === 'rolled-back';
    const owner = !idle && run.o.run ? { runId: run.o.run.id, attempt: run.o.run.attempt } : undefined;
    const { owner: _previous, ...rest } = run.state;
    run.state = sealState({
        ...rest,
        step,
        updatedAt: at,
        ...(step === 'promoted' ? { promotedAt: at } : {}),
        ...(owner ? { owner } : {})
    }, run.o.settings.adminKey);
    await run.o.ports.state.save(run.state);
}
const run_delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls with a doubling interval (capped at 10 s) until done() or the timeout; false on timeout. */
async function waitUntil(o, timeoutMs, done) {
    const sleep = o.sleep ?? run_delay;
    const deadline = Date.now() + timeoutMs;
    let interval = o.pollMs ?? 1000;
    for (;;) {
        if (await done())
            return true;
        if (Date.now() + interval > deadline)
            return false;
        await sleep(interval);
        interval = Math.min(interval * 2, 10_000);
    }
}
function outcome(run, result, message, issueUrl) {
    return {
        result,
        newKeyId: run.state.newKeyId,
        oldKeyId: run.old?.keyId ?? run.state.oldKeyId,
        revoked: run.revoked,
        smokeRunUrl: run.smokeRunUrl,
        issueUrl,
        message
    };
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./src/rotate/create.ts
// create: a new service account named after the rotation, with its key; then wait until the key answers.
// The account's name (our prefix + the rotation id) is how a later run finds it when this run dies mid-create.



function accountName(run) {
    return ownPrefix(run.o) + run.state.rotationId;
}
/**
 * The SDK never retries this POST (a retry would make an untracked key): a create that failed may still have
 * made the account, so find it by name and delete it, then try once more.
 */
async function createAccount(run) {
    const { o } = run;
    const { admin } = o.ports;
    const name = accountName(run);
    let created;
    for (let attempt = 1; !created; attempt++) {
        try {
            created = await admin.createServiceAccount(name, o.settings.keyExpirySeconds);
        }
        catch (error) {
            if (error instanceof errors/* ConfigurationError */.j1)
                throw error;
            const leftovers = (await admin.listServiceAccounts()).filter((sa) => sa.name === name);
            for (const sa of leftovers)
                await admin.deleteServiceAccount(sa.id);
            o.logger.warning(`Creating service account ${name} failed (${messageOf(error)}); ` +
                `${leftovers.length ? `deleted the ${leftovers.length} it made anyway; ` : ''}` +
                `${attempt < 2 ? 'trying once more.' : 'giving up.'}`);
            if (attempt >= 2)
                throw error;
        }
    }
    run.created = created;
    run.newRedacted = (0,redact/* redact */.E$)(created.key);
    run.state = { ...run.state, newServiceAccountId: created.id, newKeyId: created.keyId };
    return created;
}
/** The new key must answer GET /models before any secret holds it; one that never does is deleted. */
async function confirmLive(run, created) {
    const { o } = run;
    const { admin } = o.ports;
    const live = await waitUntil(o, o.liveWaitMs ?? 60_000, async () => (await admin.checkKey(created.key)) === 'live');
    if (!live) {
        await admin.deleteServiceAccount(created.id);
        await save(run, 'rolled-back');
        throw new Error(`The new key ${created.keyId} never answered GET /models; it was deleted. The old key is unchanged.`);
    }
    o.logger.info(`Created service account ${created.id} with key ${created.keyId} (${run.newRedacted}); it is live.`);
}
/** Undo after a failure in this run: no secret holds the new key yet, so its account just goes. */
async function undoCreate(run) {
    if (run.state.newServiceAccountId)
        await deleteOwnAccount(run, run.state.newServiceAccountId);
    await save(run, 'rolled-back');
}
/**
 * Undo for a run that died mid-create: the account may exist without its id saved, so find it by name too. The
 * id comes from the state: an account it names goes only when its name is one of ours.
 */
async function undoUnrecordedCreate(run) {
    const { admin } = run.o.ports;
    const name = accountName(run);
    const prefix = ownPrefix(run.o);
    const mine = (await admin.listServiceAccounts()).filter((sa) => sa.name === name || (sa.id === run.state.newServiceAccountId && sa.name.startsWith(prefix)));
    for (const sa of mine)
        await admin.deleteServiceAccount(sa.id);
    await save(run, 'rolled-back');
}

;// CONCATENATED MODULE: ./src/rotate/drain.ts
const drain_delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Whether the old key must drain before it is revoked: not for a leak, `revoke: never`, or drain-quiet 0. */
function needsDrain(run) {
    const { settings } = run.o;
    return (!!run.old && run.state.step !== 'old-revoked' && settings.revoke !== 'never' && settings.drainQuietMs > 0);
}
/**
 * Waits, for at most drain-wait, until the old key has gone unused for drain-quiet since
 * max(promotion, last_used_at). Polls no more often than the earliest moment that could be true, and at most
 * once a minute: each poll is one Admin API call.
 */
async function drain(run) {
    const { o, old } = run;
    if (!old)
        return { drained: true };
    const quiet = o.settings.drainQuietMs;
    const promotedAt = Date.parse(run.state.promotedAt ?? run.state.updatedAt);
    const sleep = o.sleep ?? drain_delay;
    const deadline = o.now() + o.settings.drainWaitMs;
    let lastUsedAt;
    for (let polls = 0;; polls++) {
        const key = await o.ports.admin.getProjectKey(old.keyId);
        if (!key) {
            o.logger.info(`The old key ${old.keyId} is already gone from the project: nothing left to drain.`);
            return { drained: true };
        }
        lastUsedAt = key.lastUsedAt === null ? undefined : key.lastUsedAt * 1000;
        const since = Math.max(promotedAt, lastUsedAt ?? 0);
        if (polls === 0) {
            // Which freshness we met is worth a line: the description promises none.
            o.logger.info(lastUsedAt === undefined
                ? `OpenAI reports no use of the old key ${old.keyId} (last_used_at is null).`
                : `OpenAI reports the old key ${old.keyId} last used at ${new Date(lastUsedAt).toISOString()}` +
                    ` (${lastUsedAt > promotedAt ? 'after' : 'before'} the promotion at ${new Date(promotedAt).toISOString()}).`);
        }
        const quietFor = o.now() - since;
        if (quietFor >= quiet) {
            o.logger.info(`The old key ${old.keyId} has gone unused for ${Math.round(quietFor / 1000)}s (drain-quiet ${Math.round(quiet / 1000)}s): it can go.`);
            return { drained: true, lastUsedAt };
        }
        const wait = Math.max(o.pollMs ?? 1000, Math.min(quiet - quietFor, 60_000));
        if (o.now() + wait > deadline)
            break;
        await sleep(wait);
    }
    const requests = await o.ports.admin.requestsSince(old.keyId, Math.floor(promotedAt / 1000));
    return { drained: false, lastUsedAt, requests };
}
/** A duration as a person writes it: 45s, 30 min, 6 h, 7 d. */
function duration(ms) {
    if (ms < 120_000)
        return `${Math.round(ms / 1000)}s`;
    if (ms < 7_200_000)
        return `${Math.round(ms / 60_000)} min`;
    if (ms < 172_800_000)
        return `${Math.round(ms / 3_600_000)} h`;
    return `${Math.round(ms / 86_400_000)} d`;
}
/** The warning a rotation ends with while the old key is still in use: who should do what. */
function drainingMessage(run, facts) {
    const { o, old } = run;
    // OpenAI's own redacted form keeps the key's full length in stars: show it short, as the rest of the output does.
    const shown = old?.redacted.replace(/\*{4,}/, '…') || '(redacted form unknown)';
    const last = facts.lastUsedAt === undefined ? '' : ` It was last used at ${new Date(facts.lastUsedAt).toISOString()}`;
    const served = facts.requests === undefined
        ? ''
        : `${last ? ',' : ' It'} served ${facts.requests} request(s) since the new key was promoted`;
    return (`${o.settings.secretName}: the new key ${run.state.newKeyId} is in every target, but the old key ${shown} (${old?.keyId ?? '?'}) is still in use, so it is not revoked yet.` +
        `${last}${served}${last || served ? '.' : ''}` +
        ` Redeploy whatever still holds the old key (servers, containers, functions, other repositories): the next run of this rotation revokes it once it has gone unused for ${duration(o.settings.drainQuietMs)} (drain-quiet).`);
}

;// CONCATENATED MODULE: ./src/rotate/finish.ts
// finish: the old key goes (or is kept, as `revoke: never` asks), and the message says what the rotation did.

/** Deletes the old key (its service account when it is ours); 404 is success. Then waits for it to answer 401. */
async function revokeOld(run) {
    const { o, old } = run;
    if (!old) {
        run.notes.push(`The old key was not revoked: ${run.oldNote ?? 'it is unknown.'}`);
        return;
    }
    const { admin } = o.ports;
    let alreadyGone;
    if (old.ownServiceAccountId) {
        alreadyGone = !(await deleteOwnAccount(run, old.ownServiceAccountId));
    }
    else {
        const deleted = await admin.deleteProjectKey(old.keyId);
        if (deleted === 'refused' && old.soleKeyOf) {
            alreadyGone = !(await admin.deleteServiceAccount(old.soleKeyOf));
        }
        else if (deleted === 'refused') {
            run.notes.push(`OpenAI refused to delete the old key ${old.keyId} and its service account holds other keys: revoke it at platform.openai.com → API keys.`);
            return;
        }
        else {
            alreadyGone = deleted === 'missing';
        }
    }
    run.revoked = true;
    o.logger.info(`Revoked the old key ${old.keyId}${alreadyGone ? ' (it was already gone)' : ''}.`);
    const currentKey = o.settings.currentKey;
    if (!currentKey || !old.isCurrentKey)
        return;
    const dead = await waitUntil(o, o.revokeConfirmMs ?? 30_000, async () => (await admin.checkKey(currentKey)) === 'invalid');
    if (!dead)
        o.logger.warning(`The old key ${old.keyId} still answers GET /models; OpenAI may take a while to revoke it.`);
}
/** Success: revoke the old key unless a leak already did or `revoke: never` keeps it. */
async function finish(run) {
    const { o } = run;
    if (run.state.step === 'old-revoked')
        return;
    if (o.settings.revoke === 'never') {
        const kept = run.old?.ownServiceAccountId;
        if (kept)
            run.state.keptServiceAccountIds = [...(run.state.keptServiceAccountIds ?? []), kept];
        run.notes.push(`revoke is never: the old key ${run.old?.keyId ?? '(unknown)'} stays valid.`);
    }
    else {
        await revokeOld(run);
    }
}
function rotatedMessage(run, resumed) {
    const { o } = run;
    const old = run.revoked
        ? `old key ${run.old?.keyId ?? run.state.oldKeyId} revoked`
        : `old key ${run.old?.keyId ?? run.state.oldKeyId ?? '(unknown)'} not revoked`;
    const notes = run.notes.length ? ` ${run.notes.join(' ')}` : '';
    return (`${resumed ? `Finished rotation ${run.state.rotationId} left by an earlier run: ` : 'Rotated '}` +
        `${o.settings.secretName}: new key ${run.state.newKeyId} in ${o.settings.targets.length} target(s), ${old}.${notes}`);
}

;// CONCATENATED MODULE: ./src/rotate/plan.ts
// plan: read the state, both credentials and every target before anything is written; find the key the rotation
// replaces; decide whether to go (or resume), skip, or only describe (dry run). Also the clean-up of orphans.






/** What revoking this project key takes, and whether current-key is it. */
function oldKeyOf(k, keys, ownPrefix, currentKey) {
    const isCurrentKey = !!currentKey && (0,openai_admin/* matchesRedacted */.Oj)(currentKey, k.redactedValue);
    const account = k.owner.serviceAccountId;
    return {
        keyId: k.id,
        createdAt: k.createdAt,
        redacted: isCurrentKey && currentKey ? (0,redact/* redact */.E$)(currentKey) : k.redactedValue,
        isCurrentKey,
        soleKeyOf: account && keys.filter((other) => other.owner.serviceAccountId === account).length === 1
            ? account
            : undefined,
        ownServiceAccountId: k.owner.serviceAccountName?.startsWith(ownPrefix) ? account : undefined
    };
}
/** The old key: `current-key` matched to one project key wins (it is the secret's value now), else the state. */
function identifyOldKey(keys, ownPrefix, currentKey, currentServiceAccountId) {
    const toOld = (k) => oldKeyOf(k, keys, ownPrefix, currentKey);
    let note;
    if (currentKey) {
        const matches = keys.filter((k) => (0,openai_admin/* matchesRedacted */.Oj)(currentKey, k.redactedValue));
        if (matches.length === 1)
            return { old: toOld(matches[0]) };
        note =
            matches.length > 1
                ? `current-key matches ${matches.length} project keys (${matches.map((k) => k.id).join(', ')}): it is ambiguous, so it will not be revoked.`
                : 'current-key matches no key of the project: it will not be revoked.';
    }
    if (currentServiceAccountId) {
        // The id comes from the state variable, which only ever names our own accounts: any other is not trusted.
        const owned = keys.filter((k) => k.owner.serviceAccountId === currentServiceAccountId &&
            !!k.owner.serviceAccountName?.startsWith(ownPrefix));
        if (owned.length === 1)
            return { old: toOld(owned[0]) };
    }
    return {
        note: note ?? 'no current-key and no earlier rotation: the old key is unknown and will not be revoked.'
    };
}
/** The key an unfinished rotation set out to replace: the one it found then, whatever current-key says now. */
function resumedOldKey(o, prior, keys) {
    const known = keys.find((k) => k.id === prior.oldKeyId);
    if (known)
        return oldKeyOf(known, keys, ownPrefix(o), o.settings.currentKey);
    if (!prior.oldKeyId)
        return undefined;
    // Already gone from the list: revoking it again answers 404, which counts as done.
    return {
        keyId: prior.oldKeyId,
        createdAt: 0,
        redacted: '',
        isCurrentKey: false,
        ownServiceAccountId: prior.oldServiceAccountId
    };
}
/** The service account whose key the secret held when the last rotation settled. */
function settledServiceAccount(state) {
    return state?.step === 'finished' ? state.newServiceAccountId : state?.oldServiceAccountId;
}
async function plan(o) {
    const { settings, ports, logger } = o;
    const prefix = ownPrefix(o);
    const state = await ports.state.load();
    // Reading first proves both credentials and every target before anything is written.
    const keys = await ports.admin.listProjectKeys();
    await ports.secrets.check(settings.targets);
    if (state && !isSettled(state) && !isSealed(state, settings.adminKey)) {
        // Resuming acts on the ids in the state: only a state written with our Admin key may name them.
        throw new errors/* ConfigurationError */.j1(`The rotation state of ${settings.secretName} names an unfinished rotation that was not saved with this Admin key (edited by hand, or saved by another Admin key): nothing done. Check that rotation's service account and the secret, then delete the state variable to start afresh.`);
    }
    if (!isSettled(state) && state) {
        const busy = await ownerStillWorking(o, state);
        if (busy)
            return { kind: 'skip', message: busy };
    }
    const settled = settledServiceAccount(trustedState(state, settings.adminKey));
    const { old, note } = identifyOldKey(keys, prefix, settings.currentKey, settled);
    if (note)
        logger.info(note);
    if (isSettled(state) && o.trigger === 'schedule' && settings.maxAgeMs > 0) {
        if (!old) {
            logger.warning('max-age cannot apply: the current key is unknown (pass current-key). Rotating.');
        }
        else if (o.now() - old.createdAt * 1000 < settings.maxAgeMs) {
            const days = ((o.now() - old.createdAt * 1000) / 86_400_000).toFixed(1);
            return {
                kind: 'skip',
                message: `${settings.secretName}: the current key ${old.keyId} is ${days} days old, younger than max-age: not rotated.`,
                old
            };
        }
    }
    if (settings.dryRun) {
        const resume = isSettled(state)
            ? ''
            : ` First finish or undo the unfinished rotation ${state?.rotationId}.`;
        const targets = settings.targets.map(describeTarget);
        return {
            kind: 'skip',
            message: `Dry run: would create a service account ${prefix}<id>, write its key to ${targets.join(', ')}, ` +
                `${settings.smokeWorkflows.length ? `run ${settings.smokeWorkflows.join(', then ')}, ` : ''}` +
                `${old ? `then ${settings.revoke === 'never' ? 'keep' : 'revoke'} the old key ${old.keyId}` : 'and leave the old key alone (unknown)'}.` +
                resume,
            old
        };
    }
    return { kind: 'go', state, old, oldNote: note, keys };
}
/**
 * A rotation under way belongs to the workflow run that saved it last. GitHub says whether that run is still
 * going (GET /repos/{owner}/{repo}/actions/runs/{run_id}): a completed run (finished, cancelled, killed) will
 * never touch it again, so this run resumes it at once. Only when GitHub cannot say (no owner recorded, the
 * run is gone, the token may not read Actions, or the owner is this very run) does the age rule decide:
 * younger than smoke-timeout + drain-wait + 5 minutes counts as alive. Returns why to skip, or undefined.
 */
async function ownerStillWorking(o, state) {
    const { settings } = o;
    const busy = `Another rotation of ${settings.secretName} (${state.rotationId}, step ${state.step}) is in progress since ${state.startedAt}`;
    if (state.step === 'draining')
        return undefined;
    const owner = state.owner;
    const self = owner && o.run && owner.runId === o.run.id && owner.attempt === o.run.attempt;
    const status = owner && !self && o.ports.workflows ? await o.ports.workflows.runStatus(owner.runId) : 'unknown';
    if (status === 'running') {
        return `${busy}, owned by workflow run ${owner.runId} (attempt ${owner.attempt}), which is still running: nothing done. Use a workflow concurrency group to queue runs.`;
    }
    if (status === 'ended') {
        o.logger.info(`Workflow run ${owner.runId}, which owned rotation ${state.rotationId}, has ended: taking it over.`);
        return undefined;
    }
    const age = o.now() - Date.parse(state.updatedAt);
    if (age < settings.smokeTimeoutMs * settings.smokeWorkflows.length + settings.drainWaitMs + 5 * 60_000) {
        return `${busy}, and GitHub cannot say whether the run that owns it is still alive: nothing done. Use a workflow concurrency group to queue runs.`;
    }
    return undefined;
}
/** Accounts of ours that are not orphans: the one the secret uses and the ones kept on purpose. */
function accountsInUse(latest, old) {
    const keep = new Set(latest?.keptServiceAccountIds ?? []);
    const settled = settledServiceAccount(latest);
    if (settled)
        keep.add(settled);
    if (old?.ownServiceAccountId)
        keep.add(old.ownServiceAccountId);
    return keep;
}
/**
 * Our accounts for this secret that no state refers to: left by a create that was never recorded. Only when we
 * know which of our accounts the secret uses: from current-key, or else from a state sealed with our Admin key
 * (an edited state could leave the account in use off the list) that is the latest one: every rotation saves
 * its state before it creates an account, so an account of ours newer than the state's rotation means the
 * state is an old one written back.
 */
async function sweepOrphans(o, trusted, old) {
    if (!trusted && !old?.isCurrentKey)
        return;
    const prefix = ownPrefix(o);
    const ours = (await o.ports.admin.listServiceAccounts()).filter((sa) => sa.name.startsWith(prefix));
    if (trusted && !old?.isCurrentKey) {
        // Rotation ids start with their UTC second (20260101T000000Z), so they sort by time.
        const second = (rotationId) => rotationId.slice(0, 16);
        const newer = ours.find((sa) => second(sa.name.slice(prefix.length)) > second(trusted.rotationId));
        if (newer) {
            o.logger.warning(`The rotation state is older than service account ${newer.id} of a later rotation: no account is swept. Pass current-key.`);
            return;
        }
    }
    const keep = accountsInUse(trusted, old);
    for (const sa of ours) {
        if (keep.has(sa.id))
            continue;
        await o.ports.admin.deleteServiceAccount(sa.id);
        o.logger.info(`Deleted orphaned service account ${sa.id} (${sa.name}).`);
    }
}
/** The state as far as it may name accounts: sealed with our Admin key, so neither edited nor made by hand. */
function trustedState(state, adminKey) {
    return state && isSealed(state, adminKey) ? state : undefined;
}
function newRotationId(now) {
    const stamp = new Date(now)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}
/** The state a fresh rotation starts from; it carries over the accounts kept on purpose. */
function freshState(o, old, latest) {
    const now = o.now();
    return {
        version: 1,
        rotationId: newRotationId(now),
        step: 'creating',
        trigger: o.trigger,
        startedAt: new Date(now).toISOString(),
        updatedAt: new Date(now).toISOString(),
        oldKeyId: old?.keyId,
        oldServiceAccountId: old?.ownServiceAccountId,
        keptServiceAccountIds: latest?.keptServiceAccountIds
    };
}

;// CONCATENATED MODULE: ./src/rotate/promote.ts
// promote: the new key into every target. Both keys are valid while this runs, so a half-done promotion never
// breaks anything; undoing it needs current-key, the only copy of the old key we may hold.

/** Writes the new key into every target; on any failure, puts the old key back where it was already written. */
async function promote(run, key) {
    const { o } = run;
    let written = 0;
    try {
        for (const target of o.settings.targets) {
            await o.ports.secrets.put(target, key);
            written++;
            if (written === 1 && o.settings.targets.length > 1)
                crashPoint(run, 'between-targets');
        }
    }
    catch (error) {
        // A crash stops the run where it is, as a SIGKILL would: no undo.
        if (error instanceof Crash)
            throw error;
        await rollBack(run, written > 0);
        throw error;
    }
    o.logger.info(`Wrote the new key to ${o.settings.secretName} in ${o.settings.targets.length} target(s).`);
}
/** Writes `key` into every target again: finishes a promotion that a killed run left half done. */
async function writeEverywhere(run, key) {
    for (const target of run.o.settings.targets)
        await run.o.ports.secrets.put(target, key);
}
/**
 * Undo: the old key (current-key) back into every target, then the new service account deleted; true when done.
 * A target that already holds the new key can be restored only from a live current-key that is not the new key
 * itself; otherwise the new key stays in the secret and stays valid (false, with a note saying why).
 */
async function rollBack(run, targetsTouched) {
    const { o } = run;
    const currentKey = o.settings.currentKey;
    if (targetsTouched) {
        const why = run.currentKeyIsNew
            ? 'current-key is the new key, so the old key cannot be written back (pass the old key as current-key to roll back)'
            : !currentKey || (await o.ports.admin.checkKey(currentKey)) !== 'live'
                ? 'The old key could not be written back (no live current-key)'
                : undefined;
        if (why) {
            run.notes.push(`${why}: the new key stays in the secret and stays valid.`);
            o.logger.warning(run.notes.at(-1));
            return false;
        }
        await writeEverywhere(run, currentKey);
    }
    if (run.state.newServiceAccountId)
        await deleteOwnAccount(run, run.state.newServiceAccountId);
    await save(run, 'rolled-back');
    return true;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/quote.ts
var quote = __webpack_require__(9166);
;// CONCATENATED MODULE: ./src/rotate/timeline.ts
/** 0.4 s, 12 s, 3 min 05 s, 2 h 07 min, 3 d 4 h. */
function formatDuration(ms) {
    if (ms < 0)
        return '—';
    if (ms < 10_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    const pad = (n) => String(n).padStart(2, '0');
    if (s < 3600)
        return `${Math.floor(s / 60)} min ${pad(s % 60)} s`;
    if (s < 86_400)
        return `${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`;
    return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`;
}
function runName(label, index) {
    if (label.startsWith('local-'))
        return `${index} (local)`;
    const [id, attempt] = label.split('-');
    return `${index} (Actions run ${id}${attempt ? `, attempt ${attempt}` : ''})`;
}
/** The `### Timeline` section; empty when there is nothing to show. */
function timelineSection(entries) {
    if (!entries?.length)
        return [];
    const runs = new Map();
    const rows = entries.map((entry, i) => {
        if (!runs.has(entry.run))
            runs.set(entry.run, runs.size + 1);
        const previous = entries[i - 1];
        const took = previous ? formatDuration(Date.parse(entry.at) - Date.parse(previous.at)) : '—';
        const at = entry.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
        return `| ${entry.step} | ${at} | ${took} | ${runName(entry.run, runs.get(entry.run))} |`;
    });
    return [
        '### Timeline',
        '',
        'Each row is a step the rotation reached; *took* is the time since the row before. ' +
            '`resumed` marks a run that picked up a rotation an earlier run left unfinished.',
        '',
        '| Step | At (UTC) | Took | Run |',
        '| --- | --- | --- | --- |',
        ...rows
    ];
}

;// CONCATENATED MODULE: ./src/rotate/record.ts






/** Added to the rotation's issue when the old key has drained for longer than drain-timeout. */
const ESCALATION_LABEL = 'key-still-in-use';
function issueTitle(facts) {
    const titles = {
        rotated: 'OpenAI key rotated',
        draining: 'OpenAI key rotation waiting for the old key to go unused',
        'rolled-back': 'OpenAI key rotation rolled back',
        failed: 'OpenAI key rotation failed',
        skipped: 'OpenAI key rotation skipped'
    };
    const what = titles[facts.result];
    return `${what}: ${facts.secretName} (${facts.trigger})`;
}
function nextSteps(facts) {
    const steps = [];
    if (facts.result === 'rotated') {
        steps.push(facts.revoked
            ? 'Nothing to do: every target holds the new key and the old key is revoked.'
            : 'The old key is still valid: revoke it at platform.openai.com → API keys once nothing else uses it.');
    }
    else if (facts.result === 'draining') {
        steps.push("Both keys are valid. Redeploy everything that still holds the old key (servers, containers, functions, other repositories' deploy jobs): they read the secret only when they are deployed.", 'Nothing else to do: the next run of the rotation (on its schedule, or started by hand) revokes the old key once it has gone unused for drain-quiet, and comments here.');
    }
    else if (facts.result === 'rolled-back') {
        steps.push('The secret holds the old key again and the new key is deleted. Open the smoke run to see why the new key failed, fix it, then run the rotation again.');
    }
    else {
        steps.push('Read the message above. Unless it says otherwise, the old key is still valid and the secret still works; the next run finishes or undoes this rotation.');
    }
    if (facts.leak) {
        steps.push('The leaked key was public: remove it from the history (or accept that it stays there, revoked), and check platform.openai.com → Usage for requests made while it was exposed.');
    }
    return steps;
}
function issueRecord(facts) {
    // Values come from inputs, APIs and the state variable: code spans and escaped text (markdown.ts).
    const row = (name, value) => `| ${name} | ${(0,markdown/* cell */.Hn)(value ?? '—')} |`;
    const keyCell = (id, redacted) => id ? `${(0,markdown/* code */.aY)(id)}${redacted ? ` (${(0,markdown/* code */.aY)(redacted)})` : ''}` : undefined;
    const lines = [
        `**${(0,markdown/* text */.Qq)(facts.message)}**`,
        '',
        '| | |',
        '| --- | --- |',
        row('Secret', (0,markdown/* code */.aY)(facts.secretName)),
        row('Trigger', facts.trigger + (facts.reason ? `: ${(0,markdown/* text */.Qq)(facts.reason)}` : '')),
        row('Targets', facts.targets.map((t) => (0,markdown/* code */.aY)(describeTarget(t))).join(', ')),
        row('Result', facts.result),
        row('Old key', keyCell(facts.oldKeyId, facts.oldRedacted)),
        row('New key', keyCell(facts.newKeyId, facts.newRedacted)),
        row('Old key revoked', facts.revoked ? 'yes' : 'no'),
        row('Smoke run', facts.smokeRunUrl && (0,markdown/* text */.Qq)(facts.smokeRunUrl)),
        row('Started', facts.startedAt),
        row('Finished', facts.finishedAt),
        row('Rotation id', (0,markdown/* code */.aY)(facts.rotationId))
    ];
    if (facts.leak) {
        const where = `${(0,quote/* displayPath */.Gt)(facts.leak.path)}:${facts.leak.line}${facts.leak.commit ? ` in ${facts.leak.commit}` : ''}`;
        lines.push('', `Leaked key ${(0,markdown/* code */.aY)(facts.leak.redacted)} found at ${(0,markdown/* code */.aY)(where)}.`);
    }
    const timeline = timelineSection(facts.timeline);
    if (timeline.length)
        lines.push('', ...timeline);
    lines.push('', '### What to do next', '', ...nextSteps(facts).map((s) => `- ${s}`));
    const labels = [
        ...facts.labels,
        ...(facts.leak || facts.trigger === 'leak' ? ['security', 'leaked-key'] : []),
        ...(facts.escalated ? [ESCALATION_LABEL] : [])
    ];
    return {
        rotationId: facts.rotationId,
        title: issueTitle(facts),
        // scrub: a reason or a path typed by a human could hold a key.
        body: (0,redact/* scrub */._I)(lines.join('\n')),
        labels: [...new Set(labels)]
    };
}
/** record: one issue per rotation (a comment when it is open already), filed at the end of every run. */
async function record(run, result, message) {
    const { o } = run;
    if (!o.settings.issue)
        return undefined;
    const issue = issueRecord({
        rotationId: run.state.rotationId,
        secretName: o.settings.secretName,
        trigger: o.trigger,
        reason: o.settings.reason,
        leak: o.leak,
        targets: o.settings.targets,
        result,
        message,
        oldKeyId: run.old?.keyId ?? run.state.oldKeyId,
        oldRedacted: run.old?.redacted,
        newKeyId: run.state.newKeyId,
        newRedacted: run.newRedacted,
        revoked: run.revoked,
        smokeRunUrl: run.smokeRunUrl,
        startedAt: run.state.startedAt,
        finishedAt: new Date(o.now()).toISOString(),
        timeline: run.state.timeline,
        labels: o.settings.issueLabels,
        escalated: run.escalate
    });
    try {
        return await o.ports.issues.record(issue);
    }
    catch (error) {
        // The rotation's outcome stands; a missing issue must not turn a rotation into a failure.
        o.logger.warning(`Could not record the rotation in an issue: ${messageOf(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/rotate/smoke.ts
/** True when every workflow passed (or none is configured); a failure's reason goes to run.notes. */
async function smoke(run) {
    const { o } = run;
    const workflows = o.ports.workflows;
    const names = o.settings.smokeWorkflows;
    if (!workflows || names.length === 0) {
        o.logger.info('No smoke-workflow configured: the new key answering GET /models is the test.');
        return true;
    }
    for (const name of names) {
        const dispatched = await workflows.dispatch(name);
        run.smokeRunUrl = dispatched.url;
        o.logger.info(`Workflow ${name}: run ${dispatched.id} dispatched${dispatched.url ? `: ${dispatched.url}` : ''}.`);
        const result = await workflows.wait(dispatched, o.settings.smokeTimeoutMs);
        run.smokeRunUrl = result.url ?? run.smokeRunUrl;
        if (result.conclusion !== 'success') {
            run.notes.push(result.conclusion === 'timed-out'
                ? `Workflow ${name} did not finish within smoke-timeout (${Math.round(o.settings.smokeTimeoutMs / 1000)}s).`
                : `Workflow ${name} failed with the new key.`);
            return false;
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/rotate/machine.ts
// The rotation in order: plan → create → promote → smoke → drain → finish → record, each step in its own module
// over the ports in types.ts. The state is saved before anything a crash could leave half done (each save is
// followed by a crash point of the same name, where tests stop a run):
//
//   saved step    what a killed run leaves                       what the next run does (resume below)
//   creating      maybe an account whose id was never saved      deletes it (found by name), starts afresh
//   created       a live new key that no secret holds            deletes it, starts afresh
//   promoting     some targets hold the new key, both are valid  current-key is the new key: finishes it;
//                                                                current-key is the old key: undoes it;
//                                                                neither: stops and asks for current-key
//   promoted      every target holds the new key                 as promoting, but without current-key:
//                                                                smoke, then finish or roll back
//   old-revoked   leak: the old key is gone, the new one is in   smoke, then finish
//   smoked        the smoke test passed                          drain, then finish
//   draining      both keys live; the old one still in use       drain again, then finish (or keep draining)
//   finished / rolled-back: settled, nothing to resume.
// The next run acts on a state only after plan has checked it (state.ts: shapes and the Admin-key seal).













async function runRotation(o) {
    const planned = await plan(o);
    if (planned.kind === 'skip') {
        o.logger.info(planned.message);
        return { result: 'skipped', oldKeyId: planned.old?.keyId, revoked: false, message: planned.message };
    }
    const runOf = (state, old) => ({
        o,
        state,
        old,
        oldNote: planned.oldNote,
        revoked: state.step === 'old-revoked',
        notes: []
    });
    const prior = planned.state;
    if (prior && !isSettled(prior)) {
        const resumed = await resume(runOf(prior, resumedOldKey(o, prior, planned.keys)), planned.keys);
        if (resumed)
            return resumed;
    }
    const latest = trustedState((await o.ports.state.load()) ?? prior, o.settings.adminKey);
    await sweepOrphans(o, latest, planned.old);
    return rotateFresh(runOf(freshState(o, planned.old, latest), planned.old));
}
async function rotateFresh(run) {
    const { o } = run;
    try {
        await save(run, 'creating');
        crashPoint(run, 'creating');
        const created = await createAccount(run);
        await save(run, 'created');
        crashPoint(run, 'created');
        await confirmLive(run, created);
        await save(run, 'promoting');
        crashPoint(run, 'promoting');
        await promote(run, created.key);
        await save(run, 'promoted');
        crashPoint(run, 'promoted');
        if (o.trigger === 'leak' || o.settings.revoke === 'immediately') {
            await revokeOld(run);
            await save(run, 'old-revoked');
            crashPoint(run, 'old-revoked');
        }
        return await smokeAndFinish(run, false);
    }
    catch (error) {
        return fail(run, error);
    }
}
/** After promotion: smoke, then finish or roll back. Shared by a fresh rotation and one resumed from 'promoted'. */
async function smokeAndFinish(run, resumed) {
    const { o } = run;
    const leak = run.state.step === 'old-revoked';
    const passed = await smoke(run);
    if (!passed && !leak) {
        if (!(await rollBack(run, true))) {
            // Nothing to roll back to: the state stays at promoted, and a later run with the old key undoes it.
            const message = `Rotation of ${o.settings.secretName} failed: ${run.notes.join(' ')} Nothing was revoked.`;
            o.logger.error(message);
            return recorded(run, 'failed', message);
        }
        const message = `Rotation of ${o.settings.secretName} rolled back: ${run.notes.join(' ')} The secret holds the old key again; the new key is deleted.`;
        o.logger.error(message);
        return recorded(run, 'rolled-back', message);
    }
    if (!passed) {
        // The old key was leaked and is revoked: the new key is the only one left, so it stays.
        await save(run, 'finished');
        const message = `${o.settings.secretName}: the leaked key is revoked and the new key ${run.state.newKeyId} is in place, but ${run.notes.join(' ')}`;
        o.logger.error(message);
        return recorded(run, 'failed', message);
    }
    if (!leak) {
        await save(run, 'smoked');
        crashPoint(run, 'smoked');
    }
    return finishAndRecord(run, resumed);
}
async function finishAndRecord(run, resumed) {
    if (needsDrain(run)) {
        const facts = await drain(run);
        if (!facts.drained)
            return stillDraining(run, facts);
    }
    await finish(run);
    await save(run, 'finished');
    crashPoint(run, 'finished');
    const message = rotatedMessage(run, resumed);
    run.o.logger.info(message);
    return recorded(run, 'rotated', message);
}
/**
 * The old key is still in use after drain-wait: both keys stay live and the run ends `draining` (exit 0); any
 * later run checks again. Past drain-timeout the issue is escalated once, and the key is revoked anyway only
 * when `revoke: after-drain-timeout` asks for it.
 */
async function stillDraining(run, facts) {
    const { o } = run;
    const promotedAt = Date.parse(run.state.promotedAt ?? run.state.updatedAt);
    const overdue = o.now() - promotedAt >= o.settings.drainTimeoutMs;
    if (overdue && o.settings.revoke === 'after-drain-timeout') {
        run.notes.push('drain-timeout passed and revoke is after-drain-timeout: the old key is revoked although it is still in use.');
        o.logger.warning(run.notes.at(-1));
        await finish(run);
        await save(run, 'finished');
        return recorded(run, 'rotated', rotatedMessage(run, true));
    }
    let message = drainingMessage(run, facts);
    if (overdue) {
        message += ` It has been draining for longer than drain-timeout (${duration(o.settings.drainTimeoutMs)}): find what still uses it, or set revoke: after-drain-timeout to revoke it anyway.`;
        run.escalate = !run.state.escalatedAt;
        run.state.escalatedAt ??= new Date(o.now()).toISOString();
    }
    await save(run, 'draining');
    crashPoint(run, 'draining');
    o.logger.warning(message);
    return recorded(run, 'draining', message);
}
async function recorded(run, result, message) {
    return outcome(run, result, message, await record(run, result, message));
}
/** Undo what a failed step left (best effort), record the failure, and rethrow: main turns it into exit 1. */
async function fail(run, error) {
    if (error instanceof Crash)
        throw error;
    const { o } = run;
    try {
        const step = run.state.step;
        if (step === 'creating' || step === 'created')
            await undoCreate(run);
        else if (step === 'promoted')
            await rollBack(run, true);
    }
    catch (cleanup) {
        if (cleanup instanceof Crash)
            throw cleanup;
        o.logger.warning(`Cleaning up after the failure failed too: ${messageOf(cleanup)}`);
    }
    const undone = run.state.step === 'rolled-back' ? ' The old key is untouched and the secret works.' : '';
    await record(run, 'failed', `Rotation of ${o.settings.secretName} failed: ${messageOf(error)}${undone}`);
    throw error;
}
/**
 * An earlier run stopped mid-way (see the table above). Returns a result when the old rotation was finished
 * here, undefined when it was undone and a new one may start.
 */
async function resume(run, keys) {
    const { o, state } = run;
    o.logger.info(`Found rotation ${state.rotationId} stopped at step ${state.step}: resuming.`);
    mark(run, 'resumed');
    if (state.step === 'creating' || state.step === 'created') {
        await undoUnrecordedCreate(run);
        return undefined;
    }
    try {
        if (state.step === 'smoked' || state.step === 'draining')
            return await finishAndRecord(run, true);
        if (state.step === 'old-revoked')
            return await smokeAndFinish(run, true);
        // promoting or promoted: current-key says which key the secret is meant to hold.
        const currentKey = o.settings.currentKey;
        const newKey = keys.find((k) => k.id === state.newKeyId);
        if (currentKey && newKey && (0,openai_admin/* matchesRedacted */.Oj)(currentKey, newKey.redactedValue)) {
            run.currentKeyIsNew = true;
            await writeEverywhere(run, currentKey);
            await save(run, 'promoted');
            return await smokeAndFinish(run, true);
        }
        if (currentKey && (await o.ports.admin.checkKey(currentKey)) === 'live') {
            await rollBack(run, true);
            o.logger.info(`Undid rotation ${state.rotationId}: the secret holds current-key again.`);
            return undefined;
        }
        if (state.step === 'promoted')
            return await smokeAndFinish(run, true);
    }
    catch (error) {
        return fail(run, error);
    }
    throw new errors/* ConfigurationError */.j1(`Rotation ${state.rotationId} stopped while writing ${o.settings.secretName}: some targets may hold the new key, both keys are valid. Pass current-key (the secret's value) so that this run can finish or undo it.`);
}

;// CONCATENATED MODULE: ./src/rotate/index.ts










/** Names this run in the rotation's timeline: the Actions run id and attempt, or a random local id. */
function runLabel(run) {
    if (!run)
        return `local-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    return run.attempt > 1 ? `${run.id}-${run.attempt}` : String(run.id);
}
/** The machine wired to GitHub and OpenAI; exported so tests can wrap a port. */
function machineOptions(options) {
    const { settings, logger, testHooks: hooks } = options;
    const { owner, repo } = options.github;
    logger.setSecret(settings.adminKey);
    if (settings.currentKey)
        logger.setSecret(settings.currentKey);
    const octokit = (0,client/* createGitHubClient */.LX)({
        token: options.github.token,
        apiUrl: options.github.apiUrl,
        logger,
        writeIntervalMs: hooks?.githubWriteIntervalMs,
        retryBaseMs: hooks?.githubRetryBaseMs
    });
    const pollMs = options.pollMs ?? 5000;
    return {
        settings,
        owner,
        repo,
        trigger: options.trigger,
        leak: options.leak,
        run: options.run,
        logger,
        now: options.now ?? Date.now,
        pollMs,
        crashAt: hooks?.crashAt,
        runLabel: runLabel(options.run),
        liveWaitMs: hooks?.liveWaitMs,
        revokeConfirmMs: hooks?.revokeConfirmMs,
        ports: {
            admin: (0,openai_admin/* openAIAdmin */.MG)({
                adminKey: settings.adminKey,
                projectId: settings.projectId,
                baseUrl: options.openaiBaseUrl,
                logger
            }),
            secrets: gitHubSecrets(octokit, owner, repo, settings.secretName),
            workflows: gitHubWorkflows(octokit, { owner, repo, ref: settings.smokeRef, logger, pollMs }),
            issues: (0,issues/* gitHubIssues */.u)(octokit, owner, repo),
            state: variableState(gitHubVariables(octokit, owner, repo), settings.secretName)
        }
    };
}
/** Rotates the key behind one secret: plan → create → promote → smoke → finish → record (src/rotate/machine.ts). */
function rotate(options) {
    return runRotation(machineOptions(options));
}
/**
 * on-leak: revoke. Finds the leaked key among the project's keys by its redacted form; exactly one match is
 * deleted (404: already gone) and confirmed dead with a bounded wait. Anything else changes nothing.
 */
async function revokeLeakedKey(options) {
    const { settings, logger, key } = options;
    logger.setSecret(key);
    logger.setSecret(settings.adminKey);
    const admin = (0,openai_admin/* openAIAdmin */.MG)({
        adminKey: settings.adminKey,
        projectId: settings.projectId,
        baseUrl: options.openaiBaseUrl,
        logger
    });
    const shown = (0,redact/* redact */.E$)(key);
    const keys = await admin.listProjectKeys();
    const matches = keys.filter((k) => (0,openai_admin/* matchesRedacted */.Oj)(key, k.redactedValue));
    if (matches.length === 0) {
        return {
            result: 'not-found',
            message: `The leaked key ${shown} is not a key of project ${settings.projectId} (or it is already revoked): nothing revoked.`
        };
    }
    if (matches.length > 1) {
        return {
            result: 'ambiguous',
            message: `The leaked key ${shown} matches ${matches.length} keys of project ${settings.projectId} (${matches.map((k) => k.id).join(', ')}): nothing revoked; revoke the right one at platform.openai.com → API keys.`
        };
    }
    const match = matches[0];
    const keyId = match.id;
    let deleted = await admin.deleteProjectKey(keyId);
    const account = match.owner.serviceAccountId;
    if (deleted === 'refused' &&
        account &&
        keys.filter((k) => k.owner.serviceAccountId === account).length === 1) {
        // OpenAI will not delete a service account's key by id; the account holds only this key, so it goes.
        deleted = (await admin.deleteServiceAccount(account)) ? 'deleted' : 'missing';
    }
    if (deleted === 'refused') {
        return {
            result: 'ambiguous',
            keyId,
            message: `OpenAI refused to delete the leaked key ${shown} (${keyId}) and its service account holds other keys: revoke it at platform.openai.com → API keys.`
        };
    }
    const gone = deleted === 'deleted';
    const deadline = Date.now() + (options.testHooks?.revokeConfirmMs ?? 30_000);
    let live = (await admin.checkKey(key)) === 'live';
    while (live && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1000));
        live = (await admin.checkKey(key)) === 'live';
    }
    const confirm = live
        ? ' It still answers GET /models; OpenAI may take a while to revoke it.'
        : ' It now answers 401.';
    if (live)
        logger.warning(`Revoked key ${keyId} still answers GET /models.`);
    return {
        result: 'revoked',
        keyId,
        message: `Revoked the leaked key ${shown} (${keyId})${gone ? '' : ', which was already gone'}.${confirm}`
    };
}


/***/ })

};
