// Ingest throughput as a ratio to extract-only on the same articles, measured in the same run: generated articles
// (test/fixtures/ingest/generate.ts) go through `ingestBatch` (JSONL read, enqueue, claim, engine, sketch, story,
// events, all written) on embedded PGlite, and on PostgreSQL when ZHENGJI_BENCH_DATABASE_URL or
// ZHENGJI_TEST_DATABASE_URL names a server (a scratch database is created there and dropped). Target ratio ≥ 0.5.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { extract } from '../src/extract/index.ts'
import { ingestBatch, readInput, sketch } from '../src/ingest/index.ts'
import { createStore, migrate, type Store } from '../src/store/index.ts'
import { generateArticles, toJsonl } from '../test/fixtures/ingest/generate.ts'

export interface IngestBenchRow {
  readonly store: 'pglite' | 'postgres'
  readonly articles: number
  /** extract-only articles per second on the same texts */
  readonly extractRate: number
  /** full ingest articles per second */
  readonly ingestRate: number
  readonly ratio: number
  readonly target: number
}

async function scratchPostgres(adminUrl: string): Promise<{ store: Store; drop: () => Promise<void> }> {
  const name = `zj_bench_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const store = await createStore({ kind: 'postgres', databaseUrl: url.toString() })
  return {
    store,
    drop: async () => {
      await store.close()
      const c = new pg.Client({ connectionString: adminUrl })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

function extractRate(bytes: Uint8Array): number {
  const drafts = readInput({ source: 'bench.jsonl', bytes }).flatMap((i) => (i.ok ? [i.draft] : []))
  const started = performance.now()
  for (const d of drafts) {
    extract(d.body, {
      published: d.published ?? '2024-01-01',
      title: d.title,
      ...(d.outlet ? { outlet: d.outlet } : {}),
    })
  }
  return drafts.length / ((performance.now() - started) / 1000)
}

export async function benchIngest(options: { articles?: number } = {}): Promise<IngestBenchRow[]> {
  const n = options.articles ?? 1000
  const bytes = new TextEncoder().encode(toJsonl(generateArticles(n, { seed: 99 })))
  // warm up the engine and the word cutter, so neither side pays for loading
  extractRate(new TextEncoder().encode(toJsonl(generateArticles(50, { seed: 1 }))))
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
  const rows: IngestBenchRow[] = []
  for (const leg of legs) {
    const { store, drop } = await leg.open()
    try {
      await migrate(store.db)
      const baseline = extractRate(bytes)
      const started = performance.now()
      const report = await ingestBatch(
        { store, extract, engineVersion: 'bench', clock: () => new Date() },
        [{ source: 'bench.jsonl', bytes }],
        { workers: 2, claim: 32 },
      )
      const rate = report.summary.ingested / ((performance.now() - started) / 1000)
      rows.push({
        store: leg.store,
        articles: n,
        extractRate: baseline,
        ingestRate: rate,
        ratio: rate / baseline,
        target: 0.5,
      })
    } finally {
      await drop()
    }
  }
  return rows
}

export function formatIngestRows(rows: readonly IngestBenchRow[]): string {
  return [
    `${'store'.padEnd(10)}${'articles'.padStart(10)}${'extract/s'.padStart(12)}${'ingest/s'.padStart(12)}${'ratio'.padStart(8)}${'target'.padStart(8)}`,
    ...rows.map(
      (r) =>
        `${r.store.padEnd(10)}${String(r.articles).padStart(10)}${r.extractRate.toFixed(0).padStart(12)}${r.ingestRate.toFixed(0).padStart(12)}${r.ratio.toFixed(2).padStart(8)}${r.target.toFixed(2).padStart(8)}`,
    ),
  ].join('\n')
}
