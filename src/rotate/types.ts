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
  dispatch(): Promise<SmokeRun>
  wait(run: SmokeRun, timeoutMs: number): Promise<SmokeResult>
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
  | 'finished'
  | 'rolled-back'

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
