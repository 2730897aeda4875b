// The ingest job queue: enqueue, claim with FOR UPDATE SKIP LOCKED under a lease, heartbeat, complete exactly once.
// Lease times are the database's clock (now()), so workers on several machines agree on them.
import { type Kysely, sql, type Transaction } from 'kysely'
import type { Database } from '../schema.ts'
import type { JobKind, JobStatus } from '../schema-ingest.ts'
import { bulkInsert, bulkUpdate } from './bulk.ts'

export interface JobInput {
  readonly kind: JobKind
  readonly source: string
  readonly payload: unknown
}

export interface Job {
  readonly id: number
  readonly batch: string
  readonly kind: JobKind
  readonly source: string
  readonly payload: unknown
  readonly attempts: number
}

export interface JobCounts {
  readonly queued: number
  readonly running: number
  readonly done: number
  readonly failed: number
}

/** Enqueues jobs in chunks; returns their ids in input order. */
export async function enqueueJobs(db: Kysely<Database>, batch: string, jobs: readonly JobInput[]): Promise<number[]> {
  const ids: number[] = []
  for (let i = 0; i < jobs.length; i += 500) {
    const chunk = jobs.slice(i, i + 500)
    const rows = await bulkInsert(
      db,
      'ingest_jobs',
      { batch: 'text', kind: 'text', source: 'text', payload: 'jsonb' },
      chunk.map((j) => ({ batch, kind: j.kind, source: j.source, payload: JSON.stringify(j.payload) })),
      'id',
    )
    ids.push(...rows)
  }
  return ids
}

/**
 * Claims up to `limit` jobs for `worker`: queued ones, and running ones whose lease ran out (their worker died).
 * SKIP LOCKED lets several workers claim side by side without waiting on or taking each other's rows. Expired
 * claims come first, so a dead worker's jobs are not starved by a long queue. `payloads`: those this process holds
 * already (it enqueued them), by job id; they are not read back.
 */
export async function claimJobs(
  db: Kysely<Database>,
  options: {
    worker: string
    limit: number
    leaseSeconds: number
    batch?: string | undefined
    maxAttempts?: number
    payloads?: ReadonlyMap<number, unknown> | undefined
  },
): Promise<Job[]> {
  const batchFilter = options.batch === undefined ? sql`` : sql`AND batch = ${options.batch}`
  const result = await sql<{
    id: number
    batch: string
    kind: JobKind
    source: string
    attempts: number
  }>`
    WITH expired AS (
      SELECT id FROM ingest_jobs
      WHERE status = 'running' AND lease_until < now() ${batchFilter}
      ORDER BY id LIMIT ${options.limit} FOR UPDATE SKIP LOCKED
    ), queued AS (
      SELECT id FROM ingest_jobs
      WHERE status = 'queued' ${batchFilter}
      ORDER BY id LIMIT ${options.limit} FOR UPDATE SKIP LOCKED
    ), picked AS (
      SELECT id FROM expired UNION ALL SELECT id FROM queued
    )
    UPDATE ingest_jobs SET status = 'running', worker = ${options.worker}, attempts = attempts + 1,
      lease_until = now() + make_interval(secs => ${options.leaseSeconds}), updated_at = now()
    WHERE id IN (SELECT id FROM picked ORDER BY id LIMIT ${options.limit})
    RETURNING id, batch, kind, source, attempts`.execute(db)
  const jobs = result.rows.map((r) => ({ ...r, id: Number(r.id) })).sort((a, b) => a.id - b.id)
  const held = options.payloads ?? new Map<number, unknown>()
  const missing = jobs.filter((j) => !held.has(j.id)).map((j) => j.id)
  // a payload never changes: read after the claim's commit, it is the one enqueued
  const read = new Map<number, unknown>()
  if (missing.length > 0) {
    const rows = await db.selectFrom('ingest_jobs').select(['id', 'payload']).where('id', 'in', missing).execute()
    for (const r of rows) read.set(Number(r.id), r.payload)
  }
  return jobs.map((j) => ({ ...j, payload: held.has(j.id) ? held.get(j.id) : (read.get(j.id) ?? null) }))
}

/** Extends the lease of the jobs this worker still holds; returns how many it holds. */
export async function heartbeatJobs(
  db: Kysely<Database>,
  worker: string,
  ids: readonly number[],
  leaseSeconds: number,
): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .updateTable('ingest_jobs')
    .set({ lease_until: sql`now() + make_interval(secs => ${leaseSeconds})`, updated_at: sql`now()` })
    .where('id', 'in', [...ids])
    .where('worker', '=', worker)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * Inside the transaction that writes a job's effects: locks the job row and checks this worker still owns it.
 * False means the lease was lost (another worker reclaimed the job) and the caller must roll back.
 */
export async function lockOwnedJob(trx: Transaction<Database>, id: number, worker: string): Promise<boolean> {
  const row = await trx
    .selectFrom('ingest_jobs')
    .select(['status', 'worker'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst()
  return row?.status === 'running' && row.worker === worker
}

/** lockOwnedJob for several jobs at once: the ids among them this worker still owns (their rows now locked). */
export async function lockOwnedJobs(
  trx: Transaction<Database>,
  ids: readonly number[],
  worker: string,
): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await trx
    .selectFrom('ingest_jobs')
    .select('id')
    .where('id', 'in', [...ids])
    .where('worker', '=', worker)
    .where('status', '=', 'running')
    .orderBy('id')
    .forUpdate()
    .execute()
  return new Set(rows.map((r) => Number(r.id)))
}

/** Marks a job done (or failed) with its result; call inside the transaction that wrote its effects. */
export async function finishJob(
  trx: Kysely<Database>,
  id: number,
  status: Extract<JobStatus, 'done' | 'failed'>,
  result: unknown,
  error?: string,
): Promise<void> {
  await trx
    .updateTable('ingest_jobs')
    .set({
      status,
      result: JSON.stringify(result),
      error: error ?? null,
      lease_until: null,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute()
}

/** Marks several jobs done with their results in one statement (inside the transaction that wrote their effects). */
export async function finishJobs(
  trx: Kysely<Database>,
  results: readonly { id: number; result: unknown }[],
): Promise<void> {
  await bulkUpdate(
    trx,
    'ingest_jobs',
    { name: 'id', type: 'bigint' },
    { status: 'text', result: 'jsonb', error: 'text', lease_until: 'timestamptz' },
    results.map((r) => ({
      id: r.id,
      status: 'done',
      result: JSON.stringify(r.result),
      error: null,
      lease_until: null,
    })),
    { touch: true },
  )
}

/** Gives claimed jobs back to the queue (a worker stopping cleanly). */
export async function releaseJobs(db: Kysely<Database>, worker: string, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  await db
    .updateTable('ingest_jobs')
    .set({ status: 'queued', worker: null, lease_until: null, updated_at: sql`now()` })
    .where('id', 'in', [...ids])
    .where('worker', '=', worker)
    .where('status', '=', 'running')
    .execute()
}

export async function jobCounts(db: Kysely<Database>, batch?: string): Promise<JobCounts> {
  let q = db.selectFrom('ingest_jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')])
  if (batch !== undefined) q = q.where('batch', '=', batch)
  const rows = await q.groupBy('status').execute()
  const counts = { queued: 0, running: 0, done: 0, failed: 0 }
  for (const r of rows) counts[r.status] = Number(r.n)
  return counts
}

/** The results of a batch's finished jobs, in job order. */
export async function jobResults(
  db: Kysely<Database>,
  batch: string,
): Promise<{ id: number; source: string; status: JobStatus; result: unknown; error: string | null }[]> {
  const rows = await db
    .selectFrom('ingest_jobs')
    .select(['id', 'source', 'status', 'result', 'error'])
    .where('batch', '=', batch)
    .orderBy('id')
    .execute()
  return rows.map((r) => ({ ...r, id: Number(r.id) }))
}
