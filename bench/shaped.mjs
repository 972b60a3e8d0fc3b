// Builds (once, cached in .bench/shaped) a repository shaped like the public ones the history scan meets: pull
// requests that start some way back on main and are merged with merge commits, each with the `refs/pull/N/head`
// and `refs/pull/N/merge` refs a host keeps (closed ones too), hundreds of annotated tags, and a long-lived second
// branch that merges the main line back in now and then. Such merges differ from one of their parents in all that
// the other one brought: what made the old history engine (`git log -m`) grow with merges. Keys are planted on
// pull-request commits, in merge resolutions, on closed pull requests and on the second branch; the bench checks
// each one is reported at the commit that added it.
import { execFileSync, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { CONTEXTS, pick, plantedKey, prng, sourceText } from './repo.mjs'

const LAYOUT_VERSION = 3
/** BENCH_SHAPED_COMMITS scales it; each size is cached apart. */
const COMMITS = Number(process.env.BENCH_SHAPED_COMMITS ?? 8_000)
const FILES = 3_000
const BLOB_BYTES = 20_000

async function build(dir) {
  const rand = prng(20261202)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main', dir])
  const marksFile = path.join(dir, '.git', 'bench-marks')
  const child = spawn('git', ['fast-import', '--quiet', `--export-marks=${marksFile}`], {
    cwd: dir,
    stdio: ['pipe', 'inherit', 'inherit']
  })
  const done = new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))
    )
  )
  const write = (text) =>
    child.stdin.write(text) ? Promise.resolve() : new Promise((r) => child.stdin.once('drain', r))
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`

  let mark = 0
  let time = 1_600_000_000
  let commits = 0
  let merges = 0
  let pulls = 0
  let tags = 0
  /** Planted keys: fingerprint → mark of the commit that must be named. */
  const expected = new Map()
  const blob = async (text) => {
    await write(`blob\nmark :${++mark}\n${data(text)}`)
    return mark
  }
  /** A commit on `ref` with `parents` (marks) and `files` (path → blob mark); returns its mark. */
  const commit = async (ref, parents, files, message) => {
    time += 60 + Math.floor(rand() * 3600)
    const who = `Dev ${commits % 23} <dev${commits % 23}@example.com> ${time} +0000`
    const [from, ...merge] = parents
    await write(
      `commit ${ref}\nmark :${++mark}\nauthor ${who}\ncommitter ${who}\n${data(message)}` +
        (from ? `from :${from}\n` : '') +
        merge.map((m) => `merge :${m}\n`).join('') +
        Object.entries(files)
          .map(([p, m]) => `M 100644 :${m} ${p}\n`)
          .join('')
    )
    commits++
    if (merge.length > 0) merges++
    return mark
  }
  const sourceFile = () => {
    const n = Math.floor(rand() * FILES)
    return `src/m${n % 10}/p${Math.floor(n / 10) % 15}/f${Math.floor(n / 150)}.py`
  }
  const change = async () => ({ [sourceFile()]: await blob(sourceText(BLOB_BYTES * (0.5 + rand()), rand)) })
  let planted = 0
  const plant = async (where) => {
    const key = plantedKey(rand)
    const [name, render] = pick(CONTEXTS, rand)
    const file = `${where}/${planted++}/${name}`
    const fp = createHash('sha256').update(key).digest('hex')
    return { fp, files: { [file]: await blob(sourceText(300, rand) + render(key) + sourceText(200, rand)) } }
  }

  let main = await commit('refs/heads/main', [], await change(), 'Initial commit')
  /** main's past tips: a pull request starts from one of them, as real ones start days or weeks back. */
  const mainTips = [main]
  // The second branch starts early and lives on: its own files, and the main line merged in now and then.
  const devFiles = {}
  let dev = main
  let sinceSync = 0
  for (let round = 1; commits < COMMITS; round++) {
    const step = commits
    const plantHere = step % 200 < 4 ? step % 4 : -1
    if (rand() < 0.3) {
      main = await commit('refs/heads/main', [main], await change(), `Fix ${step}`)
    } else {
      // A pull request: 1 to 4 commits off main, the host's refs, then main moves on and the request is merged
      // (with a resolution of its own now and then) or closed.
      const number = ++pulls
      let head = mainTips[mainTips.length - 1 - Math.floor(rand() * Math.min(mainTips.length, 300))]
      const prFiles = {}
      const count = 1 + Math.floor(rand() * 4)
      for (let i = 0; i < count; i++) {
        let files = await change()
        if (i === count - 1 && (plantHere === 0 || plantHere === 2)) {
          const { fp, files: keyFiles } = await plant(plantHere === 0 ? 'app' : 'closed')
          files = { ...files, ...keyFiles }
          expected.set(fp, mark + 1)
        }
        Object.assign(prFiles, files)
        head = await commit(`refs/pull/${number}/head`, [head], files, `PR ${number}: change ${i}`)
      }
      await commit(`refs/pull/${number}/merge`, [main, head], prFiles, `Merge ${head} into ${main}`)
      for (let i = Math.floor(rand() * 3); i > 0; i--) {
        main = await commit('refs/heads/main', [main], await change(), `Fix ${commits}`)
      }
      if (plantHere !== 2 && rand() < 0.85) {
        let resolution = {}
        if (plantHere === 1) {
          const { fp, files } = await plant('resolved')
          resolution = files
          expected.set(fp, mark + 1)
        }
        main = await commit(
          'refs/heads/main',
          [main, head],
          { ...prFiles, ...resolution },
          `Merge pull request #${number}`
        )
      }
    }
    if (round % 8 === 0) {
      time += 1
      await write(
        `tag v1.${++tags}\nfrom :${main}\ntagger Release <release@example.com> ${time} +0000\n` +
          data(`Release 1.${tags}`)
      )
    }
    if (rand() < 0.15) {
      let files = { [`dev/f${Math.floor(rand() * 100)}.py`]: await blob(sourceText(BLOB_BYTES, rand)) }
      if (plantHere === 3) {
        const { fp, files: keyFiles } = await plant('develop')
        files = { ...files, ...keyFiles }
        expected.set(fp, mark + 1)
      }
      Object.assign(devFiles, files)
      dev = await commit('refs/heads/develop', [dev], files, `Develop ${commits}`)
    }
    mainTips.push(main)
    if (++sinceSync >= 250) {
      sinceSync = 0
      // main's tree with the second branch's files on top: a merge that differs from develop in all of main.
      dev = await commit('refs/heads/develop', [main, dev], devFiles, `Merge main into develop`)
    }
  }
  child.stdin.end()
  await done
  const marks = new Map(
    readFileSync(marksFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.slice(1).split(' '))
  )
  rmSync(marksFile)
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir })
  return {
    commits,
    merges,
    pulls,
    tags,
    introducedAt: Object.fromEntries([...expected].map(([fp, m]) => [fp, marks.get(String(m))]))
  }
}

/** The real-shaped benchmark repository, built on first use and reused while its layout is unchanged. */
export async function shapedRepository(root) {
  const name = COMMITS === 8_000 ? 'shaped' : `shaped-${COMMITS}`
  const dir = path.join(root, '.bench', name)
  const metaFile = path.join(root, '.bench', `${name}.json`)
  if (existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8'))
    if (meta.layout === LAYOUT_VERSION && existsSync(path.join(dir, '.git'))) return { dir, ...meta }
  }
  process.stderr.write(`Building the real-shaped benchmark repository (${COMMITS} commits) in ${dir} …\n`)
  const meta = { layout: LAYOUT_VERSION, ...(await build(dir)) }
  writeFileSync(metaFile, JSON.stringify(meta))
  return { dir, ...meta }
}
