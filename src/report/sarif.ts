import { scrub, sha256 } from '../redact.js'
import { text } from './markdown.js'
import type { Finding, MessageKind, ShapeName, Unreadable } from '../scan/types.js'
import {
  type FailOn,
  failsCheck,
  messageName,
  ROTATE_ADVICE,
  shapeTitle,
  unreadableFails
} from './findings.js'

const ruleId = (shape: ShapeName): string => `openai-key-guard/${shape}`

/** SARIF logical location kinds for messages (SARIF 2.1.0 §3.33.7 allows kinds beyond its list). */
const LOGICAL_KINDS: Record<MessageKind, string> = {
  'commit-message': 'commitMessage',
  'tag-message': 'tagMessage',
  note: 'note'
}

/**
 * Where a result is: a file and region, or for a message a logical location (no file holds it) named by the tag
 * or the commit, with the commit's full id as its qualified name.
 */
function location(f: Finding): object {
  if (!f.kind) {
    return {
      physicalLocation: {
        artifactLocation: { uri: uriOf(f.path) },
        region: { startLine: f.line, startColumn: f.column }
      }
    }
  }
  const name = f.kind === 'tag-message' && f.tag !== undefined ? scrub(f.tag) : (f.commit ?? '')
  return {
    logicalLocations: [
      {
        kind: LOGICAL_KINDS[f.kind],
        name,
        fullyQualifiedName: `${f.kind}:${name}${f.commit && f.commit !== name ? `@${f.commit}` : ''}`
      }
    ]
  }
}

/** " in commit abc1234", or " in the commit message of abc1234, line 2", a tag's name escaped as markdown text. */
function where(f: Finding): string {
  const message = messageName(f)
  if (message) return ` in the ${text(message)}, line ${f.line}`
  return f.commit ? ` in commit ${f.commit.slice(0, 7)}` : ''
}

/**
 * A SARIF 2.1.0 log for github/codeql-action/upload-sarif. `partialFingerprints` hash the key's fingerprint with
 * its path, so code scanning keeps one alert per key and file across runs, wherever the line moves.
 */
export function toSarif(
  findings: readonly Finding[],
  failOn: FailOn,
  version: string,
  unreadable: Unreadable = { objects: 0, paths: [] }
): object {
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
        invocations: [invocation(unreadable, failOn)],
        results: findings.map((f) => ({
          ruleId: ruleId(f.shape),
          level: failsCheck(f, failOn) ? 'error' : 'warning',
          message: { text: `${shapeTitle(f.shape)} ${f.redacted}${where(f)}. ${ROTATE_ADVICE}` },
          locations: [location(f)],
          partialFingerprints: {
            'openaiKeyGuard/v1': sha256(
              f.kind
                ? `${f.fingerprint}:${f.kind}:${scrub(f.tag ?? f.commit ?? '')}`
                : `${f.fingerprint}:${scrub(f.path)}`
            )
          },
          properties: {
            status: f.status,
            encoding: f.encoding,
            ...(f.kind ? { kind: f.kind, line: f.line, column: f.column } : {}),
            ...(f.commit ? { commit: f.commit } : {}),
            ...(f.live ? { live: f.live } : {})
          }
        }))
      }
    ]
  }
}

/** A path as a URI: each segment percent-encoded, a byte that is not UTF-8 (paths.ts) as itself. */
const uriOf = (path: string): string =>
  scrub(path)
    .split('/')
    .map((segment) =>
      segment.replace(/[\udc80-\udcff]|[^\udc80-\udcff]+/gu, (part) =>
        /^[\udc80-\udcff]$/u.test(part)
          ? `%${(part.charCodeAt(0) - 0xdc00).toString(16).toUpperCase()}`
          : encodeURIComponent(part)
      )
    )
    .join('/')

/**
 * What SARIF calls the run's execution: whatever could not be read is a tool execution notification (SARIF
 * 2.1.0 §3.20.21), an error when it fails the check, and the run did not succeed (§3.20.14).
 */
function invocation(unreadable: Unreadable, failOn: FailOn): object {
  const level = unreadableFails(unreadable, failOn) ? 'error' : 'warning'
  const notification = (text: string, path?: string): object => ({
    descriptor: { id: 'openai-key-guard/not-scanned' },
    level,
    message: { text: `Not scanned: ${text}.` },
    ...(path === undefined
      ? {}
      : { locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(path) } } }] })
  })
  const { objects, paths, reasons } = unreadable
  return {
    executionSuccessful: objects === 0,
    toolExecutionNotifications:
      paths.length === 0 && objects > 0
        ? [notification(`${objects} git objects could not be read`)]
        : paths.map((path) =>
            notification(`${path} could not be read (${reasons?.[path] ?? 'unreadable'})`, path)
          )
  }
}
