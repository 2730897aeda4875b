// Stories: one report and its reposts, abridged and traditional-script copies. Exact duplicates are found by canonical
// URL or content hash; near-duplicates by the overlap of content sketches (sampled shingle hashes).
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'

export interface SketchCandidate {
  readonly articleId: number
  readonly storyId: number
  readonly shared: number
  readonly sketchSize: number
  readonly publishedAt: Date
}

export interface ArticleLink {
  readonly articleId: number
  readonly storyId: number
  readonly nearDuplicateOf: number | null
  readonly similarity: number | null
  readonly sketchSize: number
  readonly source: string | null
  readonly engineVersion: string | null
}

export interface StorySource {
  readonly articleId: number
  readonly title: string
  readonly outlet: string | null
  readonly publishedAt: Date
  readonly canonicalUrl: string | null
  readonly script: 'hans' | 'hant'
  /** true for the copies linked to an earlier report, false for the first report of the story */
  readonly nearDuplicate: boolean
}

export interface StorySources {
  readonly storyId: number
  /** every article of the story, the given one included, oldest first */
  readonly sources: readonly StorySource[]
  /** how many different outlets carried it (articles without an outlet count once each) */
  readonly outletCount: number
}

/** An article already stored under this canonical URL or with this content hash. */
export async function findSameArticle(
  db: Kysely<Database>,
  identity: { canonicalUrl?: string | undefined; contentHash: string },
): Promise<number | undefined> {
  const row = await db
    .selectFrom('articles')
    .select('id')
    .where((eb) =>
      eb.or([
        eb('content_hash', '=', identity.contentHash),
        ...(identity.canonicalUrl ? [eb('canonical_url', '=', identity.canonicalUrl)] : []),
      ]),
    )
    .orderBy('id')
    .limit(1)
    .executeTakeFirst()
  return row ? Number(row.id) : undefined
}

/** findSameArticle for several articles at once: the stored ids by content hash and by canonical URL. */
export async function findSameArticles(
  db: Kysely<Database>,
  identities: readonly { canonicalUrl?: string | undefined; contentHash: string }[],
): Promise<{ byHash: Map<string, number>; byUrl: Map<string, number> }> {
  const byHash = new Map<string, number>()
  const byUrl = new Map<string, number>()
  if (identities.length === 0) return { byHash, byUrl }
  const hashes = [...new Set(identities.map((i) => i.contentHash))]
  const urls = [...new Set(identities.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : [])))]
  // two index lookups (an OR of both would scan the table)
  const byHashRows = db
    .selectFrom('articles')
    .select(['id', 'content_hash', 'canonical_url'])
    .where('content_hash', '=', (eb) => eb.fn.any(eb.val(hashes)))
  const rows = await (urls.length > 0
    ? byHashRows.unionAll(
        db
          .selectFrom('articles')
          .select(['id', 'content_hash', 'canonical_url'])
          .where('canonical_url', '=', (eb) => eb.fn.any(eb.val(urls))),
      )
    : byHashRows
  )
    .orderBy('id')
    .execute()
  for (const r of rows) {
    if (!byHash.has(r.content_hash)) byHash.set(r.content_hash, Number(r.id))
    if (r.canonical_url && !byUrl.has(r.canonical_url)) byUrl.set(r.canonical_url, Number(r.id))
  }
  return { byHash, byUrl }
}

export interface IngestedArticleRow {
  readonly slug: string
  readonly title: string
  readonly outletId: number | null
  readonly publishedAt: string
  readonly byline: readonly string[]
  readonly editor: string | null
  readonly sources: readonly string[]
  readonly body: string
  readonly canonicalUrl: string | null
  readonly script: 'hans' | 'hant'
  readonly contentHash: string
}

function articleValues(row: IngestedArticleRow) {
  return {
    slug: row.slug,
    title: row.title,
    outlet_id: row.outletId,
    published_at: row.publishedAt,
    byline: JSON.stringify(row.byline),
    editor: row.editor,
    sources: JSON.stringify(row.sources),
    body: row.body,
    canonical_url: row.canonicalUrl,
    script: row.script,
    content_hash: row.contentHash,
  }
}

/** Inserts an ingested article (its outlet already resolved); the caller has checked it is not stored yet. */
export async function insertIngestedArticle(db: Kysely<Database>, row: IngestedArticleRow): Promise<number> {
  const inserted = await db.insertInto('articles').values(articleValues(row)).returning('id').executeTakeFirstOrThrow()
  return Number(inserted.id)
}

/** Inserts several ingested articles in one statement; returns their ids in input order. */
export async function insertIngestedArticles(
  db: Kysely<Database>,
  rows: readonly IngestedArticleRow[],
): Promise<number[]> {
  if (rows.length === 0) return []
  const inserted = await db.insertInto('articles').values(rows.map(articleValues)).returning('id').execute()
  return inserted.map((r) => Number(r.id))
}

/** sketchCandidates for several sketches in one query; `index` says which sketch a candidate is for. */
export async function sketchCandidatesMany(
  db: Kysely<Database>,
  sketches: readonly { readonly hashes: readonly number[]; readonly around: Date }[],
  options: { minShared: number; days: number },
): Promise<(SketchCandidate & { index: number })[]> {
  const idx: number[] = []
  const hs: number[] = []
  const from: string[] = []
  const to: string[] = []
  sketches.forEach((sk, i) => {
    const f = new Date(sk.around.getTime() - options.days * 86_400_000).toISOString()
    const t = new Date(sk.around.getTime() + options.days * 86_400_000).toISOString()
    for (const h of new Set(sk.hashes)) {
      idx.push(i)
      hs.push(h)
      from.push(f)
      to.push(t)
    }
  })
  if (hs.length === 0) return []
  const rows = await sql<{
    idx: number
    article_id: number
    story_id: number
    shared: number
    sketch_size: number
    published_at: Date
  }>`
    SELECT q.idx, s.article_id, ai.story_id, count(*)::int AS shared, ai.sketch_size, a.published_at
    FROM unnest(${idx}::int[], ${hs}::int[], ${from}::timestamptz[], ${to}::timestamptz[]) AS q(idx, h, f, t)
    JOIN article_sketch s ON s.h = q.h AND s.published_at BETWEEN q.f AND q.t
    JOIN article_ingest ai ON ai.article_id = s.article_id
    JOIN articles a ON a.id = s.article_id
    GROUP BY q.idx, s.article_id, ai.story_id, ai.sketch_size, a.published_at
    HAVING count(*) >= ${options.minShared}`.execute(db)
  return rows.rows.map((r) => ({
    index: Number(r.idx),
    articleId: Number(r.article_id),
    storyId: Number(r.story_id),
    shared: Number(r.shared),
    sketchSize: Number(r.sketch_size),
    publishedAt: new Date(r.published_at),
  }))
}

/** Creates `n` stories in one statement. */
export async function createStories(db: Kysely<Database>, n: number): Promise<number[]> {
  if (n <= 0) return []
  const rows = await sql<{ id: number }>`
    INSERT INTO stories (created_at) SELECT now() FROM generate_series(1, ${n}) RETURNING id`.execute(db)
  return rows.rows.map((r) => Number(r.id)).sort((a, b) => a - b)
}

/** Stores the sketches and story links of newly inserted articles (two statements for all). */
export async function linkNewArticles(
  db: Kysely<Database>,
  links: readonly (ArticleLink & { hashes: readonly number[]; publishedAt: Date })[],
): Promise<void> {
  if (links.length === 0) return
  const sketchRows = links.flatMap((l) =>
    [...new Set(l.hashes)].map((h) => ({ h, article_id: l.articleId, published_at: l.publishedAt })),
  )
  for (let i = 0; i < sketchRows.length; i += 2000) {
    await db
      .insertInto('article_sketch')
      .values(sketchRows.slice(i, i + 2000))
      .execute()
  }
  await db
    .insertInto('article_ingest')
    .values(
      links.map((link) => ({
        article_id: link.articleId,
        story_id: link.storyId,
        near_duplicate_of: link.nearDuplicateOf,
        similarity: link.similarity,
        sketch_size: link.sketchSize,
        source: link.source,
        engine_version: link.engineVersion,
        extracted_at: link.engineVersion ? sql<Date>`now()` : null,
      })),
    )
    .execute()
}

/** Stored articles sharing at least `minShared` sketch hashes with `hashes`, published within `days` of `around`. */
export async function sketchCandidates(
  db: Kysely<Database>,
  hashes: readonly number[],
  options: { minShared: number; around: Date; days: number; excludeArticle?: number },
): Promise<SketchCandidate[]> {
  if (hashes.length === 0) return []
  const from = new Date(options.around.getTime() - options.days * 86_400_000).toISOString()
  const to = new Date(options.around.getTime() + options.days * 86_400_000).toISOString()
  const rows = await sql<{
    article_id: number
    story_id: number
    shared: number
    sketch_size: number
    published_at: Date
  }>`
    SELECT s.article_id, ai.story_id, count(*)::int AS shared, ai.sketch_size, a.published_at
    FROM article_sketch s
    JOIN article_ingest ai ON ai.article_id = s.article_id
    JOIN articles a ON a.id = s.article_id
    WHERE s.h = ANY(${[...hashes]}::int[])
      AND s.published_at BETWEEN ${from} AND ${to}
      AND s.article_id <> ${options.excludeArticle ?? 0}
    GROUP BY s.article_id, ai.story_id, ai.sketch_size, a.published_at
    HAVING count(*) >= ${options.minShared}
    ORDER BY shared DESC, s.article_id
    LIMIT 50`.execute(db)
  return rows.rows.map((r) => ({
    articleId: Number(r.article_id),
    storyId: Number(r.story_id),
    shared: Number(r.shared),
    sketchSize: Number(r.sketch_size),
    publishedAt: new Date(r.published_at),
  }))
}

export async function createStory(db: Kysely<Database>): Promise<number> {
  const row = await db.insertInto('stories').defaultValues().returning('id').executeTakeFirstOrThrow()
  return Number(row.id)
}

/** Stores an article's sketch (replacing any earlier one) and its story link. */
export async function linkArticle(
  db: Kysely<Database>,
  link: ArticleLink & { publishedAt: Date },
  hashes: readonly number[],
  options: { fresh?: boolean } = {},
): Promise<void> {
  if (!options.fresh) await db.deleteFrom('article_sketch').where('article_id', '=', link.articleId).execute()
  const unique = [...new Set(hashes)]
  for (let i = 0; i < unique.length; i += 1000) {
    await db
      .insertInto('article_sketch')
      .values(unique.slice(i, i + 1000).map((h) => ({ h, article_id: link.articleId, published_at: link.publishedAt })))
      .execute()
  }
  const values = {
    article_id: link.articleId,
    story_id: link.storyId,
    near_duplicate_of: link.nearDuplicateOf,
    similarity: link.similarity,
    sketch_size: link.sketchSize,
    source: link.source,
    engine_version: link.engineVersion,
    extracted_at: link.engineVersion ? sql<Date>`now()` : null,
  }
  await db
    .insertInto('article_ingest')
    .values(values)
    .onConflict((oc) =>
      oc.column('article_id').doUpdateSet({
        story_id: link.storyId,
        near_duplicate_of: link.nearDuplicateOf,
        similarity: link.similarity,
        sketch_size: link.sketchSize,
      }),
    )
    .execute()
}

export async function markExtracted(db: Kysely<Database>, articleId: number, engineVersion: string): Promise<void> {
  await db
    .updateTable('article_ingest')
    .set({ engine_version: engineVersion, extracted_at: sql`now()` })
    .where('article_id', '=', articleId)
    .execute()
}

/** The ingest link of an article, when it has one. */
export async function getArticleLink(
  db: Kysely<Database>,
  articleId: number,
): Promise<{ storyId: number; engineVersion: string | null } | undefined> {
  const row = await db
    .selectFrom('article_ingest')
    .select(['story_id', 'engine_version'])
    .where('article_id', '=', articleId)
    .executeTakeFirst()
  return row ? { storyId: Number(row.story_id), engineVersion: row.engine_version } : undefined
}

/**
 * The articles that report the same story as `articleId` (itself included): what the article page shows as
 * "N 家媒体报道". Undefined when the article is not linked to a story.
 */
export async function storySources(db: Kysely<Database>, articleId: number): Promise<StorySources | undefined> {
  const link = await getArticleLink(db, articleId)
  if (!link) return undefined
  const rows = await db
    .selectFrom('article_ingest as ai')
    .innerJoin('articles as a', 'a.id', 'ai.article_id')
    .leftJoin('outlets as o', 'o.id', 'a.outlet_id')
    .select([
      'a.id',
      'a.title',
      'a.published_at',
      'a.canonical_url',
      'a.script',
      'o.name as outlet',
      'o.id as outlet_id',
      'ai.near_duplicate_of',
    ])
    .where('ai.story_id', '=', link.storyId)
    .orderBy('a.published_at')
    .orderBy('a.id')
    .execute()
  const outlets = new Set<string>()
  for (const r of rows) outlets.add(r.outlet_id == null ? `article:${r.id}` : `outlet:${r.outlet_id}`)
  return {
    storyId: link.storyId,
    outletCount: outlets.size,
    sources: rows.map((r) => ({
      articleId: Number(r.id),
      title: r.title,
      outlet: r.outlet,
      publishedAt: new Date(r.published_at),
      canonicalUrl: r.canonical_url,
      script: r.script,
      nearDuplicate: r.near_duplicate_of != null,
    })),
  }
}

/** Articles with no ingest link or extracted by another engine version: what `reextract` has to visit. */
export async function articlesToReextract(
  db: Kysely<Database>,
  options: { engineVersion: string; all: boolean },
): Promise<number[]> {
  let q = db.selectFrom('articles as a').leftJoin('article_ingest as ai', 'ai.article_id', 'a.id').select('a.id')
  if (!options.all) {
    q = q.where((eb) =>
      eb.or([eb('ai.engine_version', 'is', null), eb('ai.engine_version', '<>', options.engineVersion)]),
    )
  }
  const rows = await q.orderBy('a.id').execute()
  return rows.map((r) => Number(r.id))
}
