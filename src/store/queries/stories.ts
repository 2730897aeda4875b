// Stories: one report and its reposts, abridged and traditional-script copies. Exact duplicates are found by canonical
// URL or content hash; near-duplicates by the overlap of content sketches (sampled shingle hashes).
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'
import { bulkInsert, numbers } from './bulk.ts'

export interface SketchCandidate {
  readonly articleId: number
  readonly storyId: number
  readonly shared: number
  readonly sketchSize: number
  readonly publishedAt: Date
  /** the hashes of its facts; null when it was stored without them */
  readonly facts: readonly number[] | null
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

/** Articles already stored under these canonical URLs or with these content hashes: their ids by hash and by URL. */
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

const ARTICLE_COLUMNS = {
  slug: 'text',
  title: 'text',
  outlet_id: 'integer',
  published_at: 'timestamptz',
  byline: 'jsonb',
  editor: 'text',
  sources: 'jsonb',
  body: 'text',
  canonical_url: 'text',
  script: 'text',
  content_hash: 'text',
} as const

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

/** Inserts several ingested articles in one statement; returns their ids in input order. */
export async function insertIngestedArticles(
  db: Kysely<Database>,
  rows: readonly IngestedArticleRow[],
): Promise<number[]> {
  return bulkInsert(db, 'articles', ARTICLE_COLUMNS, rows.map(articleValues), 'id')
}

const DAY_MS = 86_400_000
/** Width of a sketch key's publication bucket, in days (migration 0005 computes the same in SQL). */
const BUCKET_DAYS = 30
const BUCKET = 2 ** 32

function bucketOf(at: Date): number {
  return Math.floor(at.getTime() / (BUCKET_DAYS * DAY_MS))
}

/**
 * Of an article's sampled hashes, those ≡ 0 mod PROBE_EVERY are its probe keys: the ones indexed and looked up
 * (migration 0008). Shared hashes are counted over the whole sample.
 */
export const PROBE_EVERY = 16

function isProbe(unsigned: number): boolean {
  return unsigned % PROBE_EVERY === 0
}

/** The probe keys of a sketch set (`sketchSet`), ascending. */
function probeHashes(set: Uint32Array): number[] {
  return Array.from(set).filter(isProbe)
}

/** The keys an article is indexed under: each of its probe hashes tagged with its publication bucket. */
export function sketchKeys(hashes: readonly number[], publishedAt: Date): number[] {
  const base = bucketOf(publishedAt) * BUCKET
  return probeHashes(sketchSet(hashes)).map((h) => base + h)
}

/**
 * The sketch hashes (and publication times) of stored articles, remembered by article id. A sketch never changes once
 * stored, so what this process wrote or read once it need not read again: a near-duplicate lookup then reads only
 * which articles match, not their hashes nor their dates. Bounded; the entries remembered first are forgotten first.
 */
export class SketchMemo {
  private readonly byId = new Map<number, RememberedSketch>()

  constructor(readonly capacity = 100_000) {}

  get(articleId: number): RememberedSketch | undefined {
    return this.byId.get(articleId)
  }

  /** `hashes`: signed or unsigned, as `sketch` gives them or as stored; `facts`: null when unknown */
  remember(articleId: number, hashes: Iterable<number>, facts: Iterable<number> | null, publishedAt: Date): void {
    this.byId.delete(articleId)
    this.byId.set(articleId, {
      hashes: sketchSet(hashes),
      facts: facts === null ? null : Int32Array.from(facts),
      publishedAt: publishedAt.getTime(),
    })
    if (this.byId.size > this.capacity) {
      const oldest = this.byId.keys().next()
      if (!oldest.done) this.byId.delete(oldest.value)
    }
  }
}

export interface RememberedSketch {
  /** unsigned, ascending */
  readonly hashes: Uint32Array
  readonly facts: Int32Array | null
  /** milliseconds since the epoch */
  readonly publishedAt: number
}

/**
 * A sketch's hashes (signed or unsigned) as `sharedCount` takes them: unsigned, distinct, ascending. A Uint32Array is
 * taken to be such a set already (what this function returns) and is returned as it is.
 */
export function sketchSet(hashes: Iterable<number>): Uint32Array {
  if (hashes instanceof Uint32Array) return hashes
  const sorted = Uint32Array.from(hashes, (h) => h >>> 0).sort()
  let n = 0
  for (const h of sorted) if (n === 0 || h !== sorted[n - 1]) sorted[n++] = h
  return n === sorted.length ? sorted : sorted.slice(0, n)
}

/** How many values two sketch sets (`sketchSet`) have in common. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let n = 0
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      n++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return n
}

/** Reads into `memo` the sketches of those articles it does not hold. */
async function recallSketches(db: Kysely<Database>, memo: SketchMemo, articleIds: Iterable<number>): Promise<void> {
  const missing = [...new Set(articleIds)].filter((id) => memo.get(id) === undefined)
  if (missing.length === 0) return
  const rows = await sql<{ article_id: string; sketch: string; facts: string | null; published_at: Date }>`
    SELECT ai.article_id, ai.sketch::text AS sketch, ai.fact_hashes::text AS facts, a.published_at
    FROM article_ingest ai JOIN articles a ON a.id = ai.article_id
    WHERE ai.article_id = ANY(${missing}::bigint[])`.execute(db)
  for (const r of rows.rows) {
    const facts = r.facts === null ? null : numbers(r.facts)
    memo.remember(Number(r.article_id), numbers(r.sketch), facts, new Date(r.published_at))
  }
}

/**
 * Stored articles sharing at least `minShared` sketch hashes with each sketch, at least one of them a probe key,
 * published within `days` of its `around` (at most 30: the buckets are 30 days wide); `index` says which sketch a
 * candidate is for. `memo` keeps the candidates' hashes and publication times between calls (a fresh one reads
 * every candidate's; the window is checked against the time the memo holds).
 */
export async function sketchCandidatesMany(
  db: Kysely<Database>,
  sketches: readonly { readonly hashes: readonly number[] | Uint32Array; readonly around: Date }[],
  options: { minShared: number; days: number },
  memo: SketchMemo = new SketchMemo(),
): Promise<(SketchCandidate & { index: number })[]> {
  if (options.days > BUCKET_DAYS) throw new RangeError(`a sketch window of ${options.days} days is wider than a bucket`)
  const idx: number[] = []
  const buckets: number[] = []
  const hashes: string[] = []
  // per sketch: its hashes, unsigned and ascending, to count what a candidate shares
  const wanted: Uint32Array[] = []
  sketches.forEach((sk, i) => {
    const unsigned = sketchSet(sk.hashes)
    wanted.push(unsigned)
    const probes = probeHashes(unsigned)
    if (probes.length === 0) return
    idx.push(i)
    buckets.push(bucketOf(sk.around))
    hashes.push(`{${probes.join(',')}}`)
  })
  if (idx.length === 0) return []
  // which stored articles share a probe key, one row per sketch (arrays: a row a candidate costs more to read than
  // its values); their dates and hashes are checked here, from the memo
  const rows = await sql<{ idx: number; articles: string; stories: string; sizes: string }>`
    WITH q AS MATERIALIZED (
      -- the probe: every probe hash tagged with the sketch's bucket and the two beside it (built here, not sent thrice)
      SELECT idx,
        ARRAY(SELECT b * ${BUCKET}::bigint + h FROM unnest(hashes::bigint[]) h, generate_series(bucket - 1, bucket + 1) b) AS keys
      FROM unnest(${idx}::int[], ${buckets}::bigint[], ${hashes}::text[]) AS u(idx, bucket, hashes)
    )
    SELECT q.idx, array_agg(ai.article_id)::text AS articles, array_agg(ai.story_id)::text AS stories,
      array_agg(ai.sketch_size)::text AS sizes
    FROM q JOIN article_ingest ai ON ai.sketch_keys && q.keys
    GROUP BY q.idx`.execute(db)
  const found = rows.rows.map((r) => ({
    index: Number(r.idx),
    articles: numbers(r.articles),
    stories: numbers(r.stories),
    sizes: numbers(r.sizes),
  }))
  await recallSketches(
    db,
    memo,
    found.flatMap((f) => f.articles),
  )
  const window = options.days * DAY_MS
  const out: (SketchCandidate & { index: number })[] = []
  for (const { index, articles, stories, sizes } of found) {
    const own = wanted[index] ?? new Uint32Array()
    const around = sketches[index]?.around.getTime() ?? Number.NaN
    articles.forEach((articleId, k) => {
      const theirs = memo.get(articleId)
      if (!theirs || !(Math.abs(theirs.publishedAt - around) <= window)) return
      const shared = sharedCount(own, theirs.hashes)
      if (shared < options.minShared) return
      out.push({
        index,
        articleId,
        storyId: stories[k] as number,
        shared,
        sketchSize: sizes[k] as number,
        publishedAt: new Date(theirs.publishedAt),
        facts: theirs.facts ? [...theirs.facts] : null,
      })
    })
  }
  return out
}

/** Creates `n` stories in one statement. */
export async function createStories(db: Kysely<Database>, n: number): Promise<number[]> {
  if (n <= 0) return []
  const rows = await sql<{ ids: string | null }>`
    WITH created AS (INSERT INTO stories (created_at) SELECT now() FROM generate_series(1, ${n}) RETURNING id)
    SELECT array_agg(id ORDER BY id)::text AS ids FROM created`.execute(db)
  return numbers(rows.rows[0]?.ids)
}

/** Stores the story links and sketches of newly inserted articles, in one statement. */
export async function linkNewArticles(
  db: Kysely<Database>,
  links: readonly (ArticleLink & { hashes: readonly number[]; facts: readonly number[] | null; publishedAt: Date })[],
): Promise<void> {
  await bulkInsert(
    db,
    'article_ingest',
    {
      article_id: 'bigint',
      story_id: 'bigint',
      near_duplicate_of: 'bigint',
      similarity: 'real',
      sketch_size: 'integer',
      sketch_keys: 'bigint[]',
      sketch: 'integer[]',
      fact_hashes: 'integer[]',
      source: 'text',
      engine_version: 'text',
      extracted_at: 'timestamptz',
    },
    links.map((link) => ({
      article_id: link.articleId,
      story_id: link.storyId,
      near_duplicate_of: link.nearDuplicateOf,
      similarity: link.similarity,
      sketch_size: link.sketchSize,
      sketch_keys: sketchKeys(link.hashes, link.publishedAt),
      sketch: link.hashes,
      fact_hashes: link.facts,
      source: link.source,
      engine_version: link.engineVersion,
      extracted_at: link.engineVersion ? new Date() : null,
    })),
  )
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
