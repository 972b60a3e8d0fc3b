// The rotation's timeline as a markdown table for its issue: every step reached, by every run that touched the
// rotation, with the time since the entry before. Rows are whatever steps the state holds, so a new step (a
// drain that waits across runs) shows up without changes here. Entries come from the state variable, which
// parseState has validated: step names from a fixed list, run labels and times of fixed shapes.
import type { TimelineEntry } from './types.js'

/** 0.4 s, 12 s, 3 min 05 s, 2 h 07 min, 3 d 4 h. */
export function formatDuration(ms: number): string {
  if (ms < 0) return '—'
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s} s`
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (s < 3600) return `${Math.floor(s / 60)} min ${pad(s % 60)} s`
  if (s < 86_400) return `${Math.floor(s / 3600)} h ${pad(Math.floor((s % 3600) / 60))} min`
  return `${Math.floor(s / 86_400)} d ${Math.floor((s % 86_400) / 3600)} h`
}

function runName(label: string, index: number): string {
  if (label.startsWith('local-')) return `${index} (local)`
  const [id, attempt] = label.split('-')
  return `${index} (Actions run ${id}${attempt ? `, attempt ${attempt}` : ''})`
}

/** The `### Timeline` section; empty when there is nothing to show. */
export function timelineSection(entries: TimelineEntry[] | undefined): string[] {
  if (!entries?.length) return []
  const runs = new Map<string, number>()
  const rows = entries.map((entry, i) => {
    if (!runs.has(entry.run)) runs.set(entry.run, runs.size + 1)
    const previous = entries[i - 1]
    const took = previous ? formatDuration(Date.parse(entry.at) - Date.parse(previous.at)) : '—'
    const at = entry.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, '')
    return `| ${entry.step} | ${at} | ${took} | ${runName(entry.run, runs.get(entry.run)!)} |`
  })
  return [
    '### Timeline',
    '',
    'Each row is a step the rotation reached; *took* is the time since the row before. ' +
      '`resumed` marks a run that picked up a rotation an earlier run left unfinished.',
    '',
    '| Step | At (UTC) | Took | Run |',
    '| --- | --- | --- | --- |',
    ...rows
  ]
}
