import { sealSecret } from '../crypto/seal.js'
import type { SecretTarget } from '../settings.js'
import type { SecretsPort } from '../rotate/types.js'
import { type GitHub, github, githubOrMissing } from './client.js'

interface PublicKey {
  key_id: string
  key: string
}

export function describeTarget(target: SecretTarget): string {
  switch (target.kind) {
    case 'repo':
      return 'repository'
    case 'environment':
      return `environment ${target.name}`
    case 'org':
      return `organization ${target.org}`
    case 'dependabot':
      return 'Dependabot'
  }
}

/** Sealed-box writes of one secret name into repository, environment, organization and Dependabot stores. */
export function gitHubSecrets(octokit: GitHub, owner: string, repo: string, secretName: string): SecretsPort {
  const publicKey = async (target: SecretTarget): Promise<PublicKey> => {
    const what = `read the ${describeTarget(target)} secrets public key`
    switch (target.kind) {
      case 'repo':
        return (await github(what, () => octokit.rest.actions.getRepoPublicKey({ owner, repo }))).data
      case 'environment':
        return (
          await github(what, () =>
            octokit.rest.actions.getEnvironmentPublicKey({ owner, repo, environment_name: target.name })
          )
        ).data
      case 'org':
        return (await github(what, () => octokit.rest.actions.getOrgPublicKey({ org: target.org }))).data
      case 'dependabot':
        return (await github(what, () => octokit.rest.dependabot.getRepoPublicKey({ owner, repo }))).data
    }
  }

  // An org secret's audience is the org admins' choice: keep it; a new one is shared with this repository only.
  const orgAudience = async (
    org: string
  ): Promise<{ visibility: 'all' | 'private' | 'selected'; selected_repository_ids?: number[] }> => {
    const existing = await githubOrMissing(`read organization secret ${secretName}`, () =>
      octokit.rest.actions.getOrgSecret({ org, secret_name: secretName })
    )
    if (existing && existing.data.visibility !== 'selected') return { visibility: existing.data.visibility }
    if (existing) {
      const repos = await github(`list the repositories of organization secret ${secretName}`, () =>
        octokit.paginate(octokit.rest.actions.listSelectedReposForOrgSecret, {
          org,
          secret_name: secretName,
          per_page: 100
        })
      )
      return { visibility: 'selected', selected_repository_ids: repos.map((r) => r.id) }
    }
    const self = await github('read the repository', () => octokit.rest.repos.get({ owner, repo }))
    return { visibility: 'selected', selected_repository_ids: [self.data.id] }
  }

  return {
    async check(targets) {
      for (const target of targets) await publicKey(target)
    },
    async put(target, value) {
      const { key_id, key } = await publicKey(target)
      const encrypted_value = await sealSecret(value, key)
      const what = `write secret ${secretName} (${describeTarget(target)})`
      const sealed = { secret_name: secretName, encrypted_value, key_id }
      switch (target.kind) {
        case 'repo':
          await github(what, () => octokit.rest.actions.createOrUpdateRepoSecret({ owner, repo, ...sealed }))
          return
        case 'environment':
          await github(what, () =>
            octokit.rest.actions.createOrUpdateEnvironmentSecret({
              owner,
              repo,
              environment_name: target.name,
              ...sealed
            })
          )
          return
        case 'org': {
          const audience = await orgAudience(target.org)
          await github(what, () =>
            octokit.rest.actions.createOrUpdateOrgSecret({ org: target.org, ...sealed, ...audience })
          )
          return
        }
        case 'dependabot':
          await github(what, () =>
            octokit.rest.dependabot.createOrUpdateRepoSecret({ owner, repo, ...sealed })
          )
          return
      }
    }
  }
}
