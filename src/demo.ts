// The quick start's first command: everything the action does, on this machine, against the local emulator, in two
// short stories. 1. A leak: a sample repository gets a commit with the production key in it; the scan finds it;
// `on-leak: rotate` replaces the key in the (emulated) repository secret and revokes the leaked one at once.
// 2. A rotation that cannot break production: an application keeps calling OpenAI with the key it was deployed
// with; the rotation puts a new key in the secret but ends `draining` instead of revoking the old one; the
// application is redeployed with the new key; the next run sees the old key gone quiet and revokes it.
// Both go through the commands the action runs (scanCommand, rotateCommand). Nothing leaves 127.0.0.1.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type Emulator, serveForCli, startEmulator } from './emulator/index.js'
import { rotateCommand } from './commands/rotate.js'
import { scanCommand } from './commands/scan.js'
import { consoleLogger, type Logger } from './logger.js'
import { redact } from './redact.js'
import { renderText } from './report/text.js'
import type { RotateResult } from './rotate/index.js'
import { parseSettings, type Settings } from './settings.js'

const OWNER = 'octo-org'
const REPO = 'chat-service'
const say = (line = ''): void => void process.stdout.write(line + '\n')

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Sam Dev', '-c', 'user.email=sam@example.com', ...args], {
    cwd,
    stdio: 'ignore'
  })
}

/** A small repository whose third commit carries the production key, as a real leak would. */
function sampleRepository(key: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'okg-demo-'))
  git(dir, 'init', '-q', '-b', 'main')
  writeFileSync(path.join(dir, 'README.md'), '# chat-service\n')
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'Initial commit')
  writeFileSync(
    path.join(dir, 'app.py'),
    'import os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n'
  )
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'Add the chat client')
  writeFileSync(path.join(dir, 'settings.py'), `DEBUG = True\nOPENAI_API_KEY = "${key}"  # TODO remove\n`)
  git(dir, 'add', '.')
  git(dir, 'commit', '-q', '-m', 'Try the key locally')
  return dir
}

/** Short windows so that the demo takes seconds; the defaults (30m, 40m) suit a real application. */
const DRAIN_QUIET = '4s'
const DRAIN_WAIT = '6s'
/** The application calls OpenAI this often (ms). */
const TRAFFIC_MS = 400

/** The inputs a workflow passes, as the runner would hand them to the action, and the runner's environment. */
function settingsFor(
  emulator: Emulator,
  workspace: string,
  event: string,
  inputs: Record<string, string>
): Settings {
  const all: Record<string, string> = {
    'github-token': emulator.token,
    'openai-admin-key': emulator.adminKey,
    'openai-project-id': emulator.projectId,
    // The workflow passes the secret as it is now.
    'current-key': emulator.secret('OPENAI_API_KEY') ?? '',
    'smoke-workflow': 'smoke.yml',
    ...inputs
  }
  return parseSettings((name) => all[name] ?? '', {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: emulator.githubUrl,
    GITHUB_EVENT_NAME: event,
    OPENAI_BASE_URL: emulator.openaiUrl
  })
}

/** The rotation's own lines, indented under the command that printed them; secrets masked as the runner does. */
function indentedLogger(emulator: Emulator): Logger {
  const logger = consoleLogger((line) => say(`    ${line}`))
  for (const secret of [emulator.token, emulator.adminKey]) logger.setSecret(secret)
  return logger
}

const check = (ok: boolean, what: string): boolean => {
  say(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`)
  return ok
}

/** Story 1: a commit leaks the key the secret holds; the scan finds it and the key is replaced and revoked at once. */
async function leakStory(emulator: Emulator, repo: string): Promise<boolean> {
  const leaked = emulator.secret('OPENAI_API_KEY')!
  say('1. A leaked key is replaced and revoked at once')
  say(
    `  The last commit of ${OWNER}/${REPO} adds settings.py with the key OPENAI_API_KEY holds, ${redact(leaked)}.`
  )
  say('  $ openai-key-guard scan --history --on-leak rotate')
  const settings = settingsFor(emulator, repo, 'push', {
    command: 'scan',
    scope: 'history',
    'on-leak': 'rotate'
  })
  const logger = indentedLogger(emulator)
  const outcome = await scanCommand({ settings, range: { kind: 'history', head: 'HEAD' }, logger })
  say(renderText(outcome.findings, settings.scan.failOn, outcome.scanned).trimEnd().replace(/^/gm, '    '))
  const now = emulator.secret('OPENAI_API_KEY')
  const run = emulator.runs().at(-1)
  const issue = emulator.issues().at(-1)
  return [
    check(outcome.findings.length > 0, 'the scan found the key in the history'),
    check(
      !!now && now !== leaked && emulator.isLive(now),
      `OPENAI_API_KEY holds a new, live key ${now ? redact(now) : '(unset)'}`
    ),
    check(run?.conclusion === 'success', `the smoke run (${run?.workflow ?? 'none'}) passed with it`),
    check(!emulator.isLive(leaked), `the leaked key ${redact(leaked)} answers 401: revoked without waiting`),
    check(issue !== undefined, `issue #${issue?.number ?? '?'}: ${issue?.title ?? 'none filed'}`)
  ].every(Boolean)
}

/**
 * Story 2: the weekly rotation while an application deployed outside the repository's workflows still uses the
 * key. Revoking after the smoke test would break it; the rotation waits until the old key has gone quiet.
 */
async function drainStory(emulator: Emulator, workspace: string): Promise<boolean> {
  const deployed = emulator.secret('OPENAI_API_KEY')!
  const app = emulator.consumer(deployed, TRAFFIC_MS)
  try {
    say('2. A rotation that waits until production has stopped using the old key')
    say(
      `  Production runs on ${redact(deployed)} and calls OpenAI every ${TRAFFIC_MS} ms; it was deployed from elsewhere,`
    )
    say('  so the rotation cannot move it to a new key. Short windows for the demo (defaults: 30m and 40m):')
    say(
      `  drain-quiet ${DRAIN_QUIET} (how long the old key must go unused), drain-wait ${DRAIN_WAIT} (how long one run waits).`
    )
    const rotation = async (event: string): Promise<RotateResult> => {
      const settings = settingsFor(emulator, workspace, event, {
        command: 'rotate',
        'drain-quiet': DRAIN_QUIET,
        'drain-wait': DRAIN_WAIT
      })
      const result = await rotateCommand(settings, indentedLogger(emulator))
      say(`    → result=${result.result} revoked=${result.revoked}`)
      return result
    }
    say(`  $ openai-key-guard rotate   # run 1, started by hand (workflow_dispatch)`)
    const first = await rotation('workflow_dispatch')
    const promoted = emulator.secret('OPENAI_API_KEY')!
    const ok1 = [
      check(
        first.result === 'draining',
        'run 1 ended draining, a warning and no failure (the action exits 0): nothing revoked'
      ),
      check(
        promoted !== deployed && emulator.isLive(promoted),
        `OPENAI_API_KEY holds a new, live key ${redact(promoted)}`
      ),
      check(emulator.isLive(deployed), `production's key ${redact(deployed)} still works`)
    ].every(Boolean)

    say(`  Production is redeployed and picks up ${redact(promoted)}; the old key goes quiet.`)
    app.switchTo(promoted)
    say(`  $ openai-key-guard rotate   # run 2, the next scheduled run`)
    const second = await rotation('schedule')
    const issues = emulator.issues()
    const ok2 = [
      check(
        second.result === 'rotated' && second.revoked && second.newKeyId === first.newKeyId,
        'run 2 finished that rotation and started none of its own'
      ),
      check(!emulator.isLive(deployed), `the old key ${redact(deployed)} answers 401: revoked`),
      check(
        app.key === promoted && emulator.secret('OPENAI_API_KEY') === promoted && emulator.isLive(promoted),
        `production runs on ${redact(app.key)}, the key in the secret, and it works`
      ),
      check(
        issues.length === 2 && (issues.at(-1)?.comments.length ?? 0) > 0,
        `one issue for the rotation, #${issues.at(-1)?.number ?? '?'}, updated by run 2`
      )
    ].every(Boolean)
    return ok1 && ok2
  } finally {
    app.stop()
  }
}

export async function runDemo(): Promise<number> {
  const emulator = await startEmulator({ owner: OWNER, repo: REPO, smokeRunMs: 800, strict: false })
  const current = emulator.seedServiceAccount('chat-service production')
  emulator.setSecret('OPENAI_API_KEY', current.key)
  const repo = sampleRepository(current.key)
  try {
    say(`GitHub and OpenAI are played by a local emulator at ${emulator.url}: nothing leaves this machine.`)
    say()
    const leak = await leakStory(emulator, repo)
    say()
    const drain = await drainStory(emulator, repo)
    say()
    const ok = leak && drain
    say(
      ok
        ? 'Demo complete: a leaked key was revoked at once; a rotated key was revoked only once nothing used it.'
        : 'Demo FAILED: see the FAIL lines above.'
    )
    return ok ? 0 : 1
  } finally {
    rmSync(repo, { recursive: true, force: true })
    await emulator.close()
  }
}

/** `openai-key-guard emulator`: serve until interrupted, printing what a user needs to point the tools at it. */
export async function serveEmulator(port: number): Promise<number> {
  const emulator = await serveForCli(port, say)
  say('then: openai-key-guard rotate --smoke-workflow smoke.yml   (Ctrl-C stops the emulator)')
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await emulator.close()
  return 0
}
