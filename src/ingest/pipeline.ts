// One job, start to end: read the article with the engine (outside any transaction), then write every effect —
// article, story link, sketch, events, the job's own status — in ONE transaction under the ingest lock. A worker
// killed at any point leaves either all of a job's effects or none, and the job is claimed again after its lease.
import { type Kysely, sql } from 'kysely'
import type { ExtractResult } from '../extract/index.ts'
import {
  addQuarantine,
  contentHash,
  createStory,
  type Database,
  findSameArticle,
  finishJob,
  getArticle,
  getArticleLink,
  insertArticle,
  type Job,
  linkArticle,
  lockOwnedJob,
  markExtracted,
  sketchCandidates,
} from '../store/index.ts'
import { type ArticleDraft, chinaTime } from './article.ts'
import type { IngestDeps } from './deps.ts'
import { mergeArticleEvents, replaceArticleEvents } from './merge-events.ts'
import { containment, isNearDuplicate, NEAR_DUPLICATE, sketch } from './sketch.ts'

/** What became of one article. */
export type ArticleOutcome =
  | {
      readonly kind: 'stored' | 'near-duplicate'
      readonly articleId: number
      readonly storyId: number
      readonly nearDuplicateOf: number | null
      readonly similarity: number | null
      readonly events: number
      readonly merged: number
    }
  | { readonly kind: 'duplicate'; readonly articleId: number }
  | { readonly kind: 'quarantined'; readonly code: string; readonly reason: string }
  | {
      readonly kind: 'reextracted'
      readonly articleId: number
      readonly events: number
      readonly merged: number
      readonly kept: number
      readonly removed: number
    }

/** Thrown inside a job's transaction when another worker took the job over (this one's lease ran out). */
export class LeaseLost extends Error {
  constructor(readonly jobId: number) {
    super(`job ${jobId} is no longer held by this worker`)
  }
}

/** Test seams: called inside the transaction just before it commits. Throwing rolls everything back. */
export interface PipelineHooks {
  beforeCommit?(job: Job): void | Promise<void>
}

/** The advisory lock every ingest write takes: stories and canonical events are matched one article at a time. */
const INGEST_LOCK = 7_202_005

async function lockIngest(trx: Kysely<Database>): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${INGEST_LOCK})`.execute(trx)
}

function isDraft(value: unknown): value is ArticleDraft {
  const v = value as Partial<ArticleDraft> | null
  return typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.body === 'string'
}

function runEngine(
  deps: IngestDeps,
  body: string,
  ref: { published: string; title: string; outlet?: string | undefined },
): ExtractResult | { error: string } {
  try {
    return deps.extract(body, {
      published: ref.published,
      title: ref.title,
      ...(ref.outlet ? { outlet: ref.outlet } : {}),
    })
  } catch (error) {
    return { error: (error as Error).message || String(error) }
  }
}

/** Finds the story an article belongs to (or starts one) and stores its sketch and link. */
async function linkStory(
  trx: Kysely<Database>,
  deps: IngestDeps,
  article: { id: number; text: string; published: Date; source: string | null },
): Promise<{ storyId: number; nearDuplicateOf: number | null; similarity: number | null }> {
  const hashes = sketch(article.text)
  const candidates = await sketchCandidates(trx, hashes, {
    minShared: NEAR_DUPLICATE.minShared,
    around: article.published,
    days: NEAR_DUPLICATE.days,
    excludeArticle: article.id,
  })
  let best: { articleId: number; storyId: number; score: number } | undefined
  for (const c of candidates) {
    if (!isNearDuplicate(c.shared, hashes.length, c.sketchSize)) continue
    const score = containment(c.shared, hashes.length, c.sketchSize)
    if (!best || score > best.score) best = { articleId: c.articleId, storyId: c.storyId, score }
  }
  const storyId = best?.storyId ?? (await createStory(trx))
  const link = {
    articleId: article.id,
    storyId,
    nearDuplicateOf: best?.articleId ?? null,
    similarity: best ? Math.round(best.score * 1000) / 1000 : null,
    sketchSize: hashes.length,
    source: article.source,
    engineVersion: deps.engineVersion,
  }
  await linkArticle(trx, link, hashes)
  return link
}

/** Processes one claimed `article` job. Throws LeaseLost or a database error; quarantines bad articles itself. */
export async function processArticleJob(
  deps: IngestDeps,
  job: Job,
  worker: string,
  hooks: PipelineHooks = {},
): Promise<ArticleOutcome> {
  const { db } = deps.store
  const draft = job.payload
  const finish = async (outcome: ArticleOutcome, quarantine?: { code: string; reason: string }) =>
    db.transaction().execute(async (trx) => {
      if (!(await lockOwnedJob(trx, job.id, worker))) throw new LeaseLost(job.id)
      if (quarantine) {
        await addQuarantine(trx, {
          batch: job.batch,
          source: job.source,
          format: 'article',
          code: quarantine.code,
          reason: quarantine.reason,
          payload: new TextEncoder().encode(JSON.stringify(draft)),
        })
      }
      await hooks.beforeCommit?.(job)
      await finishJob(trx, job.id, 'done', outcome)
      return outcome
    })
  if (!isDraft(draft)) {
    const reason = 'the job payload is not an article'
    return finish({ kind: 'quarantined', code: 'ZJ_INGEST_EMPTY', reason }, { code: 'ZJ_INGEST_EMPTY', reason })
  }
  const hash = contentHash(draft.title, draft.body)
  const identity = { canonicalUrl: draft.url, contentHash: hash }
  const seen = await findSameArticle(db, identity)
  if (seen !== undefined) return finish({ kind: 'duplicate', articleId: seen })

  const published = draft.published ?? chinaTime(deps.clock())
  const reading = runEngine(deps, draft.body, { published, title: draft.title, outlet: draft.outlet })
  if ('error' in reading) {
    const reason = `the engine failed: ${reading.error}`
    return finish(
      { kind: 'quarantined', code: 'ZJ_INGEST_EXTRACT_FAILED', reason },
      { code: 'ZJ_INGEST_EXTRACT_FAILED', reason },
    )
  }
  const text = `${draft.title}\n${draft.body}`
  return db.transaction().execute(async (trx) => {
    await lockIngest(trx)
    if (!(await lockOwnedJob(trx, job.id, worker))) throw new LeaseLost(job.id)
    const again = await findSameArticle(trx, identity)
    let outcome: ArticleOutcome
    if (again !== undefined) {
      outcome = { kind: 'duplicate', articleId: again }
    } else {
      const { id } = await insertArticle(trx, {
        slug: `n-${hash.slice(0, 20)}`,
        title: draft.title,
        outlet: draft.outlet,
        publishedAt: published,
        byline: draft.byline,
        editor: draft.editor,
        sources: draft.sources,
        body: draft.body,
        canonicalUrl: draft.url,
        script: draft.script,
      })
      const link = await linkStory(trx, deps, { id, text, published: new Date(published), source: job.source })
      const merge = await mergeArticleEvents(trx, id, reading.events, deps.engineVersion)
      outcome = {
        kind: link.nearDuplicateOf === null ? 'stored' : 'near-duplicate',
        articleId: id,
        storyId: link.storyId,
        nearDuplicateOf: link.nearDuplicateOf,
        similarity: link.similarity,
        events: merge.events,
        merged: merge.merged,
      }
    }
    await hooks.beforeCommit?.(job)
    await finishJob(trx, job.id, 'done', outcome)
    return outcome
  })
}

/** Processes one claimed `reextract` job: the article's events are read again by the current engine. */
export async function processReextractJob(
  deps: IngestDeps,
  job: Job,
  worker: string,
  hooks: PipelineHooks = {},
): Promise<ArticleOutcome> {
  const { db } = deps.store
  const articleId = Number((job.payload as { articleId?: unknown } | null)?.articleId)
  const article = Number.isSafeInteger(articleId) ? await getArticle(db, articleId) : undefined
  const reading = article
    ? runEngine(deps, article.body, {
        published: chinaTime(article.publishedAt),
        title: article.title,
        outlet: article.outlet?.name,
      })
    : { error: `article ${articleId} does not exist` }
  return db.transaction().execute(async (trx) => {
    await lockIngest(trx)
    if (!(await lockOwnedJob(trx, job.id, worker))) throw new LeaseLost(job.id)
    let outcome: ArticleOutcome
    if (!article || 'error' in reading) {
      const reason = 'error' in reading ? reading.error : 'no article'
      outcome = { kind: 'quarantined', code: 'ZJ_INGEST_EXTRACT_FAILED', reason }
      await addQuarantine(trx, {
        batch: job.batch,
        source: job.source,
        format: 'article',
        code: 'ZJ_INGEST_EXTRACT_FAILED',
        reason,
      })
    } else {
      if (!(await getArticleLink(trx, article.id))) {
        await linkStory(trx, deps, {
          id: article.id,
          text: `${article.title}\n${article.body}`,
          published: article.publishedAt,
          source: article.canonicalUrl,
        })
      }
      const report = await replaceArticleEvents(trx, article.id, reading.events, deps.engineVersion)
      await markExtracted(trx, article.id, deps.engineVersion)
      outcome = {
        kind: 'reextracted',
        articleId: article.id,
        events: report.events,
        merged: report.merged,
        kept: report.kept,
        removed: report.removed,
      }
    }
    await hooks.beforeCommit?.(job)
    await finishJob(trx, job.id, 'done', outcome)
    return outcome
  })
}
