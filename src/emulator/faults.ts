// Scripted failures: a fault matches api + method + path and fires on one call number or on every call.
import type { Api } from './contract.js'

export interface Fault {
  /** 'git' matches the smart HTTP routes, e.g. path `/:owner/:name.git/info/refs` or `/octo-org/a.git/git-upload-pack`. */
  api: Api | 'git'
  method: string
  /**
   * `/repos/:owner/:repo/…` (or `{owner}`) patterns match one segment (or the part of one) per parameter; a
   * RegExp is tested as is.
   */
  path: string | RegExp
  /** 1-based number of the matching call that fails; 'every' (the default) fails them all. */
  call?: number | 'every'
  status?: number
  body?: unknown
  headers?: Record<string, string>
  delayMs?: number
  hang?: boolean
  drop?: boolean
}

interface Armed {
  fault: Fault
  pattern: RegExp
  calls: number
}

function toPattern(path: string | RegExp): RegExp {
  if (path instanceof RegExp) return path
  const escaped = path
    .split('/')
    .map((segment) =>
      segment
        .split(/(:\w+|\{\w+\})/)
        .map((part, i) => (i % 2 === 1 ? '[^/]+?' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')
    )
    .join('/')
  return new RegExp(`^${escaped}/?$`)
}

export class Faults {
  private readonly armed: Armed[] = []

  add(fault: Fault): void {
    this.armed.push({ fault, pattern: toPattern(fault.path), calls: 0 })
  }

  /** Counts this call against every matching fault and returns the first one that fires. */
  match(api: Api | 'git', method: string, path: string): Fault | undefined {
    let fired: Fault | undefined
    for (const a of this.armed) {
      if (a.fault.api !== api || a.fault.method.toUpperCase() !== method || !a.pattern.test(path)) continue
      a.calls++
      const call = a.fault.call ?? 'every'
      if (!fired && (call === 'every' || call === a.calls)) fired = a.fault
    }
    return fired
  }
}
