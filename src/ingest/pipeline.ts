// Claimed jobs, start to end: read the articles with the engine (outside any transaction), then write every effect —
// articles, story links, sketches, events, the jobs' own status — in ONE transaction under the ingest lock. A worker
// killed at any point leaves either all of a claim's effects or none, and its jobs are claimed again after the lease.
import { type Kysely, sql } from 'kysely'
import {
  addQuarantine,
  contentHash,
  type Database,
  ensureOutlet,
  findSameArticles,
  finishJob,
  finishJobs,
  getArticle,
  getArticleLink,
  type Job,
  lockOwnedJob,
  lockOwnedJobs,
  markExtracted,
} from '../store/index.ts'
import { type ArticleDraft, chinaTime } from './article.ts'
import type { IngestDeps } from './deps.ts'
import { replaceArticleEvents } from './merge-events.ts'
import { type ReadOutcome, type ReadRequest, readInThread, runEngine } from './reading.ts'
import { fingerprint } from './sketch.ts'
import { linkStories, type NewArticle, writeNewArticles } from './write-claim.ts'

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
  await sql`SELECT pg_advisory_xact_lock(${INGEST_LOCK}), set_config('synchronous_commit', 'off', true)`.execute(trx)
}

/** The fewest articles of a claim worth sending to the engine threads. */
const ENGINE_THREADS_FROM = 8

function isDraft(value: unknown): value is ArticleDraft {
  const v = value as Partial<ArticleDraft> | null
  return typeof v === 'object' && v !== null && typeof v.title === 'string' && typeof v.body === 'string'
}

type Prepared =
  | { readonly job: Job; readonly settled: ArticleOutcome; readonly quarantine?: { code: string; reason: string } }
  | NewArticle

const outletCache = new WeakMap<object, Map<string, number>>()

/** Outlet ids by name, created outside any job transaction (an outlet is never rolled back with a job). */
async function outletId(db: Kysely<Database>, name: string | undefined): Promise<number | null> {
  if (!name) return null
  let cache = outletCache.get(db)
  if (!cache) {
    cache = new Map()
    outletCache.set(db, cache)
  }
  const hit = cache.get(name)
  if (hit !== undefined) return hit
  const outlet = await ensureOutlet(db, { name })
  cache.set(name, outlet.id)
  return outlet.id
}

/**
 * Reads a claim's articles: on the engine threads when there are enough of them, else (or when the threads fail: one
 * that died, or cannot start) in this thread, so a broken pool slows ingest down but loses nothing.
 */
async function readAll(deps: IngestDeps, requests: readonly ReadRequest[]): Promise<ReadOutcome[]> {
  // a few articles are read here: an engine thread's start (about a second) would cost more than it saves
  if (deps.engine && requests.length >= ENGINE_THREADS_FROM) {
    try {
      return await deps.engine.read(requests)
    } catch {
      // read here instead
    }
  }
  return readInThread(deps.extract, requests)
}

/** The work done before the transaction: duplicates found, the engine run, the sketch computed. */
async function prepare(deps: IngestDeps, jobs: readonly Job[]): Promise<Prepared[]> {
  const { db } = deps.store
  const drafts = jobs.map((job) => (isDraft(job.payload) ? job.payload : undefined))
  const hashes = drafts.map((d) => (d ? contentHash(d.title, d.body) : ''))
  const same = await findSameArticles(
    db,
    drafts.flatMap((d, i) => (d ? [{ canonicalUrl: d.url, contentHash: hashes[i] as string }] : [])),
  )
  const prepared: (Prepared | { job: Job; draft: ArticleDraft; hash: string; read: number })[] = []
  const requests: ReadRequest[] = []
  for (const [i, job] of jobs.entries()) {
    const draft = drafts[i]
    if (!draft) {
      const reason = 'the job payload is not an article'
      prepared.push({
        job,
        settled: { kind: 'quarantined', code: 'ZJ_INGEST_EMPTY', reason },
        quarantine: { code: 'ZJ_INGEST_EMPTY', reason },
      })
      continue
    }
    const hash = hashes[i] as string
    const seen = same.byHash.get(hash) ?? (draft.url ? same.byUrl.get(draft.url) : undefined)
    if (seen !== undefined) {
      prepared.push({ job, settled: { kind: 'duplicate', articleId: seen } })
      continue
    }
    prepared.push({ job, draft, hash, read: requests.length })
    requests.push({
      title: draft.title,
      body: draft.body,
      published: draft.published ?? chinaTime(deps.clock()),
      outlet: draft.outlet,
      script: draft.script,
    })
  }
  const outcomes = await readAll(deps, requests)
  const out: Prepared[] = []
  for (const p of prepared) {
    if (!('read' in p)) {
      out.push(p)
      continue
    }
    const outcome = outcomes[p.read]
    const request = requests[p.read] as ReadRequest
    if (!outcome || 'error' in outcome) {
      const reason = `the engine failed: ${outcome?.error ?? 'no reading'}`
      const code = 'ZJ_INGEST_EXTRACT_FAILED'
      out.push({ job: p.job, settled: { kind: 'quarantined', code, reason }, quarantine: { code, reason } })
      continue
    }
    out.push({
      job: p.job,
      draft: p.draft,
      hash: p.hash,
      published: request.published,
      events: outcome.events,
      hashes: outcome.hashes,
      facts: outcome.facts,
      outletId: await outletId(db, p.draft.outlet),
    })
  }
  return out
}

export interface JobsResult {
  readonly outcomes: ReadonlyMap<number, ArticleOutcome>
  /** jobs another worker took over while this one worked (nothing of theirs was written) */
  readonly lost: readonly number[]
}

/**
 * Processes claimed `article` jobs: the engine runs outside any transaction, then ONE transaction under the
 * ingest lock writes every job's article, story link, sketch, events and "done". Throws on a database error or
 * a hook's error, leaving nothing of the batch written.
 */
export async function processArticleJobs(
  deps: IngestDeps,
  jobs: readonly Job[],
  worker: string,
  hooks: PipelineHooks = {},
): Promise<JobsResult> {
  const prepared = await prepare(deps, jobs)
  return deps.store.db.transaction().execute(async (trx) => {
    await lockIngest(trx)
    const owned = await lockOwnedJobs(
      trx,
      jobs.map((j) => j.id),
      worker,
    )
    const fresh = prepared.flatMap((p) => ('draft' in p ? [{ canonicalUrl: p.draft.url, contentHash: p.hash }] : []))
    const same = await findSameArticles(trx, fresh)
    const outcomes = new Map<number, ArticleOutcome>()
    const lost: number[] = []
    const newArticles: NewArticle[] = []
    const claimed = new Map<string, number>()
    for (const p of prepared) {
      const { job } = p
      if (!owned.has(job.id)) {
        lost.push(job.id)
        continue
      }
      if ('settled' in p) {
        outcomes.set(job.id, p.settled)
        if (p.quarantine) {
          await addQuarantine(trx, {
            batch: job.batch,
            source: job.source,
            format: 'article',
            ...p.quarantine,
            payload: new TextEncoder().encode(JSON.stringify(job.payload)),
          })
        }
        continue
      }
      const seen = same.byHash.get(p.hash) ?? (p.draft.url ? same.byUrl.get(p.draft.url) : undefined)
      // a copy of an article earlier in this very claim
      const twin = claimed.get(`h:${p.hash}`) ?? (p.draft.url ? claimed.get(`u:${p.draft.url}`) : undefined)
      if (seen !== undefined) {
        outcomes.set(job.id, { kind: 'duplicate', articleId: seen })
      } else if (twin !== undefined) {
        outcomes.set(job.id, { kind: 'duplicate', articleId: -1 - twin })
      } else {
        claimed.set(`h:${p.hash}`, newArticles.length)
        if (p.draft.url) claimed.set(`u:${p.draft.url}`, newArticles.length)
        newArticles.push(p)
      }
    }
    const written = await writeNewArticles(trx, deps, newArticles)
    newArticles.forEach((p, i) => {
      const outcome = written[i]
      if (outcome) outcomes.set(p.job.id, outcome)
    })
    // duplicates of an article of this claim learn its id now
    for (const [jobId, outcome] of outcomes) {
      if (outcome.kind === 'duplicate' && outcome.articleId < 0) {
        const original = written[-1 - outcome.articleId]
        if (original) outcomes.set(jobId, { kind: 'duplicate', articleId: original.articleId })
      }
    }
    for (const p of prepared) if (outcomes.has(p.job.id)) await hooks.beforeCommit?.(p.job)
    await finishJobs(
      trx,
      [...outcomes].map(([id, result]) => ({ id, result })),
    )
    return { outcomes, lost }
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
    ? runEngine(deps.extract, {
        body: article.body,
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
        await linkStories(trx, deps, [
          {
            articleId: article.id,
            ...fingerprint(`${article.title}\n${article.body}`, article.script),
            published: article.publishedAt,
            source: article.canonicalUrl,
          },
        ])
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
