import { describe, expect, it } from 'vitest'
import { annotate, ANNOTATION_LIMIT } from '../../src/report/annotations.js'
import { renderSummary } from '../../src/report/summary.js'
import { toSarif } from '../../src/report/sarif.js'
import { renderJson, renderText } from '../../src/report/text.js'
import { consoleLogger, type AnnotationProps, type Logger } from '../../src/logger.js'
import { makeFinding } from '../helpers/findings.js'

function recordingLogger(): Logger & {
  lines: { level: string; message: string; props?: AnnotationProps }[]
} {
  const lines: { level: string; message: string; props?: AnnotationProps }[] = []
  return {
    lines,
    info: (message) => lines.push({ level: 'info', message }),
    debug: (message) => lines.push({ level: 'debug', message }),
    warning: (message, props) => lines.push({ level: 'warning', message, props }),
    error: (message, props) => lines.push({ level: 'error', message, props }),
    setSecret: () => undefined
  }
}

describe('annotations', () => {
  it('puts an error on the file and line of each failing finding, a warning on pre-existing ones', () => {
    const a = makeFinding(1)
    const b = makeFinding(2, { status: 'pre-existing' })
    const logger = recordingLogger()
    expect(annotate([a.finding, b.finding], 'introduced', logger)).toBe(0)
    expect(logger.lines.map((l) => [l.level, l.props?.file, l.props?.startLine])).toEqual([
      ['error', a.finding.path, 1],
      ['warning', b.finding.path, 2]
    ])
    expect(logger.lines[0]?.message).toContain(a.finding.redacted)
    expect(logger.lines[0]?.message).toContain('Rotate')
  })

  it('caps each level at the ten GitHub shows and counts the rest', () => {
    const findings = Array.from({ length: 13 }, (_, i) => makeFinding(i + 1).finding)
    const logger = recordingLogger()
    expect(annotate(findings, 'any', logger)).toBe(13 - ANNOTATION_LIMIT)
    expect(logger.lines.filter((l) => l.level === 'error')).toHaveLength(ANNOTATION_LIMIT)
  })

  it('reports everything as warnings under fail-on: never', () => {
    const logger = recordingLogger()
    annotate([makeFinding(1).finding], 'never', logger)
    expect(logger.lines[0]?.level).toBe('warning')
  })
})

describe('job summary', () => {
  it('lists every finding with file, line, commit, redacted key and what to do', () => {
    const findings = Array.from({ length: 12 }, (_, i) => makeFinding(i + 1))
    const md = renderSummary({
      findings: findings.map((f) => f.finding),
      failOn: 'introduced',
      scanned: '3 commits of the pull request',
      allowed: 2,
      notAnnotated: 2
    })
    expect(md).toContain('**12 leaked OpenAI key(s) fail this check.**')
    for (const { finding, key } of findings) {
      expect(md).toContain(`| \`${finding.path}\` | ${finding.line} | ${finding.commit?.slice(0, 7)} |`)
      expect(md).toContain(finding.redacted)
      expect(md).not.toContain(key)
    }
    expect(md).toContain('does not un-leak')
    expect(md).toContain('2 finding(s) are listed here only')
    expect(md).toContain('2 finding(s) allowed')
  })

  it('lists failing findings first and stops the table short of 1 MiB, saying how many it left out', () => {
    // Long paths make each row about 2 KiB: 1,000 findings would be about 2 MiB of table.
    const count = 1000
    const findings = Array.from({ length: count }, (_, i) =>
      makeFinding(i + 1, {
        path: `${'deep/'.repeat(400)}f${i}.env`,
        ...(i < 60 ? { status: 'pre-existing' } : {})
      })
    ).map((f) => f.finding)
    const md = renderSummary({
      findings,
      failOn: 'introduced',
      scanned: 'x',
      allowed: 0,
      notAnnotated: count - 20
    })
    const rows = md.split('\n').filter((line) => /^\| (❌|⚠️) \|/.test(line))
    expect(Buffer.byteLength(md)).toBeLessThan(1 << 20)
    expect(rows.length).toBeGreaterThan(300)
    expect(rows.length).toBeLessThan(count - 60)
    // The 60 pre-existing findings came first in the input; every row shown is one that fails the check.
    expect(rows.every((row) => row.startsWith('| ❌ |'))).toBe(true)
    expect(md).toContain(`**${count - 60} leaked OpenAI key(s) fail this check.**`)
    expect(md).toContain(`${count - rows.length} more finding(s) are not listed here`)
    expect(md).toContain(`${count - 20} finding(s) have no annotation`)
  })

  it('says so when nothing was found', () => {
    const md = renderSummary({
      findings: [],
      failOn: 'introduced',
      scanned: 'full history',
      allowed: 0,
      notAnnotated: 0
    })
    expect(md).toContain('No OpenAI keys found in full history.')
  })

  it('escapes table cells', () => {
    const { finding } = makeFinding(1, { path: 'a|b.txt' })
    const md = renderSummary({
      findings: [finding],
      failOn: 'any',
      scanned: 'x',
      allowed: 0,
      notAnnotated: 0
    })
    expect(md).toContain('a\\|b.txt')
  })
})

describe('SARIF', () => {
  it('is a SARIF 2.1.0 log with one rule per shape and stable partial fingerprints', () => {
    const a = makeFinding(1)
    const b = makeFinding(2, { shape: 'admin', status: 'pre-existing' })
    const log = toSarif([a.finding, b.finding], 'introduced', '1.2.3') as {
      version: string
      runs: {
        tool: { driver: { rules: { id: string }[] } }
        results: {
          ruleId: string
          level: string
          partialFingerprints: Record<string, string>
          locations: unknown[]
        }[]
      }[]
    }
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]!
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual([
      'openai-key-guard/admin',
      'openai-key-guard/project'
    ])
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['openai-key-guard/project', 'error'],
      ['openai-key-guard/admin', 'warning']
    ])
    // Same key and path on another line and commit: same fingerprint, so code scanning keeps one alert.
    const moved = toSarif(
      [{ ...a.finding, line: 99, commit: 'b'.repeat(40) }],
      'introduced',
      '1.2.3'
    ) as typeof log
    expect(moved.runs[0]!.results[0]!.partialFingerprints).toEqual(run.results[0]!.partialFingerprints)
    expect(run.results[0]!.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'config/app-1.env' },
          region: { startLine: 1, startColumn: 16 }
        }
      }
    ])
    const text = JSON.stringify(log)
    expect(text).not.toContain(a.key)
    expect(text).not.toContain(b.key)
    expect(text).not.toContain(a.finding.fingerprint)
  })
})

describe('CLI text and JSON', () => {
  it('prints one line per finding and a verdict, never the key', () => {
    const a = makeFinding(4)
    const text = renderText([a.finding], 'introduced', 'the working tree')
    expect(text).toMatch(/^LEAK {2}config\/app-4\.env:4:16 \(commit aaaaaaa\) {2}sk-proj-/)
    expect(text).toContain('1 leaked key(s) fail the check')
    expect(text).not.toContain(a.key)
    const json = JSON.parse(renderJson([a.finding], 'introduced', 'the working tree', '1.0.0'))
    expect(json).toMatchObject({ leaks: 1, findings: [{ fingerprint: a.finding.fingerprint }] })
  })
})

describe('console logger', () => {
  it('masks registered secrets and anything key-shaped', () => {
    const out: string[] = []
    const logger = consoleLogger((l) => out.push(l))
    const { key } = makeFinding(9)
    logger.setSecret('hunter2-token-value')
    logger.info(`token hunter2-token-value and key ${key}`)
    expect(out[0]).toBe(`token *** and key ${makeFinding(9).finding.redacted}`)
  })
})
