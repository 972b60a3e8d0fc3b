import { CatFile, type Git, type Pieces } from '../../git.js'
import { gitPath } from '../../paths.js'
import { CHUNK_BYTES, ChunkedKeys } from './chunks.js'
import { keysIn, type ScannedBlob } from './common.js'

/** A blob's keys and size, or undefined for a blob this clone cannot read. */
export type BlobKeys = ScannedBlob | undefined

/**
 * Blobs over one chunk are scanned in pieces as git hands them over; `done` holds their keys, by blob id,
 * until the caller takes them. Small blobs come whole.
 */
export function chunkedBlobs(): { pieces: Pieces; done: Map<string, ScannedBlob> } {
  const done = new Map<string, ScannedBlob>()
  const pieces: Pieces = {
    above: CHUNK_BYTES,
    open: (oid) => {
      const keys = new ChunkedKeys()
      return {
        push: (piece) => keys.push(piece),
        end: () => done.set(oid, { found: keys.end(), bytes: keys.bytes })
      }
    }
  }
  return { pieces, done }
}

/** Reads blobs through one cat-file, a window at a time, and hands over each one's keys: memory stays bounded. */
export async function readBlobKeys(
  git: Git,
  oids: string[],
  onBlob: (oid: string, keys: BlobKeys) => void,
  window = 256
): Promise<void> {
  const large = chunkedBlobs()
  const cat = new CatFile(git, { pieces: large.pieces })
  try {
    for (let i = 0; i < oids.length; i += window) {
      const slice = oids.slice(i, i + window)
      const contents = await Promise.all(slice.map((oid) => cat.read(oid)))
      slice.forEach((oid, j) => {
        const content = contents[j]
        const chunked = large.done.get(oid)
        large.done.delete(oid)
        onBlob(oid, chunked ?? (content ? { found: keysIn(content), bytes: content.length } : undefined))
      })
    }
  } finally {
    await cat.close()
  }
}

/** path → blob id of a tree (`git ls-tree -r`), for the paths asked for. */
export async function treeBlobs(git: Git, treeish: string, paths: Set<string>): Promise<Map<string, string>> {
  const out = await git.runBuffer(['ls-tree', '-r', '-z', '--full-tree', treeish])
  const blobs = new Map<string, string>()
  for (const entry of out.toString('latin1').split('\0')) {
    const tab = entry.indexOf('\t')
    if (tab < 0) continue
    const [, type, oid] = entry.slice(0, tab).split(' ')
    const file = gitPath(entry.slice(tab + 1))
    if (type === 'blob' && oid && paths.has(file)) blobs.set(file, oid)
  }
  return blobs
}

/**
 * Which of `keys` were already in `treeish`. The rule: a key is pre-existing when the base version of any
 * path the range touches holds it (any encoding), or when it appears as plain text anywhere in the base
 * tree (`git grep`, for keys copied from an untouched file). A key base64-encoded in an untouched file counts
 * as introduced: when unsure we fail closed.
 */
export async function keysAt(
  git: Git,
  treeish: string,
  touched: Set<string>,
  keys: Set<string>
): Promise<Set<string>> {
  const present = new Set<string>()
  if (keys.size === 0) return present
  const blobs = [...new Set((await treeBlobs(git, treeish, touched)).values())]
  await readBlobKeys(git, blobs, (_oid, blob) => {
    for (const { hit } of blob?.found ?? []) if (keys.has(hit.key)) present.add(hit.key)
  })
  const rest = [...keys].filter((k) => !present.has(k))
  if (rest.length === 0) return present
  // Patterns go through stdin: keys never appear in a process list.
  const out = await git.run(['grep', '--no-color', '-I', '-h', '-o', '-F', '-f', '-', treeish, '--'], {
    input: rest.join('\n') + '\n',
    okCodes: [1]
  })
  const found = new Set(out.split('\n'))
  for (const key of rest) if (found.has(key)) present.add(key)
  return present
}
