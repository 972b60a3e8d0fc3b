import { execFileSync } from 'node:child_process'
import { afterAll, describe, expect, it } from 'vitest'
import { RawLogParser, type RawChange } from '../../src/scan/sources/common.js'
import { COMMIT_LOG_ARGS as LOG } from '../../src/scan/sources/history-log.js'
import { cleanupTempDirs, TestRepo } from '../helpers/git.js'

afterAll(cleanupTempDirs)

function parse(
  log: Buffer,
  size: number,
  wanted: (oid: string) => boolean
): { commits: number; changes: RawChange[] } {
  const changes: RawChange[] = []
  const parser = new RawLogParser(wanted, (change) => changes.push(change))
  for (let at = 0; at < log.length; at += size) parser.push(log.subarray(at, at + size))
  return { commits: parser.end(), changes }
}

describe('the commit log parser', () => {
  it('reads the same changes whatever the chunks, with paths that look like headers and fields', () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': 'x\n' })
    repo.branch('side')
    repo.commit('odd paths', {
      'C 0123 date': 'header-like\n',
      ':100644 x': 'meta-like\n',
      'new\nline': 'nl\n'
    })
    repo.checkout('main')
    repo.commit('main', { 'main.txt': 'm\n' })
    const merge = repo.merge('side', { 'README.md': 'resolved\n' })
    const log = execFileSync('git', LOG, { cwd: repo.dir })
    const whole = parse(log, log.length, () => true)
    expect(whole.commits).toBe(4)
    expect(whole.changes.map((c) => c.path).sort()).toEqual(
      [':100644 x', 'C 0123 date', 'README.md', 'README.md', 'main.txt', 'new\nline'].sort()
    )
    const resolution = whole.changes.find((c) => c.commit === merge)
    expect(resolution).toMatchObject({
      path: 'README.md',
      order: 3,
      newOid: repo.head('HEAD:README.md'),
      oldOid: repo.head('HEAD^1:README.md'),
      newMode: '100644'
    })
    for (const size of [1, 2, 3, 7, 64]) expect(parse(log, size, () => true)).toEqual(whole)
    // Against each parent (`-m`, as commit ranges read it) the merge comes twice and is still one commit.
    const perParent = parse(
      execFileSync(
        'git',
        LOG.map((arg) => (arg === '-c' ? '-m' : arg)),
        { cwd: repo.dir }
      ),
      3,
      () => true
    )
    expect(perParent.commits).toBe(4)
    const merged = perParent.changes.filter((c) => c.commit === merge).map((c) => `${c.order} ${c.path}`)
    expect(merged.sort()).toEqual(
      ['3 :100644 x', '3 C 0123 date', '3 README.md', '3 README.md', '3 main.txt', '3 new\nline'].sort()
    )
    // Only the wanted blobs are kept, at the same commits and orders.
    const oid = repo.head('HEAD:main.txt')
    expect(parse(log, 5, (o) => o === oid).changes).toEqual(whole.changes.filter((c) => c.newOid === oid))
  })

  it('refuses a log cut in the middle of a change', () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'a.txt': 'a\n' })
    const log = execFileSync('git', LOG, { cwd: repo.dir })
    // The last change's meta field and not its path.
    const cut = log.subarray(0, log.lastIndexOf(0, log.length - 2) + 1)
    expect(() => parse(cut, 4096, () => true)).toThrow('git log ended in the middle of a change')
  })
})
