// Sketch rows carry their article's publication time, so a near-duplicate lookup reads only the hashes of articles
// published near the new one (an index range per hash instead of every article that ever used a common phrase).
import { type Kysely, sql } from 'kysely'

export const name = 'ingest-sketch-window'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE article_sketch ADD COLUMN published_at timestamptz;
    UPDATE article_sketch s SET published_at = a.published_at FROM articles a WHERE a.id = s.article_id;
    ALTER TABLE article_sketch ALTER COLUMN published_at SET NOT NULL;
    CREATE INDEX article_sketch_window_idx ON article_sketch (h, published_at);
  `.execute(db)
}
