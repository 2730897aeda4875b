// Stored articles keep the hashes of their facts (each number with the character after it: 8月, 9日, 30亿) beside
// their sketch. Two reports of different trips written from one template share most of their wording but not their
// dates and figures; the near-duplicate rule asks both. Articles stored before have none (NULL): unknown facts do
// not stand in the way of a link, as before.
import { type Kysely, sql } from 'kysely'

export const name = 'fact-hashes'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE article_ingest ADD COLUMN fact_hashes integer[]`.execute(db)
}
