// Entry of an engine thread (engine-pool.ts). Plain JavaScript: it registers tsx, then loads the TypeScript engine.
import { parentPort } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { extract } = await import('../extract/index.ts')
const { readArticle } = await import('./reading.ts')

parentPort?.on('message', ({ id, requests }) => {
  parentPort?.postMessage({ id, outcomes: requests.map((request) => readArticle(extract, request)) })
})
