// File names as people see them: as git shows them, readable when they are UTF-8, octal where they are not.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { quotePath } from '../src/quote.js'
import { cleanupTempDirs, TestRepo } from './helpers/git.js'

afterAll(cleanupTempDirs)

/** What `git ls-files -o` lists for these names, with the given core.quotePath. */
function gitShows(names: Buffer[], quotePathSetting: boolean): string[] {
  const repo = TestRepo.init()
  const root = Buffer.from(repo.dir)
  for (const name of names) writeFileSync(Buffer.concat([root, Buffer.from(path.sep), name]), 'x\n')
  return execFileSync('git', ['-c', `core.quotePath=${quotePathSetting}`, 'ls-files', '-o'], {
    cwd: repo.dir
  })
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .sort()
}

describe('quotePath', () => {
  it('writes UTF-8 names exactly as `git -c core.quotePath=false` does: control characters escaped', () => {
    const names = [
      'plain-file.txt',
      'café-naïve.txt',
      'tab\there',
      'new\nline',
      'quote"and\\back',
      'bell\x07 esc\x1b[31m del\x7f'
    ].map((name) => Buffer.from(name))
    expect(names.map(quotePath).sort()).toEqual(gitShows(names, false))
  })

  it('writes the bytes of a name that is not UTF-8 in octal, as git does by default', () => {
    const latin1 = Buffer.from('café.env', 'latin1')
    expect([quotePath(latin1)]).toEqual(gitShows([latin1], true))
    expect(
      quotePath(Buffer.concat([Buffer.from('é-'), Buffer.from([0xff, 0xc3]), Buffer.from('.txt')]))
    ).toBe('"é-\\377\\303.txt"')
  })
})
