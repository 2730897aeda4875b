// One side of `npm run bench:ab` (bench/ab.ts), in a process of its own: the ingest code of the checkout at `root`
// ingests the generated corpus into fresh stores, once to warm up and then `passes` times measured, and prints the
// rates (articles stored per second) as one JSON line. The corpus and the scratch database come from this
// checkout, so both sides of a comparison read the same articles.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { type ArticleLength, generateArticles, toJsonl } from '../test/fixtures/ingest/generate.ts'
import { benchEngineThreads, type StoreKind, timedIngest } from './fresh-store.ts'

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    store: { type: 'string', default: 'pglite' },
    corpus: { type: 'string', default: 'item' },
    passes: { type: 'string', default: '2' },
  },
})
const root = values.root ?? process.cwd()
const load = (path: string) => import(pathToFileURL(join(root, path)).href)
const { extract } = await load('src/extract/index.ts')
const { createEnginePool, ingestBatch } = await load('src/ingest/index.ts')
const { createStore, migrate } = await load('src/store/index.ts')

const bytes = new TextEncoder().encode(
  toJsonl(generateArticles(1000, { seed: 99, length: values.corpus as ArticleLength })),
)
const kind = values.store as StoreKind
const engine = createEnginePool(benchEngineThreads())
const rates: number[] = []
for (let pass = 0; pass <= Number(values.passes); pass++) {
  const rate = await timedIngest(kind, { createStore, migrate, ingestBatch, extract }, engine, bytes, 'ab')
  // pass 0 warms the engine thread and the code up
  if (pass > 0) rates.push(rate)
}
await engine.close()
console.log(JSON.stringify({ rates }))
