// smoke: the user's own workflow runs with the new key in place; its conclusion decides finish or roll back.
import type { Run } from './run.js'

/** True when the smoke run passed (or none is configured); a failure's reason goes to run.notes. */
export async function smoke(run: Run): Promise<boolean> {
  const { o } = run
  const workflows = o.ports.workflows
  if (!workflows) {
    o.logger.info('No smoke-workflow configured: the new key answering GET /models is the test.')
    return true
  }
  const dispatched = await workflows.dispatch()
  run.smokeRunUrl = dispatched.url
  o.logger.info(`Smoke run ${dispatched.id} dispatched${dispatched.url ? `: ${dispatched.url}` : ''}.`)
  const result = await workflows.wait(dispatched, o.settings.smokeTimeoutMs)
  run.smokeRunUrl = result.url ?? run.smokeRunUrl
  if (result.conclusion !== 'success') {
    run.notes.push(
      result.conclusion === 'timed-out'
        ? `The smoke run did not finish within smoke-timeout (${Math.round(o.settings.smokeTimeoutMs / 1000)}s).`
        : 'The smoke run failed with the new key.'
    )
    return false
  }
  return true
}
