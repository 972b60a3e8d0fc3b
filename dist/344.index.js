export const id = 344;
export const ids = [344];
export const modules = {

/***/ 8344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  isForkPullRequest: () => (/* binding */ isForkPullRequest),
  respondToLeaks: () => (/* binding */ respondToLeaks)
});

// EXTERNAL MODULE: ./src/rotate/index.ts + 15 modules
var rotate = __webpack_require__(9996);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(6584);
// EXTERNAL MODULE: ./src/github/issues.ts
var issues = __webpack_require__(5039);
// EXTERNAL MODULE: ./src/redact.ts
var redact = __webpack_require__(6670);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/commands/incident.ts





/**
 * The incident issue of `on-leak: revoke`: where each key leaked and what became of it. No key, no hash. Paths
 * are code spans and outcomes escaped text (markdown.ts): a file name must not write the issue.
 */
async function fileIncident(options) {
    const { github, settings, outcomes, logger } = options;
    if (!settings.issue || outcomes.length === 0)
        return undefined;
    const rows = outcomes.map(({ finding, message }) => `| ${(0,markdown/* code */.aY)(finding.redacted)} | ${(0,markdown/* cell */.Hn)((0,markdown/* code */.aY)((0,report_findings/* place */.ik)(finding)))} | ${(0,markdown/* text */.Qq)(message)} |`);
    const runUrl = process.env.GITHUB_RUN_ID
        ? `${github.serverUrl}/${github.owner}/${github.repo}/actions/runs/${process.env.GITHUB_RUN_ID}`
        : undefined;
    const body = [
        `A scan found ${outcomes.length} leaked OpenAI key(s) and tried to revoke them (\`on-leak: revoke\`).`,
        '',
        '| Key | Where | Outcome |',
        '|---|---|---|',
        ...rows,
        '',
        'What to do next: a key that was not revoked here is still live. Revoke it at platform.openai.com → API keys,',
        'replace it wherever it is used, and remember that deleting the line does not un-leak it.',
        ...(runUrl ? ['', `Found by ${runUrl}`] : [])
    ].join('\n');
    const octokit = (0,client/* createGitHubClient */.LX)({ token: github.token, apiUrl: github.apiUrl, logger });
    const url = await (0,issues/* gitHubIssues */.u)(octokit, github.owner, github.repo).record({
        rotationId: `incident-${new Date().toISOString()}`,
        title: `Leaked OpenAI key(s) found: ${outcomes.length} (on-leak: revoke)`,
        body: (0,redact/* scrub */._I)(body),
        labels: [...new Set(['security', 'leaked-key', ...settings.issueLabels])]
    });
    logger.info(`Incident issue: ${url}`);
    return url;
}

;// CONCATENATED MODULE: ./src/commands/respond.ts



/** A pull request from a fork runs without the base repository's secrets. */
function isForkPullRequest(payload) {
    const pr = payload.pull_request;
    if (!pr)
        return false;
    return pr.head?.repo?.fork === true || pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
}
/**
 * `on-leak`: rotate the managed key when it is among the leaks, or revoke leaked keys that the project
 * owns. A leak still fails the check either way: the key was public, whatever was done about it.
 */
async function respondToLeaks(options) {
    const { settings, findings, keys, logger } = options;
    const none = { notes: [], revoked: 0, failed: false };
    const mode = settings.scan.onLeak;
    if (mode === 'fail' || findings.length === 0)
        return none;
    const rotateSettings = settings.rotate;
    const { owner, repo } = settings.github;
    if (!rotateSettings || !owner || !repo) {
        const why = isForkPullRequest(settings.github.payload)
            ? 'pull requests from forks get no secrets, so there is no openai-admin-key here. The scan ran with a read-only token; a maintainer must rotate the key.'
            : 'openai-admin-key is not set.';
        const note = `on-leak: ${mode} skipped: ${why}`;
        logger.warning(note);
        return { ...none, notes: [note] };
    }
    const github = {
        token: settings.github.token,
        apiUrl: settings.github.apiUrl,
        serverUrl: settings.github.serverUrl,
        owner,
        repo
    };
    const current = rotateSettings.currentKey;
    const managed = current ? findings.find((f) => keys.get(f.fingerprint) === current) : undefined;
    if (mode === 'rotate') {
        if (!managed) {
            const note = current
                ? 'on-leak: rotate: the leaked key(s) are not the managed secret (current-key), so nothing was rotated. Revoke them in the OpenAI dashboard, or use on-leak: revoke.'
                : 'on-leak: rotate needs current-key (the value in the secret) to recognise the managed key: nothing was rotated.';
            logger.warning(note);
            return { ...none, notes: [note] };
        }
        logger.warning(`The managed key ${managed.redacted} leaked: rotating now and revoking it at once.`);
        const rotation = await (0,rotate/* rotate */.e$)({
            settings: { ...rotateSettings, revoke: 'immediately' },
            github,
            openaiBaseUrl: settings.openaiBaseUrl,
            trigger: 'leak',
            // A key in a message is in no file: the record names the message where it names a path.
            leak: {
                commit: managed.commit,
                path: (0,report_findings/* messageName */.fe)(managed) ?? managed.path,
                line: managed.line,
                redacted: managed.redacted
            },
            run: settings.github.run,
            logger
        });
        return {
            notes: [
                `on-leak: rotate: ${rotation.message}${rotation.issueUrl ? ` Incident: ${rotation.issueUrl}` : ''}`
            ],
            rotation,
            revoked: rotation.revoked ? 1 : 0,
            failed: rotation.result !== 'rotated'
        };
    }
    // on-leak: revoke. Each distinct leaked key that is not the managed secret (rotating that one is the safe way).
    const notes = [];
    let revoked = 0;
    const seen = new Set();
    const outcomes = [];
    for (const finding of findings) {
        const key = keys.get(finding.fingerprint);
        if (!key || seen.has(finding.fingerprint))
            continue;
        seen.add(finding.fingerprint);
        if (key === current) {
            outcomes.push({
                finding,
                message: 'the managed secret: not revoked here (use on-leak: rotate to replace it safely)'
            });
            continue;
        }
        const outcome = await (0,rotate/* revokeLeakedKey */.WS)({
            settings: rotateSettings,
            github,
            openaiBaseUrl: settings.openaiBaseUrl,
            trigger: 'leak',
            logger,
            key
        });
        if (outcome.result === 'revoked')
            revoked++;
        outcomes.push({ finding, message: outcome.message });
    }
    for (const { finding, message } of outcomes)
        notes.push(`on-leak: revoke: ${finding.redacted}: ${message}`);
    const issueUrl = await fileIncident({ github, settings: rotateSettings, outcomes, logger });
    if (issueUrl)
        notes.push(`Incident issue: ${issueUrl}`);
    return { notes, revoked, failed: false };
}


/***/ })

};
