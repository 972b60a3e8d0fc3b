export const id = 261;
export const ids = [261];
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
/* harmony export */   auditText: () => (/* binding */ auditText),
/* harmony export */   lG: () => (/* binding */ auditMarkdown)
/* harmony export */ });
/* unused harmony export CLASS_MEANING */
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
    const lines = report.keys.map((k) => (0,_report_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(`${k.classes.length > 0 ? classText(k) : 'ok'}  ${k.projectId}  ${k.id}  ${shortRedacted(k.redactedValue)}  ${k.name}  ` +
        `${ownerText(k)}  age ${rough(Math.max(0, now - k.createdAt * 1000))}  ` +
        `last used ${ago(now, k.lastUsedAt, 'never')}  expires ${expiry(now, k.expiresAt)}`)));
    const fix = report.fix ? fixLines(report.fix).filter(Boolean) : [];
    return ([
        ...lines,
        ...fix.map((l) => (0,_report_quote_js__WEBPACK_IMPORTED_MODULE_1__/* .printable */ .g$)((0,_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .scrub */ ._I)(l.replace(/\*\*/g, '')))),
        `${report.keys.length} key(s) in ${report.projects} project(s); ${report.flagged} need attention.`
    ].join('\n') + '\n');
}


/***/ })

};
