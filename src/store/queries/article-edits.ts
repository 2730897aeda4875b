// Editing articles from the web: create a draft, update fields, change status, list everything for editors.
import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ArticleStatus, Database } from '../schema.ts'
import { contentHash } from './articles.ts'
import { ensureOutlet } from './outlets.ts'

export interface ArticleFields {
  readonly title: string
  readonly subtitle: string | null
  readonly outlet: string | null
  readonly publishedAt: Date
  readonly byline: readonly string[]
  readonly editor: string | null
  readonly sources: readonly string[]
  readonly body: string
}

async function row(db: Kysely<Database>, fields: ArticleFields) {
  const outlet = fields.outlet ? await ensureOutlet(db, { name: fields.outlet }) : null
  return {
    title: fields.title,
    subtitle: fields.subtitle,
    outlet_id: outlet?.id ?? null,
    published_at: fields.publishedAt,
    byline: JSON.stringify(fields.byline),
    editor: fields.editor,
    sources: JSON.stringify(fields.sources),
    body: fields.body,
    content_hash: contentHash(fields.title, fields.body),
  }
}

/** Creates an article (a draft unless told otherwise) with a generated slug; returns its id. */
export async function createArticle(
  db: Kysely<Database>,
  fields: ArticleFields,
  status: ArticleStatus = 'draft',
): Promise<number> {
  const values = await row(db, fields)
  const inserted = await db
    .insertInto('articles')
    .values({ ...values, slug: `web-${randomBytes(8).toString('hex')}`, status, script: 'hans' })
    .returning('id')
    .executeTakeFirstOrThrow()
  return Number(inserted.id)
}

/** Updates an article's fields (and status when given); returns false when there is no such article. */
export async function updateArticle(
  db: Kysely<Database>,
  id: number,
  fields: ArticleFields,
  now: Date,
  status?: ArticleStatus,
): Promise<boolean> {
  const values = await row(db, fields)
  const r = await db
    .updateTable('articles')
    .set({ ...values, updated_at: now, ...(status ? { status } : {}) })
    .where('id', '=', id)
    .executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export async function setArticleStatus(
  db: Kysely<Database>,
  id: number,
  status: ArticleStatus,
  now: Date,
): Promise<boolean> {
  const r = await db.updateTable('articles').set({ status, updated_at: now }).where('id', '=', id).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export interface EditorListItem {
  readonly id: number
  readonly title: string
  readonly status: ArticleStatus
  readonly outlet: string | null
  readonly publishedAt: Date
  readonly updatedAt: Date
}

export async function listArticlesForEditor(db: Kysely<Database>, limit = 200): Promise<EditorListItem[]> {
  const rows = await db
    .selectFrom('articles as a')
    .leftJoin('outlets as o', 'o.id', 'a.outlet_id')
    .select(['a.id', 'a.title', 'a.status', 'o.name', 'a.published_at', 'a.updated_at'])
    .orderBy('a.updated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    status: r.status,
    outlet: r.name,
    publishedAt: new Date(r.published_at),
    updatedAt: new Date(r.updated_at),
  }))
}
