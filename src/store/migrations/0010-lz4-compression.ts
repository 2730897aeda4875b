// The large text and JSON columns compress with LZ4 where the server has it (Debian's PostgreSQL does; PGlite is built
// without it and keeps pglz). An article's body, a job's payload and a mention's JSON are compressed as they are
// written: LZ4 does it several times faster than pglz at a similar size. Values already stored keep their method.
import { type Kysely, sql } from 'kysely'

export const name = 'lz4-compression'

/** The columns that take LZ4: the ones whose values often pass the 2 kB at which PostgreSQL compresses. */
export const LZ4_COLUMNS = [
  ['articles', 'body'],
  ['ingest_jobs', 'payload'],
  ['event_mentions', 'extracted'],
  ['events', 'canonical'],
  ['quarantine', 'payload'],
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  const { rows } = await sql<{ lz4: boolean }>`
    SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`.execute(db)
  if (!rows[0]?.lz4) return
  for (const [table, column] of LZ4_COLUMNS) {
    await sql`ALTER TABLE ${sql.table(table)} ALTER COLUMN ${sql.ref(column)} SET COMPRESSION lz4`.execute(db)
  }
}
