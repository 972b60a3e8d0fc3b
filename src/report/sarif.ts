import { scrub, sha256 } from '../redact.js'
import type { Finding, ShapeName } from '../scan/types.js'
import { type FailOn, failsCheck, ROTATE_ADVICE, shapeTitle } from './findings.js'

const ruleId = (shape: ShapeName): string => `openai-key-guard/${shape}`

/**
 * A SARIF 2.1.0 log for github/codeql-action/upload-sarif. `partialFingerprints` hash the key's fingerprint with
 * its path, so code scanning keeps one alert per key and file across runs, wherever the line moves.
 */
export function toSarif(findings: readonly Finding[], failOn: FailOn, version: string): object {
  const shapes = [...new Set(findings.map((f) => f.shape))].sort()
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'openai-key-guard',
            semanticVersion: version,
            informationUri: 'https://github.com/openai-key-guard/openai-key-guard',
            rules: shapes.map((shape) => ({
              id: ruleId(shape),
              name: shapeTitle(shape).replace(/[^A-Za-z]+/g, ''),
              shortDescription: { text: `${shapeTitle(shape)} committed to the repository` },
              fullDescription: { text: ROTATE_ADVICE },
              help: { text: ROTATE_ADVICE },
              defaultConfiguration: { level: 'error' },
              properties: {
                tags: ['security', 'secret'],
                'security-severity': shape === 'admin' ? '10.0' : '9.0'
              }
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: ruleId(f.shape),
          level: failsCheck(f, failOn) ? 'error' : 'warning',
          message: {
            text: `${shapeTitle(f.shape)} ${f.redacted}${f.commit ? ` in commit ${f.commit.slice(0, 7)}` : ''}. ${ROTATE_ADVICE}`
          },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: scrub(f.path).split('/').map(encodeURIComponent).join('/') },
                region: { startLine: f.line, startColumn: f.column }
              }
            }
          ],
          partialFingerprints: {
            'openaiKeyGuard/v1': sha256(`${f.fingerprint}:${scrub(f.path)}`)
          },
          properties: { status: f.status, encoding: f.encoding, ...(f.live ? { live: f.live } : {}) }
        }))
      }
    ]
  }
}
