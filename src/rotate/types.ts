// The ports the rotation machine talks through. Each is implemented once over HTTP (src/openai, src/github)
// and replaced by the emulator in tests; the machine never sees a URL.
import type { SecretTarget } from '../settings.js'

export interface ServiceAccount {
  id: string
  name: string
  createdAt: number
}

/** A project key as the admin API lists it: never the key itself, only its redacted form. */
export interface ProjectKey {
  id: string
  name: string
  redactedValue: string
  /** Unix seconds. */
  createdAt: number
  /** Unix seconds; null when never used. How fresh OpenAI keeps it is not documented. */
  lastUsedAt: number | null
  owner: { type: 'service_account' | 'user'; serviceAccountId?: string; serviceAccountName?: string }
}

export interface CreatedServiceAccount {
  id: string
  name: string
  keyId: string
  /** The only moment the key exists in the program; it goes to setSecret and to the secret stores. */
  key: string
}

export type KeyLiveness = 'live' | 'invalid'

export interface AdminPort {
  listServiceAccounts(): Promise<ServiceAccount[]>
  /** Never retried by the SDK: a retried POST would make a second, untracked key. */
  createServiceAccount(name: string, expiresInSeconds?: number): Promise<CreatedServiceAccount>
  /** Deleting a service account revokes its keys; false when it was already gone (404). */
  deleteServiceAccount(id: string): Promise<boolean>
  listProjectKeys(): Promise<ProjectKey[]>
  /** One project key; undefined when it is gone (404). */
  getProjectKey(id: string): Promise<ProjectKey | undefined>
  /**
   * Model requests the key served since `since` (Unix seconds), from the usage endpoints; undefined when the
   * Admin key may not read usage or the endpoints fail: a rotation never depends on it.
   */
  requestsSince(keyId: string, since: number): Promise<number | undefined>
  /** 'missing': already gone (404); 'refused': the API will not delete it this way (a service account's key). */
  deleteProjectKey(id: string): Promise<'deleted' | 'missing' | 'refused'>
  /** GET /models with the key: 200 → live, 401 → invalid. */
  checkKey(key: string): Promise<KeyLiveness>
}

export interface SecretsPort {
  /** Reads every target's public key: proves the stores exist and the token can reach them, writes nothing. */
  check(targets: SecretTarget[]): Promise<void>
  put(target: SecretTarget, value: string): Promise<void>
}

export interface SmokeRun {
  id: number
  url?: string
}

export interface SmokeResult {
  conclusion: 'success' | 'failure' | 'timed-out'
  url?: string
}

export interface WorkflowsPort {
  /** Dispatches the workflow (file name or id) and finds its run. */
  dispatch(workflow: string): Promise<SmokeRun>
  wait(run: SmokeRun, timeoutMs: number): Promise<SmokeResult>
  /**
   * Whether a workflow run is still going: 'running' (queued or in progress), 'ended' (completed: it will
   * never touch the rotation again), 'unknown' (GitHub could not say: gone, or no permission).
   */
  runStatus(runId: number): Promise<'running' | 'ended' | 'unknown'>
}

export interface IssueRecord {
  rotationId: string
  title: string
  body: string
  labels: string[]
}

export interface IssuesPort {
  /** Comments on the open issue of the same rotation when there is one, else opens a new issue; returns its URL. */
  record(issue: IssueRecord): Promise<string>
}

/** Where a rotation is. Saved after each step so that a killed run can be finished or undone. */
export type Step =
  | 'creating' // no key yet, or one whose creation was not confirmed: find it by name
  | 'created' // the new key exists; no secret holds it
  | 'promoting' // some targets may hold the new key, both keys are live
  | 'promoted' // every target holds the new key
  | 'old-revoked' // leak: the old key is gone before the smoke test
  | 'smoked' // the smoke test passed with the new key
  | 'draining' // both keys live, waiting for the old one to go unused before it is revoked
  | 'finished'
  | 'rolled-back'

/**
 * One line of a rotation's timeline: a step it reached (or `resumed`: a later run picked it up), when, and by
 * which run. Kept in the state so that the issue shows every run that touched the rotation.
 */
export interface TimelineEntry {
  step: Step | 'resumed'
  /** ISO 8601, UTC. */
  at: string
  /** The run that did it: the Actions run id (`-attempt` after a re-run), or `local-…` outside Actions. */
  run: string
}

export interface RotationState {
  version: 1
  rotationId: string
  step: Step
  trigger: string
  startedAt: string
  updatedAt: string
  newServiceAccountId?: string
  newKeyId?: string
  oldKeyId?: string
  oldServiceAccountId?: string
  /** Service accounts of ours whose keys are kept on purpose (`revoke: never`): never orphans. */
  keptServiceAccountIds?: string[]
  /** When every target held the new key: the old key's quiet time is counted from here. */
  promotedAt?: string
  /** When the draining rotation's issue was escalated (drain-timeout passed). */
  escalatedAt?: string
  /** The workflow run working on the rotation now; a later run resumes at once once it has ended. */
  owner?: { runId: number; attempt: number }
  timeline?: TimelineEntry[]
  /** Proves that a run holding the Admin key wrote the ids and the step (state.ts, sealState). */
  seal?: string
}

export interface StatePort {
  load(): Promise<RotationState | undefined>
  save(state: RotationState): Promise<void>
}

/** Everything the machine talks to. */
export interface Ports {
  admin: AdminPort
  secrets: SecretsPort
  /** Absent when no smoke-workflow is configured: the new key's live check is then the only test. */
  workflows?: WorkflowsPort
  issues: IssuesPort
  state: StatePort
}
