/** The release, reported in SARIF and the JSON report; test/version.test.ts keeps it equal to package.json's. */
export const VERSION = '0.1.0'
