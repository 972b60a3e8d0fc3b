// The SARIF one repository's code scanning receives: within GitHub's limits (5,000 results shown per run, 10 MB
// gzipped), the findings that fail the check kept first, and what was left out counted.
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { CATEGORY, MAX_GZIP_BYTES, MAX_RESULTS, repositorySarif } from '../../src/org/sarif.js'
import { fingerprint, redact } from '../../src/redact.js'
import type { Finding } from '../../src/scan/types.js'
import { makeKey, randomChars, seeded } from '../helpers/keys.js'

const key = makeKey('project', 7)

function finding(i: number, status: Finding['status'], path = `src/file-${i}.env`): Finding {
  return {
    path,
    line: 1,
    column: 1,
    commit: 'c'.repeat(40),
    shape: 'project',
    encoding: 'plain',
    redacted: redact(key),
    fingerprint: fingerprint(`${key}${i}`),
    status
  }
}

interface Log {
  runs: Array<{ automationDetails: { id: string }; results: Array<{ level: string }> }>
}

const decode = (sarif: string): Log => JSON.parse(gunzipSync(Buffer.from(sarif, 'base64')).toString()) as Log

describe('repositorySarif', () => {
  it('keeps the 5,000 results GitHub shows, the failing ones first, and counts the rest', () => {
    const findings = [
      ...Array.from({ length: MAX_RESULTS }, (_, i) => finding(i, 'pre-existing')),
      finding(MAX_RESULTS, 'introduced'),
      finding(MAX_RESULTS + 1, 'introduced')
    ]
    const upload = repositorySarif(findings, 'introduced', '0.1.0', { objects: 0, paths: [] })
    expect(upload).toMatchObject({ results: MAX_RESULTS, leftOut: 2 })
    const log = decode(upload.sarif)
    expect(log.runs[0]!.automationDetails.id).toBe(CATEGORY)
    expect(log.runs[0]!.results).toHaveLength(MAX_RESULTS)
    expect(log.runs[0]!.results.slice(0, 3).map((r) => r.level)).toEqual(['error', 'error', 'warning'])
    expect(upload.sarif).not.toContain(key)
    expect(gunzipSync(Buffer.from(upload.sarif, 'base64')).toString()).not.toContain(key)
  })

  it('halves the results until the gzipped log fits the size limit', () => {
    const rand = seeded(99)
    // Random paths do not compress: 400 of 1 KiB each make a log of about 300 KB gzipped.
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding(i, 'introduced', `${randomChars(1024, 'abcdefghijklmnopqrstuvwxyz0123456789', rand)}/${i}`)
    )
    const whole = repositorySarif(findings, 'any', '0.1.0', { objects: 0, paths: [] })
    expect(whole).toMatchObject({ results: 400, leftOut: 0 })
    const limit = 100_000
    const cut = repositorySarif(findings, 'any', '0.1.0', { objects: 0, paths: [] }, limit)
    expect(cut).toMatchObject({ results: 100, leftOut: 300 })
    expect(Buffer.from(cut.sarif, 'base64').length).toBeLessThanOrEqual(limit)
    expect(MAX_GZIP_BYTES).toBeLessThan(10_000_000)
  })
})
