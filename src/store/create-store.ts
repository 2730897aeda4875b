// Builds the Kysely instance: PostgreSQL when a DATABASE_URL is given, embedded PGlite in a data directory otherwise.
// Both go through the same PostgresDialect over node-postgres, so every query is one SQL dialect.
import { mkdirSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { lockDataDir } from './data-dir-lock.ts'
import { redactUrl, StoreError } from './errors.ts'
import { pglitePoolConfig } from './pglite-stream.ts'
import type { Database } from './schema.ts'

// bigint columns (counters, ids) come back as numbers: they stay far below 2^53.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10))

export type StoreOptions =
  | { readonly kind: 'postgres'; readonly databaseUrl: string; readonly poolSize?: number }
  | { readonly kind: 'pglite'; readonly dataDir: string /* a directory, or 'memory://' */ }

export interface Store {
  readonly kind: 'postgres' | 'pglite'
  readonly db: Kysely<Database>
  /** a human-readable description: the redacted URL or the data directory */
  readonly where: string
  close(): Promise<void>
}

function parseUrl(databaseUrl: string): void {
  let url: URL
  try {
    url = new URL(databaseUrl)
  } catch {
    throw new StoreError('ZJ_STORE_BAD_DATABASE_URL', 'DATABASE_URL is not a valid URL', redactUrl(databaseUrl))
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new StoreError(
      'ZJ_STORE_BAD_DATABASE_URL',
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${url.protocol}//)`,
      redactUrl(databaseUrl),
    )
  }
}

export async function createStore(options: StoreOptions): Promise<Store> {
  if (options.kind === 'postgres') {
    parseUrl(options.databaseUrl)
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
    })
    pool.on('error', () => {
      // an idle client lost its connection; the pool replaces it on next use
    })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    try {
      await sql`SELECT 1`.execute(db)
    } catch (error) {
      await db.destroy().catch(() => {})
      throw new StoreError(
        'ZJ_STORE_UNREACHABLE',
        `cannot connect to DATABASE_URL ${redactUrl(options.databaseUrl)}: ${(error as Error).message || String(error)}`,
        redactUrl(options.databaseUrl),
        { cause: error },
      )
    }
    return { kind: 'postgres', db, where: redactUrl(options.databaseUrl), close: () => db.destroy() }
  }
  const memory = options.dataDir.startsWith('memory://')
  if (!memory) {
    try {
      mkdirSync(options.dataDir, { recursive: true })
    } catch (error) {
      throw new StoreError(
        'ZJ_STORE_DATA_DIR',
        `cannot create the data directory ${options.dataDir}: ${(error as Error).message}`,
        options.dataDir,
      )
    }
  }
  const release = memory ? () => {} : lockDataDir(options.dataDir)
  let pglite: PGlite
  try {
    pglite = await PGlite.create(memory ? undefined : options.dataDir)
  } catch (error) {
    release()
    throw new StoreError(
      'ZJ_STORE_DATA_DIR',
      `cannot open the PGlite database in ${options.dataDir}: ${(error as Error).message}`,
      options.dataDir,
      { cause: error },
    )
  }
  const pool = new pg.Pool(pglitePoolConfig(pglite))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    kind: 'pglite',
    db,
    where: memory ? 'memory' : options.dataDir,
    close: async () => {
      try {
        await db.destroy()
        await pglite.close()
      } finally {
        release()
      }
    },
  }
}
