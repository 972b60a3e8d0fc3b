// The rotation state lives in a repository variable, and anyone with Variables: write can edit it. So it is read
// as hostile input: every field must have the shape this program writes, or the run stops with one line and
// changes nothing. (Treating a bad state as "no state" would start a new rotation over a half-promoted one, and
// the orphan sweep could then delete the account whose key some targets hold: an outage.) What the fields
// may name is limited elsewhere: service accounts named in the state are deleted only when their name carries
// this repository's and this secret's prefix (run.ts, deleteOwnAccount).
import { createHmac } from 'node:crypto'
import { ConfigurationError } from '../errors.js'
import type { VariablesPort } from '../github/variables.js'
import type { RotationState, StatePort, Step } from './types.js'

/** `OPENAI_KEY_GUARD_STATE_<SECRET>`: one variable per secret, so rotations of different secrets never mix. */
export function stateVariableName(secretName: string): string {
  return `OPENAI_KEY_GUARD_STATE_${secretName.toUpperCase()}`
}

const STEPS: readonly Step[] = [
  'creating',
  'created',
  'promoting',
  'promoted',
  'old-revoked',
  'smoked',
  'draining',
  'finished',
  'rolled-back'
]

// The shapes this program writes. OpenAI's ids: the API description's examples show `svc_acct_abc` and `key_abc`
// (openai-admin.openapi.json), while service accounts are also users of the project and come back with
// `user-…` ids (as the emulator issues them). None of these admits a space, a colon or a newline, so no field
// can carry a workflow command or markdown into a log line or an issue.
const ROTATION_ID = /^\d{8}T\d{6}Z-[a-z0-9]{1,12}$/
const SERVICE_ACCOUNT_ID = /^(svc_acct_|user-)[A-Za-z0-9_-]{1,64}$/
const KEY_ID = /^key_[A-Za-z0-9_-]{1,64}$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/
const RUN_LABEL = /^(\d{1,20}(-\d{1,4})?|local-[a-z0-9]{1,16})$/
const SEAL = /^[A-Za-z0-9_-]{43}$/
const TRIGGERS = ['schedule', 'manual', 'leak']
/** Far more than any rotation writes (run.ts keeps the timeline to 60 entries). */
const MAX_LIST = 100

class InvalidState extends Error {}

function check(ok: boolean, what: string): void {
  if (!ok) throw new InvalidState(what)
}

const isString = (v: unknown): v is string => typeof v === 'string'
const isTimestamp = (v: unknown): boolean => isString(v) && TIMESTAMP.test(v) && !Number.isNaN(Date.parse(v))
const matches = (v: unknown, shape: RegExp): boolean => isString(v) && shape.test(v)
const optional = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v)

function checkTimeline(value: unknown): void {
  check(
    Array.isArray(value) && value.length <= MAX_LIST,
    `timeline is not a list of at most ${MAX_LIST} entries`
  )
  for (const [i, entry] of (value as unknown[]).entries()) {
    check(
      typeof entry === 'object' && entry !== null && !Array.isArray(entry),
      `timeline[${i}] is not an object`
    )
    const e = entry as Record<string, unknown>
    const keys = Object.keys(e)
    check(
      keys.every((k) => ['step', 'at', 'run'].includes(k)),
      `timeline[${i}] has an unknown field`
    )
    check(e.step === 'resumed' || STEPS.includes(e.step as Step), `timeline[${i}].step is not a step name`)
    check(isTimestamp(e.at), `timeline[${i}].at is not a UTC timestamp`)
    check(matches(e.run, RUN_LABEL), `timeline[${i}].run is not a run id`)
  }
}

const FIELDS: Record<keyof RotationState, (v: unknown) => void> = {
  version: (v) => check(v === 1, 'version is not 1 (written by another version of openai-key-guard?)'),
  rotationId: (v) => check(matches(v, ROTATION_ID), 'rotationId is not a rotation id'),
  step: (v) => check(STEPS.includes(v as Step), 'step is not a step name'),
  trigger: (v) => check(TRIGGERS.includes(v as string), 'trigger is not schedule, manual or leak'),
  startedAt: (v) => check(isTimestamp(v), 'startedAt is not a UTC timestamp'),
  updatedAt: (v) => check(isTimestamp(v), 'updatedAt is not a UTC timestamp'),
  newServiceAccountId: (v) =>
    check(
      optional(v, (x) => matches(x, SERVICE_ACCOUNT_ID)),
      'newServiceAccountId is not a service account id'
    ),
  newKeyId: (v) =>
    check(
      optional(v, (x) => matches(x, KEY_ID)),
      'newKeyId is not a key id'
    ),
  oldKeyId: (v) =>
    check(
      optional(v, (x) => matches(x, KEY_ID)),
      'oldKeyId is not a key id'
    ),
  oldServiceAccountId: (v) =>
    check(
      optional(v, (x) => matches(x, SERVICE_ACCOUNT_ID)),
      'oldServiceAccountId is not a service account id'
    ),
  keptServiceAccountIds: (v) =>
    check(
      optional(
        v,
        (x) => Array.isArray(x) && x.length <= MAX_LIST && x.every((id) => matches(id, SERVICE_ACCOUNT_ID))
      ),
      'keptServiceAccountIds is not a list of service account ids'
    ),
  promotedAt: (v) => check(optional(v, isTimestamp), 'promotedAt is not a UTC timestamp'),
  escalatedAt: (v) => check(optional(v, isTimestamp), 'escalatedAt is not a UTC timestamp'),
  owner: (v) =>
    check(
      optional(v, (x) => {
        if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
        const o = x as Record<string, unknown>
        return (
          Object.keys(o).every((k) => k === 'runId' || k === 'attempt') &&
          Number.isSafeInteger(o.runId) &&
          (o.runId as number) > 0 &&
          Number.isInteger(o.attempt) &&
          (o.attempt as number) >= 1 &&
          (o.attempt as number) < 10_000
        )
      }),
      'owner is not a workflow run id and attempt'
    ),
  seal: (v) =>
    check(
      optional(v, (x) => matches(x, SEAL)),
      'seal is not a seal'
    ),
  timeline: (v) => {
    if (v !== undefined) checkTimeline(v)
  }
}

/**
 * The state as saved by this program, or undefined when the variable is absent or empty. Anything else throws
 * a ConfigurationError naming the first bad field; the message quotes nothing from the variable.
 */
export function parseState(
  text: string | undefined,
  variable = 'the rotation state variable'
): RotationState | undefined {
  if (!text?.trim()) return undefined
  try {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new InvalidState('it is not JSON')
    }
    check(typeof value === 'object' && value !== null && !Array.isArray(value), 'it is not a JSON object')
    const fields = value as Record<string, unknown>
    const unknown = Object.keys(fields).filter((k) => !(k in FIELDS))
    check(unknown.length === 0, `it has ${unknown.length} unknown field(s)`)
    for (const [name, validate] of Object.entries(FIELDS)) validate(fields[name])
    return fields as unknown as RotationState
  } catch (error) {
    if (!(error instanceof InvalidState)) throw error
    throw new ConfigurationError(
      `${variable} does not hold a rotation state this program wrote: ${error.message}. ` +
        'It holds no secret: fix that field, or delete the variable when no rotation is under way.'
    )
  }
}

/** The rotation state in a repository variable: ids, steps and times only, never a key. */
export function variableState(variables: VariablesPort, secretName: string): StatePort {
  const name = stateVariableName(secretName)
  return {
    load: async () => parseState(await variables.get(name), `Repository variable ${name}`),
    save: (state) => variables.set(name, JSON.stringify(state))
  }
}

/**
 * A MAC over the fields that decide what a resumed rotation deletes and revokes, keyed by the Admin key: someone
 * who can edit the variable but does not hold the Admin key cannot make a state that names another key as the
 * one to revoke, or make a run take over a rotation whose owner is alive. Times and the timeline are left out:
 * they decide nothing that a later run deletes.
 */
function sealOf(state: RotationState, adminKey: string): string {
  const key = createHmac('sha256', adminKey).update('openai-key-guard rotation state v1').digest()
  const fields = [
    state.rotationId,
    state.step,
    state.trigger,
    state.newServiceAccountId ?? null,
    state.newKeyId ?? null,
    state.oldKeyId ?? null,
    state.oldServiceAccountId ?? null,
    state.keptServiceAccountIds ?? [],
    // Who owns it decides whether another run takes it over: an edited owner must not start a second run on it.
    state.owner ?? null
  ]
  return createHmac('sha256', key).update(JSON.stringify(fields)).digest('base64url')
}

export function sealState(state: RotationState, adminKey: string): RotationState {
  return { ...state, seal: sealOf(state, adminKey) }
}

export function isSealed(state: RotationState, adminKey: string): boolean {
  return state.seal === sealOf(state, adminKey)
}

/** Written and finished rotations leave nothing to resume. */
export function isSettled(state: RotationState | undefined): boolean {
  return !state || state.step === 'finished' || state.step === 'rolled-back'
}
