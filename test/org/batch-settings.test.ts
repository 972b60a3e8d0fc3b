import { describe, expect, it } from 'vitest'
import { parseRepositories, parseSettings, parseSize } from '../../src/settings.js'

const reader =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? ''

describe('the batch scan inputs', () => {
  it('takes the matrix list, separated by spaces, commas or lines, once each', () => {
    expect(parseRepositories('o/a o/b,o/c\n o/a\n')).toEqual(['o/a', 'o/b', 'o/c'])
    expect(parseRepositories('  ')).toEqual([])
  })

  it('puts reports, records and clones under RUNNER_TEMP unless told otherwise', () => {
    const env = { RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/work/repo' }
    expect(parseSettings(reader({ repositories: 'o/a' }), env).batch).toEqual({
      repositories: ['o/a'],
      reportDir: '/runner/tmp/openai-key-guard/reports',
      recordDir: '/runner/tmp/openai-key-guard/records',
      cloneDir: '/runner/tmp/openai-key-guard/clones',
      maxRepositoryBytes: 0
    })
    const custom = parseSettings(
      reader({
        repositories: 'o/a',
        'report-dir': 'out',
        'record-dir': '/cache/rec',
        'max-repository-size': '2g'
      }),
      env
    ).batch
    expect(custom).toMatchObject({
      reportDir: '/work/repo/out',
      recordDir: '/cache/rec',
      maxRepositoryBytes: 2 * 1024 ** 3
    })
    expect(parseSettings(reader({}), env).batch).toBeUndefined()
    expect(
      parseSettings(reader({ command: 'audit', 'openai-admin-key': 'sk-admin-x', repositories: 'o/a' }), env)
        .batch
    ).toBeUndefined()
  })

  it.each([
    ['scope', 'worktree'],
    ['base', 'abc123'],
    ['head', 'main'],
    ['on-leak', 'revoke'],
    ['verify', 'true'],
    ['record', 'ci.rec']
  ])('refuses %s, which only a single scan uses, rather than ignore it', (name, value) => {
    const env = { RUNNER_TEMP: '/runner/tmp', GITHUB_WORKSPACE: '/work/repo' }
    expect(() => parseSettings(reader({ repositories: 'o/a', [name]: value }), env)).toThrow(
      `Input '${name}' does not apply to a scan of \`repositories\``
    )
    expect(
      parseSettings(reader({ repositories: 'o/a', scope: 'history', 'on-leak': 'fail' }), env).batch
    ).toBeDefined()
  })

  it('reads sizes with or without a unit', () => {
    expect(parseSize('s', '0')).toBe(0)
    expect(parseSize('s', '1048576')).toBe(1048576)
    expect(parseSize('s', '500m')).toBe(500 * 1024 ** 2)
    expect(parseSize('s', '1.5G')).toBe(1.5 * 1024 ** 3)
    expect(parseSize('s', '100KiB')).toBe(102400)
    expect(() => parseSize('max-repository-size', '-1')).toThrow("Input 'max-repository-size' must be a size")
    expect(() => parseSize('max-repository-size', '2 tb')).toThrow('must be a size')
  })

  it('refuses a name that is not owner/name, before any work', () => {
    for (const bad of ['o', 'o/a/b', 'o/..', './a', 'o_x/a', 'o/a b\u202e']) {
      expect(() => parseRepositories(bad), bad).toThrow("Input 'repositories':")
    }
  })
})
