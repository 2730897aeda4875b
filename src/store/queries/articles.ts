// Articles: insert (idempotent on slug and canonical URL), read one with its outlet, list for feeds, count views.
import { createHash } from 'node:crypto'
import { type Kysely, sql } from 'kysely'
import type { ArticleStatus, Database } from '../schema.ts'
import { ensureOutlet } from './outlets.ts'

export interface ArticleInput {
  readonly slug: string
  readonly title: string
  readonly subtitle?: string | undefined
  readonly outlet?: string | undefined
  readonly outletUrl?: string | undefined
  readonly publishedAt: string | Date
  readonly byline?: readonly string[] | undefined
  readonly editor?: string | undefined
  readonly sources?: readonly string[] | undefined
  readonly body: string
  readonly canonicalUrl?: string | undefined
  readonly script?: 'hans' | 'hant' | undefined
  readonly status?: ArticleStatus | undefined
}

export interface ArticleView {
  readonly id: number
  readonly slug: string
  readonly title: string
  readonly subtitle: string | null
  readonly outlet: { readonly id: number; readonly name: string; readonly url: string | null } | null
  readonly publishedAt: Date
  readonly byline: readonly string[]
  readonly editor: string | null
  readonly sources: readonly string[]
  readonly body: string
  readonly canonicalUrl: string | null
  readonly script: 'hans' | 'hant'
  readonly status: ArticleStatus
  readonly viewCount: number
  readonly likeCount: number
  readonly favoriteCount: number
  readonly shareCount: number
  readonly commentCount: number
}

/** A hash of the text that ignores whitespace, so re-saved copies of one article compare equal. */
export function contentHash(title: string, body: string): string {
  return createHash('sha256').update(`${title}\n${body}`.replace(/\s+/g, '')).digest('hex')
}

export async function insertArticle(
  db: Kysely<Database>,
  input: ArticleInput,
): Promise<{ id: number; created: boolean }> {
  const outlet = input.outlet ? await ensureOutlet(db, { name: input.outlet, url: input.outletUrl }) : null
  const inserted = await db
    .insertInto('articles')
    .values({
      slug: input.slug,
      title: input.title,
      subtitle: input.subtitle ?? null,
      outlet_id: outlet?.id ?? null,
      published_at: typeof input.publishedAt === 'string' ? input.publishedAt : input.publishedAt.toISOString(),
      byline: JSON.stringify(input.byline ?? []),
      editor: input.editor ?? null,
      sources: JSON.stringify(input.sources ?? []),
      body: input.body,
      canonical_url: input.canonicalUrl ?? null,
      script: input.script ?? 'hans',
      status: input.status ?? 'published',
      content_hash: contentHash(input.title, input.body),
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst()
  if (inserted) return { id: Number(inserted.id), created: true }
  const existing = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('slug', '=', input.slug),
        ...(input.canonicalUrl ? [eb('canonical_url', '=', input.canonicalUrl)] : []),
      ]),
    )
    .executeTakeFirstOrThrow()
  return { id: Number(existing.id), created: false }
}

function baseQuery(db: Kysely<Database>) {
  return db
    .selectFrom('articles as a')
    .leftJoin('outlets as o', 'o.id', 'a.outlet_id')
    .select([
      'a.id',
      'a.slug',
      'a.title',
      'a.subtitle',
      'a.published_at',
      'a.byline',
      'a.editor',
      'a.sources',
      'a.body',
      'a.canonical_url',
      'a.script',
      'a.status',
      'a.view_count',
      'a.like_count',
      'a.favorite_count',
      'a.share_count',
      'a.comment_count',
      'o.id as outlet_id',
      'o.name as outlet_name',
      'o.url as outlet_url',
    ])
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

function toView(row: Row): ArticleView {
  return {
    id: Number(row.id),
    slug: row.slug,
    title: row.title,
    subtitle: row.subtitle,
    outlet: row.outlet_id == null ? null : { id: row.outlet_id, name: row.outlet_name ?? '', url: row.outlet_url },
    publishedAt: new Date(row.published_at),
    byline: row.byline,
    editor: row.editor,
    sources: row.sources,
    body: row.body,
    canonicalUrl: row.canonical_url,
    script: row.script,
    status: row.status,
    viewCount: Number(row.view_count),
    likeCount: Number(row.like_count),
    favoriteCount: Number(row.favorite_count),
    shareCount: Number(row.share_count),
    commentCount: Number(row.comment_count),
  }
}

export async function getArticle(db: Kysely<Database>, id: number): Promise<ArticleView | undefined> {
  if (!Number.isSafeInteger(id) || id <= 0) return undefined
  const row = await baseQuery(db).where('a.id', '=', id).executeTakeFirst()
  return row ? toView(row) : undefined
}

export type ArticleOrder = 'latest' | 'hot'

export interface ListOptions {
  readonly order?: ArticleOrder
  readonly limit?: number
  readonly offset?: number
  readonly outletIds?: readonly number[]
}

export async function listArticles(db: Kysely<Database>, options: ListOptions = {}): Promise<ArticleView[]> {
  let query = baseQuery(db).where('a.status', '=', 'published')
  if (options.outletIds) {
    if (options.outletIds.length === 0) return []
    query = query.where('a.outlet_id', 'in', [...options.outletIds])
  }
  query =
    options.order === 'hot'
      ? query
          .orderBy(sql`a.view_count + 20 * a.comment_count + 10 * a.like_count`, 'desc')
          .orderBy('a.published_at', 'desc')
      : query.orderBy('a.published_at', 'desc')
  const rows = await query
    .orderBy('a.id', 'desc')
    .limit(options.limit ?? 20)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map(toView)
}

/** Adds counted views in one statement per article; safe under concurrency (the database adds). */
export async function addViews(db: Kysely<Database>, counts: ReadonlyMap<number, number>): Promise<void> {
  for (const [id, n] of counts) {
    if (n <= 0) continue
    await db
      .updateTable('articles')
      .set((eb) => ({ view_count: eb('view_count', '+', n) }))
      .where('id', '=', id)
      .execute()
  }
}
