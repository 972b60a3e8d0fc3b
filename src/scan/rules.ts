import { realpathSync } from 'node:fs'
import path from 'node:path'
import { ConfigurationError } from '../errors.js'
import type { Git } from '../git.js'
import {
  Allowlist,
  DEFAULT_CONFIG,
  loadBaseline,
  loadConfig,
  parseBaseline,
  parseConfig,
  type AllowConfig,
  type BaselineEntry
} from './allowlist.js'

/** A config or baseline larger than this is not a rules file: it is refused rather than read. */
export const RULES_FILE_MAX = 1024 * 1024

/** The config and baseline as the user named them (the config defaults to DEFAULT_CONFIG when present). */
export interface RuleFiles {
  config?: string
  baseline?: string
}

/** The rules of one place, and which explicitly named files that place does not have. */
export interface Rules {
  allowlist: Allowlist
  missing: string[]
}

const NO_CONFIG: AllowConfig = { paths: [], fingerprints: [] }

/** The rules in the working tree: for scans of the user's own checkout (worktree, history, staged, stdin). */
export async function worktreeRules(cwd: string, files: RuleFiles): Promise<Allowlist> {
  return Allowlist.create(
    await loadConfig(cwd, files.config),
    files.baseline ? loadBaseline(cwd, files.baseline) : []
  )
}

/** The file's path inside the repository, or undefined when it lies outside (the workflow's own file). */
async function repositoryPath(git: Git, file: string): Promise<string | undefined> {
  const top = realpathSync((await git.run(['rev-parse', '--show-toplevel'])).trim())
  const relative = path.relative(top, path.resolve(realpathSync(git.cwd), file))
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}

/**
 * The text of a regular file at a commit, read as a blob (never from the working tree), within
 * RULES_FILE_MAX; undefined when the commit has no such path.
 */
async function regularFileAt(
  git: Git,
  commit: string,
  file: string,
  where: string
): Promise<string | undefined> {
  const out = await git.run(['ls-tree', '-l', '-z', '--full-tree', commit, '--', where])
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t')
    if (tab < 0 || entry.slice(tab + 1) !== where) continue
    const [mode = '', type, oid = '', size] = entry.slice(0, tab).split(/ +/)
    const at = `${file} in commit ${commit.slice(0, 12)}`
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) {
      throw new ConfigurationError(
        `${at} is not a regular file (mode ${mode}): rules are read from regular files only.`
      )
    }
    if (!(Number(size) <= RULES_FILE_MAX)) {
      throw new ConfigurationError(
        `${at} is larger than ${RULES_FILE_MAX / 1024 / 1024} MiB: it cannot be a rules file.`
      )
    }
    return (await git.runBuffer(['cat-file', 'blob', oid])).toString('utf8')
  }
  return undefined
}

const OUTSIDE = Symbol('outside the repository')

/**
 * The rules as `commit` holds them: its config and baseline blobs. A file named outside the repository is
 * the workflow's, not the commit's: it is read from disk. Without a commit (nothing to trust) there are no
 * rules from the repository.
 */
export async function rulesAt(git: Git, commit: string | undefined, files: RuleFiles): Promise<Rules> {
  const missing: string[] = []
  const textOf = async (file: string, explicit: boolean): Promise<string | undefined | typeof OUTSIDE> => {
    const where = await repositoryPath(git, file)
    if (where === undefined) return OUTSIDE
    const text = commit === undefined ? undefined : await regularFileAt(git, commit, file, where)
    if (text === undefined && explicit) missing.push(file)
    return text
  }
  const configFile = files.config ?? DEFAULT_CONFIG
  const configText = await textOf(configFile, files.config !== undefined)
  const config =
    configText === OUTSIDE
      ? await loadConfig(git.cwd, files.config)
      : configText === undefined
        ? NO_CONFIG
        : await parseConfig(configFile, configText)
  let baseline: BaselineEntry[] = []
  if (files.baseline !== undefined) {
    const text = await textOf(files.baseline, true)
    baseline =
      text === OUTSIDE
        ? loadBaseline(git.cwd, files.baseline)
        : text === undefined
          ? []
          : parseBaseline(files.baseline, text)
  }
  return { allowlist: await Allowlist.create(config, baseline), missing }
}
