import { ConfigurationError } from '../errors.js'
import { scrub } from '../redact.js'
import type { Scope } from '../settings.js'
import type { PushKind } from './sources/fetch.js'

/**
 * What to scan. For `pull-request`, `push` and `range`: the commits in base..head; without a base (a new
 * branch), the commits of head that are not on the default branch (or, without that, on no other ref).
 */
export interface Range {
  base?: string
  head: string
  kind: 'pull-request' | 'push' | 'merge-group' | 'history' | 'worktree' | 'staged' | 'stdin' | 'range'
  /** The repository's default branch, from the event: what a new branch's commits are measured against. */
  defaultBranch?: string
  /** Push events: whether the push created the branch, rewrote it, or (maybe) moved it forward. */
  push?: PushKind
}

export interface RangeRequest {
  scope: Scope
  base?: string
  head?: string
  eventName: string
  payload: Record<string, unknown>
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const ZERO = /^0+$/

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
}

/**
 * A revision given by the user (`main`, `v1.0`, `HEAD~3`, a SHA): anything git could name, but never an option
 * (a leading `-`) and never a range (`..` belongs to no ref name, by git check-ref-format's rules). Whether it
 * names a commit is git's answer later (rev-parse --verify). `what` says where it came from: "Input 'base'".
 */
export function checkRevision(what: string, value: string): string {
  const ref = value.trim()
  if (
    ref === '' ||
    ref.length > 255 ||
    ref.startsWith('-') ||
    /\s|\.\./.test(ref) ||
    [...ref].some((c) => c < ' ' || c === '\x7f')
  ) {
    throw new ConfigurationError(
      `${what} must be one commit or ref such as a SHA, main, v1.0 or origin/main (got ${JSON.stringify(scrub(value))}).`
    )
  }
  return ref
}

function eventSha(eventName: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || !SHA.test(value)) {
    throw new ConfigurationError(
      `The ${eventName} event has no valid ${field} (got ${JSON.stringify(typeof value === 'string' ? scrub(value) : value)}): pass the range with the base and head inputs.`
    )
  }
  return value
}

function pullRequestRange(req: RangeRequest): Range {
  const pr = record(req.payload.pull_request)
  if (!pr && !(req.base && req.head)) {
    throw new ConfigurationError(
      `scope pull-request needs a pull_request event (this is "${req.eventName || 'none'}") or the base and head inputs.`
    )
  }
  const base = req.base ?? eventSha(req.eventName, 'pull_request.base.sha', record(pr?.base)?.sha)
  const head = req.head ?? eventSha(req.eventName, 'pull_request.head.sha', record(pr?.head)?.sha)
  return { kind: 'pull-request', base, head, ...defaultBranch(req.payload) }
}

function pushRange(req: RangeRequest): Range {
  const { payload } = req
  if (req.base && req.head) return { kind: 'push', base: req.base, head: req.head, ...defaultBranch(payload) }
  if (!('after' in payload) && !req.head) {
    throw new ConfigurationError(
      `scope push needs a push event (this is "${req.eventName || 'none'}") or the base and head inputs.`
    )
  }
  const head = req.head ?? eventSha(req.eventName, 'after', payload.after)
  if (req.base) return { kind: 'push', base: req.base, head, ...defaultBranch(payload) }
  const before = payload.before
  if (ZERO.test(head) && typeof before === 'string' && SHA.test(before)) {
    // A deleted branch adds nothing: scanning the empty range before..before is the honest answer.
    return { kind: 'push', base: before, head: before, ...defaultBranch(payload) }
  }
  if (payload.created === true || before === undefined || (typeof before === 'string' && ZERO.test(before))) {
    return { kind: 'push', head, push: 'created', ...defaultBranch(payload) }
  }
  return {
    kind: 'push',
    base: eventSha(req.eventName, 'before', before),
    head,
    push: payload.forced === true ? 'forced' : 'update',
    ...defaultBranch(payload)
  }
}

/**
 * A merge queue's group: the commits it adds on top of the target branch (`merge_group.base_sha..head_sha`, the
 * fields GitHub's merge_group webhook payload documents).
 */
function mergeGroupRange(req: RangeRequest): Range {
  const group = record(req.payload.merge_group)
  const base = req.base ?? eventSha(req.eventName, 'merge_group.base_sha', group?.base_sha)
  const head = req.head ?? eventSha(req.eventName, 'merge_group.head_sha', group?.head_sha)
  return { kind: 'merge-group', base, head, ...defaultBranch(req.payload) }
}

function defaultBranch(payload: Record<string, unknown>): { defaultBranch?: string } {
  const name = record(payload.repository)?.default_branch
  return typeof name === 'string' && name && !name.startsWith('-') ? { defaultBranch: name } : {}
}

/** Turns the scope, the optional base/head inputs and the event into the range to scan. */
export function resolveRange(req: RangeRequest): Range {
  const base = req.base === undefined || req.base === '' ? undefined : checkRevision("Input 'base'", req.base)
  const head = req.head === undefined || req.head === '' ? undefined : checkRevision("Input 'head'", req.head)
  const checked: RangeRequest = { ...req, base, head }
  switch (req.scope) {
    case 'worktree':
      unused(base, head, 'scope worktree scans the files checked out now', TO_SCAN_A_RANGE)
      return { kind: 'worktree', head: 'HEAD' }
    case 'history':
      unused(base, head, 'scope history scans every commit of every ref', TO_SCAN_A_RANGE)
      return { kind: 'history', head: 'HEAD' }
    case 'pull-request':
      return pullRequestRange(checked)
    case 'push':
      return pushRange(checked)
    case 'auto':
      break
    default:
      throw new ConfigurationError(
        `Unknown scope "${String(req.scope)}": use auto, pull-request, push, history or worktree.`
      )
  }
  if (base) return { kind: 'range', base, head: head ?? 'HEAD' }
  if (req.eventName === 'pull_request' || req.eventName === 'pull_request_target') {
    return pullRequestRange(checked)
  }
  if (req.eventName === 'push') return pushRange(checked)
  if (req.eventName === 'merge_group') return mergeGroupRange(checked)
  unused(
    base,
    head,
    `without base, a ${req.eventName || 'manual'} run scans every commit of every ref`,
    'set base too to scan base..head'
  )
  return { kind: 'history', head: 'HEAD' }
}

const TO_SCAN_A_RANGE = 'use scope auto with base (and head) to scan base..head'

/** base or head where the scope has no use for them: an error, never a silently different scan. */
function unused(base: string | undefined, head: string | undefined, why: string, instead: string): void {
  const given = [base && "'base'", head && "'head'"].filter(Boolean)
  if (given.length === 0) return
  throw new ConfigurationError(
    `${given.length > 1 ? 'Inputs' : 'Input'} ${given.join(' and ')} ${given.length > 1 ? 'have' : 'has'} no effect here (${why}): ` +
      `remove ${given.length > 1 ? 'them' : 'it'}, or ${instead}.`
  )
}
