export const id = 267;
export const ids = [267];
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


/***/ })

};
