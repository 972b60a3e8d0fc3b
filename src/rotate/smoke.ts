// smoke: the user's own workflows run with the new key in place (deploy, then smoke test), one after another;
// their conclusions decide finish or roll back.
import type { Run } from './run.js'

/** True when every workflow passed (or none is configured); a failure's reason goes to run.notes. */
export async function smoke(run: Run): Promise<boolean> {
  const { o } = run
  const workflows = o.ports.workflows
  const names = o.settings.smokeWorkflows
  if (!workflows || names.length === 0) {
    o.logger.info('No smoke-workflow configured: the new key answering GET /models is the test.')
    return true
  }
  for (const name of names) {
    const dispatched = await workflows.dispatch(name)
    run.smokeRunUrl = dispatched.url
    o.logger.info(
      `Workflow ${name}: run ${dispatched.id} dispatched${dispatched.url ? `: ${dispatched.url}` : ''}.`
    )
    const result = await workflows.wait(dispatched, o.settings.smokeTimeoutMs)
    run.smokeRunUrl = result.url ?? run.smokeRunUrl
    if (result.conclusion !== 'success') {
      run.notes.push(
        result.conclusion === 'timed-out'
          ? `Workflow ${name} did not finish within smoke-timeout (${Math.round(o.settings.smokeTimeoutMs / 1000)}s).`
          : `Workflow ${name} failed with the new key.`
      )
      return false
    }
  }
  return true
}
