import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { resolveRange, type RangeRequest } from '../../src/scan/range.js'

const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const ZERO = '0'.repeat(40)
const repository = { default_branch: 'trunk' }

function req(overrides: Partial<RangeRequest>): RangeRequest {
  return { scope: 'auto', eventName: '', payload: {}, ...overrides }
}

describe('resolveRange', () => {
  it('takes a pull request range from the event, for both pull request events', () => {
    const payload = { pull_request: { base: { sha: A }, head: { sha: B } }, repository }
    for (const eventName of ['pull_request', 'pull_request_target']) {
      expect(resolveRange(req({ eventName, payload }))).toEqual({
        kind: 'pull-request',
        base: A,
        head: B,
        defaultBranch: 'trunk'
      })
    }
  })

  it('takes before..after from a push, and treats a new branch as having no base', () => {
    expect(resolveRange(req({ eventName: 'push', payload: { before: A, after: B } }))).toEqual({
      kind: 'push',
      base: A,
      head: B,
      push: 'update'
    })
    expect(resolveRange(req({ eventName: 'push', payload: { before: A, after: B, forced: true } }))).toEqual({
      kind: 'push',
      base: A,
      head: B,
      push: 'forced'
    })
    expect(resolveRange(req({ eventName: 'push', payload: { before: ZERO, after: B, repository } }))).toEqual(
      {
        kind: 'push',
        head: B,
        push: 'created',
        defaultBranch: 'trunk'
      }
    )
    expect(resolveRange(req({ eventName: 'push', payload: { created: true, before: A, after: B } }))).toEqual(
      {
        kind: 'push',
        head: B,
        push: 'created'
      }
    )
  })

  it('takes a merge queue group from merge_group.base_sha..head_sha', () => {
    const payload = { merge_group: { base_sha: A, head_sha: B }, repository }
    expect(resolveRange(req({ eventName: 'merge_group', payload }))).toEqual({
      kind: 'merge-group',
      base: A,
      head: B,
      defaultBranch: 'trunk'
    })
    expect(() =>
      resolveRange(req({ eventName: 'merge_group', payload: { merge_group: { base_sha: A } } }))
    ).toThrow(/The merge_group event has no valid merge_group\.head_sha/)
  })

  it('scans nothing for a deleted branch', () => {
    expect(
      resolveRange(req({ eventName: 'push', payload: { deleted: true, before: A, after: ZERO } }))
    ).toEqual({
      kind: 'push',
      base: A,
      head: A
    })
  })

  it('scans the whole history on schedule, workflow_dispatch and other events', () => {
    for (const eventName of ['schedule', 'workflow_dispatch', 'release', '']) {
      expect(resolveRange(req({ eventName }))).toEqual({ kind: 'history', head: 'HEAD' })
    }
  })

  it('lets explicit base and head override the event', () => {
    const payload = { pull_request: { base: { sha: A }, head: { sha: B } } }
    expect(resolveRange(req({ eventName: 'pull_request', payload, base: 'origin/main' }))).toEqual({
      kind: 'range',
      base: 'origin/main',
      head: 'HEAD'
    })
    expect(
      resolveRange(req({ scope: 'pull-request', eventName: 'pull_request', payload, head: 'HEAD~1' }))
    ).toEqual({ kind: 'pull-request', base: A, head: 'HEAD~1' })
    expect(resolveRange(req({ scope: 'push', base: 'v1.0', head: 'v2.0' }))).toEqual({
      kind: 'push',
      base: 'v1.0',
      head: 'v2.0'
    })
  })

  it('maps the worktree and history scopes whatever the event', () => {
    expect(resolveRange(req({ scope: 'worktree', eventName: 'push' }))).toEqual({
      kind: 'worktree',
      head: 'HEAD'
    })
    expect(resolveRange(req({ scope: 'history', eventName: 'pull_request' }))).toEqual({
      kind: 'history',
      head: 'HEAD'
    })
  })

  it('rejects malformed input with one ConfigurationError line', () => {
    const bad: RangeRequest[] = [
      req({ scope: 'pull-request', eventName: 'push', payload: {} }),
      req({
        eventName: 'pull_request',
        payload: { pull_request: { base: { sha: 'nope' }, head: { sha: B } } }
      }),
      req({ eventName: 'push', payload: { before: A, after: 'HEAD; rm -rf /' } }),
      req({ scope: 'push', eventName: 'schedule', payload: {} }),
      req({ base: '--upload-pack=evil' }),
      req({ base: 'A..B' }),
      req({ head: 'has space' }),
      req({ scope: 'everything' as RangeRequest['scope'] })
    ]
    for (const r of bad) {
      let error: unknown
      try {
        resolveRange(r)
      } catch (e) {
        error = e
      }
      expect(error, JSON.stringify(r)).toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).not.toContain('\n')
    }
  })
})
