export const id = 660;
export const ids = [660,261];
export const modules = {

/***/ 985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   Nv: () => (/* binding */ CLASSES),
/* harmony export */   m: () => (/* binding */ revocable),
/* harmony export */   qi: () => (/* binding */ BASELINE_DAYS),
/* harmony export */   td: () => (/* binding */ byUrgency)
/* harmony export */ });
/* unused harmony exports ORPHAN_AFTER_MS, SPIKE_FLOOR, ownAccount, spikeOf */
/** In the order a reader should act on them: a spike may be abuse now; an expiry is an outage soon. */
const CLASSES = ['spike', 'expiring', 'orphaned', 'old', 'unused', 'never-used'];
/** The service accounts rotation makes: `okg:<owner>/<repo>:<SECRET>:<rotation-id>` (src/rotate/run.ts). */
const OURS = /^okg:([^:/\s]+\/[^:/\s]+):([A-Za-z_][A-Za-z0-9_]*):(\d{8}T\d{6}Z-[a-z0-9]{1,12})$/;
/**
 * A rotation promotes the key it creates within its smoke and drain time, and whatever uses the secret then uses
 * it. A key of ours that nothing used for a day after it was made was left by a rotation that did not finish.
 */
const ORPHAN_AFTER_MS = 86_400_000;
/** Days used as the baseline of a spike, before the last day. */
const BASELINE_DAYS = 14;
/** A day below both is never a spike, so that a key's first few requests do not count as one. */
const SPIKE_FLOOR = { requests: 10, tokens: 10_000 };
function ownAccount(name) {
    const m = OURS.exec(name);
    return m ? { repository: m[1], secret: m[2], rotationId: m[3] } : undefined;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/**
 * The last daily bucket against the median of the 14 before it (days without usage count as 0): requests or
 * tokens at least `factor` times that median, and at least the floor times `factor` when the median is lower.
 */
function spikeOf(days, lastDay, factor) {
    const byDay = new Map(days.map((d) => [d.day, d]));
    const last = byDay.get(lastDay);
    if (!last)
        return undefined;
    for (const measure of ['requests', 'tokens']) {
        const before = Array.from({ length: BASELINE_DAYS }, (_, i) => byDay.get(lastDay - (i + 1) * 86_400)?.[measure] ?? 0);
        const m = median(before);
        if (last[measure] >= factor * Math.max(m, SPIKE_FLOOR[measure])) {
            return { measure, lastDay: last[measure], median: m };
        }
    }
    return undefined;
}
function classify(key, project, usage, lastDay, t, now) {
    const ours = key.owner.type === 'service_account' ? ownAccount(key.owner.name) : undefined;
    const age = now - key.createdAt * 1000;
    const classes = [];
    const spike = spikeOf(usage, lastDay, t.spikeFactor);
    if (spike)
        classes.push('spike');
    if (key.expiresAt !== null && key.expiresAt * 1000 - now <= t.expiringWithinMs)
        classes.push('expiring');
    if (ours && key.lastUsedAt === null && age > ORPHAN_AFTER_MS)
        classes.push('orphaned');
    if (t.maxAgeMs > 0 && age > t.maxAgeMs)
        classes.push('old');
    if (key.lastUsedAt !== null && now - key.lastUsedAt * 1000 > t.unusedAfterMs)
        classes.push('unused');
    if (key.lastUsedAt === null && age > t.unusedAfterMs)
        classes.push('never-used');
    return { ...key, projectName: project.name, ours, classes, ...(spike ? { spike } : {}) };
}
/** What needs action first: by the most urgent class, then by how many, then the oldest key first. */
function byUrgency(a, b) {
    const rank = (k) => k.classes.length === 0 ? CLASSES.length : Math.min(...k.classes.map((c) => CLASSES.indexOf(c)));
    return rank(a) - rank(b) || b.classes.length - a.classes.length || a.createdAt - b.createdAt;
}
/**
 * Keys `fix: revoke-unused` may revoke: owned by a service account (a user's key is that person's to manage)
 * and unused for longer than unused-after, or never used in that time.
 */
function revocable(key) {
    return (key.owner.type === 'service_account' &&
        (key.classes.includes('unused') || key.classes.includes('never-used')));
}


/***/ }),

/***/ 4261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eh: () => (/* binding */ countClasses),
/* harmony export */   auditJson: () => (/* binding */ auditJson),
/* harmony export */   auditMarkdown: () => (/* binding */ auditMarkdown)
/* harmony export */ });
/* unused harmony exports CLASS_MEANING, auditText */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _report_quote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9166);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6670);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);
/* harmony import */ var _classify_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(985);
// The audit as a reader sees it: a markdown table (job summary and the audit issue), JSON, and plain text for the
// terminal. Every name comes from the API and is hostile text: escaped for markdown, made printable for logs.
// Key values never reach here: ids, names and OpenAI's redacted forms only.





/** What each class means, in the words the README uses. */
const CLASS_MEANING = {
    spike: 'the last day’s requests or tokens are at least spike-factor times the daily median of the 14 days before',
    expiring: 'expires within expiring-within (or has expired)',
    orphaned: 'a service account of ours (okg:…) whose key nothing used a day after a rotation made it',
    old: 'older than max-age',
    unused: 'last used longer ago than unused-after',
    'never-used': 'never used, and older than unused-after'
};
const iso = (seconds) => seconds === null ? null : new Date(seconds * 1000).toISOString();
function countClasses(keys) {
    const counts = Object.fromEntries(_classify_js__WEBPACK_IMPORTED_MODULE_4__/* .CLASSES */ .Nv.map((c) => [c, 0]));
    for (const key of keys)
        for (const c of key.classes)
            counts[c]++;
    return counts;
}
/** `flaggedOnly`: only the keys in a class, for where every key would not fit (`omitted` says how many are not). */
function auditJson(report, options = {}) {
    const keys = options.flaggedOnly ? report.keys.filter((k) => k.classes.length > 0) : report.keys;
    return JSON.stringify({
        ...report,
        ...(options.flaggedOnly ? { omitted: report.keys.length - keys.length } : {}),
        keys: keys.map((k) => ({
            ...k,
            createdAt: iso(k.createdAt),
            lastUsedAt: iso(k.lastUsedAt),
            expiresAt: iso(k.expiresAt)
        }))
    }, null, 2);
}
/** The largest whole unit: `200d`, `5h`, `3m`. A table of ages reads at a glance without the seconds. */
function rough(ms) {
    for (const [unit, size] of [
        ['d', 86_400_000],
        ['h', 3_600_000],
        ['m', 60_000]
    ]) {
        if (ms >= size)
            return `${Math.floor(ms / size)}${unit}`;
    }
    return `${Math.floor(ms / 1000)}s`;
}
/** OpenAI's redacted form at the key's full length is 150 stars wide: the stars are shown as one ellipsis. */
function shortRedacted(redacted) {
    return redacted.replace(/\*{4,}/g, '…');
}
function ownerText(k) {
    if (k.ours)
        return `ours: ${k.ours.repository} ${k.ours.secret}`;
    return `${k.owner.type === 'user' ? 'user' : 'service account'} ${k.owner.name || k.owner.id}`;
}
function ago(now, seconds, none) {
    return seconds === null ? none : `${rough(Math.max(0, now - seconds * 1000))} ago`;
}
function expiry(now, seconds) {
    if (seconds === null)
        return 'never';
    const left = seconds * 1000 - now;
    return left <= 0 ? `expired ${rough(-left)} ago` : `in ${rough(left)}`;
}
function classText(k) {
    return k.classes
        .map((c) => c === 'spike' && k.spike
        ? `spike (${k.spike.measure} ${k.spike.lastDay} vs median ${k.spike.median})`
        : c)
        .join(', ');
}
function row(k, now) {
    const cells = [
        k.classes.length > 0 ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(classText(k)) : 'ok',
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(k.projectName)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(k.projectId)}`,
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(k.id)} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(shortRedacted(k.redactedValue))}`,
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(k.name),
        `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(ownerText(k))} ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(k.owner.id)}`,
        rough(Math.max(0, now - k.createdAt * 1000)),
        ago(now, k.lastUsedAt, 'never'),
        expiry(now, k.expiresAt)
    ];
    return `| ${cells.map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .cell */ .Hn).join(' | ')} |`;
}
function fixLines(fix) {
    const head = fix.dryRun
        ? `**revoke-unused (dry run)**: ${fix.actions.length} key(s) would be revoked; nothing was changed.`
        : `**revoke-unused**: ${fix.actions.filter((a) => a.result.startsWith('deleted')).length} of ${fix.actions.length} eligible key(s) revoked.`;
    return [
        head,
        '',
        ...fix.actions.map((a) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.keyId)} of service account ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.serviceAccountId)} in ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.projectId)}: ${a.result}${a.note ? ` (${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Qq)(a.note)})` : ''}`)
    ];
}
/**
 * The audit in markdown: counts per class, the revocations, and one row per key, what needs action first, in at
 * most `maxChars` characters (an issue body holds 65,536, a job summary 1 MiB): the JSON output has every key.
 */
function auditMarkdown(report, now, maxChars) {
    const { thresholds: t } = report;
    const head = [
        `## OpenAI key audit`,
        '',
        `${report.keys.length} key(s) in ${report.projects} project(s); ${report.flagged} need attention. ` +
            `max-age ${t.maxAgeMs > 0 ? (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(t.maxAgeMs) : 'off'}, unused-after ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(t.unusedAfterMs)}, ` +
            `expiring-within ${(0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(t.expiringWithinMs)}, spike-factor ${t.spikeFactor}. ` +
            `${report.calls} Admin API request(s), at ${report.generatedAt}.`,
        '',
        '| Class | Keys | Meaning |',
        '| --- | --- | --- |',
        ..._classify_js__WEBPACK_IMPORTED_MODULE_4__/* .CLASSES */ .Nv.map((c) => `| ${c} | ${report.counts[c]} | ${CLASS_MEANING[c]} |`),
        ''
    ];
    // Room for the closing line that says what was left out.
    let room = maxChars - 200 - head.join('\n').length;
    const fitting = (lines) => {
        const kept = [];
        for (const line of lines) {
            if (line.length + 1 > room)
                break;
            room -= line.length + 1;
            kept.push(line);
        }
        return kept;
    };
    const allFix = report.fix ? [...fixLines(report.fix), ''] : [];
    const allRows = [
        '| Needs | Project | Key | Name | Owner | Age | Last used | Expires |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        ...report.keys.map((k) => row(k, now))
    ];
    const fix = fitting(allFix);
    const rows = fitting(allRows);
    const lines = [...head, ...fix, ...rows];
    if (fix.length < allFix.length || rows.length < allRows.length) {
        lines.push('', 'Too long to show in full: the JSON output (`audit`) has every key and action.');
    }
    return lines.join('\n') + '\n';
}
/** The terminal's form: one line per key, printable, what needs action first. */
function auditText(report, now) {
    const lines = report.keys.map((k) => printable(scrub(`${k.classes.length > 0 ? classText(k) : 'ok'}  ${k.projectId}  ${k.id}  ${shortRedacted(k.redactedValue)}  ${k.name}  ` +
        `${ownerText(k)}  age ${rough(Math.max(0, now - k.createdAt * 1000))}  ` +
        `last used ${ago(now, k.lastUsedAt, 'never')}  expires ${expiry(now, k.expiresAt)}`)));
    const fix = report.fix ? fixLines(report.fix).filter(Boolean) : [];
    return ([
        ...lines,
        ...fix.map((l) => printable(scrub(l.replace(/\*\*/g, '')))),
        `${report.keys.length} key(s) in ${report.projects} project(s); ${report.flagged} need attention.`
    ].join('\n') + '\n');
}


/***/ }),

/***/ 6660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SUMMARY_CHARS: () => (/* binding */ SUMMARY_CHARS),
  auditCommand: () => (/* binding */ auditCommand)
});

// EXTERNAL MODULE: ./src/audit/classify.ts
var classify = __webpack_require__(985);
// EXTERNAL MODULE: ./src/audit/report.ts
var audit_report = __webpack_require__(4261);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/audit-issue.ts
var audit_issue = __webpack_require__(2050);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/openai/admin.ts
var admin = __webpack_require__(8133);
;// CONCATENATED MODULE: ./src/openai/audit.ts



/** Reads are idempotent: a large organisation's audit rides out rate limits with more retries than writes get. */
const READ_RETRIES = 6;
const PAGE = 100;
function toAuditKey(projectId, key) {
    const sa = key.owner.service_account;
    const user = key.owner.user;
    // Names are whatever people typed, a pasted key included: one never leaves the audit whole.
    return {
        projectId,
        id: key.id,
        name: (0,redact/* scrub */._I)(key.name),
        redactedValue: key.redacted_value,
        createdAt: key.created_at,
        lastUsedAt: key.last_used_at ?? null,
        expiresAt: key.expires_at ?? null,
        owner: key.owner.type === 'service_account'
            ? { type: 'service_account', id: sa?.id ?? '', name: (0,redact/* scrub */._I)(sa?.name ?? '') }
            : { type: 'user', id: user?.id ?? '', name: (0,redact/* scrub */._I)(user?.name ?? '') }
    };
}
function openAIAudit(options) {
    const baseURL = options.baseUrl.replace(/\/+$/, '');
    const client = (0,admin/* adminClient */.px)(options.adminKey, baseURL, READ_RETRIES);
    const org = client.admin.organization;
    let calls = 0;
    const call = async (what, run) => {
        calls++;
        try {
            return await run();
        }
        catch (error) {
            throw (0,admin/* adminError */.KR)(what, error, baseURL);
        }
    };
    return {
        calls: () => calls,
        async listProjects(ids) {
            if (ids.length > 0) {
                const named = [];
                for (const id of ids) {
                    const p = await call(`read project ${id}`, () => org.projects.retrieve(id));
                    named.push({ id: p.id, name: (0,redact/* scrub */._I)(p.name ?? '') });
                }
                return named;
            }
            // GET /organization/projects: `limit` (1-100) and `after` (a project id); archived ones are left out.
            const all = [];
            let after;
            for (;;) {
                const page = await call('list the projects', () => org.projects.list({ limit: PAGE, ...(after ? { after } : {}) }));
                all.push(...page.data.map((p) => ({ id: p.id, name: (0,redact/* scrub */._I)(p.name ?? '') })));
                after = page.data.at(-1)?.id;
                if (!page.has_more || !after)
                    return all;
            }
        },
        async listKeys(projectId) {
            // GET /organization/projects/{project_id}/api_keys: `limit` (1-100) and `after` (a key id).
            const all = [];
            let after;
            for (;;) {
                const page = await call(`list the API keys of project ${projectId}`, () => org.projects.apiKeys.list(projectId, { limit: PAGE, ...(after ? { after } : {}) }));
                all.push(...page.data.map((k) => toAuditKey(projectId, k)));
                after = page.data.at(-1)?.id;
                if (!page.has_more || !after)
                    return all;
            }
        },
        async dailyUsage(start, end, projectIds) {
            // GET /organization/usage/{completions,embeddings}, group_by=api_key_id, bucket_width=1d (at most 31
            // buckets a page; next_page while has_more). Each result carries num_model_requests and input tokens;
            // completions also output tokens.
            const usage = new Map();
            let lastDay;
            for (const endpoint of ['completions', 'embeddings']) {
                let page;
                do {
                    const query = {
                        start_time: start,
                        end_time: end,
                        bucket_width: '1d',
                        limit: 31,
                        group_by: ['api_key_id'],
                        ...(projectIds.length > 0 ? { project_ids: projectIds } : {}),
                        ...(page ? { page } : {})
                    };
                    const answer = await call(`read the ${endpoint} usage`, () => org.usage[endpoint](query));
                    for (const bucket of answer.data) {
                        lastDay = Math.max(lastDay ?? bucket.start_time, bucket.start_time);
                        for (const result of bucket.results) {
                            if (!('num_model_requests' in result) || !result.api_key_id)
                                continue;
                            const days = usage.get(result.api_key_id) ?? new Map();
                            usage.set(result.api_key_id, days);
                            const day = days.get(bucket.start_time) ?? { day: bucket.start_time, requests: 0, tokens: 0 };
                            day.requests += result.num_model_requests;
                            const input = 'input_tokens' in result ? result.input_tokens : 0;
                            const output = 'output_tokens' in result ? (result.output_tokens ?? 0) : 0;
                            day.tokens += input + output;
                            days.set(bucket.start_time, day);
                        }
                    }
                    page = answer.has_more && answer.next_page ? answer.next_page : undefined;
                } while (page);
            }
            return { lastDay, perKey: new Map([...usage].map(([id, days]) => [id, [...days.values()]])) };
        },
        async revokeServiceAccountKey(key, deleteAccount) {
            const projects = org.projects;
            calls++;
            try {
                await projects.apiKeys.delete(key.id, { project_id: key.projectId }, { maxRetries: 0 });
                return 'deleted-key';
            }
            catch (error) {
                const status = (0,admin/* statusOf */.c2)(error);
                if (status === 404)
                    return 'missing';
                // OpenAI refuses to delete service-account keys by id ("delete the service account instead").
                if (status !== 400 && status !== 409 && status !== 422) {
                    throw (0,admin/* adminError */.KR)(`delete API key ${key.id}`, error, baseURL);
                }
            }
            if (!deleteAccount)
                return 'refused';
            calls++;
            try {
                const done = await projects.serviceAccounts.delete(key.owner.id, { project_id: key.projectId });
                if (!done.deleted)
                    throw new errors/* ServiceError */._7(`OpenAI did not delete service account ${key.owner.id}.`);
                return 'deleted-service-account';
            }
            catch (error) {
                if ((0,admin/* statusOf */.c2)(error) === 404)
                    return 'missing';
                if (error instanceof errors/* ServiceError */._7)
                    throw error;
                throw (0,admin/* adminError */.KR)(`delete service account ${key.owner.id}`, error, baseURL);
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/commands/audit.ts
// `command: audit`: every key of the organisation (or of the projects named), classified, what needs action
// first; optionally the unused service-account keys revoked; the one audit issue rewritten.






/** An issue body holds 65,536 characters (the marker goes after the audit). */
const ISSUE_CHARS = 60_000;
/** A step's job summary holds 1 MiB; a character of a name can take up to 4 bytes of it. */
const SUMMARY_CHARS = 250_000;
const DAY_S = 86_400;
/** Revokes the keys `fix: revoke-unused` allows, or under dry-run says which it would. */
async function revokeUnused(port, keys, dryRun, logger) {
    const actions = [];
    for (const key of keys.filter(classify/* revocable */.m)) {
        // Deleting the account revokes every key it holds: only when this is its one key.
        const sole = keys.filter((k) => k.projectId === key.projectId && k.owner.id === key.owner.id).length === 1;
        const base = { projectId: key.projectId, keyId: key.id, serviceAccountId: key.owner.id };
        if (dryRun) {
            actions.push({
                ...base,
                result: 'planned',
                ...(sole
                    ? {}
                    : { note: 'its service account holds other keys: revoked only if OpenAI deletes the key alone' })
            });
            logger.info(`Dry run: would revoke ${key.id} (${key.redactedValue}) of service account ${key.owner.id}.`);
            continue;
        }
        try {
            const done = await port.revokeServiceAccountKey(key, sole);
            if (done === 'refused') {
                actions.push({
                    ...base,
                    result: 'skipped',
                    note: 'OpenAI revokes service-account keys only with their account, which holds other keys'
                });
            }
            else
                actions.push({ ...base, result: done });
            logger.info(`Revoke ${key.id} of service account ${key.owner.id}: ${actions.at(-1).result}.`);
        }
        catch (error) {
            actions.push({ ...base, result: 'failed', note: (0,errors/* errorMessage */.gJ)(error) });
            logger.error(`Could not revoke ${key.id}: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }
    return actions;
}
async function listEverything(port, a, now, logger) {
    const projects = await port.listProjects(a.projectIds);
    // The last day and the 14 before it, ending now.
    const end = Math.floor(now / 1000);
    const usage = await port.dailyUsage(end - (classify/* BASELINE_DAYS */.qi + 1) * DAY_S, end, a.projectIds);
    const lastDay = usage.lastDay ?? end - DAY_S;
    const keys = [];
    for (const project of projects) {
        for (const key of await port.listKeys(project.id)) {
            keys.push((0,classify/* classify */.L8)(key, project, usage.perKey.get(key.id) ?? [], lastDay, a, now));
        }
    }
    logger.info(`Audited ${keys.length} key(s) in ${projects.length} project(s).`);
    return { projects: projects.length, keys: keys.sort(classify/* byUrgency */.td) };
}
async function auditCommand(settings, logger, now = Date.now()) {
    const a = settings.audit;
    if (!a)
        throw new errors/* ConfigurationError */.j1("Input 'openai-admin-key' is required to audit the keys.");
    logger.setSecret(a.adminKey);
    const port = openAIAudit({ adminKey: a.adminKey, baseUrl: settings.openaiBaseUrl, logger });
    const { projects, keys } = await listEverything(port, a, now, logger);
    const actions = a.fix === 'revoke-unused' ? await revokeUnused(port, keys, a.dryRun, logger) : undefined;
    const flagged = keys.filter((k) => k.classes.length > 0).length;
    const report = {
        generatedAt: new Date(now).toISOString(),
        thresholds: {
            maxAgeMs: a.maxAgeMs,
            unusedAfterMs: a.unusedAfterMs,
            expiringWithinMs: a.expiringWithinMs,
            spikeFactor: a.spikeFactor
        },
        projects,
        keys,
        counts: (0,audit_report/* countClasses */.Eh)(keys),
        flagged,
        calls: port.calls(),
        ...(actions ? { fix: { mode: 'revoke-unused', dryRun: a.dryRun, actions } } : {})
    };
    const failed = actions?.some((x) => x.result === 'failed')
        ? 'A revocation of revoke-unused failed: see the log and the audit report.'
        : undefined;
    const { owner, repo, token } = settings.github;
    if (!a.issue)
        return { report, failed };
    if (!owner || !repo || !token) {
        logger.info('No audit issue written: it needs GITHUB_REPOSITORY and a GitHub token (or set issue to false).');
        return { report, failed };
    }
    try {
        const octokit = (0,client/* createGitHubClient */.LX)({ token, apiUrl: settings.github.apiUrl, logger });
        const issueUrl = await (0,audit_issue/* keepAuditIssue */.Eo)(octokit, { owner, repo }, {
            title: 'OpenAI key audit',
            body: (0,audit_report.auditMarkdown)(report, now, ISSUE_CHARS),
            labels: a.issueLabels,
            attention: flagged > 0
        });
        logger.info(`Audit issue: ${issueUrl}`);
        return { report, issueUrl, failed };
    }
    catch (error) {
        // The audit itself is done: it still reaches the summary and the outputs.
        return { report, failed: `The audit issue could not be written: ${(0,errors/* errorMessage */.gJ)(error)}` };
    }
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


/***/ })

};
