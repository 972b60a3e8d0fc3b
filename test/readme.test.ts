import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without types
import { syncReadme } from '../script/readme-tables.mjs'
import { VERSION } from '../src/version.js'
import { ROOT } from './helpers/runner.js'

const read = (file: string): string => readFileSync(`${ROOT}/${file}`, 'utf8')

describe('README', () => {
  it('lists every input and output of action.yml, as action.yml describes them', () => {
    const readme = read('README.md')
    expect((syncReadme as (r: string, a: string) => string)(readme, read('action.yml'))).toBe(readme)
  })

  it('has the two quick-start commands', () => {
    const readme = read('README.md')
    expect(readme).toMatch(/```sh\nscript\/demo\b/)
    expect(readme).toMatch(/\nscript\/test\b/)
    expect(read('.ci/run')).toMatch(/script\/test/)
  })
})

describe('version', () => {
  it('matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(read('package.json')) as { version: string }).version)
  })
})
