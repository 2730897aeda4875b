// Reactions: like and favourite are toggled, share is counted once per user; each keeps the article's counter in step.
import { type Kysely, sql } from 'kysely'
import type { Database, ReactionKind } from '../schema.ts'

const COUNTER = { like: 'like_count', favorite: 'favorite_count', share: 'share_count' } as const

export interface ReactionResult {
  readonly kind: ReactionKind
  /** does the user hold this reaction now */
  readonly active: boolean
  /** the article's counter after the change */
  readonly count: number
}

async function bump(trx: Kysely<Database>, articleId: number, kind: ReactionKind, delta: number): Promise<number> {
  const column = COUNTER[kind]
  const row = await trx
    .updateTable('articles')
    .set({ [column]: sql`greatest(${sql.ref(column)} + ${delta}, 0)` })
    .where('id', '=', articleId)
    .returning(sql<number>`${sql.ref(column)}`.as('n'))
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

async function current(trx: Kysely<Database>, articleId: number, kind: ReactionKind): Promise<number> {
  const row = await trx
    .selectFrom('articles')
    .select(sql<number>`${sql.ref(COUNTER[kind])}`.as('n'))
    .where('id', '=', articleId)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** Like / favourite: adds the reaction when absent, removes it when present. */
export async function toggleReaction(
  db: Kysely<Database>,
  input: { readonly userId: number; readonly articleId: number; readonly kind: 'like' | 'favorite' },
): Promise<ReactionResult> {
  return db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('reactions')
      .values({ user_id: input.userId, article_id: input.articleId, kind: input.kind })
      .onConflict((oc) => oc.doNothing())
      .returning('kind')
      .executeTakeFirst()
    if (added) return { kind: input.kind, active: true, count: await bump(trx, input.articleId, input.kind, 1) }
    const removed = await trx
      .deleteFrom('reactions')
      .where('user_id', '=', input.userId)
      .where('article_id', '=', input.articleId)
      .where('kind', '=', input.kind)
      .returning('kind')
      .executeTakeFirst()
    if (removed) return { kind: input.kind, active: false, count: await bump(trx, input.articleId, input.kind, -1) }
    return { kind: input.kind, active: false, count: await current(trx, input.articleId, input.kind) }
  })
}

/** Share: counted once per user (sharing again counts nothing more). */
export async function recordShare(
  db: Kysely<Database>,
  input: { readonly userId: number; readonly articleId: number },
): Promise<ReactionResult> {
  return db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto('reactions')
      .values({ user_id: input.userId, article_id: input.articleId, kind: 'share' })
      .onConflict((oc) => oc.doNothing())
      .returning('kind')
      .executeTakeFirst()
    const count = added ? await bump(trx, input.articleId, 'share', 1) : await current(trx, input.articleId, 'share')
    return { kind: 'share', active: true, count }
  })
}

/** The reactions a user holds on one article. */
export async function userReactions(
  db: Kysely<Database>,
  userId: number,
  articleId: number,
): Promise<ReadonlySet<ReactionKind>> {
  const rows = await db
    .selectFrom('reactions')
    .select('kind')
    .where('user_id', '=', userId)
    .where('article_id', '=', articleId)
    .execute()
  return new Set(rows.map((r) => r.kind))
}

export interface FavoriteItem {
  readonly articleId: number
  readonly title: string
  readonly outlet: string | null
  readonly publishedAt: Date
  readonly favoritedAt: Date
}

export async function listFavorites(db: Kysely<Database>, userId: number, limit = 100): Promise<FavoriteItem[]> {
  const rows = await db
    .selectFrom('reactions as r')
    .innerJoin('articles as a', 'a.id', 'r.article_id')
    .leftJoin('outlets as o', 'o.id', 'a.outlet_id')
    .select(['a.id', 'a.title', 'o.name', 'a.published_at', 'r.created_at'])
    .where('r.user_id', '=', userId)
    .where('r.kind', '=', 'favorite')
    .where('a.status', '=', 'published')
    .orderBy('r.created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    articleId: Number(r.id),
    title: r.title,
    outlet: r.name,
    publishedAt: new Date(r.published_at),
    favoritedAt: new Date(r.created_at),
  }))
}
