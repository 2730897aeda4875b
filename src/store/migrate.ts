// Applies pending migrations in order, each in its own transaction, under an advisory lock so that several app
// servers starting at once apply each migration exactly once. Refuses a database whose schema is newer than the code.
import { type Kysely, sql } from 'kysely'
import { StoreError } from './errors.ts'
import { MIGRATIONS, type Migration } from './migrations/index.ts'
import type { Database } from './schema.ts'

export interface MigrationReport {
  readonly applied: readonly string[]
  readonly current: number
}

const LOCK_KEY = 7_201_999

export async function schemaVersion(db: Kysely<Database>): Promise<number> {
  const exists = await sql<{ t: string | null }>`SELECT to_regclass('zhengji_schema')::text AS t`.execute(db)
  if (exists.rows[0]?.t == null) return 0
  const row = await db
    .selectFrom('zhengji_schema')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst()
  return Number(row?.v ?? 0)
}

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0)
}

export async function migrate(
  db: Kysely<Database>,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationReport> {
  const known = latestVersion(migrations)
  const applied: string[] = []
  await sql`CREATE TABLE IF NOT EXISTS zhengji_schema (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db)
  const before = await schemaVersion(db)
  if (before > known) {
    throw new StoreError(
      'ZJ_STORE_SCHEMA_TOO_NEW',
      `the database schema is at version ${before} but this Zhengji knows only up to ${known}; upgrade Zhengji — nothing was changed`,
      String(before),
    )
  }
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= before) continue
    try {
      const done = await db.transaction().execute(async (trx) => {
        await sql`SELECT pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx)
        const seen = await trx
          .selectFrom('zhengji_schema')
          .select('version')
          .where('version', '=', migration.version)
          .executeTakeFirst()
        if (seen) return false
        await migration.up(trx as unknown as Kysely<unknown>)
        await trx.insertInto('zhengji_schema').values({ version: migration.version, name: migration.name }).execute()
        return true
      })
      if (done) applied.push(`${String(migration.version).padStart(4, '0')}-${migration.name}`)
    } catch (error) {
      throw new StoreError(
        'ZJ_STORE_MIGRATION_FAILED',
        `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
        migration.name,
        { cause: error },
      )
    }
  }
  return { applied, current: await schemaVersion(db) }
}
