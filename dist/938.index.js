export const id = 938;
export const ids = [938];
export const modules = {

/***/ 2938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderOrgSummary: () => (/* binding */ renderOrgSummary),
/* harmony export */   v: () => (/* binding */ totalsOf)
/* harmony export */ });
/* unused harmony export renderOrgText */
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(856);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _report_quote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9166);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6670);
// The organisation run as its job summary (markdown) and as the CLI prints it (text). Every name, path and reason
// comes from the reports and is hostile: code spans and escaped text (markdown.ts), printable lines (quote.ts),
// and the whole scrubbed of anything key-shaped.






function totalsOf(repositories, failOn) {
    const sum = (pick) => repositories.reduce((n, r) => n + pick(r), 0);
    return {
        repositories: repositories.length,
        failed: repositories.filter((r) => r.status === 'failed').length,
        findings: sum((r) => r.findings.length),
        failing: sum((r) => r.findings.filter((f) => (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failsCheck */ .k2)(f, failOn)).length),
        withFindings: repositories.filter((r) => r.findings.length > 0).length,
        partial: repositories.filter((r) => r.status !== 'failed' && r.unreadable.objects > 0).length,
        read: sum((r) => r.objects.read),
        skipped: sum((r) => r.objects.skipped)
    };
}
/** Where a finding is: the path (or the message) and its line, in markdown. */
function where(f) {
    const message = (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .messageName */ .fe)(f);
    return message === undefined ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)((0,_report_quote_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .Gt)(f.path)) : (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(message);
}
function statusText(r) {
    if (r.status !== 'failed') {
        const blind = r.unreadable.objects;
        return blind > 0 ? `${r.status}, but ${blind} object(s) could not be read` : r.status;
    }
    return `failed: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(r.reason ?? 'unknown')}`;
}
/** What became of one upload, as markdown (`md`) or as a plain line. */
function uploadText(u, md) {
    const name = md ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(u.repository) : u.repository;
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
    return `SARIF not uploaded to ${name}: ${md ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(message) : message}`;
}
/** What the list of skipped or shortened uploads may take of the summary. */
const UPLOAD_BYTES = 64 * 1024;
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
        .map((r) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.repository))} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(statusText(r))} | ${r.findings.length} | ${r.commits} | ${r.objects.read} | ${r.objects.skipped} |`);
    lines.push('| Repository | Status | Findings | Commits | Objects read | Skipped |', '| --- | --- | --- | --- | --- | --- |');
    const repoLeft = addRows(lines, repoRows, _report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .TABLE_BYTES */ .ry / 3);
    if (repoLeft > 0)
        lines.push('', `${repoLeft} more repositories without findings are not listed.`);
    const all = input.repositories.flatMap((r) => r.findings.map((f) => ({ r, f })));
    if (all.length > 0) {
        const ordered = [
            ...all.filter(({ f }) => (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failsCheck */ .k2)(f, input.failOn)),
            ...all.filter(({ f }) => !(0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failsCheck */ .k2)(f, input.failOn))
        ];
        lines.push('', '| | Repository | Commit | Where | Line | Key | Type |', '|---|---|---|---|---|---|---|');
        const findingLeft = addRows(lines, ordered.map(({ r, f }) => `| ${(0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failsCheck */ .k2)(f, input.failOn) ? '❌' : '⚠️'} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(r.repository))} | ${f.commit ? f.commit.slice(0, 7) : ''} | ` +
            `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(where(f))} | ${f.line} | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(f.redacted)}${(0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .liveNote */ .ZF)(f)} | ${(0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .shapeTitle */ .EJ)(f.shape)} |`), (_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .TABLE_BYTES */ .ry * 2) / 3);
        if (findingLeft > 0) {
            lines.push('', `${findingLeft} more finding(s) are not listed here (GitHub drops a job summary over 1 MiB): the SARIF uploads and the reports hold them.`);
        }
        lines.push('', `> ${_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .ROTATE_ADVICE */ .B5}`);
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
        lines.push('', `Organisation issue: ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(input.issueUrl)}`);
    for (const note of input.notes)
        lines.push('', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Qq)(note));
    return (0,_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .scrub */ ._I)(lines.join('\n') + '\n');
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
            const message = messageName(f);
            const at = message
                ? `${message}:${f.line}`
                : `${displayPath(f.path)}:${f.line}${f.commit ? ` (commit ${f.commit.slice(0, 7)})` : ''}`;
            lines.push(`${failsCheck(f, input.failOn) ? 'LEAK' : 'warn'}  ${r.repository}  ${at}  ${f.redacted}  ${shapeTitle(f.shape)}`);
        }
    }
    for (const u of input.uploads)
        lines.push(uploadText(u, false));
    lines.push(`${t.findings} finding(s) in ${t.repositories} repositories (${t.failing} fail the check); ${t.failed} could not be scanned` +
        `${t.partial > 0 ? `, ${t.partial} only in part` : ''}.`, ...input.notes);
    if (input.issueUrl)
        lines.push(`Organisation issue: ${input.issueUrl}`);
    return lines.map((l) => printable(scrub(l))).join('\n') + '\n';
}


/***/ })

};
