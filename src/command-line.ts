import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { scanCommand } from './commands/scan.js'
import { ConfigurationError, errorMessage, secretInput } from './errors.js'
import { consoleLogger } from './logger.js'
import { printable } from './report/quote.js'
import { scrub } from './redact.js'
import { toSarif } from './report/sarif.js'
import { renderJson, renderText } from './report/text.js'
import { checkRevision, type Range } from './scan/range.js'
import { parseSettings, type InputReader } from './settings.js'
import { VERSION } from './version.js'

const USAGE = `openai-key-guard ${VERSION}: find leaked OpenAI API keys; rotate the key in your GitHub secrets.

Usage:
  openai-key-guard scan [PATH] [--history [--record FILE] | --staged | --range A..B | --stdin]
                        [--format text|json|sarif] [--output FILE] [--baseline FILE] [--config FILE]
                        [--fail-on introduced|any|never] [--verify]
      Scans the working tree of PATH (default .), or its full history, its staged changes (a pre-commit
      hook), a commit range, or standard input. Exit 0: clean; 1: leaks
      or files that could not be read; 2: error. --record FILE keeps the ids of the objects scanned (and
      what was found in them, never a key), so that the next history scan reads only new ones.
  openai-key-guard scan --repositories "OWNER/A OWNER/B" [--report-dir DIR] [--record-dir DIR]
                        [--max-repository-size 2g] [--config FILE]
      Fetches each repository from GITHUB_SERVER_URL (token: GITHUB_TOKEN), scans its whole history and
      writes one JSON report per repository. Exit 1 when any has a finding or could not be scanned.
  openai-key-guard rotate [--repo OWNER/REPO] [--openai-project-id proj_…] [--smoke-workflow smoke.yml] [...]
      Rotates the key in the repository's secret. Secrets come from the environment: OPENAI_ADMIN_KEY,
      GITHUB_TOKEN and OPENAI_API_KEY (the key now in the secret); also GITHUB_REPOSITORY, OPENAI_PROJECT_ID,
      GITHUB_API_URL and OPENAI_BASE_URL. Every action input is also a flag
      (--secret-name, --secret-targets, --revoke, --max-age, --dry-run, ...); see the README.
  openai-key-guard audit [--openai-project-id proj_…] [--max-age 90d] [--unused-after 30d]
                         [--spike-factor 5] [--fix revoke-unused [--dry-run]] [--format text|json] [--output FILE]
      Lists every key of the OpenAI organisation (OPENAI_ADMIN_KEY) with its owner, age, last use and expiry,
      what needs action first. With GITHUB_REPOSITORY and GITHUB_TOKEN it also rewrites the audit issue.
  openai-key-guard plan [--org ORG] [--batches 256] [--include GLOBS] [--exclude GLOBS] [--topics T1,T2]
                        [--visibility all|public|private|internal] [--archived] [--forks] [--output FILE]
      Lists the repositories GITHUB_TOKEN can see (its App installation's, else the organization's), filters
      them and prints the matrix JSON of at most --batches balanced batches on stdout, a summary on stderr.
  openai-key-guard report --reports DIR [--matrix JSON] [--fail-on any|never] [--upload-sarif false]
                          [--issue false] [--issue-labels L]
      Merges the per-repository reports of an organisation scan (searched recursively under DIR): prints every
      finding and every repository that could not be scanned. With GITHUB_TOKEN it uploads one SARIF per
      repository to code scanning, and with GITHUB_REPOSITORY too it keeps the organisation issue current.
      Exit 0: clean; 1: findings or repositories not scanned; 2: error.
  openai-key-guard emulator [--port N]
      Starts the local GitHub + OpenAI emulator, to try a rotation without accounts.
  openai-key-guard demo
      Plants a key in a sample repository, finds it, and rotates it on the emulator, end to end.
`

/** Every action input is a flag of the same name; `verify`, `dry-run`, `trust-pr-rules`, `archived`, `forks` are switches. */
const INPUTS = [
  'scope',
  'base',
  'head',
  'fail-on',
  'sarif-file',
  'config',
  'baseline',
  'on-leak',
  'openai-base-url',
  'openai-project-id',
  'secret-name',
  'secret-targets',
  'smoke-workflow',
  'smoke-ref',
  'smoke-timeout',
  'max-age',
  'revoke',
  'drain-quiet',
  'drain-wait',
  'drain-timeout',
  'key-expiry',
  'issue',
  'issue-labels',
  'reason',
  'unused-after',
  'expiring-within',
  'spike-factor',
  'fix',
  'org',
  'batches',
  'include',
  'exclude',
  'topics',
  'visibility',
  'repositories',
  'report-dir',
  'record-dir',
  'max-repository-size',
  // report
  'reports',
  'upload-sarif',
  'matrix'
] as const
const SWITCHES = ['verify', 'dry-run', 'trust-pr-rules', 'archived', 'forks'] as const
/** Secrets never go on a command line (they would show in `ps` and shell history): the environment holds them. */
const SECRET_ENV: Record<string, string> = {
  'github-token': 'GITHUB_TOKEN',
  'openai-admin-key': 'OPENAI_ADMIN_KEY',
  'current-key': 'OPENAI_API_KEY'
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
  history: { type: 'boolean' },
  staged: { type: 'boolean' },
  stdin: { type: 'boolean' },
  range: { type: 'string' },
  record: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  repo: { type: 'string' },
  port: { type: 'string' },
  ...Object.fromEntries(INPUTS.map((name) => [name, { type: 'string' }])),
  ...Object.fromEntries(SWITCHES.map((name) => [name, { type: 'boolean' }]))
} satisfies ParseArgsConfig['options']

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

function inputsFrom(values: Values, env: NodeJS.ProcessEnv, command: string): InputReader {
  const flags = values as Record<string, string | boolean | undefined>
  return (name) => {
    if (name === 'command') return command
    if (SECRET_ENV[name]) return secretInput(SECRET_ENV[name], env[SECRET_ENV[name]] ?? '')
    if (name === 'openai-project-id' && !flags[name]) return env.OPENAI_PROJECT_ID ?? ''
    const value = flags[name]
    return value === true ? 'true' : typeof value === 'string' ? value : ''
  }
}

function scanRange(values: Values): Range {
  const flags = values as Record<string, unknown>
  const actionOnly = ['scope', 'base', 'head'].filter((name) => flags[name] !== undefined)
  if (actionOnly.length > 0) {
    throw new ConfigurationError(
      `--${actionOnly[0]} is an action input: the CLI scans --range BASE..HEAD, --history, --staged, --stdin or the working tree.`
    )
  }
  const chosen = [values.history, values.staged, values.stdin, values.range !== undefined].filter(Boolean)
  if (chosen.length > 1)
    throw new ConfigurationError('Choose one of --history, --staged, --range and --stdin.')
  if (values.history) return { kind: 'history', head: 'HEAD' }
  if (values.staged) return { kind: 'staged', head: 'HEAD' }
  if (values.stdin) return { kind: 'stdin', head: '' }
  if (values.range !== undefined) return parseRange(values.range)
  return { kind: 'worktree', head: 'HEAD' }
}

/**
 * `BASE..HEAD` as git reads it: either side may be any revision (`v1.0`, `HEAD~3`, a SHA), an empty side is HEAD.
 * No ref name holds `..`, so the one `..` splits the two; `A...B` (both sides' commits) is not a range we scan.
 */
function parseRange(text: string): Range {
  const parts = text.trim().split('..')
  if (parts.length !== 2 || text.includes('...')) {
    throw new ConfigurationError(
      `--range must be BASE..HEAD, e.g. origin/main..HEAD or v1.0..HEAD (got ${JSON.stringify(scrub(text))}).`
    )
  }
  const [base = '', head = ''] = parts
  return {
    kind: 'range',
    base: checkRevision('The base of --range', base || 'HEAD'),
    head: checkRevision('The head of --range', head || 'HEAD')
  }
}

async function scanCli(values: Values, positionals: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if ((values as Record<string, unknown>).repositories !== undefined)
    return batchCli(values, positionals, env)
  const format = values.format ?? 'text'
  if (!['text', 'json', 'sarif'].includes(format)) {
    throw new ConfigurationError(`--format must be text, json or sarif (got "${format}").`)
  }
  if (positionals.length > 1) throw new ConfigurationError('scan takes one PATH.')
  const cwd = path.resolve(positionals[0] ?? '.')
  const range = scanRange(values)
  if (values.record !== undefined) {
    if (range.kind !== 'history') {
      throw new ConfigurationError(
        '--record goes with --history: only history scans read and write a record.'
      )
    }
    // A path on the command line is the user's, from where they are; the action's is from the workspace.
    values.record = path.resolve(values.record)
  }
  const settings = parseSettings(inputsFrom(values, env, 'scan'), {
    ...env,
    GITHUB_WORKSPACE: cwd,
    GITHUB_EVENT_PATH: '',
    GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
  })
  const progress = await terminalProgress(range, env)
  // A message written while the progress line is up must not be glued to it: the line goes first.
  const logger = consoleLogger((line) => {
    progress?.clear()
    process.stderr.write(line + '\n')
  })
  const stdin = range.kind === 'stdin' ? readFileSync(0) : undefined
  const outcome = await scanCommand({ settings, range, stdin, logger, progress }).finally(() =>
    progress?.done()
  )
  const { failOn } = settings.scan
  const report =
    format === 'json'
      ? renderJson(outcome.findings, failOn, outcome.scanned, VERSION, outcome.unreadable)
      : format === 'sarif'
        ? JSON.stringify(toSarif(outcome.findings, failOn, VERSION, outcome.unreadable), null, 2) + '\n'
        : renderText(outcome.findings, failOn, outcome.scanned, outcome.notes, outcome.unreadable)
  if (values.output) writeFileSync(values.output, report)
  else process.stdout.write(report)
  return outcome.failing > 0 || outcome.unreadableFails || outcome.remediation?.failed ? 1 : 0
}

/**
 * `scan --repositories "o/a o/b"`: fetches and scans each repository from GITHUB_SERVER_URL (token: GITHUB_TOKEN),
 * writes one report file each, prints one line each. Exit 1 when any has a finding or could not be scanned.
 */
async function batchCli(values: Values, positionals: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const local = ['history', 'staged', 'stdin', 'range', 'format', 'output'].filter(
    (name) => (values as Record<string, unknown>)[name] !== undefined
  )
  if (positionals.length > 0 || local.length > 0) {
    throw new ConfigurationError(
      `--repositories scans repositories on the GitHub server: it takes no ${positionals.length > 0 ? 'PATH' : `--${local[0]}`}.`
    )
  }
  const settings = parseSettings(inputsFrom(values, env, 'scan'), { ...env, GITHUB_EVENT_PATH: '' })
  if (!settings.batch)
    throw new ConfigurationError('--repositories names no repository: list owner/name items.')
  const { batchCommand } = await import('./commands/batch.js')
  const outcome = await batchCommand(settings, consoleLogger())
  process.stdout.write(
    `${outcome.reports.length} repositories, ${outcome.findings} finding(s), ${outcome.failed} not scanned; ` +
      `reports in ${printable(outcome.reportDir)}\n`
  )
  return outcome.findings > 0 || outcome.failed > 0 ? 1 : 0
}

/**
 * Progress on stderr when it is a terminal that can redraw a line. The module loads only then: a scan in a pipe
 * or a hook starts no slower for it.
 */
async function terminalProgress(range: Range, env: NodeJS.ProcessEnv) {
  // Only the scans that can take long show progress (scanProgress): a pre-commit hook's --staged loads nothing.
  if (!process.stderr.isTTY || env.TERM === 'dumb' || !['history', 'worktree'].includes(range.kind))
    return undefined
  const { progressInterval, scanProgress } = await import('./progress.js')
  return scanProgress(range.kind, {
    terminal: true,
    everyMs: progressInterval(env, 250),
    write: (text) => process.stderr.write(text),
    columns: () => process.stderr.columns
  })
}

async function rotateCli(values: Values, env: NodeJS.ProcessEnv): Promise<number> {
  const settings = parseSettings(inputsFrom(values, env, 'rotate'), {
    ...env,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: '',
    GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
  })
  // Rotation, the emulator and the demo load only when asked for: a scan starts faster without them.
  const { rotateCommand } = await import('./commands/rotate.js')
  const result = await rotateCommand(settings, consoleLogger())
  process.stdout.write(
    `${printable(scrub(result.message))}\n` +
      Object.entries({
        result: result.result,
        'new-key-id': result.newKeyId,
        'old-key-id': result.oldKeyId,
        revoked: result.revoked,
        'issue-url': result.issueUrl
      })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${printable(`${k}=${String(v)}`)}\n`)
        .join('')
  )
  return result.result === 'rotated' || result.result === 'skipped' ? 0 : 1
}

async function auditCli(values: Values, env: NodeJS.ProcessEnv): Promise<number> {
  const format = values.format ?? 'text'
  if (!['text', 'json'].includes(format)) {
    throw new ConfigurationError(`--format must be text or json for audit (got "${format}").`)
  }
  const settings = parseSettings(inputsFrom(values, env, 'audit'), {
    ...env,
    GITHUB_EVENT_PATH: '',
    GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
  })
  const { auditCommand } = await import('./commands/audit.js')
  const { auditJson, auditText } = await import('./audit/report.js')
  const now = Date.now()
  const outcome = await auditCommand(settings, consoleLogger(), now)
  const report = format === 'json' ? auditJson(outcome.report) + '\n' : auditText(outcome.report, now)
  if (values.output) writeFileSync(values.output, report)
  else process.stdout.write(report)
  if (outcome.failed) process.stderr.write(`openai-key-guard: ${outcome.failed}\n`)
  return outcome.failed ? 1 : 0
}

async function planCli(values: Values, positionals: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (positionals.length > 0)
    throw new ConfigurationError('plan takes no PATH: name the organization with --org.')
  const settings = parseSettings(inputsFrom(values, env, 'plan'), {
    ...env,
    GITHUB_EVENT_PATH: '',
    GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
  })
  const { planCommand } = await import('./commands/plan.js')
  const outcome = await planCommand(settings, consoleLogger())
  // The matrix alone on stdout, so that `plan > matrix.json` or `$(… plan)` takes it as is.
  if (values.output) writeFileSync(values.output, outcome.json + '\n')
  else process.stdout.write(outcome.json + '\n')
  process.stderr.write(`${printable(outcome.summary)}\n`)
  return 0
}

async function reportCli(values: Values, env: NodeJS.ProcessEnv): Promise<number> {
  const settings = parseSettings(inputsFrom(values, env, 'report'), {
    ...env,
    GITHUB_EVENT_PATH: '',
    GITHUB_REPOSITORY: values.repo ?? env.GITHUB_REPOSITORY
  })
  const { reportCommand } = await import('./commands/report.js')
  const { renderOrgText } = await import('./org/summary.js')
  const outcome = await reportCommand(settings, consoleLogger())
  const report = renderOrgText(outcome)
  if (values.output) writeFileSync(values.output, report)
  else process.stdout.write(report)
  if (outcome.failed) process.stderr.write(`openai-key-guard: ${printable(scrub(outcome.failed))}\n`)
  return outcome.failed ? 1 : 0
}

/**
 * Flags that belong to one command (or a few). A flag given to another command would be ignored without a word,
 * so it is refused: `rotate --scope history` must not look like it did something. Flags not listed here are
 * shared (a scan with `--on-leak rotate` takes every rotation flag).
 */
const ONLY_FOR: Record<string, readonly string[]> = {
  history: ['scan'],
  staged: ['scan'],
  stdin: ['scan'],
  range: ['scan'],
  scope: ['scan'],
  base: ['scan'],
  head: ['scan'],
  'sarif-file': ['scan'],
  config: ['scan'],
  baseline: ['scan'],
  'trust-pr-rules': ['scan'],
  verify: ['scan'],
  'on-leak': ['scan'],
  record: ['scan'],
  repositories: ['scan'],
  'report-dir': ['scan'],
  'record-dir': ['scan'],
  'max-repository-size': ['scan'],
  'fail-on': ['scan', 'report'],
  format: ['scan', 'audit'],
  'unused-after': ['audit'],
  'expiring-within': ['audit'],
  'spike-factor': ['audit'],
  fix: ['audit'],
  org: ['plan'],
  batches: ['plan'],
  include: ['plan'],
  exclude: ['plan'],
  topics: ['plan'],
  visibility: ['plan'],
  archived: ['plan'],
  forks: ['plan'],
  reports: ['report'],
  'upload-sarif': ['report'],
  matrix: ['report'],
  port: ['emulator']
}

function refuseForeignFlags(command: string, values: Values): void {
  const given = Object.keys(values).filter((name) => (values as Record<string, unknown>)[name] !== undefined)
  const foreign = given.find((name) => ONLY_FOR[name] && !ONLY_FOR[name].includes(command))
  if (foreign) {
    throw new ConfigurationError(
      `--${foreign} does not apply to ${command}: it is for ${ONLY_FOR[foreign]!.join(' and ')} (see --help).`
    )
  }
}

/** Runs one CLI command; returns the exit status (0 clean, 1 leaks or a failed rotation, 2 error). */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true
    })
    const [command, ...rest] = positionals
    if (values.version) {
      process.stdout.write(`${VERSION}\n`)
      return 0
    }
    if (values.help || !command) {
      process.stdout.write(USAGE)
      return command || values.help ? 0 : 2
    }
    if (['scan', 'rotate', 'audit', 'plan', 'report', 'emulator', 'demo'].includes(command)) {
      refuseForeignFlags(command, values)
    }
    switch (command) {
      case 'scan':
        return await scanCli(values, rest, env)
      case 'rotate':
        return await rotateCli(values, env)
      case 'audit':
        return await auditCli(values, env)
      case 'plan':
        return await planCli(values, rest, env)
      case 'report':
        return await reportCli(values, env)
      case 'emulator':
        return await (await import('./demo.js')).serveEmulator(Number(values.port ?? 0))
      case 'demo':
        return await (await import('./demo.js')).runDemo()
      default:
        throw new ConfigurationError(
          `Unknown command "${command}": use scan, rotate, audit, plan, report, emulator or demo (see --help).`
        )
    }
  } catch (error) {
    const message =
      error instanceof TypeError && 'code' in error
        ? String(error.message).replace(/\s*\n\s*/g, ' ')
        : errorMessage(error)
    process.stderr.write(`openai-key-guard: ${message}\n`)
    return 2
  }
}
