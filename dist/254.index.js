export const id = 254;
export const ids = [254];
export const modules = {

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/org/batches.ts
var org_batches = __webpack_require__(4482);
;// CONCATENATED MODULE: ./src/github/repositories.ts



const PER_PAGE = 100;
const VISIBILITIES = ['public', 'private', 'internal'];
/** One listed entry as the plan sees it, or undefined when its name is not one GitHub could have given. */
function toRepository(r) {
    const owner = typeof r.owner?.login === 'string' ? r.owner.login : '';
    const name = typeof r.name === 'string' ? r.name : '';
    const fullName = typeof r.full_name === 'string' ? r.full_name : '';
    if (!(0,org_batches/* isRepositoryName */.en)(fullName) || fullName !== `${owner}/${name}`)
        return undefined;
    const visibility = typeof r.visibility === 'string' && VISIBILITIES.includes(r.visibility)
        ? r.visibility
        : r.private === true
            ? 'private'
            : 'public';
    return {
        fullName,
        owner,
        name,
        visibility,
        archived: r.archived === true,
        fork: r.fork === true,
        topics: Array.isArray(r.topics) ? r.topics.filter((t) => typeof t === 'string') : [],
        sizeKb: typeof r.size === 'number' && Number.isFinite(r.size) && r.size > 0 ? r.size : 0
    };
}
/** Collects pages; a repository listed twice (pages shift when one is created mid-listing) counts once. */
class Collector {
    repositories = [];
    invalid = 0;
    pages = 0;
    /** An installation's `repository_selection`. */
    selection;
    seen = new Set();
    add(page) {
        this.pages++;
        for (const entry of page) {
            const repository = toRepository(entry);
            if (!repository) {
                this.invalid++;
                continue;
            }
            const key = repository.fullName.toLowerCase();
            if (this.seen.has(key))
                continue;
            this.seen.add(key);
            this.repositories.push(repository);
        }
    }
}
function header(error, name) {
    const headers = error.response?.headers;
    const value = headers?.[name];
    return value === undefined ? undefined : String(value);
}
/** A rate limit the client's retries did not outlast: GitHub says so with these headers (403 or 429). */
function rateLimited(error) {
    const status = (0,client/* statusOf */.c2)(error);
    return ((status === 403 || status === 429) &&
        (header(error, 'x-ratelimit-remaining') === '0' || header(error, 'retry-after') !== undefined));
}
/** One line for a listing that failed: the permission GitHub names (403/404), the rate limit, or the service. */
function listingError(org, route, error) {
    const what = `list the repositories of ${org} (${route})`;
    if (rateLimited(error)) {
        // The reset time is the primary limit's: it says when to come back only when that limit is the one spent.
        const reset = header(error, 'x-ratelimit-remaining') === '0' ? Number(header(error, 'x-ratelimit-reset')) : 0;
        const when = Number.isFinite(reset) && reset > 0 ? ` (it resets at ${new Date(reset * 1000).toISOString()})` : '';
        return new errors/* ConfigurationError */.j1(`GitHub's rate limit held after retries while trying to ${what}${when}: run the plan again later.`);
    }
    const status = (0,client/* statusOf */.c2)(error);
    const named = (0,client/* permissionName */.tm)(header(error, 'x-accepted-github-permissions'));
    const permission = named ?? 'Metadata: read';
    if (status === 403) {
        return new errors/* PermissionError */.i_(`GitHub refused to ${what} (403): the token needs "${permission}" on ${org}'s repositories ` +
            `(a GitHub App installed on ${org}, or a fine-grained token whose resource owner is ${org}; a token of ` +
            `an organization that enforces SAML single sign-on must be authorized for it).`, permission);
    }
    if (status === 404) {
        return new errors/* PermissionError */.i_(`GitHub answered 404 (not found) to ${what}: check that organization "${org}" exists (input org) and that ` +
            `the token can see it: a GitHub App installed on ${org}, or a fine-grained token whose resource owner ` +
            `is ${org}, with "${permission}".`, permission);
    }
    return (0,client/* gitHubError */.Mj)(what, error);
}
async function installationListing(octokit, logger) {
    const collector = new Collector();
    try {
        for await (const response of octokit.paginate.iterator(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: PER_PAGE })) {
            // The paginate plugin moves the envelope's fields onto the page's array.
            collector.selection ??= response.data.repository_selection;
            collector.add(response.data);
            logger.debug(`Installation repositories: page ${collector.pages}, ${collector.repositories.length} so far.`);
        }
    }
    catch (error) {
        const status = (0,client/* statusOf */.c2)(error);
        // Not an installation token: refused at once, before any page. A refusal on a later page is an error.
        if (collector.pages === 0 && (status === 401 || status === 403) && !rateLimited(error))
            return undefined;
        throw listingError('the installation', 'GET /installation/repositories', error);
    }
    return collector;
}
async function organizationListing(octokit, org, logger) {
    const collector = new Collector();
    try {
        // Oldest first: a repository created while the pages are read lands on the last page, not between them.
        for await (const response of octokit.paginate.iterator(octokit.rest.repos.listForOrg, {
            org,
            type: 'all',
            sort: 'created',
            direction: 'asc',
            per_page: PER_PAGE
        })) {
            collector.add(response.data);
            logger.debug(`Repositories of ${org}: page ${collector.pages}, ${collector.repositories.length} so far.`);
        }
    }
    catch (error) {
        throw listingError(org, 'GET /orgs/{org}/repos', error);
    }
    return collector;
}
/**
 * The repositories the token can see: the App installation's, or else the organisation's (see the top of this
 * file). An installation on another account is refused with a line naming it, rather than planning nothing.
 */
async function listRepositories(octokit, org, logger) {
    const installation = await installationListing(octokit, logger);
    if (installation) {
        const owners = [...new Set(installation.repositories.map((r) => r.owner))];
        const own = installation.repositories.some((r) => r.owner.toLowerCase() === org.toLowerCase());
        if (!own && owners.length > 0) {
            throw new errors/* ConfigurationError */.j1(`The token's GitHub App installation is on ${owners.slice(0, 3).join(', ')}, not on ${org}: create the ` +
                `token for ${org} (actions/create-github-app-token with owner: ${org}), or set org.`);
        }
        return {
            source: 'installation',
            route: 'GET /installation/repositories',
            pages: installation.pages,
            repositories: installation.repositories,
            invalid: installation.invalid,
            selection: installation.selection
        };
    }
    const organization = await organizationListing(octokit, org, logger);
    return {
        source: 'organization',
        route: 'GET /orgs/{org}/repos',
        pages: organization.pages,
        repositories: organization.repositories,
        invalid: organization.invalid
    };
}

;// CONCATENATED MODULE: ./src/commands/plan.ts
// `command: plan`: the repositories the token can see → the filters → at most `batches` balanced batches → the
// matrix a workflow's scan job runs (`strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`).




const FILTER_LABELS = {
    owner: 'other owners',
    archived: 'archived',
    forks: 'forks',
    visibility: 'visibility',
    topics: 'topics',
    include: 'include',
    exclude: 'exclude'
};
function describeListing(l) {
    const pages = `${l.pages} page${l.pages === 1 ? '' : 's'}`;
    return l.source === 'installation'
        ? `GitHub App installation, ${l.route}${l.selection ? `, ${l.selection} repositories` : ''}, ${pages}`
        : `organization, ${l.route} (the token is no App installation's), ${pages}`;
}
function describeRemoved(removed) {
    return org_batches/* FILTERS */.SC.filter((name) => name !== 'owner' || removed.owner > 0)
        .map((name) => `${FILTER_LABELS[name]} ${removed[name]}`)
        .join(', ');
}
async function planCommand(settings, logger) {
    const plan = settings.plan;
    if (!plan)
        throw new errors/* ConfigurationError */.j1("Input 'command' must be plan to plan an organisation scan.");
    const { token, apiUrl } = settings.github;
    if (!token) {
        throw new errors/* ConfigurationError */.j1('plan needs a GitHub token that can see the repositories: github-token (a GitHub App installation token), or GITHUB_TOKEN for the CLI.');
    }
    logger.setSecret(token);
    const octokit = (0,client/* createGitHubClient */.LX)({ token, apiUrl, logger });
    const listing = await listRepositories(octokit, plan.org, logger);
    if (listing.invalid > 0) {
        logger.warning(`${listing.invalid} listed repositor${listing.invalid === 1 ? 'y has a name' : 'ies have names'} GitHub does not give: left out of the plan.`);
    }
    const { kept, removed } = (0,org_batches/* filterRepositories */.t9)(listing.repositories, plan);
    const source = describeListing(listing);
    if (listing.repositories.length === 0) {
        throw new errors/* ConfigurationError */.j1(`The token sees no repository of ${plan.org} (${source}): grant the GitHub App the repositories, or give the fine-grained token "Metadata: read" on them.`);
    }
    if (kept.length === 0) {
        throw new errors/* ConfigurationError */.j1(`No repository of ${plan.org} is left to scan: the token sees ${listing.repositories.length} and the filters removed them all (${describeRemoved(removed)}): loosen include, exclude, topics, visibility, archived or forks.`);
    }
    const { owner, repo } = settings.github;
    const only = listing.repositories.length === 1 ? listing.repositories[0].fullName.toLowerCase() : '';
    if (listing.source === 'installation' && owner && repo && only === `${owner}/${repo}`.toLowerCase()) {
        // GITHUB_TOKEN is an installation token for the running repository alone: planning with it is a mistake.
        logger.warning(`The token sees only ${owner}/${repo}, the repository this workflow runs in (GITHUB_TOKEN sees no other): to plan ${plan.org}, pass a GitHub App installation token (actions/create-github-app-token) as github-token.`);
    }
    const batches = (0,org_batches/* planBatches */.un)(kept, plan.batches);
    const { matrix, json } = (0,org_batches/* matrixJson */.u5)(batches, plan.batches);
    const summary = `${plan.org}: ${kept.length} of ${listing.repositories.length} listed repositories in ${batches.length} ` +
        `batch${batches.length === 1 ? '' : 'es'} (listing: ${source}; removed: ${describeRemoved(removed)}).`;
    return {
        matrix,
        json,
        repositories: kept.length,
        batches: batches.length,
        listing: {
            source: listing.source,
            route: listing.route,
            pages: listing.pages,
            selection: listing.selection
        },
        removed,
        summary
    };
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


/***/ })

};
