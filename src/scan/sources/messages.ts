// Text people write outside files: commit messages, annotated tag messages and notes. Messages are read as git
// objects through `cat-file --batch`, whose answers carry their length: a message holding NULs or lines that look
// like headers cannot cut another message short or pass for one (a `git log --format` stream could).
import { CatFile, type Git } from '../../git.js'
import type { MessageKind } from '../types.js'
import { readBlobs } from './base.js'
import { keysIn, type SourceHit } from './common.js'

/** What reading messages found, and how many objects could not be read. */
export interface MessageScan {
  hits: SourceHit[]
  unreadable: number
}

const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: '1' }

/** A commit or tag object's headers (up to the first blank line) and its message (the rest). */
function split(object: Buffer): { headers: string; message: Buffer } {
  const end = object.indexOf('\n\n')
  if (end < 0) return { headers: object.toString('utf8'), message: Buffer.alloc(0) }
  return { headers: object.subarray(0, end).toString('utf8'), message: object.subarray(end + 2) }
}

function header(headers: string, name: string): string | undefined {
  for (const line of headers.split('\n')) if (line.startsWith(`${name} `)) return line.slice(name.length + 1)
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
  found: ReturnType<typeof keysIn>[number],
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
    preExisting: false
  }
}

/** Keys in the messages (subject and body) of `commits`, given oldest first: the position is the order. */
export async function commitMessages(git: Git, commits: string[]): Promise<MessageScan> {
  const result: MessageScan = { hits: [], unreadable: 0 }
  if (commits.length === 0) return result
  const order = new Map(commits.map((c, i) => [c, i]))
  const cat = new CatFile(git, { lazyFetch: false })
  try {
    await readBlobs(cat, commits, (commit, object) => {
      if (!object) {
        result.unreadable++
        return
      }
      const { headers, message } = split(object)
      const found = keysIn(message)
      if (found.length === 0) return
      const authorDate = identityDate(header(headers, 'author'))
      for (const f of found) {
        result.hits.push(
          messageHit(f, 'commit-message', { commit, authorDate, order: order.get(commit) ?? 0 })
        )
      }
    })
  } finally {
    await cat.close()
  }
  return result
}

/**
 * Keys in the messages of the annotated tags that refs name (a tag of a tag included), ordered after every
 * commit (`order`). Each is named by its ref and by the commit it tags, when it tags one.
 */
export async function tagMessages(git: Git, order: number): Promise<MessageScan> {
  const result: MessageScan = { hits: [], unreadable: 0 }
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
      await readBlobs(cat, [...tagOf.keys()], (oid, object) => {
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

/** The commits of every ref, oldest first; with `range` ([head, ^exclude…]), those of the range. */
export async function commitIds(git: Git, range?: string[]): Promise<string[]> {
  const args = ['rev-list', '--reverse', '--topo-order', ...(range ? ['--stdin'] : ['--all'])]
  const out = await git.run(args, { input: range ? range.join('\n') + '\n' : '', env: NO_LAZY_FETCH })
  return out.split('\n').filter(Boolean)
}

/** Every commit message and annotated tag message of the repository. */
export async function historyMessages(git: Git): Promise<MessageScan> {
  const commits = await commitIds(git)
  const [fromCommits, fromTags] = await Promise.all([
    commitMessages(git, commits),
    tagMessages(git, commits.length)
  ])
  return {
    hits: [...fromCommits.hits, ...fromTags.hits],
    unreadable: fromCommits.unreadable + fromTags.unreadable
  }
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
  const notesCommits = new Set(await commitIds(git, tips))
  for (const h of candidates) {
    if (!notesCommits.has(h.commit ?? '')) continue
    h.kind = 'note'
    h.commit = annotatedObject(h.path)
    h.path = ''
  }
}
