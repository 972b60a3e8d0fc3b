import { type GitHub, gitHubError, github, githubOrMissing, statusOf } from './client.js'

export interface VariablesPort {
  get(name: string): Promise<string | undefined>
  set(name: string, value: string): Promise<void>
}

/** Repository variables: plain text the next run can read back (rotation state; never a secret). */
export function gitHubVariables(octokit: GitHub, owner: string, repo: string): VariablesPort {
  const exists = new Set<string>()
  return {
    async get(name) {
      const found = await githubOrMissing(`read variable ${name}`, () =>
        octokit.rest.actions.getRepoVariable({ owner, repo, name })
      )
      if (found) exists.add(name)
      return found?.data.value
    },
    async set(name, value) {
      if (exists.has(name)) {
        await github(`update variable ${name}`, () =>
          octokit.rest.actions.updateRepoVariable({ owner, repo, name, value })
        )
        return
      }
      try {
        await octokit.rest.actions.createRepoVariable({ owner, repo, name, value })
      } catch (error) {
        // Created meanwhile (or never read): update it instead.
        if (statusOf(error) !== 409 && statusOf(error) !== 422)
          throw gitHubError(`create variable ${name}`, error)
        await github(`update variable ${name}`, () =>
          octokit.rest.actions.updateRepoVariable({ owner, repo, name, value })
        )
      }
      exists.add(name)
    }
  }
}
