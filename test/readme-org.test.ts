// The README's organisation workflow is a file people copy whole: every input it sets (or shows commented out) and
// every output it reads must exist in action.yml, and the directories it caches and uploads must be the ones the
// batch scan writes by default.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ROOT } from './helpers/runner.js'

interface Step {
  id?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}
interface Job {
  needs?: string | string[]
  outputs?: Record<string, string>
  strategy?: { matrix?: unknown }
  steps: Step[]
}

const readme = readFileSync(`${ROOT}/README.md`, 'utf8')
const action = parse(readFileSync(`${ROOT}/action.yml`, 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

/** The first YAML block of the README's "Organisation" section. */
function workflowText(): string {
  const section = readme.slice(readme.indexOf('\n## Organisation\n'))
  const block = /```yaml\n([\s\S]*?)```/.exec(section)
  if (!block?.[1]) throw new Error('no workflow in the Organisation section')
  return block[1]
}

const ours = (step: Step): boolean => step.uses?.startsWith('openai-key-guard/openai-key-guard@') === true

describe('README: the organisation workflow', () => {
  const text = workflowText()
  const workflow = parse(text) as { jobs: Record<string, Job> }
  const { plan, scan, report } = workflow.jobs

  it('runs plan, then the matrix of batch scans, then report', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['plan', 'scan', 'report'])
    const commands = [plan, scan, report].map((job) => job!.steps.filter(ours).map((s) => s.with?.command))
    expect(commands).toEqual([['plan'], ['scan'], ['report']])
    expect(scan!.strategy?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    expect(scan!.steps.find(ours)?.with?.repositories).toBe('${{ matrix.repositories }}')
  })

  it('sets and shows only inputs action.yml has, and reads only outputs it has', () => {
    const set = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.filter(ours).flatMap((s) => Object.keys(s.with ?? {}))
    )
    const shown = [...text.matchAll(/^\s+# ([a-z][a-z-]*): /gm)].map((m) => m[1]!)
    expect(shown.length).toBeGreaterThan(3)
    const unknown = [...set, ...shown].filter((name) => !(name in action.inputs))
    expect(unknown).toEqual([])
    const read = [...text.matchAll(/steps\.plan\.outputs\.([a-z-]+)/g)].map((m) => m[1]!)
    expect(read.length).toBeGreaterThan(0)
    expect(read.filter((name) => !(name in action.outputs))).toEqual([])
  })

  it('caches the records and uploads the reports where the batch scan keeps them by default', () => {
    const cache = scan!.steps.find((s) => s.uses?.startsWith('actions/cache@'))
    const upload = scan!.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))
    expect(cache?.with?.path).toBe('${{ runner.temp }}/openai-key-guard/records')
    expect(upload?.with?.path).toBe('${{ runner.temp }}/openai-key-guard/reports')
    const download = report!.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))
    expect(download?.with).toMatchObject({ pattern: 'okg-report-*', 'merge-multiple': true })
    expect(report!.steps.find(ours)?.with?.reports).toBe(download?.with?.path)
  })
})
