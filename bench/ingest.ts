// Ingest throughput as a ratio to extract-only on the same articles, measured in the same run: generated articles
// (test/fixtures/ingest/generate.ts) go through `ingestBatch` (JSONL read, enqueue, claim, engine, sketch, story,
// events, all written) on embedded PGlite in a fresh data directory, and on PostgreSQL when
// ZHENGJI_BENCH_DATABASE_URL or ZHENGJI_TEST_DATABASE_URL names a server (a scratch database is created there and
// dropped). Target ratio ≥ 0.5.
// Two corpora: whole reports (about 2,100 characters, the seed page's length) and short items (about 800, the
// development set's length). The two sides are measured in pairs: a round is one extract-only pass (on a fresh
// thread, after one pass to warm it up) and, right after it, one ingest into a fresh store with the batch's default
// workers and claim (what `zhengji ingest` runs; before the rounds, one unmeasured ingest of the corpus warms it up).
// A round's ratio compares the two halves of the same round, so a slow spell of this shared machine (seconds long,
// a third either way) slows both; the row shows the median of nine rounds.
import { Worker } from 'node:worker_threads'
import { extract } from '../src/extract/index.ts'
import { createEnginePool, type EnginePool, ingestBatch, readInput } from '../src/ingest/index.ts'
import { createStore, migrate } from '../src/store/index.ts'
import { type ArticleLength, generateArticles, toJsonl } from '../test/fixtures/ingest/generate.ts'
import { benchDatabaseUrl, benchEngineThreads, type StoreKind, timedIngest } from './fresh-store.ts'

export interface IngestBenchRow {
  readonly store: StoreKind
  readonly length: ArticleLength
  readonly articles: number
  /** average characters of an article's text */
  readonly chars: number
  /** engine threads ingest used (the extract-only rate is one thread's, measured on a fresh thread) */
  readonly threads: number
  /** extract-only articles per second on the same texts, the median round's */
  readonly extractRate: number
  /** full ingest articles per second, the median round's */
  readonly ingestRate: number
  /** the median round's ratio */
  readonly ratio: number
  /** every round's ratio, in the order run */
  readonly rounds: readonly number[]
  readonly target: number
}

/**
 * Extract-only articles per second over the articles of `bytes`, on a fresh thread (ingest's engine reads on one):
 * one pass to warm it up, then one timed.
 */
async function extractRate(bytes: Uint8Array): Promise<number> {
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
  const worker = new Worker(new URL('./extract-thread.mjs', import.meta.url), { workerData: { drafts, passes: 2 } })
  try {
    return await new Promise<number>((resolve, reject) => {
      worker.once('message', resolve)
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`the extract-only thread exited (code ${code})`)))
    })
  } finally {
    await worker.terminate()
  }
}

export async function benchIngest(options: { articles?: number; rounds?: number } = {}): Promise<IngestBenchRow[]> {
  const n = options.articles ?? 1000
  const rounds = options.rounds ?? 9
  const corpora = (['report', 'item'] as const).map((length) => {
    const articles = generateArticles(n, { seed: 99, length })
    return {
      length,
      bytes: new TextEncoder().encode(toJsonl(articles)),
      chars: Math.round(articles.reduce((sum, a) => sum + a.text.length, 0) / articles.length),
    }
  })
  const kinds: StoreKind[] = benchDatabaseUrl() ? ['pglite', 'postgres'] : ['pglite']
  const threads = benchEngineThreads()
  const engine = createEnginePool(threads)
  const rows: IngestBenchRow[] = []
  for (const kind of kinds) {
    for (const corpus of corpora) {
      // ingest warms up as extract-only does, with one pass over the same articles (engine, word cutter, store code)
      await ingestRate(kind, engine, corpus.bytes)
      const paired: { extract: number; ingest: number; ratio: number }[] = []
      for (let round = 0; round < rounds; round++) {
        const extract = await extractRate(corpus.bytes)
        const ingest = await ingestRate(kind, engine, corpus.bytes)
        paired.push({ extract, ingest, ratio: ingest / extract })
      }
      // the median round (the lower middle one of an even number)
      const middle = [...paired].sort((a, b) => a.ratio - b.ratio)[(paired.length - 1) >> 1]
      rows.push({
        store: kind,
        length: corpus.length,
        articles: n,
        chars: corpus.chars,
        threads,
        extractRate: middle?.extract ?? 0,
        ingestRate: middle?.ingest ?? 0,
        ratio: middle?.ratio ?? 0,
        rounds: paired.map((p) => p.ratio),
        target: 0.5,
      })
    }
  }
  await engine.close()
  return rows
}

/** One ingest of the corpus into a fresh store with this checkout's code, in articles stored per second. */
function ingestRate(kind: StoreKind, engine: EnginePool, bytes: Uint8Array): Promise<number> {
  return timedIngest(kind, { createStore, migrate, ingestBatch, extract }, engine, bytes, 'bench')
}

export function formatIngestRows(rows: readonly IngestBenchRow[]): string {
  return [
    `${'store'.padEnd(10)}${'corpus'.padEnd(8)}${'chars'.padStart(7)}${'articles'.padStart(10)}${'threads'.padStart(9)}${'extract/s'.padStart(12)}${'ingest/s'.padStart(12)}${'ratio'.padStart(8)}${'target'.padStart(8)}  rounds`,
    ...rows.map(
      (r) =>
        `${r.store.padEnd(10)}${r.length.padEnd(8)}${String(r.chars).padStart(7)}${String(r.articles).padStart(10)}${String(r.threads).padStart(9)}${r.extractRate.toFixed(0).padStart(12)}${r.ingestRate.toFixed(0).padStart(12)}${r.ratio.toFixed(2).padStart(8)}${r.target.toFixed(2).padStart(8)}  ${r.rounds.map((x) => x.toFixed(2)).join(' ')}`,
    ),
  ].join('\n')
}
