// Ingest throughput as a ratio to extract-only on the same articles, measured in the same run: generated articles
// (test/fixtures/ingest/generate.ts) go through `ingestBatch` (JSONL read, enqueue, claim, engine, sketch, story,
// events, all written) on embedded PGlite, and on PostgreSQL when ZHENGJI_BENCH_DATABASE_URL or
// ZHENGJI_TEST_DATABASE_URL names a server (a scratch database is created there and dropped). Target ratio ≥ 0.5.
// Two corpora: whole reports (about 2,100 characters, the seed page's length) and short items (about 800, the
// development set's length). Both sides are the best of warm runs: extract-only of three fresh threads (three passes
// each), ingest of two passes, each into a fresh store, with the batch's default workers and claim (what
// `zhengji ingest` runs).
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { extract } from '../src/extract/index.ts'
import { createEnginePool, ingestBatch, readInput, sketch } from '../src/ingest/index.ts'
import { createStore, migrate, type Store } from '../src/store/index.ts'
import { type ArticleLength, generateArticles, toJsonl } from '../test/fixtures/ingest/generate.ts'
import { scratchDatabase } from '../test/support/scratch-postgres.ts'

export interface IngestBenchRow {
  readonly store: 'pglite' | 'postgres'
  readonly length: ArticleLength
  readonly articles: number
  /** average characters of an article's text */
  readonly chars: number
  /** engine threads ingest used (the extract-only rate is one thread's, measured on a fresh thread) */
  readonly threads: number
  /** extract-only articles per second on the same texts */
  readonly extractRate: number
  /** full ingest articles per second */
  readonly ingestRate: number
  readonly ratio: number
  readonly target: number
}

async function scratchPostgres(adminUrl: string): Promise<{ store: Store; drop: () => Promise<void> }> {
  const scratch = await scratchDatabase(adminUrl, 'zj_bench_')
  const store = await createStore({ kind: 'postgres', databaseUrl: scratch.databaseUrl })
  return {
    store,
    drop: async () => {
      await store.close()
      await scratch.drop()
    },
  }
}

/**
 * Extract-only articles per second over the articles of `bytes`, on fresh threads (ingest's engine reads on one):
 * the best of `threads` threads, each the best of `passes` passes after one to warm it up. On this machine one
 * thread's speed differs from the next one's by up to a third, so the best of several is the baseline.
 */
async function extractRate(bytes: Uint8Array, threads = 3, passes = 3): Promise<number> {
  const drafts = readInput({ source: 'bench.jsonl', bytes }).flatMap((i) =>
    i.ok
      ? [
          {
            body: i.draft.body,
            ref: {
              published: i.draft.published ?? '2024-01-01',
              title: i.draft.title,
              ...(i.draft.outlet ? { outlet: i.draft.outlet } : {}),
            },
          },
        ]
      : [],
  )
  let best = 0
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(new URL('./extract-thread.mjs', import.meta.url), {
      workerData: { drafts, passes: passes + 1 },
    })
    try {
      const rate = await new Promise<number>((resolve, reject) => {
        worker.once('message', resolve)
        worker.once('error', reject)
        worker.once('exit', (code) => reject(new Error(`the extract-only thread exited (code ${code})`)))
      })
      best = Math.max(best, rate)
    } finally {
      await worker.terminate()
    }
  }
  return best
}

export async function benchIngest(options: { articles?: number; passes?: number } = {}): Promise<IngestBenchRow[]> {
  const n = options.articles ?? 1000
  const passes = options.passes ?? 2
  const corpora = (['report', 'item'] as const).map((length) => {
    const articles = generateArticles(n, { seed: 99, length })
    return {
      length,
      bytes: new TextEncoder().encode(toJsonl(articles)),
      chars: Math.round(articles.reduce((sum, a) => sum + a.text.length, 0) / articles.length),
    }
  })
  // warm up the word cutter, so ingest does not pay for loading it
  sketch('预热分词')
  const legs: { store: 'pglite' | 'postgres'; open: () => Promise<{ store: Store; drop: () => Promise<void> }> }[] = [
    {
      store: 'pglite',
      open: async () => {
        const store = await createStore({ kind: 'pglite', dataDir: 'memory://' })
        return { store, drop: () => store.close() }
      },
    },
  ]
  const adminUrl = process.env['ZHENGJI_BENCH_DATABASE_URL'] ?? process.env['ZHENGJI_TEST_DATABASE_URL']
  if (adminUrl) legs.push({ store: 'postgres', open: () => scratchPostgres(adminUrl) })
  // engine threads as `zhengji ingest` starts them by default: one core less than the machine has, at least one
  const threads = Math.max(1, Math.min(4, availableParallelism() - 1))
  const engine = createEnginePool(threads)
  await engine.read([{ title: '预热', body: '预热分词。', published: '2024-01-01', script: 'hans' }])
  // … and the ingest path itself (queue, pipeline, store code), on a throwaway embedded store
  const warm = await createStore({ kind: 'pglite', dataDir: 'memory://' })
  try {
    await migrate(warm.db)
    const warmBytes = new TextEncoder().encode(toJsonl(generateArticles(200, { seed: 2, length: 'item' })))
    await ingestBatch({ store: warm, extract, engine, engineVersion: 'warm-up', clock: () => new Date() }, [
      { source: 'warm.jsonl', bytes: warmBytes },
    ])
  } finally {
    await warm.close()
  }
  const rows: IngestBenchRow[] = []
  for (const leg of legs) {
    for (const corpus of corpora) {
      const baseline = await extractRate(corpus.bytes)
      let rate = 0
      for (let pass = 0; pass < passes; pass++) {
        const { store, drop } = await leg.open()
        try {
          await migrate(store.db)
          const started = performance.now()
          const report = await ingestBatch(
            { store, extract, engine, engineVersion: 'bench', clock: () => new Date() },
            [{ source: 'bench.jsonl', bytes: corpus.bytes }],
          )
          rate = Math.max(rate, report.summary.ingested / ((performance.now() - started) / 1000))
        } finally {
          await drop()
        }
      }
      rows.push({
        store: leg.store,
        length: corpus.length,
        articles: n,
        chars: corpus.chars,
        threads,
        extractRate: baseline,
        ingestRate: rate,
        ratio: rate / baseline,
        target: 0.5,
      })
    }
  }
  await engine.close()
  return rows
}

export function formatIngestRows(rows: readonly IngestBenchRow[]): string {
  return [
    `${'store'.padEnd(10)}${'corpus'.padEnd(8)}${'chars'.padStart(7)}${'articles'.padStart(10)}${'threads'.padStart(9)}${'extract/s'.padStart(12)}${'ingest/s'.padStart(12)}${'ratio'.padStart(8)}${'target'.padStart(8)}`,
    ...rows.map(
      (r) =>
        `${r.store.padEnd(10)}${r.length.padEnd(8)}${String(r.chars).padStart(7)}${String(r.articles).padStart(10)}${String(r.threads).padStart(9)}${r.extractRate.toFixed(0).padStart(12)}${r.ingestRate.toFixed(0).padStart(12)}${r.ratio.toFixed(2).padStart(8)}${r.target.toFixed(2).padStart(8)}`,
    ),
  ].join('\n')
}
