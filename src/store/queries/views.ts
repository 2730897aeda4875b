// View counting: a batch of hits is deduplicated against view_hits (one counted view per article and visitor per
// window, across every app server) and the survivors are added to articles.view_count, all in one transaction.
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'

export interface ViewHit {
  readonly articleId: number
  /** a hash of the visitor's id (never the id itself) */
  readonly visitorHash: string
  readonly at: Date
  /** the logged-in reader, recorded in their reading history */
  readonly userId?: number | undefined
}

const CHUNK = 1000

/**
 * Counts a batch of hits. A hit counts when its (article, visitor) has no counted view within windowMs before it.
 * Within the batch each (article, visitor) should appear once (the caller's buffer ensures it). Returns the views
 * added per article.
 */
export async function flushViewHits(
  db: Kysely<Database>,
  hits: readonly ViewHit[],
  windowMs: number,
): Promise<Map<number, number>> {
  const added = new Map<number, number>()
  if (hits.length === 0) return added
  // a stable order, so two servers flushing overlapping batches take row locks in the same order
  const sorted = [...hits].sort(
    (a, b) => a.articleId - b.articleId || (a.visitorHash < b.visitorHash ? -1 : a.visitorHash > b.visitorHash ? 1 : 0),
  )
  const seconds = Math.round(windowMs / 1000)
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < sorted.length; i += CHUNK) {
      const chunk = sorted.slice(i, i + CHUNK)
      const counted = await trx
        .insertInto('view_hits')
        .values(chunk.map((h) => ({ article_id: h.articleId, visitor_hash: h.visitorHash, counted_at: h.at })))
        .onConflict((oc) =>
          oc
            .columns(['article_id', 'visitor_hash'])
            .doUpdateSet({ counted_at: (eb) => eb.ref('excluded.counted_at') })
            .where(sql<boolean>`view_hits.counted_at <= excluded.counted_at - make_interval(secs => ${seconds})`),
        )
        .returning('article_id')
        .execute()
      for (const row of counted) added.set(Number(row.article_id), (added.get(Number(row.article_id)) ?? 0) + 1)
    }
    for (const [id, n] of [...added].sort((a, b) => a[0] - b[0])) {
      await trx
        .updateTable('articles')
        .set((eb) => ({ view_count: eb('view_count', '+', n) }))
        .where('id', '=', id)
        .execute()
    }
    const reads = new Map<string, ViewHit>()
    for (const h of sorted) if (h.userId !== undefined) reads.set(`${h.userId}:${h.articleId}`, h)
    const readRows = [...reads.values()].sort((a, b) => (a.userId ?? 0) - (b.userId ?? 0) || a.articleId - b.articleId)
    for (let i = 0; i < readRows.length; i += CHUNK) {
      await trx
        .insertInto('article_reads')
        .values(
          readRows.slice(i, i + CHUNK).map((h) => ({ user_id: h.userId ?? 0, article_id: h.articleId, read_at: h.at })),
        )
        .onConflict((oc) =>
          oc.columns(['user_id', 'article_id']).doUpdateSet({ read_at: (eb) => eb.ref('excluded.read_at') }),
        )
        .execute()
    }
  })
  return added
}

/** Forgets dedupe rows older than the window: they can no longer stop a count. */
export async function pruneViewHits(db: Kysely<Database>, before: Date): Promise<number> {
  const r = await db.deleteFrom('view_hits').where('counted_at', '<', before).executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** Articles the user has opened, most recent first. */
export async function listReadArticleIds(db: Kysely<Database>, userId: number, limit = 1000): Promise<number[]> {
  const rows = await db
    .selectFrom('article_reads')
    .select('article_id')
    .where('user_id', '=', userId)
    .orderBy('read_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => Number(r.article_id))
}
