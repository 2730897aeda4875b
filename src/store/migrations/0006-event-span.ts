// Canonical events get their span as a daterange under a GiST index: the candidates for a new mention are the events
// whose span overlaps its own, found by the index whatever the size of the table (a btree on span_start reads every
// event that started before the new one's end).
import { type Kysely, sql } from 'kysely'

export const name = 'event-span'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE events ADD COLUMN span daterange;
    UPDATE events SET span = daterange(span_start::date, span_end::date, '[]');
    ALTER TABLE events ALTER COLUMN span SET NOT NULL;
    CREATE INDEX events_span_idx ON events USING gist (span);
    DROP INDEX events_match_idx;
  `.execute(db)
}
