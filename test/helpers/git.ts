// Real git repositories in temp dirs, built with git itself, for the scanner's tests.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const made: string[] = []

/** A fresh temp directory, removed by cleanupTempDirs(). */
export function tempDir(prefix = 'okg-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/** Files to write (string) or delete (null). */
export type Files = Record<string, string | Buffer | null>

let clock = Date.UTC(2026, 0, 1) / 1000

export class TestRepo {
  readonly dir: string

  constructor(dir: string) {
    this.dir = dir
  }

  /** `git init -b main` with an identity, in a new temp dir (or the given one). */
  static init(dir = tempDir()): TestRepo {
    const repo = new TestRepo(dir)
    repo.git('init', '-q', '-b', 'main')
    repo.git('config', 'user.name', 'Test')
    repo.git('config', 'user.email', 'test@example.com')
    repo.git('config', 'commit.gpgsign', 'false')
    repo.git('config', 'uploadpack.allowFilter', 'true')
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true')
    return repo
  }

  /** Runs git here; every commit gets its own second, so dates and orders never tie. */
  git(...args: string[]): string {
    return this.gitInput('', ...args)
  }

  /** Runs git here with `input` on its standard input (hash-object --stdin, mktree). */
  gitInput(input: string, ...args: string[]): string {
    clock += 60
    const date = `${clock} +0000`
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, LC_ALL: 'C' }
    }).trim()
  }

  write(files: Files): void {
    for (const [file, content] of Object.entries(files)) {
      const full = path.join(this.dir, file)
      if (content === null) {
        unlinkSync(full)
        continue
      }
      mkdirSync(path.dirname(full), { recursive: true })
      writeFileSync(full, content)
    }
  }

  /** Writes the files, stages everything and commits; returns the new commit id. */
  commit(message: string, files: Files = {}): string {
    this.write(files)
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.head()
  }

  head(ref = 'HEAD'): string {
    return this.git('rev-parse', ref)
  }

  branch(name: string, from = 'HEAD'): void {
    this.git('checkout', '-q', '-b', name, from)
  }

  checkout(name: string): void {
    this.git('checkout', '-q', name)
  }

  /** A merge commit; `resolve` files are written into it before committing (a hand-made resolution). */
  merge(branch: string, resolve: Files = {}): string {
    this.git('merge', '-q', '--no-ff', '--no-commit', branch)
    this.write(resolve)
    this.git('add', '-A')
    this.git('commit', '-q', '--no-edit', '-m', `Merge ${branch}`)
    return this.head()
  }

  rename(from: string, to: string, message = `Rename ${from}`): string {
    this.git('mv', from, to)
    this.git('commit', '-q', '-m', message)
    return this.head()
  }

  url(): string {
    return `file://${this.dir}`
  }

  /** `git clone` of this repository with extra flags (`--depth 1`, `--filter=blob:none`, ...). */
  clone(...flags: string[]): TestRepo {
    const dir = tempDir('okg-clone-')
    execFileSync('git', ['clone', '-q', ...flags, this.url(), dir], { stdio: 'ignore' })
    const clone = new TestRepo(dir)
    clone.git('config', 'user.name', 'Test')
    clone.git('config', 'user.email', 'test@example.com')
    return clone
  }
}
