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

/** Reads state written by any earlier version defensively: anything unreadable counts as "no state". */
export function parseState(text: string | undefined): RotationState | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as Partial<RotationState>
    if (value.version !== 1 || typeof value.rotationId !== 'string' || !STEPS.includes(value.step as Step)) {
      return undefined
    }
    return value as RotationState
  } catch {
    return undefined
  }
}

/** The rotation state in a repository variable: ids, steps and times only, never a key. */
export function variableState(variables: VariablesPort, secretName: string): StatePort {
  const name = stateVariableName(secretName)
  return {
    load: async () => parseState(await variables.get(name)),
    save: (state) => variables.set(name, JSON.stringify(state))
  }
}

/** Written and finished rotations leave nothing to resume. */
export function isSettled(state: RotationState | undefined): boolean {
  return !state || state.step === 'finished' || state.step === 'rolled-back'
}
