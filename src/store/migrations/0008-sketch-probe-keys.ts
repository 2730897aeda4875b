// The sketch's index holds a sixteenth of the sample, not an eighth. An article is looked up by the sampled hashes
// that are also ≡ 0 mod 16 (its probe keys); what two articles share is still counted over the whole sample, kept
// apart in article_ingest.sketch (int4, as the engine hashes them). The index and the lookup do half the work; a
// near-duplicate that shares s sampled hashes is missed only when none of them is a probe key, a chance of 2^-s.
import { type Kysely, sql } from 'kysely'

export const name = 'sketch-probe-keys'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE article_ingest ADD COLUMN sketch integer[] NOT NULL DEFAULT '{}';
    UPDATE article_ingest SET
      sketch = ARRAY(
        SELECT (CASE WHEN k & 4294967295 >= 2147483648 THEN (k & 4294967295) - 4294967296 ELSE k & 4294967295 END)::integer
        FROM unnest(sketch_keys) k ORDER BY 1
      ),
      sketch_keys = ARRAY(SELECT k FROM unnest(sketch_keys) k WHERE k % 16 = 0 ORDER BY k)
    WHERE cardinality(sketch_keys) > 0;
  `.execute(db)
}
