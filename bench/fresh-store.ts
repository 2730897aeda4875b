// What the ingest benchmarks share: a fresh store of either kind, and the engine threads `zhengji ingest` starts.
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { createStore, Store } from '../src/store/index.ts'
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
