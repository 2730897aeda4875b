// The ingest bench's baseline, on a thread of its own: extract() alone over the articles it is given, the best of
// `passes` passes, in articles per second. A fresh thread, like the engine thread ingest reads on, so neither side
// inherits the heap the benchmarks before it left on the main thread.
import { parentPort, workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { extract } = await import('../src/extract/index.ts')
const { drafts, passes } = workerData
let best = 0
for (let pass = 0; pass < passes; pass++) {
  const started = performance.now()
  for (const d of drafts) extract(d.body, d.ref)
  best = Math.max(best, drafts.length / ((performance.now() - started) / 1000))
}
parentPort?.postMessage(best)
