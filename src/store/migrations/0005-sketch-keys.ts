// Sketches move from one row per sampled hash (article_sketch, a foreign key checked per row) into one array per
// article: article_ingest.sketch_keys, under a GIN index. A key is the hash tagged with the article's 30-day
// publication bucket (bucket × 2³² + unsigned hash), so a lookup for an article asks for its hashes in its own and
// the two neighbouring buckets, and a phrase every outlet has used for years costs nothing outside that window.
import { type Kysely, sql } from 'kysely'

export const name = 'sketch-keys'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE article_ingest ADD COLUMN sketch_keys bigint[] NOT NULL DEFAULT '{}';
    UPDATE article_ingest ai SET sketch_keys = k.keys
    FROM (
      SELECT article_id, array_agg(key ORDER BY key) AS keys
      FROM (
        SELECT s.article_id,
          floor(extract(epoch FROM s.published_at) / 2592000)::bigint * 4294967296 + (s.h::bigint & 4294967295) AS key
        FROM article_sketch s
      ) tagged
      GROUP BY article_id
    ) k
    WHERE k.article_id = ai.article_id;
    DROP TABLE article_sketch;
    CREATE INDEX article_ingest_sketch_idx ON article_ingest USING gin (sketch_keys) WITH (fastupdate = off);
  `.execute(db)
}
