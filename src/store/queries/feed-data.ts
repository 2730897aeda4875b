// The data the feeds rank: recent published articles with their counters and recent favourites.
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'

export interface FeedCandidate {
  readonly id: number
  readonly title: string
  readonly outlet: { readonly id: number; readonly name: string; readonly regionCode: string | null } | null
  readonly publishedAt: Date
  readonly viewCount: number
  readonly commentCount: number
  readonly likeCount: number
  readonly favoriteCount: number
  /** favourites given since `recentSince` */
  readonly recentFavorites: number
}

/** Published articles, newest first (at most `limit`), optionally only from some outlets. */
export async function listFeedCandidates(
  db: Kysely<Database>,
  options: { readonly recentSince: Date; readonly limit?: number; readonly outletIds?: readonly number[] },
): Promise<FeedCandidate[]> {
  let query = db
    .selectFrom('articles as a')
    .leftJoin('outlets as o', 'o.id', 'a.outlet_id')
    .select([
      'a.id',
      'a.title',
      'a.published_at',
      'a.view_count',
      'a.comment_count',
      'a.like_count',
      'a.favorite_count',
      'o.id as outlet_id',
      'o.name as outlet_name',
      'o.region_code',
      sql<string>`(SELECT count(*) FROM reactions r WHERE r.article_id = a.id AND r.kind = 'favorite' AND r.created_at >= ${options.recentSince})`.as(
        'recent_favorites',
      ),
    ])
    .where('a.status', '=', 'published')
  if (options.outletIds) {
    if (options.outletIds.length === 0) return []
    query = query.where('a.outlet_id', 'in', [...options.outletIds])
  }
  const rows = await query
    .orderBy('a.published_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(options.limit ?? 500)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    outlet:
      r.outlet_id == null ? null : { id: r.outlet_id, name: r.outlet_name ?? '', regionCode: r.region_code ?? null },
    publishedAt: new Date(r.published_at),
    viewCount: Number(r.view_count),
    commentCount: Number(r.comment_count),
    likeCount: Number(r.like_count),
    favoriteCount: Number(r.favorite_count),
    recentFavorites: Number(r.recent_favorites),
  }))
}
