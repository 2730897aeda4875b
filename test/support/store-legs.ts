// The store legs every store-backed suite runs on: embedded PGlite always, PostgreSQL when ZHENGJI_TEST_DATABASE_URL
// names a server. Each opened store gets a database of its own, so test files can run side by side.
import { createStore, migrate, type Store } from '../../src/store/index.ts'
import { scratchDatabase } from './scratch-postgres.ts'

export type Leg = 'pglite' | 'postgres'

const adminUrl = process.env['ZHENGJI_TEST_DATABASE_URL']

export const LEGS: readonly Leg[] = adminUrl ? ['pglite', 'postgres'] : ['pglite']

if (!adminUrl && process.env['CI']) {
  throw new Error('CI=true but ZHENGJI_TEST_DATABASE_URL is not set: the PostgreSQL leg would silently not run')
}

export interface TestStore extends Store {
  readonly leg: Leg
  readonly databaseUrl?: string
}

/** A fresh, migrated store on the given leg; close() also drops the PostgreSQL database. */
export async function openTestStore(leg: Leg, options: { migrated?: boolean } = {}): Promise<TestStore> {
  let store: Store
  let databaseUrl: string | undefined
  let drop: (() => Promise<void>) | undefined
  if (leg === 'pglite') {
    store = await createStore({ kind: 'pglite', dataDir: 'memory://' })
  } else {
    if (!adminUrl) throw new Error('the postgres leg needs ZHENGJI_TEST_DATABASE_URL')
    const scratch = await scratchDatabase(adminUrl, 'zj_test_')
    databaseUrl = scratch.databaseUrl
    drop = scratch.drop
    store = await createStore({ kind: 'postgres', databaseUrl })
  }
  if (options.migrated !== false) await migrate(store.db)
  const close = async () => {
    await store.close()
    await drop?.()
  }
  return { ...store, leg, close, ...(databaseUrl ? { databaseUrl } : {}) }
}
