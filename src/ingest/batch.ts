// A batch: read every input into articles, quarantine what cannot be read, enqueue the rest as jobs, and (unless
// told only to enqueue) work the batch off with in-process workers. Never throws: one result per item.
import { randomUUID } from 'node:crypto'
import {
  addQuarantine,
  articlesToReextract,
  enqueueJobs,
  getQuarantine,
  type Job,
  type JobInput,
  jobResults,
  markQuarantineRetried,
} from '../store/index.ts'
import type { ArticleDraft, SourceFormat, SourceItem } from './article.ts'
import type { IngestDeps } from './deps.ts'
import type { ArticleOutcome, PipelineHooks } from './pipeline.ts'
import { type ReadResult, readSources } from './read-input.ts'
import { inputItems } from './sources/index.ts'
import { runWorker } from './worker.ts'

export type ItemStatus = 'stored' | 'near-duplicate' | 'duplicate' | 'quarantined' | 'reextracted' | 'queued' | 'failed'

export interface ItemResult {
  readonly source: string
  readonly status: ItemStatus
  readonly articleId?: number
  readonly storyId?: number
  readonly nearDuplicateOf?: number | null
  readonly code?: string
  readonly reason?: string
  readonly events?: number
  readonly merged?: number
}

export interface BatchSummary {
  readonly items: number
  readonly ingested: number
  readonly duplicates: number
  readonly nearDuplicates: number
  readonly quarantined: number
  readonly reextracted: number
  readonly queued: number
  readonly failed: number
  readonly events: number
  readonly merged: number
}

export interface BatchReport {
  readonly batch: string
  readonly items: readonly ItemResult[]
  readonly summary: BatchSummary
  readonly seconds: number
}

export interface Progress {
  readonly done: number
  readonly total: number
  /** true once every input has been read and enqueued (total is final) */
  readonly totalKnown: boolean
}

export interface BatchOptions {
  readonly batch?: string
  /** false: only enqueue, for `zhengji worker` processes to pick up (default true) */
  readonly work?: boolean
  /** concurrent in-process worker loops (default BATCH_DEFAULTS.workers) */
  readonly workers?: number
  /** jobs a loop claims at a time (default BATCH_DEFAULTS.claim) */
  readonly claim?: number
  /** how long a loop that found no job waits before it looks again, unless woken first (default 100 ms) */
  readonly pollMs?: number
  readonly leaseSeconds?: number
  readonly format?: SourceFormat
  readonly hooks?: PipelineHooks
  readonly onProgress?: (progress: Progress) => void
}

/**
 * A batch's in-process workers. Three loops keep one engine thread busy: while one writes its claim under the ingest
 * lock, the engine reads the next claim of another. A claim of 64 writes each statement for 64 articles at once.
 */
export const BATCH_DEFAULTS = { workers: 3, claim: 64 } as const

export type BatchInput = ReadResult | { readonly items: readonly SourceItem[] }

function newBatchId(deps: IngestDeps): string {
  return `${deps.clock().toISOString().replace(/[-:]/g, '').slice(0, 15)}-${randomUUID().slice(0, 8)}`
}

function summarize(items: readonly ItemResult[]): BatchSummary {
  const count = (s: ItemStatus) => items.filter((i) => i.status === s).length
  return {
    items: items.length,
    ingested: count('stored') + count('near-duplicate'),
    duplicates: count('duplicate'),
    nearDuplicates: count('near-duplicate'),
    quarantined: count('quarantined'),
    reextracted: count('reextracted'),
    queued: count('queued'),
    failed: count('failed'),
    events: items.reduce((n, i) => n + (i.events ?? 0), 0),
    merged: items.reduce((n, i) => n + (i.merged ?? 0), 0),
  }
}

function fromOutcome(source: string, outcome: ArticleOutcome): ItemResult {
  switch (outcome.kind) {
    case 'stored':
    case 'near-duplicate':
      return {
        source,
        status: outcome.kind,
        articleId: outcome.articleId,
        storyId: outcome.storyId,
        nearDuplicateOf: outcome.nearDuplicateOf,
        events: outcome.events,
        merged: outcome.merged,
      }
    case 'duplicate':
      return { source, status: 'duplicate', articleId: outcome.articleId }
    case 'quarantined':
      return { source, status: 'quarantined', code: outcome.code, reason: outcome.reason }
    case 'reextracted':
      return {
        source,
        status: 'reextracted',
        articleId: outcome.articleId,
        events: outcome.events,
        merged: outcome.merged,
      }
  }
}

async function* asAsync<T>(items: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  yield* items
}

/** Read articles are enqueued by 200; the first time by one claim's worth, so the engine starts while the rest are read. */
const ENQUEUE_CHUNK = 200
/** ...or at the end of an input, when this long has passed since the last enqueue. */
const FLUSH_MS = 250

/** Wakes a batch's idle workers when jobs are enqueued, and tells them when no more will be. */
interface Doorbell {
  readonly enqueuing: () => boolean
  readonly idle: (ms: number, signal?: AbortSignal) => Promise<void>
  /** wakes the idle loops */
  readonly ring: () => void
  /** no more jobs will be enqueued */
  readonly close: () => void
}

function doorbell(): Doorbell {
  let open = true
  let waiters: (() => void)[] = []
  const ring = () => {
    const woken = waiters
    waiters = []
    for (const wake of woken) wake()
  }
  return {
    enqueuing: () => open,
    ring,
    close() {
      open = false
      ring()
    },
    idle: (ms, signal) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(wake, ms)
        waiters.push(wake)
        signal?.addEventListener('abort', wake, { once: true })
      }),
  }
}

/** A doorbell no more jobs will ring: it only wakes idle loops when a sibling ends. */
function closedDoorbell(): Doorbell {
  const bell = doorbell()
  bell.close()
  return bell
}

/**
 * Works a batch off with `workers` concurrent loops. With an open doorbell the loops start while the batch is still
 * being enqueued (the engine reads the first articles while the rest are read from their files) and end once it is
 * not. A loop that ends (the batch drained) rings: its idle siblings see it at once instead of after their poll.
 */
async function workBatch(
  deps: IngestDeps,
  batch: string,
  options: BatchOptions,
  progress: { done: number; total: number; totalKnown: boolean },
  bell: Doorbell = closedDoorbell(),
  payloads?: Map<number, unknown>,
): Promise<void> {
  const loops = Math.max(1, options.workers ?? BATCH_DEFAULTS.workers)
  const tick = (job: Job) => {
    payloads?.delete(job.id)
    progress.done++
    options.onProgress?.({ ...progress })
  }
  await Promise.all(
    Array.from({ length: loops }, () =>
      runWorker(deps, {
        batch,
        until: 'drained',
        pollMs: options.pollMs ?? 100,
        claim: options.claim ?? BATCH_DEFAULTS.claim,
        ...(options.leaseSeconds ? { leaseSeconds: options.leaseSeconds } : {}),
        ...(options.hooks ? { hooks: options.hooks } : {}),
        onOutcome: tick,
        enqueuing: bell.enqueuing,
        idle: bell.idle,
        ...(payloads ? { payloads } : {}),
      }).finally(bell.ring),
    ),
  )
}

/**
 * Ingests a batch of inputs: raw inputs (read from files, URLs, stdin) or already-read items. Returns one result per
 * article or rejected input, in input order.
 */
export async function ingestBatch(
  deps: IngestDeps,
  inputs: Iterable<BatchInput> | AsyncIterable<BatchInput>,
  options: BatchOptions = {},
): Promise<BatchReport> {
  const started = Date.now()
  const batch = options.batch ?? newBatchId(deps)
  const { db } = deps.store
  const results: (ItemResult | { jobIndex: number; source: string })[] = []
  const progress = { done: 0, total: 0, totalKnown: false }
  let pending: { source: string; draft: ArticleDraft }[] = []
  // the workers, started with the first enqueued jobs
  const bell = doorbell()
  // the articles enqueued, by job id, until their job is done: the workers of this batch need not read them back
  const payloads = new Map<number, unknown>()
  const firstChunk = options.work === false ? ENQUEUE_CHUNK : (options.claim ?? BATCH_DEFAULTS.claim)
  let working: Promise<void> | undefined
  const jobSources: string[] = []
  let flushedAt = 0
  const flush = async () => {
    if (pending.length === 0) return
    flushedAt = Date.now()
    const chunk = pending
    pending = []
    const jobs: JobInput[] = chunk.map((p) => ({ kind: 'article', source: p.source, payload: p.draft }))
    try {
      const ids = await enqueueJobs(db, batch, jobs)
      if (options.work !== false) for (const [k, id] of ids.entries()) payloads.set(id, jobs[k]?.payload)
      for (const p of chunk) {
        results.push({ jobIndex: jobSources.length, source: p.source })
        jobSources.push(p.source)
      }
      progress.total += chunk.length
      options.onProgress?.({ ...progress })
      if (options.work !== false) {
        working ??= workBatch(deps, batch, options, progress, bell, payloads).catch(() => {
          // a database outage: the jobs stay queued and are reported so
        })
        bell.ring()
      }
    } catch (error) {
      for (const p of chunk) results.push({ source: p.source, status: 'failed', reason: (error as Error).message })
    }
  }
  const quarantine = async (item: Extract<SourceItem, { ok: false }>) => {
    try {
      await addQuarantine(db, { batch, ...item })
      results.push({ source: item.source, status: 'quarantined', code: item.code, reason: item.reason })
    } catch (error) {
      results.push({ source: item.source, status: 'failed', code: item.code, reason: (error as Error).message })
    }
  }
  for await (const input of asAsync(inputs)) {
    let items: Iterable<SourceItem>
    if ('items' in input) items = input.items
    else if ('failed' in input) {
      items = [
        { ok: false, source: input.source, format: options.format ?? 'text', code: input.code, reason: input.reason },
      ]
    } else {
      items = inputItems(options.format ? { ...input, format: options.format } : input)
    }
    for (const item of items) {
      if (item.ok) {
        pending.push({ source: item.source, draft: item.draft })
        if (pending.length >= (working ? ENQUEUE_CHUNK : firstChunk)) await flush()
      } else {
        await flush()
        await quarantine(item)
      }
    }
    // the end of an input: what is pending goes to the queue when no worker has work yet, or now and then, so the
    // workers are not idle while many small inputs are read
    if ((options.work !== false && !working) || Date.now() - flushedAt >= FLUSH_MS) await flush()
  }
  await flush()
  progress.totalKnown = true
  options.onProgress?.({ ...progress })
  bell.close()
  await working
  const byIndex: ItemResult[] = []
  if (jobSources.length > 0) {
    try {
      const rows = await jobResults(db, batch)
      rows.forEach((row, index) => {
        byIndex[index] =
          row.status === 'done' || row.status === 'failed'
            ? fromOutcome(row.source, row.result as ArticleOutcome)
            : { source: row.source, status: 'queued' }
      })
    } catch {
      // leave them as queued
    }
  }
  const items = results.map((r) =>
    'jobIndex' in r ? (byIndex[r.jobIndex] ?? { source: r.source, status: 'queued' as const }) : r,
  )
  return { batch, items, summary: summarize(items), seconds: (Date.now() - started) / 1000 }
}

/** Reads the named paths/URLs/stdin and ingests them as one batch. */
export function ingestPaths(
  deps: IngestDeps,
  specs: readonly string[],
  options: BatchOptions & { maxBytes?: number; stdin?: () => Promise<Uint8Array> } = {},
): Promise<BatchReport> {
  return ingestBatch(
    deps,
    readSources(specs, {
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.stdin ? { stdin: options.stdin } : {}),
    }),
    options,
  )
}

/** Re-reads stored articles with the current engine: those read by another version, or all. */
export async function reextractArticles(
  deps: IngestDeps,
  options: Omit<BatchOptions, 'format'> & { all?: boolean; articleIds?: readonly number[] } = {},
): Promise<BatchReport> {
  const started = Date.now()
  const batch = options.batch ?? newBatchId(deps)
  const ids =
    options.articleIds ??
    (await articlesToReextract(deps.store.db, { engineVersion: deps.engineVersion, all: options.all === true }))
  await enqueueJobs(
    deps.store.db,
    batch,
    ids.map((articleId) => ({ kind: 'reextract', source: `article:${articleId}`, payload: { articleId } })),
  )
  const progress = { done: 0, total: ids.length, totalKnown: true }
  options.onProgress?.({ ...progress })
  if (options.work !== false && ids.length > 0) await workBatch(deps, batch, options, progress)
  const rows = await jobResults(deps.store.db, batch)
  const items = rows.map((row) =>
    row.status === 'done' || row.status === 'failed'
      ? fromOutcome(row.source, row.result as ArticleOutcome)
      : { source: row.source, status: 'queued' as const },
  )
  return { batch, items, summary: summarize(items), seconds: (Date.now() - started) / 1000 }
}

/**
 * Retries one quarantined input: its kept bytes (or its source, read again) go through a new batch. The entry is
 * marked retried; if it fails again, the new batch quarantines it anew. Undefined when there is no such entry.
 */
export async function retryQuarantined(
  deps: IngestDeps,
  id: number,
  options: BatchOptions = {},
): Promise<BatchReport | undefined> {
  const entry = await getQuarantine(deps.store.db, id)
  if (!entry) return undefined
  let report: BatchReport
  if (entry.format === 'article' && entry.payload) {
    const draft = JSON.parse(new TextDecoder().decode(entry.payload)) as ArticleDraft
    report = await ingestBatch(deps, [{ items: [{ ok: true, source: entry.source, format: 'text', draft }] }], options)
  } else if (entry.payload) {
    const format = (['html', 'feed', 'jsonl', 'text'] as const).find((f) => f === entry.format)
    report = await ingestBatch(deps, [{ source: entry.source, bytes: entry.payload }], {
      ...options,
      ...(format ? { format } : {}),
    })
  } else {
    // the file the entry came from: without a feed item's #fragment or a JSONL line's :number
    report = await ingestPaths(
      deps,
      [entry.source.replace(/#[^#/]*$/, '').replace(/(\.(?:jsonl|ndjson)):\d+$/i, '$1')],
      options,
    )
  }
  await markQuarantineRetried(deps.store.db, id)
  return report
}
