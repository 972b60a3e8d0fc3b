// What the history scan asks git for, received by a Node process that only counts the bytes: the cost of moving
// the blobs from git to Node, before any matching. `node bench/transfer.mjs` in a repository prints the bytes
// and the number of reads they arrived in.
import { spawn } from 'node:child_process'
import { PIPELINE } from './pipeline.mjs'

const child = spawn('sh', ['-c', PIPELINE], { stdio: ['ignore', 'pipe', 'inherit'] })
let bytes = 0
let reads = 0
child.stdout.on('data', (chunk) => {
  bytes += chunk.length
  reads++
})
child.on('close', (code) => {
  process.stdout.write(`${bytes} bytes in ${reads} reads\n`)
  process.exitCode = code ?? 1
})
