// Comments: threads of one level of replies, posting, deleting one's own, reporting, hiding and restoring; the
// article's comment_count is kept equal to the comments a reader sees.
import { type Kysely, sql } from 'kysely'
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

function commentQuery(db: Kysely<Database>) {
  return db
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
}

type Row = Awaited<ReturnType<ReturnType<typeof commentQuery>['executeTakeFirstOrThrow']>>

function toView(r: Row): CommentView {
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    parentId: r.parent_id == null ? null : Number(r.parent_id),
    userId: r.user_id,
    author: r.display_name ?? r.username,
    body: r.body,
    status: r.status,
    createdAt: new Date(r.created_at),
  }
}

export async function listComments(
  db: Kysely<Database>,
  articleId: number,
  options: { readonly includeHidden?: boolean; readonly limit?: number; readonly offset?: number } = {},
): Promise<CommentView[]> {
  let query = commentQuery(db).where('c.article_id', '=', articleId)
  query = options.includeHidden ? query.where('c.status', '!=', 'deleted') : query.where('c.status', '=', 'visible')
  const rows = await query
    .orderBy('c.created_at', 'asc')
    .orderBy('c.id', 'asc')
    .limit(options.limit ?? 200)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map(toView)
}

export async function getComment(db: Kysely<Database>, id: number): Promise<CommentView | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined
  const row = await commentQuery(db).where('c.id', '=', id).executeTakeFirst()
  return row ? toView(row) : undefined
}

export interface CommentThread {
  readonly comment: CommentView
  readonly replies: readonly CommentView[]
}

export interface CommentPage {
  readonly threads: readonly CommentThread[]
  /** top-level comments shown to this reader, for pagination */
  readonly topLevelTotal: number
  readonly page: number
  readonly pageCount: number
}

/**
 * One page of top-level comments, oldest first, each with its replies. Readers see visible comments whose parent is
 * visible; editors (includeHidden) also see hidden ones. Deleted comments are never listed.
 */
export async function listCommentThreads(
  db: Kysely<Database>,
  articleId: number,
  options: { readonly includeHidden?: boolean; readonly page?: number; readonly perPage?: number } = {},
): Promise<CommentPage> {
  const statuses: CommentStatus[] = options.includeHidden ? ['visible', 'hidden'] : ['visible']
  const perPage = Math.max(1, Math.min(options.perPage ?? 20, 100))
  const totalRow = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('article_id', '=', articleId)
    .where('parent_id', 'is', null)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow()
  const topLevelTotal = Number(totalRow.n)
  const pageCount = Math.max(1, Math.ceil(topLevelTotal / perPage))
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pageCount)
  const top = await commentQuery(db)
    .where('c.article_id', '=', articleId)
    .where('c.parent_id', 'is', null)
    .where('c.status', 'in', statuses)
    .orderBy('c.created_at', 'asc')
    .orderBy('c.id', 'asc')
    .limit(perPage)
    .offset((page - 1) * perPage)
    .execute()
  const ids = top.map((r) => r.id)
  const replies =
    ids.length === 0
      ? []
      : await commentQuery(db)
          .where('c.parent_id', 'in', ids)
          .where('c.status', 'in', statuses)
          .orderBy('c.created_at', 'asc')
          .orderBy('c.id', 'asc')
          .execute()
  const byParent = new Map<number, CommentView[]>()
  for (const r of replies.map(toView)) {
    const list = byParent.get(r.parentId ?? 0) ?? []
    list.push(r)
    byParent.set(r.parentId ?? 0, list)
  }
  return {
    threads: top.map(toView).map((comment) => ({ comment, replies: byParent.get(comment.id) ?? [] })),
    topLevelTotal,
    page,
    pageCount,
  }
}

/** Visible comments whose parent (if any) is visible: the number shown as 评论列表 共(N)条. */
export async function countVisibleComments(db: Kysely<Database>, articleId: number): Promise<number> {
  const row = await db
    .selectFrom('comments as c')
    .leftJoin('comments as p', 'p.id', 'c.parent_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('c.article_id', '=', articleId)
    .where('c.status', '=', 'visible')
    .where((eb) => eb.or([eb('c.parent_id', 'is', null), eb('p.status', '=', 'visible')]))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Locks the article row (serialising comment changes on one article) and returns whether it exists. */
async function lockArticle(trx: Kysely<Database>, articleId: number): Promise<boolean> {
  const row = await trx.selectFrom('articles').select('id').where('id', '=', articleId).forUpdate().executeTakeFirst()
  return row !== undefined
}

async function refreshCount(trx: Kysely<Database>, articleId: number): Promise<void> {
  const n = await countVisibleComments(trx, articleId)
  await trx.updateTable('articles').set({ comment_count: n }).where('id', '=', articleId).execute()
}

export type AddCommentResult =
  | { readonly ok: true; readonly comment: CommentView }
  | { readonly ok: false; readonly reason: 'no-article' | 'no-parent' }

/** Posts a comment; a reply to a reply attaches to the top-level comment (one level of replies). */
export async function addComment(
  db: Kysely<Database>,
  input: { readonly articleId: number; readonly userId: number; readonly body: string; readonly parentId?: number },
): Promise<AddCommentResult> {
  return db.transaction().execute(async (trx): Promise<AddCommentResult> => {
    if (!(await lockArticle(trx, input.articleId))) return { ok: false, reason: 'no-article' }
    let parentId: number | null = null
    if (input.parentId !== undefined) {
      const parent = await trx
        .selectFrom('comments')
        .select(['id', 'parent_id', 'status'])
        .where('id', '=', input.parentId)
        .where('article_id', '=', input.articleId)
        .executeTakeFirst()
      if (parent?.status !== 'visible') return { ok: false, reason: 'no-parent' }
      parentId = Number(parent.parent_id ?? parent.id)
    }
    const row = await trx
      .insertInto('comments')
      .values({ article_id: input.articleId, user_id: input.userId, parent_id: parentId, body: input.body })
      .returning('id')
      .executeTakeFirstOrThrow()
    await refreshCount(trx, input.articleId)
    const comment = await getComment(trx, Number(row.id))
    if (!comment) throw new Error('comment vanished')
    return { ok: true, comment }
  })
}

/**
 * Changes a comment's status: 'deleted' by its author (onlyUserId), 'hidden' / 'visible' by an editor. A deleted
 * comment stays deleted. Returns the comment as it was before, or undefined when nothing changed hands.
 */
export async function setCommentStatus(
  db: Kysely<Database>,
  input: { readonly commentId: number; readonly status: CommentStatus; readonly onlyUserId?: number },
): Promise<CommentView | undefined> {
  const before = await getComment(db, input.commentId)
  if (!before || before.status === 'deleted') return undefined
  if (input.onlyUserId !== undefined && before.userId !== input.onlyUserId) return undefined
  return db.transaction().execute(async (trx) => {
    await lockArticle(trx, before.articleId)
    const r = await trx
      .updateTable('comments')
      .set({ status: input.status })
      .where('id', '=', input.commentId)
      .where('status', '!=', 'deleted')
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) === 0) return undefined
    await refreshCount(trx, before.articleId)
    return before
  })
}

/** Reports a comment (once per user); returns false when the comment does not exist. */
export async function reportComment(
  db: Kysely<Database>,
  input: { readonly commentId: number; readonly userId: number; readonly reason?: string },
): Promise<boolean> {
  const exists = await getComment(db, input.commentId)
  if (!exists || exists.status === 'deleted') return false
  await db
    .insertInto('comment_reports')
    .values({ comment_id: input.commentId, user_id: input.userId, reason: input.reason ?? '' })
    .onConflict((oc) => oc.doNothing())
    .execute()
  return true
}

export interface ReportedComment extends CommentView {
  readonly articleTitle: string
  readonly reports: number
}

/** Comments with reports, and hidden ones, for the editors' moderation page. */
export async function listModerationQueue(db: Kysely<Database>, limit = 100): Promise<ReportedComment[]> {
  const rows = await commentQuery(db)
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .select([
      'a.title as article_title',
      sql<string>`(SELECT count(*) FROM comment_reports r WHERE r.comment_id = c.id)`.as('reports'),
    ])
    .where('c.status', '!=', 'deleted')
    .where((eb) =>
      eb.or([
        eb('c.status', '=', 'hidden'),
        eb.exists(eb.selectFrom('comment_reports as r').select('r.comment_id').whereRef('r.comment_id', '=', 'c.id')),
      ]),
    )
    .orderBy('c.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...toView(r), articleTitle: r.article_title, reports: Number(r.reports) }))
}

export interface UserComment extends CommentView {
  readonly articleTitle: string
}

export async function listUserComments(db: Kysely<Database>, userId: number, limit = 100): Promise<UserComment[]> {
  const rows = await commentQuery(db)
    .innerJoin('articles as a', 'a.id', 'c.article_id')
    .select('a.title as article_title')
    .where('c.user_id', '=', userId)
    .where('c.status', '!=', 'deleted')
    .orderBy('c.created_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ ...toView(r), articleTitle: r.article_title }))
}
