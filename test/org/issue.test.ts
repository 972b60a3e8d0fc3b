// The organisation issue's hidden state: anyone who can edit the issue can edit it, so it is parsed strictly and
// holds no key material; it only decides what shows as resolved.
import { describe, expect, it } from 'vitest'
import { currentItems, issueBody, itemId, parseState, type Item } from '../../src/org/issue.js'
import type { RepositoryResult } from '../../src/org/reports.js'
import { fingerprint, redact } from '../../src/redact.js'
import type { Finding } from '../../src/scan/types.js'
import { makeKey } from '../helpers/keys.js'

const keys = [makeKey('project', 31), makeKey('admin', 32)]

const found = (key: string): Finding => ({
  path: 'app/.env',
  line: 3,
  column: 9,
  commit: 'd'.repeat(40),
  shape: key.startsWith('sk-admin-') ? 'admin' : 'project',
  encoding: 'plain',
  redacted: redact(key),
  fingerprint: fingerprint(key),
  status: 'introduced'
})

const repo = (
  repository: string,
  findings: Finding[],
  status: RepositoryResult['status'] = 'scanned'
): RepositoryResult => ({
  repository,
  status,
  ...(status === 'failed' ? { reason: 'clone failed' } : {}),
  commits: 1,
  objects: { listed: 1, read: 1, skipped: 0 },
  findings,
  unreadable: { objects: 0, paths: [] }
})

const state = (items: unknown): string =>
  `<!-- openai-key-guard organisation state ${Buffer.from(JSON.stringify({ v: 1, items })).toString('base64')} -->`

describe('organisation issue state', () => {
  it('round-trips the items through the body, without key material', () => {
    const items = currentItems([repo('o/a', keys.map(found)), repo('o/b', [])], [], '2026-12-02')
    const body = issueBody(items, { repositories: 2, at: '2026-12-02T00:00:00Z' })
    for (const key of keys) {
      expect(body).not.toContain(key)
      expect(body).not.toContain(fingerprint(key))
      expect(Buffer.from(/state (\S+) -->/.exec(body)![1]!, 'base64').toString()).not.toContain(
        fingerprint(key)
      )
    }
    const parsed = parseState(body)
    expect(parsed.problem).toBeUndefined()
    expect(parsed.items.map((i) => [i.repository, i.id, i.redacted, i.state])).toEqual(
      keys.map((k) => ['o/a', itemId('o/a', fingerprint(k)), redact(k), 'open'])
    )
  })

  it('refuses a state that is not exactly its shape', () => {
    const good = { r: 'o/a', id: 'a'.repeat(24), k: redact(keys[0]!), s: 'project', st: 'open' }
    expect(parseState(state([good])).items).toHaveLength(1)
    for (const bad of [
      { ...good, k: keys[0] },
      { ...good, r: '../x' },
      { ...good, id: 'not-hex' },
      { ...good, s: 'other' },
      { ...good, st: 'gone' },
      { ...good, at: 'yesterday' },
      { ...good, extra: 1 },
      'text'
    ]) {
      expect(parseState(state([bad]))).toEqual({
        items: [],
        problem: 'the state line of the issue does not parse (edited by hand?)'
      })
    }
    expect(parseState('no state here').problem).toBe('the issue holds no state line')
    expect(parseState(undefined)).toEqual({ items: [] })
  })

  it('resolves what a read repository no longer holds, keeps a failed one as it was, drops old resolutions', () => {
    const open = (repository: string, key: string): Item => ({
      repository,
      id: itemId(repository, fingerprint(key)),
      redacted: redact(key),
      shape: 'project',
      state: 'open'
    })
    const previous: Item[] = [
      open('o/a', keys[0]!),
      open('o/a', keys[1]!),
      open('o/down', keys[0]!),
      { ...open('o/a', makeKey('legacy', 5)), state: 'resolved', resolved: '2026-10-01' },
      { ...open('o/a', makeKey('legacy', 6)), state: 'resolved', resolved: '2026-11-20' }
    ]
    const items = currentItems(
      [repo('o/a', [found(keys[0]!)]), repo('o/down', [], 'failed')],
      previous,
      '2026-12-02'
    )
    expect(items.open.map((i) => [i.repository, i.id, i.carried ?? false])).toEqual([
      ['o/a', previous[0]!.id, false],
      ['o/down', previous[2]!.id, true]
    ])
    expect(items.resolved.map((i) => [i.id, i.resolved])).toEqual([
      [previous[1]!.id, '2026-12-02'],
      [previous[4]!.id, '2026-11-20']
    ])
    expect(items.failed.map((r) => r.repository)).toEqual(['o/down'])
  })
})
