// A batch's workers claim its queued jobs in id order: (batch, status, id) hands them over in that order, so a claim
// stops after its first rows instead of sorting every queued job of the batch. It replaces (batch, status), which it
// still serves as a prefix (counts by batch and status).
import { type Kysely, sql } from 'kysely'

export const name = 'job-claim-index'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX ingest_jobs_batch_claim_idx ON ingest_jobs (batch, status, id);
    DROP INDEX ingest_jobs_batch_idx;
  `.execute(db)
}
