// The detection gaps and the glob matcher as a user meets them: the committed CLI bundle scanning a repository.
// Every case prints its findings as JSON and is checked for the keys it holds (canaries): none may be printed.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { wrapped } from '../helpers/contexts.js'
import { cleanupTempDirs, TestRepo } from '../helpers/git.js'
import { makeKey } from '../helpers/keys.js'
import { ROOT } from '../helpers/runner.js'

afterAll(cleanupTempDirs)

interface Report {
  leaks: number
  findings: Array<{ path: string; line: number; column: number; shape: string; encoding: string }>
}

function scan(repo: TestRepo, args: string[], canaries: string[]): { status: number | null; report: Report } {
  // The guard only stops a runaway child so that the assertions can fail; nothing here asserts a time.
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'dist/cli.js'), 'scan', ...args, '--format', 'json'],
    {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH },
      timeout: 120_000
    }
  )
  for (const canary of canaries) expect((run.stdout ?? '') + (run.stderr ?? '')).not.toContain(canary)
  expect(run.stderr).toBe('')
  return { status: run.status, report: JSON.parse(run.stdout) as Report }
}

const where = (report: Report): string[] =>
  report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.shape} ${f.encoding}`).sort()

describe('openai-key-guard scan: keys in every shape users meet', () => {
  it('finds a key in base64 wrapped by the base64 command (76 columns) and PEM-style (64, CRLF)', () => {
    const [a, b] = [makeKey('project', 301), makeKey('admin', 302)]
    const repo = TestRepo.init()
    repo.write({ 'secrets.env': `# staging\nOPENAI_API_KEY=${a}\nDEBUG=1\n` })
    const encoded = spawnSync('base64', ['secrets.env'], { cwd: repo.dir, encoding: 'utf8' }).stdout
    expect(encoded.split('\n').length).toBeGreaterThan(2) // wrapped, as the command does by default
    const pem = wrapped(Buffer.from(`ADMIN=${b}\n`).toString('base64'), 64, '\r\n')
    repo.commit('Encoded secrets', {
      'secrets.env': null,
      'deploy/secrets.b64': encoded,
      'deploy/admin.pem': `-----BEGIN KEY-----\r\n${pem}\r\n-----END KEY-----\r\n`
    })
    for (const args of [[], ['--history']]) {
      const { status, report } = scan(repo, args, [a, b])
      expect(status).toBe(1)
      expect(where(report)).toEqual([
        'deploy/admin.pem:2:1 admin base64',
        'deploy/secrets.b64:1:1 project base64'
      ])
    }
  })

  it('finds keys after percent-escapes, glued to more characters, and in both UTF-16 byte orders of one file', () => {
    const keys = [301, 302, 303, 304, 305].map((seed) => makeKey('service-account', seed))
    const [encoded, twice, glued, le, be] = keys as [string, string, string, string, string]
    const access = `10.0.0.1 - - "GET /cb?next=%2Fapp%3Fkey%3D${encoded}%26x%3D1 HTTP/1.1" 302\n`
    const proxy = `GET /go?to=https%253A%252F%252Fx.test%252F%253Fk%253D${twice}%2526 HTTP/1.1\n`
    const repo = TestRepo.init()
    repo.commit('Logs and dumps', {
      'logs/access.log': access,
      'logs/proxy.log': proxy,
      'dump/tokens.txt': `${glued}${'Zq9'.repeat(100)}\n`,
      'dump/strings.bin': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(`a=${le}\n`, 'utf16le'),
        Buffer.from(`b=${be}\n`, 'utf16le').swap16()
      ])
    })
    const { status, report } = scan(repo, ['--history'], keys)
    expect(status).toBe(1)
    // The big-endian key is placed in the file read as big-endian text: after the other half, read as such.
    expect(
      where(report).map((w) => w.replace(/^(dump\/strings\.bin:1):\d+( \S+ utf16be)$/, '$1:*$2'))
    ).toEqual([
      'dump/strings.bin:1:* service-account utf16be',
      'dump/strings.bin:1:3 service-account utf16le',
      'dump/tokens.txt:1:1 service-account plain',
      `logs/access.log:1:${access.indexOf(encoded) + 1} service-account plain`,
      `logs/proxy.log:1:${proxy.indexOf(twice) + 1} service-account plain`
    ])
    expect(report.leaks).toBe(5)
  })
})

describe('openai-key-guard scan: allow.paths globs', () => {
  it('answers a crafted glob against a long path, allowing only what the globs match', () => {
    const [allowed, leaked] = [makeKey('project', 311), makeKey('legacy', 312)]
    const repo = TestRepo.init()
    // Backtracking matchers take exponential time on this glob against the long name below.
    const crafted = `${'*a'.repeat(24)}b`
    repo.commit('Fixtures and config', {
      '.github/openai-key-guard.yml': `allow:\n  paths: ['${crafted}', 'fixtures/**']\n`,
      'fixtures/demo.env': `K=${allowed}\n`,
      [`${'a'.repeat(200)}.env`]: `K=${leaked}\n`
    })
    const { status, report } = scan(repo, [], [allowed, leaked])
    expect(status).toBe(1)
    expect(report.findings.map((f) => f.path)).toEqual([`${'a'.repeat(200)}.env`])
  })
})
