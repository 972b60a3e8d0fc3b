import { describe, expect, it } from 'vitest'
import {
  parseRepositoryName,
  parseRepositoryReport,
  repositoryReport,
  reportPath,
  serializeRepositoryReport,
  type RepositoryReport
} from '../../src/org/report-file.js'
import { fingerprint, redact } from '../../src/redact.js'
import { makeKey } from '../helpers/keys.js'

// The report as JSON, edited freely to make it wrong.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>

const key = makeKey('project', 18)
const commit = 'a'.repeat(40)

function scanned(): RepositoryReport {
  return repositoryReport({
    version: '0.1.0',
    detector: '1',
    repository: 'octo-org/api',
    status: 'scanned',
    ref: 'refs/heads/main',
    head: commit,
    commits: 3,
    objects: { listed: 9, read: 9, skipped: 0 },
    findings: [
      {
        path: 'config/.env',
        line: 2,
        column: 16,
        shape: 'project',
        encoding: 'plain',
        redacted: redact(key),
        fingerprint: fingerprint(key),
        status: 'introduced',
        commit,
        authorDate: '2026-01-01T00:01:00Z'
      },
      {
        kind: 'commit-message',
        line: 1,
        column: 5,
        shape: 'project',
        encoding: 'plain',
        redacted: redact(key),
        fingerprint: fingerprint(key),
        status: 'introduced',
        commit
      }
    ]
  })
}

/** The report's JSON with one field changed by `edit`, parsed back. */
function parsedWith(edit: (json: Loose) => void): RepositoryReport | Error {
  const json = JSON.parse(serializeRepositoryReport(scanned())) as Loose
  edit(json)
  return parseRepositoryReport(JSON.stringify(json))
}

describe('the per-repository report file', () => {
  it('reads back what the batch scan writes', () => {
    const report = scanned()
    expect(parseRepositoryReport(serializeRepositoryReport(report))).toEqual(report)
    const failed = repositoryReport({
      version: '0.1.0',
      detector: '1',
      repository: 'octo-org/gone',
      status: 'failed',
      error: 'octo-org/gone was not found.'
    })
    expect(parseRepositoryReport(serializeRepositoryReport(failed))).toEqual(failed)
  })

  it('keeps only the known fields of a report', () => {
    const report = parsedWith((json) => {
      json.extra = 'x'
      json.findings[0].extra = 'y'
    })
    expect(report).toEqual(scanned())
  })

  it.each<[string, (json: Loose) => void]>([
    ['a whole key as the redacted form', (j) => (j.findings[0].redacted = key)],
    ['a repository that climbs out of the report directory', (j) => (j.repository = '../etc')],
    ['a repository named ..', (j) => (j.repository = 'octo-org/..')],
    ['a failed report without its error', (j) => (j.status = 'failed')],
    ['a failed report with findings', (j) => ((j.status = 'failed'), (j.error = 'gone'))],
    ['a head that is no object id', (j) => (j.head = 'main')],
    ['an error on a scanned report', (j) => (j.error = 'x')],
    ['a count that is not a whole number', (j) => (j.objects.read = 1.5)],
    ['a negative count', (j) => (j.commits = -1)],
    ['a line of 0', (j) => (j.findings[0].line = 0)],
    ['an unknown shape', (j) => (j.findings[0].shape = 'aws')],
    ['a finding with neither path nor kind', (j) => delete j.findings[0].path],
    ['a finding with both path and kind', (j) => (j.findings[1].path = 'x')],
    ['a commit that is no object id', (j) => (j.findings[0].commit = 'HEAD')],
    ['a fingerprint that is not SHA-256', (j) => (j.findings[0].fingerprint = 'abc')],
    ['another format', (j) => (j.format = 2)],
    ['another kind of file', (j) => (j.kind = 'sarif')],
    ['findings that are no list', (j) => (j.findings = {})],
    ['a path that is no string', (j) => (j.findings[0].path = 7)]
  ])('refuses %s', (_what, edit) => {
    expect(parsedWith(edit)).toBeInstanceOf(Error)
  })

  it('says what is wrong without quoting the file', () => {
    const error = parsedWith((j) => (j.findings[0].redacted = key))
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('not a valid report: findings[0].redacted is not a valid string')
    expect(parseRepositoryReport('{"tool": ')).toEqual(new Error('not a report: it is not JSON'))
    expect(parseRepositoryReport('null')).toBeInstanceOf(Error)
  })

  it('names one file per repository inside the directory', () => {
    expect(reportPath('/r', 'octo-org/api.v2')).toBe('/r/octo-org__api.v2.json')
    expect(() => reportPath('/r', 'octo-org/../x')).toThrow('is not a repository')
    expect(parseRepositoryName('octo_org/api')).toBeInstanceOf(Error)
    expect(parseRepositoryName('octo-org/.')).toBeInstanceOf(Error)
    expect(parseRepositoryName('octo-org/a/b')).toBeInstanceOf(Error)
    expect(parseRepositoryName('octo-org/my_repo.js')).toEqual({ owner: 'octo-org', name: 'my_repo.js' })
  })
})
