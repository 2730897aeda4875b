// What the ingest benchmarks share: a fresh store of either kind, one timed ingest into it, and the engine threads
// `zhengji ingest` starts.
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EnginePool, ExtractFn, ingestBatch } from '../src/ingest/index.ts'
import type { createStore, migrate, Store } from '../src/store/index.ts'
import { scratchDatabase } from '../test/support/scratch-postgres.ts'

export type StoreKind = 'pglite' | 'postgres'

export interface FreshStore {
  readonly store: Store
  /** closes the store and removes its data (the directory, or the scratch database) */
  readonly drop: () => Promise<void>
}

/** The PostgreSQL server the benchmarks may use (a scratch database is made there per store), if one is named. */
export function benchDatabaseUrl(): string | undefined {
  return process.env['ZHENGJI_BENCH_DATABASE_URL'] ?? process.env['ZHENGJI_TEST_DATABASE_URL']
}

/** Engine threads as `zhengji ingest` starts them by default: one core less than the machine has, at least one. */
export function benchEngineThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1))
}

/**
 * A new, empty store: PGlite in a fresh data directory on disk (as `zhengji ingest` keeps it; an in-memory one copies
 * each file as it grows), or a scratch database on `adminUrl`'s server. `create` is the `createStore` of the code
 * being measured (bench:ab measures another checkout's).
 */
export async function freshStore(
  kind: StoreKind,
  create: typeof createStore,
  adminUrl = benchDatabaseUrl(),
): Promise<FreshStore> {
  if (kind === 'postgres') {
    if (!adminUrl) throw new Error('a PostgreSQL bench store needs ZHENGJI_BENCH_DATABASE_URL')
    const scratch = await scratchDatabase(adminUrl, 'zj_bench_')
    const store = await create({ kind: 'postgres', databaseUrl: scratch.databaseUrl })
    const drop = async () => {
      await store.close()
      await scratch.drop()
    }
    return { store, drop }
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'zj-bench-'))
  const store = await create({ kind: 'pglite', dataDir })
  const drop = async () => {
    await store.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  return { store, drop }
}

/** The code an ingest is measured with: this checkout's, or (bench:ab) another checkout's. */
export interface IngestCode {
  readonly createStore: typeof createStore
  readonly migrate: typeof migrate
  readonly ingestBatch: typeof ingestBatch
  readonly extract: ExtractFn
}

/** One ingest of a JSONL corpus into a fresh, migrated store of `kind`, in articles stored per second. */
export async function timedIngest(
  kind: StoreKind,
  code: IngestCode,
  engine: EnginePool,
  bytes: Uint8Array,
  engineVersion: string,
): Promise<number> {
  const { store, drop } = await freshStore(kind, code.createStore)
  try {
    await code.migrate(store.db)
    const started = performance.now()
    const report = await code.ingestBatch(
      { store, extract: code.extract, engine, engineVersion, clock: () => new Date() },
      [{ source: `${engineVersion}.jsonl`, bytes }],
    )
    return report.summary.ingested / ((performance.now() - started) / 1000)
  } finally {
    await drop()
  }
}
