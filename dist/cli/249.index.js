export const id = 249;
export const ids = [249];
export const modules = {

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
