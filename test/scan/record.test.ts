// The incremental record on real repositories: a rerun reads only what the record does not hold, finds the same
// keys (those of objects recorded with hits are replayed, placed where the history holds them now), and reads
// everything again when the record is of another detector version, damaged, or not a file to trust. The record's
// bytes never hold key material.
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  lstatSync,
  openSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  ftruncateSync
} from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Git } from '../../src/git.js'
import { consoleLogger } from '../../src/logger.js'
import {
  DETECTOR_VERSION,
  MAX_RECORD_BYTES,
  ObjectRecord,
  loadRecord,
  skipRecorded,
  unrecorded
} from '../../src/scan/record.js'
import { scan, type ScanResult } from '../../src/scan/scan.js'
import { cleanupTempDirs, tempDir, TestRepo } from '../helpers/git.js'
import { makeKey, seeded } from '../helpers/keys.js'

afterAll(cleanupTempDirs)

const oldKey = makeKey('project', 1801)
const blobKey = makeKey('service-account', 1802)
const messageKey = makeKey('admin', 1803)
const canary = makeKey('legacy', 1804)

interface Run extends ScanResult {
  log: string[]
  /** The raw keys the scan handed to onKey: only those of objects it read. */
  keys: string[]
}

async function historyScan(dir: string, record?: string, rawKeys?: boolean): Promise<Run> {
  const log: string[] = []
  const keys: string[] = []
  const result = await scan({
    cwd: dir,
    range: { kind: 'history', head: 'HEAD' },
    failOn: 'any',
    logger: consoleLogger((line) => log.push(line), true),
    record,
    rawKeys,
    onKey: (key) => keys.push(key)
  })
  return { ...result, log, keys }
}

/** The findings as comparable lines: where, which key (fingerprint), which commit. */
function found(run: ScanResult): string[] {
  return run.findings.map((f) => `${f.kind ?? f.path}:${f.line} ${f.commit} ${f.fingerprint}`).sort()
}

/** The findings whole, as reports print them. */
function whole(run: ScanResult): string[] {
  return run.findings.map((f) => JSON.stringify(f)).sort()
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** Three clean commits and a key in one file of the second. */
function history(format: 'sha1' | 'sha256' = 'sha1'): TestRepo {
  const dir = tempDir()
  if (format === 'sha256') {
    new TestRepo(dir).git('init', '-q', '--object-format=sha256')
  }
  const repo = TestRepo.init(dir)
  repo.commit('Initial commit', { 'README.md': '# service\n', 'src/app.ts': 'export const app = 1\n' })
  repo.commit('Configure the client', { 'config.env': `OPENAI_API_KEY=${oldKey}\n` })
  repo.commit('Grow the app', { 'src/app.ts': 'export const app = 2\n', 'docs/guide.md': 'How to run\n' })
  return repo
}

describe('the incremental record', () => {
  it('after one new commit, a rerun reads only its new objects and finds the same keys plus the new ones', async () => {
    const repo = history()
    const file = path.join(tempDir(), 'records', 'history.record')

    const first = await historyScan(repo.dir, file)
    // 3 commits, 5 blobs (README, two versions of app.ts, config.env, guide.md): all read, none skipped.
    expect(first.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(first.log).toContain(
      `No record at ${file} yet: scanning the whole history; the record is rewritten after the scan.`
    )
    expect(found(first)).toHaveLength(1)

    // Nothing new: nothing is read; the blob that holds a key is replayed from the record and reported again.
    const unchanged = await historyScan(repo.dir, file)
    expect(unchanged.stats.objects).toEqual({ listed: 8, read: 0, skipped: 8 })
    expect(unchanged.stats.blobs).toBe(0)
    expect(whole(unchanged)).toEqual(whole(first))
    expect(unchanged.keys).toEqual([])

    // One commit: a key in a new file, a key in its message, and a changed clean file.
    const added = repo.commit(`Add the worker\n\nIt uses ${messageKey} for now`, {
      'worker.env': `KEY=${blobKey}\n`,
      'README.md': '# service\n\nWith a worker.\n'
    })
    const rerun = await historyScan(repo.dir, file)
    // Read: exactly the commit's three new objects (two blobs and the commit itself).
    expect(rerun.stats.objects).toEqual({ listed: 11, read: 3, skipped: 8 })
    expect(rerun.stats.blobs).toBe(2)
    expect(rerun.stats.commits).toBe(4)
    const fresh = await historyScan(repo.dir)
    expect(fresh.stats.objects).toEqual({ listed: 11, read: 11, skipped: 0 })
    expect(whole(rerun)).toEqual(whole(fresh))
    expect(found(rerun)).toEqual(
      [
        ...found(first),
        `worker.env:1 ${added} ${sha256(blobKey)}`,
        `commit-message:3 ${added} ${sha256(messageKey)}`
      ].sort()
    )

    // Objects with a key are recorded with their hits: nothing is read, every key is reported as before.
    const again = await historyScan(repo.dir, file)
    expect(again.stats.objects).toEqual({ listed: 11, read: 0, skipped: 11 })
    expect(whole(again)).toEqual(whole(fresh))

    // A caller that needs the keys themselves (verify, on-leak) reads the objects with hits again.
    const raw = await historyScan(repo.dir, file, true)
    expect(raw.stats.objects).toEqual({ listed: 11, read: 3, skipped: 8 })
    expect(whole(raw)).toEqual(whole(fresh))
    expect(raw.keys.sort()).toEqual([oldKey, blobKey, messageKey].sort())

    // A force push that drops the commit: its objects are still in the database, but no ref reaches them, so
    // their recorded keys are not reported.
    repo.git('reset', '-q', '--hard', 'HEAD~1')
    const dropped = await historyScan(repo.dir, file)
    expect(dropped.stats.objects).toEqual({ listed: 8, read: 0, skipped: 8 })
    expect(whole(dropped)).toEqual(whole(first))
    expect(whole(dropped)).toEqual(whole(await historyScan(repo.dir)))
  })

  it('replays a recorded hit at the commits and paths that hold its blob now, inline allows included', async () => {
    const repo = history()
    repo.commit('Allow the fixture', { 'fixture.env': `KEY=${blobKey} # openai-key-guard:allow\n` })
    const file = path.join(tempDir(), 'history.record')
    const first = await historyScan(repo.dir, file)
    expect(first.allowed).toBe(1)
    expect(found(first)).toHaveLength(1)

    // The same blob at a new path, and the old key's blob copied: only the commit and its tree are new.
    const copied = repo.commit('Copy them', {
      'copy.env': `KEY=${blobKey} # openai-key-guard:allow\n`,
      'again.env': `OPENAI_API_KEY=${oldKey}\n`
    })
    const rerun = await historyScan(repo.dir, file)
    expect(rerun.stats.objects).toEqual({ listed: 11, read: 1, skipped: 10 })
    expect(rerun.allowed).toBe(2)
    expect(found(rerun)).toEqual([...found(first), `again.env:1 ${copied} ${sha256(oldKey)}`].sort())
    expect(whole(rerun)).toEqual(whole(await historyScan(repo.dir)))
  })

  it('never holds key material: of an object with keys, only what its findings show', async () => {
    const repo = history()
    const keyed = repo.commit(`Deploy\n\ncanary ${canary}`, {
      'deploy.yml': `token: ${canary}\n`,
      'deploy.b64': Buffer.from(`K=${canary}`).toString('base64') + '\n'
    })
    const file = path.join(tempDir(), 'history.record')
    const run = await historyScan(repo.dir, file)
    expect(run.findings.length).toBeGreaterThanOrEqual(3)

    const bytes = readFileSync(file)
    for (const form of [
      canary,
      oldKey,
      canary.slice(3, 23),
      Buffer.from(canary).toString('base64'),
      Buffer.from(canary, 'utf16le').toString('latin1')
    ])
      expect(bytes.includes(Buffer.from(form, 'latin1'))).toBe(false)
    expect(run.log.join('\n')).not.toContain(canary.slice(3, 23))

    const [header = ''] = bytes.toString('latin1').split('\n', 1)
    expect(header).toMatch(
      new RegExp(
        `^openai-key-guard-record 2 detector=${DETECTOR_VERSION} hash=sha1 count=\\d+ hits=\\d+ sha256=[0-9a-f]{64}$`
      )
    )
    const record = await loadRecord(
      file,
      'sha1',
      consoleLogger(() => undefined)
    )
    const git = new Git(repo.dir)
    const blobOf = async (spec: string) => (await git.run(['rev-parse', spec])).trim()
    for (const oid of [keyed, await blobOf(`${keyed}:deploy.yml`), await blobOf(`${keyed}:deploy.b64`)])
      expect(record.has(oid)).toBe(false)
    expect(record.has(await blobOf(`${keyed}:README.md`))).toBe(true)
    // The header, 20 bytes per clean id, then one line per finding: its object, and what the finding shows.
    const hitLines = bytes
      .subarray(header.length + 1 + 20 * record.size)
      .toString('utf8')
      .split('\n')
      .slice(0, -1)
    const shown = new Map(run.findings.map((f) => [`${f.line} ${f.column}`, f]))
    expect(hitLines).toHaveLength(run.findings.length)
    for (const line of hitLines) {
      const [, , shape, encoding, at, column, inline, fp, redacted] = line.split(' ')
      const f = shown.get(`${at} ${column}`)
      expect([shape, encoding, inline, fp, redacted]).toEqual([
        f?.shape,
        f?.encoding,
        '0',
        f?.fingerprint,
        f?.redacted
      ])
    }
    expect(hitLines.map((l) => l.split(' ')[0]).sort()).toEqual(
      [
        keyed,
        await blobOf(`${keyed}:deploy.yml`),
        await blobOf(`${keyed}:deploy.b64`),
        await blobOf('HEAD~1:config.env')
      ].sort()
    )
  })

  it('reads everything again when the record is of another detector version, and rewrites it', async () => {
    const repo = history()
    const file = path.join(tempDir(), 'history.record')
    const first = await historyScan(repo.dir, file)
    const bytes = readFileSync(file)
    const newline = bytes.indexOf(10)
    // The same ids under another version, with a correct checksum: only the version differs.
    const header = bytes
      .toString('latin1', 0, newline)
      .replace(`detector=${DETECTOR_VERSION}`, 'detector=0.9')
    writeFileSync(file, Buffer.concat([Buffer.from(header + '\n'), bytes.subarray(newline + 1)]))

    const rerun = await historyScan(repo.dir, file)
    expect(rerun.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(found(rerun)).toEqual(found(first))
    expect(rerun.log).toContain(
      `The record ${file} was made by detector version 0.9, this is version ${DETECTOR_VERSION}: ` +
        'scanning the whole history; the record is rewritten after the scan.'
    )
    expect(readFileSync(file)).toEqual(bytes)
    expect((await historyScan(repo.dir, file)).stats.objects).toEqual({ listed: 8, read: 0, skipped: 8 })
  })

  /** The record's bytes after the header (ids, then hit lines), with the header's checksum made to match. */
  const resealed = (b: Buffer, body: (body: Buffer) => Buffer, header = (h: string) => h): Buffer => {
    const newline = b.indexOf(10)
    const rest = body(Buffer.from(b.subarray(newline + 1)))
    const line = header(b.toString('latin1', 0, newline)).replace(
      /sha256=[0-9a-f]+/,
      `sha256=${createHash('sha256').update(rest).digest('hex')}`
    )
    return Buffer.concat([Buffer.from(line + '\n'), rest])
  }
  /** Cuts the record `bytes` bytes into its ids (7 of 20 bytes here). */
  const cutIds = (b: Buffer, bytes: number) => b.subarray(0, b.indexOf(10) + 1 + bytes)

  /** Ways a record comes back damaged or forged; each must mean a full rescan and one warning. */
  const damaged: Array<[string, (bytes: Buffer) => Buffer, string]> = [
    ['truncated in its ids', (b) => cutIds(b, 133), 'the header says 7 ids, 133 bytes follow'],
    ['truncated at an id boundary', (b) => cutIds(b, 120), 'the header says 7 ids, 120 bytes follow'],
    ['truncated in its hits', (b) => b.subarray(0, b.length - 7), 'the hits do not end with a line'],
    ['without its hits', (b) => cutIds(b, 140), 'the record does not match its checksum'],
    ['cut inside its header', (b) => b.subarray(0, 30), 'no header line'],
    ['empty', () => Buffer.alloc(0), 'no header line'],
    [
      'flipped in one id',
      (b) => {
        const copy = Buffer.from(b)
        copy[copy.indexOf(10) + 5]! ^= 0x40
        return copy
      },
      'the record does not match its checksum'
    ],
    [
      'flipped in one hit',
      (b) => {
        const copy = Buffer.from(b)
        copy[copy.length - 3]! ^= 0x01
        return copy
      },
      'the record does not match its checksum'
    ],
    [
      'garbage',
      () => {
        const rand = seeded(7)
        return Buffer.from(Array.from({ length: 4096 }, () => Math.floor(rand() * 256)))
      },
      'no header line'
    ],
    [
      'a header with a count the ids are forged to match',
      (b) => Buffer.from(b.toString('latin1').replace(/count=\d+/, 'count=99999'), 'latin1'),
      'the header says 99999 ids, '
    ],
    [
      'a header with a count of hits forged under a correct checksum',
      (b) =>
        resealed(
          b,
          (rest) => rest,
          (h) => h.replace(/hits=\d+/, 'hits=2')
        ),
      'the header says 2 hits, 1 lines follow'
    ],
    [
      'ids out of order under a correct checksum',
      (b) =>
        resealed(b, (rest) => {
          const first = Buffer.from(rest.subarray(0, 20))
          rest.copy(rest, 0, 20, 40)
          first.copy(rest, 20)
          return rest
        }),
      'the ids are not in order'
    ],
    [
      'a hit with a key in place of its redacted form, under a correct checksum',
      (b) =>
        resealed(b, (rest) => {
          const text = rest.toString('utf8', 140)
          const forged = text.replace(/ [^ ]+\n$/, ` ${makeKey('project', 1809)}\n`)
          return Buffer.concat([rest.subarray(0, 140), Buffer.from(forged)])
        }),
      'a malformed hit'
    ],
    [
      'a hit of an unknown shape, under a correct checksum',
      (b) =>
        resealed(b, (rest) => {
          const text = rest.toString('utf8', 140)
          return Buffer.concat([rest.subarray(0, 140), Buffer.from(text.replace(' project ', ' bogus '))])
        }),
      'a malformed hit'
    ]
  ]

  it.each(damaged)('reads everything again when the record is %s', async (_name, damage, why) => {
    const repo = history()
    const file = path.join(tempDir(), 'history.record')
    const first = await historyScan(repo.dir, file)
    writeFileSync(file, damage(readFileSync(file)))
    const rerun = await historyScan(repo.dir, file)
    expect(rerun.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(found(rerun)).toEqual(found(first))
    const warnings = rerun.log.filter((line) => line.startsWith('warning: '))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`The record ${file} is not a valid record (${why}`)
    // Rewritten whole: the next run skips again.
    expect((await historyScan(repo.dir, file)).stats.objects).toEqual({ listed: 8, read: 0, skipped: 8 })
  })

  it('does not follow a symbolic link at its path, and replaces the link', async () => {
    const repo = history()
    const dir = tempDir()
    const target = path.join(dir, 'elsewhere')
    writeFileSync(target, 'not to be touched\n')
    const file = path.join(dir, 'history.record')
    symlinkSync(target, file)
    const run = await historyScan(repo.dir, file)
    expect(run.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(run.log).toContain(
      `warning: The record ${file} is a symbolic link, not followed: scanning the whole history; the record is rewritten after the scan.`
    )
    expect(readFileSync(target, 'utf8')).toBe('not to be touched\n')
    expect(lstatSync(file).isFile()).toBe(true)
  })

  it('ignores a record larger than its cap without reading it', async () => {
    const repo = history()
    const file = path.join(tempDir(), 'history.record')
    // Sparse: the size is what counts.
    const fd = openSync(file, 'w')
    ftruncateSync(fd, MAX_RECORD_BYTES + 1)
    closeSync(fd)
    const run = await historyScan(repo.dir, file)
    expect(run.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(run.log.filter((l) => l.startsWith('warning: '))).toEqual([
      `warning: The record ${file} is larger than 512 MiB: ignored, scanning the whole history; the record is rewritten after the scan.`
    ])
  })

  it('a directory at the path: a full rescan and a warning that the record could not be written', async () => {
    const repo = history()
    const file = tempDir()
    const run = await historyScan(repo.dir, file)
    expect(run.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(run.findings).toHaveLength(1)
    expect(run.log.filter((l) => l.startsWith('warning: '))).toEqual([
      `warning: The record ${file} is not a file: scanning the whole history; the record is rewritten after the scan.`,
      `warning: Could not write the record ${file} (EISDIR): the next scan reads the whole history again.`
    ])
  })

  it('works in a sha256 repository, and a sha1 record there means a full rescan', async () => {
    const repo = history('sha256')
    expect(repo.head()).toHaveLength(64)
    const file = path.join(tempDir(), 'history.record')
    const first = await historyScan(repo.dir, file)
    expect(readFileSync(file, 'latin1')).toMatch(
      /^openai-key-guard-record 2 detector=\S+ hash=sha256 count=7 hits=1 /
    )
    const unchanged = await historyScan(repo.dir, file)
    expect(unchanged.stats.objects).toEqual({ listed: 8, read: 0, skipped: 8 })
    expect(whole(unchanged)).toEqual(whole(first))

    const sha1 = path.join(tempDir(), 'sha1.record')
    await historyScan(history().dir, sha1)
    const crossed = await historyScan(repo.dir, sha1)
    expect(crossed.stats.objects).toEqual({ listed: 8, read: 8, skipped: 0 })
    expect(crossed.log).toContain(
      `The record ${sha1} holds sha1 ids, this repository uses sha256: scanning the whole history; the record is rewritten after the scan.`
    )
  })

  it('reads annotated tags every time: a key in a tag that another tag names is still reported', async () => {
    const repo = history()
    repo.git('tag', '-a', 'inner', '-m', `Release\n\n${messageKey}`)
    repo.git('tag', '-a', 'outer', '-m', 'Signed off', 'inner')
    repo.git('tag', '-d', 'inner')
    const file = path.join(tempDir(), 'history.record')
    const first = await historyScan(repo.dir, file)
    expect(first.findings.filter((f) => f.kind === 'tag-message')).toHaveLength(1)
    const rerun = await historyScan(repo.dir, file)
    // Both tags: the old key's blob is replayed.
    expect(rerun.stats.objects).toEqual({ listed: 10, read: 2, skipped: 8 })
    expect(found(rerun)).toEqual(found(first))
  })

  it('counts every commit of a history with nothing to report, with and without a record', async () => {
    const repo = TestRepo.init()
    repo.commit('init', { 'README.md': 'x\n' })
    repo.branch('feature')
    repo.commit('feature', { 'a.txt': 'a\n' })
    repo.git('update-ref', 'refs/pull/1/head', 'HEAD')
    repo.checkout('main')
    repo.commit('main', { 'b.txt': 'b\n' })
    repo.merge('feature')
    const file = path.join(tempDir(), 'history.record')
    const runs = [
      await historyScan(repo.dir),
      await historyScan(repo.dir, file),
      await historyScan(repo.dir, file)
    ]
    expect(runs.map((r) => r.stats.commits)).toEqual([4, 4, 4])
    expect(runs.map((r) => r.stats.objects)).toEqual([
      { listed: 7, read: 7, skipped: 0 },
      { listed: 7, read: 7, skipped: 0 },
      { listed: 7, read: 0, skipped: 7 }
    ])
  })

  it('keeps only the objects the history still lists', async () => {
    const repo = history()
    repo.branch('spike')
    repo.commit('Try something', { 'spike.txt': 'an idea\n' })
    repo.checkout('main')
    const file = path.join(tempDir(), 'history.record')
    await historyScan(repo.dir, file)
    const before = await loadRecord(
      file,
      'sha1',
      consoleLogger(() => undefined)
    )
    repo.git('branch', '-D', 'spike')
    await historyScan(repo.dir, file)
    const after = await loadRecord(
      file,
      'sha1',
      consoleLogger(() => undefined)
    )
    expect(before.size - after.size).toBe(2)
  })

  it('is refused by scans that are not history scans', async () => {
    const repo = history()
    await expect(
      scan({
        cwd: repo.dir,
        range: { kind: 'worktree', head: 'HEAD' },
        failOn: 'any',
        logger: consoleLogger(() => undefined),
        record: path.join(tempDir(), 'r')
      })
    ).rejects.toThrow('A record is read and written by history scans only')
    expect(existsSync(path.join(repo.dir, 'r'))).toBe(false)
  })
})

/**
 * What decides that an object is clean. A change to any of these files may find keys an older record holds as
 * clean, so it must come with a new DETECTOR_VERSION (src/scan/record.ts), which makes every older record a full
 * rescan. When a change cannot change what is found (a comment, a rename), update only the hash below.
 */
const DETECTOR_SOURCES = ['src/scan/detector.ts', 'src/scan/patterns.ts', 'src/scan/sources/chunks.ts']
const PINNED = {
  version: '2',
  sources: '1e35297080bacfcf50efd2d4df75c6166ff6198a6bf10c07aa8e904dc3055b59'
}

describe('DETECTOR_VERSION', () => {
  it('is pinned to the detector sources: changing them without bumping it fails here', () => {
    const hash = createHash('sha256')
    for (const file of DETECTOR_SOURCES) {
      const text = readFileSync(path.join(import.meta.dirname, '../..', file), 'utf8').replace(/\r\n/g, '\n')
      hash.update(`${file}\0${text}\0`)
    }
    expect(
      { version: DETECTOR_VERSION, sources: hash.digest('hex') },
      'The detector changed: bump DETECTOR_VERSION in src/scan/record.ts (older records then mean a full rescan) ' +
        'and pin the new version and hash here; when the change cannot change what is found, pin the hash alone.'
    ).toEqual(PINNED)
  })
})

describe('ObjectRecord', () => {
  const hexIds = (count: number, seed: number): string[] => {
    const rand = seeded(seed)
    return Array.from({ length: count }, () =>
      Array.from({ length: 20 }, () =>
        Math.floor(rand() * 256)
          .toString(16)
          .padStart(2, '0')
      ).join('')
    )
  }

  it('writes ids sorted and once, and finds exactly the ids it holds', () => {
    // Many ids that share their first two bytes, as a crafted repository could make them.
    const crowded = hexIds(300, 3).map((id) => 'abcd' + id.slice(4))
    const ids = [...hexIds(2000, 1), ...crowded]
    const record = new ObjectRecord('sha1')
    for (const id of [...ids, ...ids.slice(0, 50)]) record.add(id)
    record.add('not-an-id')
    const written = record.toWrite()
    const expected = [...new Set(ids)].sort()
    expect(written.length).toBe(20 * expected.length)
    expect(
      Array.from({ length: expected.length }, (_, i) => written.toString('hex', i * 20, i * 20 + 20))
    ).toEqual(expected)
    const loaded = new ObjectRecord('sha1', written)
    expect(ids.every((id) => loaded.has(id))).toBe(true)
    expect(hexIds(500, 2).some((id) => loaded.has(id))).toBe(false)
    expect(loaded.has(ids[0]!.toUpperCase())).toBe(false)
    expect(loaded.has(ids[0]!.slice(0, 39))).toBe(false)
  })

  it('judges each line of a block by its own bounds (the shape a dealer of blocks asks)', () => {
    const ids = hexIds(4, 5)
    const known = new ObjectRecord('sha1')
    known.add(ids[0]!)
    known.add(ids[2]!)
    const record = new ObjectRecord('sha1', known.toWrite())
    // A recorded id followed by more hex is another object, not the recorded one.
    const block = Buffer.from(`${ids[0]} a\n${ids[1]}\n${ids[2]}\n${ids[2]}ff x\n?${ids[0]}\n`)
    const counts = { skipped: 0 }
    const keep = unrecorded(record, counts)
    const verdicts: boolean[] = []
    for (let start = 0; start < block.length;) {
      const end = block.indexOf(10, start)
      verdicts.push(keep(block, start, end))
      start = end + 1
    }
    expect(verdicts).toEqual([false, true, false, true, true])
    expect(counts.skipped).toBe(2)
  })

  it('filters a listing split anywhere into chunks, and lets missing objects and unknown ids through', async () => {
    const ids = hexIds(40, 4)
    const record = new ObjectRecord('sha1', new ObjectRecord('sha1').toWrite())
    const known = new ObjectRecord('sha1')
    for (const id of ids.slice(0, 20)) known.add(id)
    const loaded = new ObjectRecord('sha1', known.toWrite())
    expect(record.size).toBe(0)
    const lines = [
      ...ids.map((id, i) => `${id} path/${i}.txt`),
      `?${ids[0]}`,
      ids[1]!, // a commit line: the blob scan leaves commits to the message scan
      `${ids[39]} last`
    ]
    const text = lines.join('\n') + '\n'
    const counts = { skipped: 0 }
    const filter = skipRecorded(loaded, false, counts)
    const out: Buffer[] = []
    filter.on('data', (chunk: Buffer) => out.push(chunk))
    const ended = new Promise((resolve) => filter.on('end', resolve))
    for (let at = 0; at < text.length; at += 17) filter.write(Buffer.from(text.slice(at, at + 17)))
    filter.end()
    await ended
    expect(Buffer.concat(out).toString()).toBe(
      [...ids.slice(20).map((id, i) => `${id} path/${i + 20}.txt`), `?${ids[0]}`, `${ids[39]} last`].join(
        '\n'
      ) + '\n'
    )
    expect(counts.skipped).toBe(20)
  })
})
