// Quarantined inputs: what could not be ingested, with the reason code, the source and (when small) the raw bytes.
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'

export interface QuarantineInput {
  readonly batch?: string | undefined
  readonly source: string
  readonly format: string
  readonly code: string
  readonly reason: string
  readonly payload?: Uint8Array | undefined
}

export interface QuarantineEntry {
  readonly id: number
  readonly batch: string | null
  readonly source: string
  readonly format: string
  readonly code: string
  readonly reason: string
  readonly status: 'open' | 'retried'
  readonly createdAt: Date
  readonly size: number | null
}

/** Raw inputs larger than this are not kept (a retry reads the source again). */
export const QUARANTINE_PAYLOAD_LIMIT = 1_000_000

export async function addQuarantine(db: Kysely<Database>, input: QuarantineInput): Promise<number> {
  const keep = input.payload && input.payload.byteLength <= QUARANTINE_PAYLOAD_LIMIT ? input.payload : null
  const row = await db
    .insertInto('quarantine')
    .values({
      batch: input.batch ?? null,
      source: input.source,
      format: input.format,
      code: input.code,
      reason: input.reason,
      payload: keep ? Buffer.from(keep.buffer, keep.byteOffset, keep.byteLength) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return Number(row.id)
}

export async function listQuarantine(
  db: Kysely<Database>,
  options: { status?: 'open' | 'retried' | 'all'; batch?: string; limit?: number } = {},
): Promise<QuarantineEntry[]> {
  let q = db
    .selectFrom('quarantine')
    .select([
      'id',
      'batch',
      'source',
      'format',
      'code',
      'reason',
      'status',
      'created_at',
      sql<number | null>`octet_length(payload)`.as('size'),
    ])
  const status = options.status ?? 'open'
  if (status !== 'all') q = q.where('status', '=', status)
  if (options.batch !== undefined) q = q.where('batch', '=', options.batch)
  const rows = await q
    .orderBy('id')
    .limit(options.limit ?? 1000)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    batch: r.batch,
    source: r.source,
    format: r.format,
    code: r.code,
    reason: r.reason,
    status: r.status,
    createdAt: new Date(r.created_at),
    size: r.size == null ? null : Number(r.size),
  }))
}

export async function getQuarantine(
  db: Kysely<Database>,
  id: number,
): Promise<(QuarantineEntry & { payload: Uint8Array | null }) | undefined> {
  const r = await db.selectFrom('quarantine').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) return undefined
  return {
    id: Number(r.id),
    batch: r.batch,
    source: r.source,
    format: r.format,
    code: r.code,
    reason: r.reason,
    status: r.status,
    createdAt: new Date(r.created_at),
    size: r.payload ? r.payload.byteLength : null,
    payload: r.payload ? new Uint8Array(r.payload) : null,
  }
}

export async function markQuarantineRetried(db: Kysely<Database>, id: number): Promise<void> {
  await db.updateTable('quarantine').set({ status: 'retried', retried_at: sql`now()` }).where('id', '=', id).execute()
}
