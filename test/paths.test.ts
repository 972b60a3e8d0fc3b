// File names are bytes: held as strings without loss (paths.ts), shown as git shows them (report/quote.ts).
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pathFromBytes } from '../src/paths.js'
import { displayPath } from '../src/report/quote.js'
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

const shown = (names: Buffer[]): string[] => names.map((name) => displayPath(pathFromBytes(name))).sort()

describe('paths as bytes', () => {
  it('shows UTF-8 names as `git -c core.quotePath=false` does: control characters escaped', () => {
    const names = [
      'plain-file.txt',
      'café-naïve.txt',
      'tab\there',
      'new\nline',
      'quote"and\\back',
      'bell\x07 esc\x1b[31m'
    ].map((name) => Buffer.from(name))
    expect(shown(names)).toEqual(gitShows(names, false))
  })

  it('shows a byte that is not UTF-8 in octal, as git does by default, and keeps two such names apart', () => {
    const latin1 = Buffer.from('café.env', 'latin1')
    expect(shown([latin1])).toEqual(gitShows([latin1], true))
    const mixed = Buffer.concat([Buffer.from('é-'), Buffer.from([0xff, 0xc3]), Buffer.from('.txt')])
    expect(displayPath(pathFromBytes(mixed))).toBe('"é-\\377\\303.txt"')
    expect(pathFromBytes(Buffer.from([0x6b, 0xfe]))).not.toBe(pathFromBytes(Buffer.from([0x6b, 0xff])))
  })
})
