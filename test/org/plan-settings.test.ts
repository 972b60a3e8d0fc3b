// The inputs of `command: plan`, checked once into Settings: defaults, and one line that says what to fix.
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { parseSettings } from '../../src/settings.js'

const plan = (
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { GITHUB_REPOSITORY: 'octo-org/central' }
) => parseSettings((name) => ({ command: 'plan', ...inputs })[name] ?? '', env)

function refused(inputs: Record<string, string>, env?: NodeJS.ProcessEnv): string {
  try {
    plan(inputs, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error('accepted')
}

describe('plan settings', () => {
  it('plans the owner of the running repository, every visibility, in at most 256 batches', () => {
    expect(plan({}).plan).toEqual({
      org: 'octo-org',
      batches: 256,
      include: [],
      exclude: [],
      topics: [],
      visibility: 'all',
      archived: false,
      forks: false
    })
    expect(plan({}).rotate).toBeUndefined()
  })

  it('reads every filter', () => {
    expect(
      plan({
        org: 'Other-Org',
        batches: '12',
        include: 'other-org/api-*\nother-org/{web,app}',
        exclude: '*/legacy-*, other-org/tmp',
        topics: 'Backend, payments',
        visibility: 'internal',
        archived: 'true',
        forks: 'yes'
      }).plan
    ).toEqual({
      org: 'Other-Org',
      batches: 12,
      include: ['other-org/api-*', 'other-org/{web,app}'],
      exclude: ['*/legacy-*', 'other-org/tmp'],
      topics: ['backend', 'payments'],
      visibility: 'internal',
      archived: true,
      forks: true
    })
  })

  it('refuses a batch count a matrix cannot run', () => {
    expect(refused({ batches: '300' })).toBe(
      `Input 'batches' must be a whole number from 1 to 256, the most jobs a matrix runs (got "300").`
    )
    for (const bad of ['0', '-1', '1.5', 'ten', '1e2'])
      expect(refused({ batches: bad })).toMatch(/^Input 'batches'/)
  })

  it('refuses an unknown visibility, a bad topic, a glob that cannot match, a bad organization name', () => {
    expect(refused({ visibility: 'secret' })).toBe(
      `Input 'visibility' must be one of all, public, private, internal (got "secret").`
    )
    expect(refused({ topics: 'ok, not a topic' })).toBe(
      `Input 'topics' has "not a topic": a GitHub topic is up to 50 lowercase letters, digits and hyphens.`
    )
    expect(refused({ exclude: 'legacy-*' })).toMatch(
      /^Input 'exclude' has "legacy-\*": globs match owner\/name/
    )
    expect(refused({ include: 'octo-org/!(a)' })).toMatch(/^Input 'include': the glob/)
    expect(refused({ org: '../x' })).toMatch(/^Input 'org' must be an organization name/)
    expect(refused({ archived: 'maybe' })).toBe(`Input 'archived' must be true or false (got "maybe").`)
  })

  it('asks for org outside a workflow', () => {
    expect(refused({}, {})).toMatch(/^Input 'org' is required outside a workflow/)
    expect(plan({ org: 'octo-org' }, {}).plan?.org).toBe('octo-org')
  })
})
