import picomatch from 'picomatch'
import { describe, expect, it } from 'vitest'
import { ConfigurationError } from '../../src/errors.js'
import { GlobMatcher, MAX_GLOB_LENGTH, pathMatcher } from '../../src/scan/glob.js'

/** File paths as git lists them: never empty, never ending in `/`. */
const PATHS = [
  'a',
  'a/b',
  'a/b/c',
  'a/x.md',
  'a/b/x.md',
  'x.md',
  '.env',
  'a/.env',
  'test/fixtures/.env',
  'test/fixtures/keys/demo.txt',
  'test/fixture',
  'docs/guide.md',
  'docs/api/guide.md',
  'b/c/d',
  'c/d',
  'ab.txt',
  'a.txt',
  'b.txt',
  'd.txt',
  ']x',
  'a*b',
  'axb',
  'src/app.snap',
  'a/b/c.snap',
  'x/y/z'
]

/** Globs whose meaning picomatch (what allow.paths used before) and this matcher share. */
const GLOBS = [
  'a',
  'a/**',
  '**',
  '*.md',
  '**/*.md',
  'a/**/*.md',
  '**/x.md',
  'a/**/b',
  'a/**/c',
  './a/b',
  '{a,b}/c',
  '{a,b/c}/d',
  'a/{b,}',
  '{a,{b,c}/c}/d',
  '[abc].txt',
  '[a-c].txt',
  '[^abc].txt',
  '[]]x',
  '?.txt',
  '??.txt',
  'a/*',
  '*',
  '*/',
  'a\\*b',
  '@(a|b).txt',
  '+(a|b).txt',
  '?(a).txt',
  '*(a|b).txt',
  'test/fixtures/**',
  '**/.env',
  '**/*.snap',
  'docs/*.md',
  'a/*/c',
  '**/b/**'
]

describe('glob matching', () => {
  it('means what picomatch means (dot files included) for the globs people write', () => {
    const differ = GLOBS.flatMap((glob) => {
      const theirs = picomatch(glob, { dot: true })
      const ours = GlobMatcher.of([glob])
      return PATHS.filter((path) => ours.matches(path) !== theirs(path)).map((path) => `${glob} ~ ${path}`)
    })
    expect(differ).toEqual([])
  })

  it('allows a path when any glob matches, and `!glob` entries match what their glob does not', () => {
    const match = pathMatcher(['docs/**', '!src/**'])
    expect(['docs/a.md', 'README.md', 'lib/x'].every(match)).toBe(true)
    expect(match('src/app.ts')).toBe(false)
    expect(pathMatcher(['fixtures/**'])('src/fixtures/a')).toBe(false)
  })

  // Each of these makes a backtracking matcher (picomatch's regular expressions) run for hours on these paths.
  const crafted: Array<[string, string, string, boolean]> = [
    ['stars around a letter', `${'*a'.repeat(20)}b`, 'a'.repeat(4000), false],
    ['stars around a letter, matching', `${'*a'.repeat(20)}b`, `${'a'.repeat(4000)}b`, true],
    ['globstars', `${'**/'.repeat(40)}x`, `${'a/'.repeat(2000)}y`, false],
    ['overlapping braces', `${'{a,aa}'.repeat(30)}b`, 'a'.repeat(4000), false],
    ['nested extglobs', `+(+(a|aa)|+(aa|a))${'*(a)'.repeat(10)}b`, 'a'.repeat(4000), false],
    ['question marks and stars', `${'?*'.repeat(30)}/`, 'x'.repeat(4000), false]
  ]

  it.each(crafted)('%s: answers with work linear in the path', (_name, glob, path, expected) => {
    const matcher = GlobMatcher.of([glob])
    const { matched, steps } = matcher.match(path)
    expect(matched).toBe(expected)
    // Each character visits each state at most once: linear in the path, whatever the glob.
    expect(steps).toBeLessThanOrEqual(matcher.size * (path.length + 1))
    expect(matcher.size).toBeLessThan(4 * glob.length + 4)
  })

  it('refuses, with the glob to fix, what it does not support or what is too long', () => {
    const refused = (globs: string[]): string => {
      try {
        pathMatcher(globs)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        return (error as Error).message
      }
      throw new Error('accepted')
    }
    expect(refused(['src/!(vendor)/**'])).toMatch(
      /^allow\.paths: the glob "src\/!\(vendor\)\/\*\*" uses !\(…\)/
    )
    expect(refused(['a'.repeat(MAX_GLOB_LENGTH + 1)])).toMatch(/is 1025 characters long; at most 1024\.$/)
    expect(refused(Array.from({ length: 5 }, () => 'b'.repeat(1000)))).toMatch(
      /hold 5000 characters together/
    )
  })

  it('reads unbalanced brackets and braces as plain characters', () => {
    expect(GlobMatcher.of(['a[b']).matches('a[b')).toBe(true)
    expect(GlobMatcher.of(['{a,b']).matches('{a,b')).toBe(true)
    expect(GlobMatcher.of(['a}b']).matches('a}b')).toBe(true)
    expect(GlobMatcher.of(['{abc}']).matches('{abc}')).toBe(true)
  })
})
