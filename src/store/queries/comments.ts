// Comments of an article, as the article page shows them.
import type { Kysely } from 'kysely'
import type { CommentStatus, Database } from '../schema.ts'

export interface CommentView {
  readonly id: number
  readonly articleId: number
  readonly parentId: number | null
  readonly userId: number
  readonly author: string
  readonly body: string
  readonly status: CommentStatus
  readonly createdAt: Date
}

export async function listComments(
  db: Kysely<Database>,
  articleId: number,
  options: { readonly includeHidden?: boolean; readonly limit?: number; readonly offset?: number } = {},
): Promise<CommentView[]> {
  let query = db
    .selectFrom('comments as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select([
      'c.id',
      'c.article_id',
      'c.parent_id',
      'c.user_id',
      'u.username',
      'u.display_name',
      'c.body',
      'c.status',
      'c.created_at',
    ])
    .where('c.article_id', '=', articleId)
  query = options.includeHidden ? query.where('c.status', '!=', 'deleted') : query.where('c.status', '=', 'visible')
  const rows = await query
    .orderBy('c.created_at', 'asc')
    .orderBy('c.id', 'asc')
    .limit(options.limit ?? 200)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    articleId: Number(r.article_id),
    parentId: r.parent_id == null ? null : Number(r.parent_id),
    userId: r.user_id,
    author: r.display_name ?? r.username,
    body: r.body,
    status: r.status,
    createdAt: new Date(r.created_at),
  }))
}

/** Visible comments, the number shown as 评论列表 共(N)条. */
export async function countVisibleComments(db: Kysely<Database>, articleId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('article_id', '=', articleId)
    .where('status', '=', 'visible')
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
