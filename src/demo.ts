// The quick start's first command: everything the action does, on this machine, against the local emulator.
// A sample repository gets a commit with the production key in it; the scan finds it; `on-leak: rotate`
// replaces the key in the (emulated) repository secret, the smoke workflow passes, the leaked key is revoked
// and an incident issue is filed. Nothing leaves 127.0.0.1.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { serveForCli, startEmulator } from './emulator/index.js'
import { scanCommand } from './commands/scan.js'
import { consoleLogger } from './logger.js'
import { redact } from './redact.js'
import { renderText } from './report/text.js'
import { parseSettings } from './settings.js'

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

export async function runDemo(): Promise<number> {
  const emulator = await startEmulator({ owner: OWNER, repo: REPO, smokeRunMs: 800, strict: false })
  const current = emulator.seedServiceAccount('chat-service production')
  emulator.setSecret('OPENAI_API_KEY', current.key)
  const repo = sampleRepository(current.key)
  try {
    say(`Emulator: GitHub at ${emulator.githubUrl}, OpenAI at ${emulator.openaiUrl}`)
    say(`Repository secret OPENAI_API_KEY holds ${redact(current.key)} (key ${current.keyId}).`)
    say(`Sample repository ${repo}: its last commit adds settings.py with that key in it.`)
    say()
    say('$ openai-key-guard scan --history --on-leak rotate')
    const inputs: Record<string, string> = {
      command: 'scan',
      scope: 'history',
      'on-leak': 'rotate',
      'github-token': emulator.token,
      'openai-admin-key': emulator.adminKey,
      'openai-project-id': emulator.projectId,
      'current-key': current.key,
      'smoke-workflow': 'smoke.yml'
    }
    const settings = parseSettings((name) => inputs[name] ?? '', {
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: emulator.githubUrl,
      GITHUB_EVENT_NAME: 'push',
      OPENAI_BASE_URL: emulator.openaiUrl
    })
    const logger = consoleLogger((line) => say(`  ${line}`))
    for (const secret of [emulator.token, emulator.adminKey, current.key]) logger.setSecret(secret)
    const outcome = await scanCommand({ settings, range: { kind: 'history', head: 'HEAD' }, logger })
    say()
    say(renderText(outcome.findings, settings.scan.failOn, outcome.scanned).trimEnd())
    for (const note of outcome.notes) say(note)

    const now = emulator.secret('OPENAI_API_KEY')
    const rotated = now !== undefined && now !== current.key && emulator.isLive(now)
    const revoked = !emulator.isLive(current.key)
    say()
    say('What the emulator holds now:')
    say(`  OPENAI_API_KEY is ${now ? redact(now) : 'unset'}: ${rotated ? 'a new, live key' : 'NOT rotated'}`)
    say(`  the leaked key ${redact(current.key)} ${revoked ? 'answers 401: revoked' : 'still works'}`)
    const run = emulator.runs().at(-1)
    say(`  smoke run: ${run ? `${run.status}, ${run.conclusion ?? 'no conclusion'}` : 'none'}`)
    const issue = emulator.issues().at(-1)
    if (issue) {
      say()
      say(`Issue #${issue.number} filed: ${issue.title} [${issue.labels.join(', ')}]`)
      say(issue.body.replace(/^/gm, '  | '))
    }
    const ok =
      outcome.findings.length > 0 &&
      rotated &&
      revoked &&
      run?.conclusion === 'success' &&
      issue !== undefined
    say()
    say(ok ? 'Demo complete: found, rotated, smoke-tested, revoked, recorded.' : 'Demo FAILED: see above.')
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
