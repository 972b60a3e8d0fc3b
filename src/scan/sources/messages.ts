// Text people write outside files: commit messages, annotated tag messages and notes. Messages are read as git
// objects through `cat-file --batch`, whose answers carry their length: a message holding NULs or lines that look
// like headers cannot cut another message short or pass for one (a `git log --format` stream could).
import { CAT_FILE_FORMAT, CatFile, CatFileParser, gitFailure, type Git, type Pieces } from '../../git.js'
import type { MessageKind } from '../types.js'
import { CHUNK_BYTES, ChunkedKeys } from './chunks.js'
import { keysIn, type BufferHit, type SourceHit } from './common.js'

/** What reading messages found, and how many objects could not be read. */
export interface MessageScan {
  hits: SourceHit[]
  unreadable: number
}

const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: '1' }

/** A commit or tag object's headers (up to the first blank line) and its message (the rest). */
function split(object: Buffer): { headers: Buffer; message: Buffer } {
  const end = object.indexOf('\n\n')
  if (end < 0) return { headers: object, message: Buffer.alloc(0) }
  return { headers: object.subarray(0, end), message: object.subarray(end + 2) }
}

/** One header's value; the headers are decoded only for the few objects whose message holds a key. */
function header(headers: Buffer, name: string): string | undefined {
  for (const line of headers.toString('utf8').split('\n'))
    if (line.startsWith(`${name} `)) return line.slice(name.length + 1)
  return undefined
}

/** `… 1767225660 +0130` (the end of an author or tagger header) as ISO 8601 with its offset, as `%aI` prints it. */
export function identityDate(identity: string | undefined): string | undefined {
  const m = /(\d+) ([+-])(\d\d)(\d\d)$/.exec(identity ?? '')
  if (!m) return undefined
  const [, seconds, sign, hours, minutes] = m as unknown as [string, string, string, string, string]
  const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes))
  const local = new Date((Number(seconds) + offset * 60) * 1000).toISOString().replace(/\.000Z$/, '')
  return `${local}${sign}${hours}:${minutes}`
}

function messageHit(
  found: BufferHit,
  kind: MessageKind,
  where: { commit?: string; authorDate?: string; tag?: string; order: number }
): SourceHit {
  return {
    hit: found.hit,
    inlineAllowed: found.inlineAllowed,
    path: '',
    kind,
    ...(where.commit ? { commit: where.commit } : {}),
    ...(where.authorDate ? { authorDate: where.authorDate } : {}),
    ...(where.tag ? { tag: where.tag } : {}),
    order: where.order,
    preExisting: false,
    ...(found.known ? { known: found.known } : {})
  }
}

/** A commit's message keys (lines counted from the subject) and its headers. */
export interface CommitKeys {
  found: BufferHit[]
  headers: Buffer
  /** Replayed from the incremental record, which keeps the date instead of the headers. */
  authorDate?: string
}

export function commitKeys(object: Buffer): CommitKeys {
  const { headers, message } = split(object)
  return { found: keysIn(message), headers }
}

/** How many lines the headers and the blank line after them take, when `head` holds them whole. */
function headerLines(head: Buffer): number | undefined {
  const end = head.indexOf('\n\n')
  if (end < 0) return undefined
  let lines = 2
  for (let i = head.indexOf(10); i >= 0 && i < end; i = head.indexOf(10, i + 1)) lines++
  return lines
}

/**
 * A commit too large to hold whole (a message of many megabytes is a hostile one) is scanned in pieces like a
 * large blob; its headers are read from its first bytes, and the lines of its keys counted from the subject.
 */
export function largeCommits(): { pieces: Pieces; done: Map<string, CommitKeys> } {
  const done = new Map<string, CommitKeys>()
  const pieces: Pieces = {
    above: CHUNK_BYTES,
    open: (oid) => {
      const keys = new ChunkedKeys()
      let head = Buffer.alloc(0)
      return {
        push: (piece) => {
          if (head.length < HEAD_BYTES)
            head = Buffer.concat([head, piece.subarray(0, HEAD_BYTES - head.length)])
          keys.push(piece)
        },
        end: () => {
          const skip = headerLines(head) ?? 0
          const found = keys
            .end()
            .filter(({ hit }) => hit.line > skip)
            .map((f) => ({ ...f, hit: { ...f.hit, line: f.hit.line - skip } }))
          done.set(oid, { found, headers: split(head).headers })
        }
      }
    }
  }
  return { pieces, done }
}

/** The bytes of a large commit kept to read its headers: far more than any real header block. */
const HEAD_BYTES = 1 << 20

/**
 * Streams the commit objects that `rev-list` lists (oldest first) through one buffered `cat-file --batch`, git
 * to git: one pass, no answer waited for one by one. `onCommit` gets each one's keys with its position.
 */
function readCommits(
  git: Git,
  revisions: string[] | undefined,
  onCommit: (oid: string, keys: CommitKeys | undefined, order: number) => void
): Promise<void> {
  const revArgs = ['rev-list', '--reverse', '--topo-order', ...(revisions ? ['--stdin'] : ['--all'])]
  const revList = git.spawn(revArgs, ['pipe', 'pipe', 'pipe'], NO_LAZY_FETCH)
  const cat = git.spawn(['cat-file', CAT_FILE_FORMAT, '--buffer'], ['pipe', 'pipe', 'pipe'], NO_LAZY_FETCH)
  const large = largeCommits()
  let order = 0
  let failure: Error | undefined
  const parser = new CatFileParser((record) => {
    const chunked = large.done.get(record.name)
    large.done.delete(record.name)
    const readable = !record.missing && record.type === 'commit'
    onCommit(record.name, readable ? (chunked ?? commitKeys(record.content)) : undefined, order++)
  }, large.pieces)
  cat.stdout?.on('data', (chunk: Buffer) => {
    if (failure) return
    try {
      parser.push(chunk)
    } catch (error) {
      failure = error as Error
      revList.kill()
    }
  })
  cat.stdin?.on('error', () => undefined)
  revList.stdin?.on('error', () => undefined)
  if (revList.stdout && cat.stdin) revList.stdout.pipe(cat.stdin)
  revList.stdin?.end(revisions ? revisions.join('\n') + '\n' : '')
  const exit = (child: ReturnType<Git['spawn']>, name: string) => {
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    return new Promise<void>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code) =>
        code === 0 ? resolve() : reject(gitFailure(git.cwd, [name], code ?? 1, stderr))
      )
    })
  }
  return Promise.all([exit(revList, 'rev-list'), exit(cat, 'cat-file')]).then(() => {
    if (failure) throw failure
    parser.end()
  })
}

/** A commit's author date (ISO 8601), from its headers. */
export function commitDate(keys: CommitKeys): string | undefined {
  return keys.authorDate ?? identityDate(header(keys.headers, 'author'))
}

/** The findings of one commit's message keys, at its place in oldest-first order. */
function commitHits(commit: string, keys: CommitKeys, order: number): SourceHit[] {
  const authorDate = commitDate(keys)
  return keys.found.map((f) => messageHit(f, 'commit-message', { commit, authorDate, order }))
}

/** Keys in the messages (subject and body) of every commit, or of the range `[head, ^exclude…]`. */
export async function commitMessages(git: Git, range?: string[]): Promise<MessageScan & { commits: number }> {
  const result = { hits: [] as SourceHit[], unreadable: 0, commits: 0 }
  await readCommits(git, range, (commit, keys, order) => {
    result.commits++
    if (!keys) result.unreadable++
    else if (keys.found.length > 0) result.hits.push(...commitHits(commit, keys, order))
  })
  return result
}

/**
 * The findings of message keys that were read out of order (the history scan reads commits beside the blobs):
 * each commit is placed in oldest-first order, which is asked of git only when there is a key to place.
 */
export async function placeCommitMessages(git: Git, found: Map<string, CommitKeys>): Promise<SourceHit[]> {
  if (found.size === 0) return []
  const commits = await git.run(['rev-list', '--reverse', '--topo-order', '--all'], { env: NO_LAZY_FETCH })
  const hits: SourceHit[] = []
  let order = 0
  for (const commit of commits.split('\n')) {
    const keys = found.get(commit)
    if (keys) hits.push(...commitHits(commit, keys, order))
    order++
  }
  return hits
}

/**
 * Keys in the messages of the annotated tags that refs name (a tag of a tag included), ordered after every
 * commit (`order`). Each is named by its ref and by the commit it tags, when it tags one.
 */
export async function tagMessages(git: Git, order: number): Promise<MessageScan & { tags: number }> {
  const result = { hits: [] as SourceHit[], unreadable: 0, tags: 0 }
  const refs = await git.run(['for-each-ref', '--format=%(objecttype) %(objectname) %(refname)'])
  let queue = refs
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([type, oid, ref]) => type === 'tag' && oid && ref)
    .map(([, oid = '', ref = '']) => ({ oid, tag: ref.replace(/^refs\/tags\//, '') }))
  const seen = new Set<string>()
  const cat = new CatFile(git, { lazyFetch: false })
  try {
    while (queue.length > 0) {
      const batch = queue.filter(({ oid }) => !seen.has(oid) && seen.add(oid))
      const tagOf = new Map(batch.map((t) => [t.oid, t.tag]))
      queue = []
      const oids = [...tagOf.keys()]
      const objects = await Promise.all(oids.map((oid) => cat.read(oid)))
      result.tags += oids.length
      oids.forEach((oid, i) => {
        const object = objects[i]
        const tag = tagOf.get(oid) ?? ''
        if (!object) {
          result.unreadable++
          return
        }
        const { headers, message } = split(object)
        const target = header(headers, 'object') ?? ''
        const type = header(headers, 'type')
        if (type === 'tag' && target) queue.push({ oid: target, tag })
        const commit = type === 'commit' ? target : undefined
        const authorDate = identityDate(header(headers, 'tagger'))
        for (const f of keysIn(message))
          result.hits.push(messageHit(f, 'tag-message', { commit, authorDate, tag, order }))
      })
    }
  } finally {
    await cat.close()
  }
  return result
}

/** A note's path in a notes tree: the annotated object's id, whole or split into fan-out directories. */
const NOTE_PATH = /^(?:[0-9a-f]{2}\/)*[0-9a-f]+$/

function annotatedObject(path: string): string | undefined {
  if (!NOTE_PATH.test(path)) return undefined
  const oid = path.replace(/\//g, '')
  return oid.length === 40 || oid.length === 64 ? oid : undefined
}

/**
 * Notes (`refs/notes/*`) are blobs in the trees of notes commits: the blob scan reads them, and names them by the
 * notes commit and a path made of the annotated object's id. Such hits become notes on the annotated object.
 */
export async function markNotes(git: Git, hits: SourceHit[]): Promise<void> {
  const candidates = hits.filter((h) => h.commit && !h.kind && annotatedObject(h.path))
  if (candidates.length === 0) return
  const refs = (await git.run(['for-each-ref', '--format=%(objectname)', 'refs/notes/'])).split('\n')
  const tips = refs.filter(Boolean)
  if (tips.length === 0) return
  const listed = await git.run(['rev-list', '--stdin'], { input: tips.join('\n') + '\n', env: NO_LAZY_FETCH })
  const notesCommits = new Set(listed.split('\n').filter(Boolean))
  for (const h of candidates) {
    if (!notesCommits.has(h.commit ?? '')) continue
    h.kind = 'note'
    h.commit = annotatedObject(h.path)
    h.path = ''
  }
}
