// A worker: claims jobs with FOR UPDATE SKIP LOCKED under a lease, keeps the lease alive with a heartbeat while it
// works, and writes each job's effects and its "done" in one transaction. Several workers (threads of one process,
// or processes) run side by side; a killed worker's claims are reclaimed when their lease runs out.
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import {
  addQuarantine,
  claimJobs,
  finishJob,
  heartbeatJobs,
  type Job,
  jobCounts,
  lockOwnedJob,
  releaseJobs,
} from '../store/index.ts'
import type { IngestDeps } from './deps.ts'
import {
  type ArticleOutcome,
  LeaseLost,
  type PipelineHooks,
  processArticleJobs,
  processReextractJob,
} from './pipeline.ts'

/** Thrown by a test hook to play a worker killed on the spot: it stops at once, keeping its claims, releasing nothing. */
export class WorkerCrash extends Error {
  constructor() {
    super('simulated crash')
    this.name = 'WorkerCrash'
  }
}

export interface WorkerOptions {
  /** a name for this worker; default host:pid:random */
  readonly id?: string
  /** work only on this batch's jobs */
  readonly batch?: string
  /** jobs taken per claim (default 8) */
  readonly claim?: number
  /** how long a claim holds without a heartbeat (default 30 s) */
  readonly leaseSeconds?: number
  /** 'drained': return once no job is queued or running; 'stopped' (default): run until the signal aborts */
  readonly until?: 'drained' | 'stopped'
  readonly pollMs?: number
  /** with until 'drained': true while jobs may still be enqueued (the batch is reading its inputs) */
  readonly enqueuing?: () => boolean
  /** waits for work instead of sleeping `ms`: may resolve early, when jobs were enqueued */
  readonly idle?: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly signal?: AbortSignal
  /** attempts before a job is given up and quarantined (default 5) */
  readonly maxAttempts?: number
  readonly hooks?: PipelineHooks
  /** payloads of jobs this process enqueued, by job id: a claim does not read them back */
  readonly payloads?: ReadonlyMap<number, unknown>
  readonly onOutcome?: (job: Job, outcome: ArticleOutcome) => void
}

export interface WorkerReport {
  readonly worker: string
  readonly processed: number
  readonly lost: number
  readonly errors: number
  readonly crashed: boolean
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t)
        resolve()
      },
      { once: true },
    )
  })

export function workerName(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
}

async function giveUpOrRetry(deps: IngestDeps, job: Job, worker: string, error: unknown, maxAttempts: number) {
  const message = (error as Error)?.message || String(error)
  const { db } = deps.store
  if (job.attempts >= maxAttempts) {
    await db.transaction().execute(async (trx) => {
      if (!(await lockOwnedJob(trx, job.id, worker))) return
      await addQuarantine(trx, {
        batch: job.batch,
        source: job.source,
        format: 'article',
        code: 'ZJ_INGEST_JOB_FAILED',
        reason: `failed ${job.attempts} times: ${message}`,
        payload: new TextEncoder().encode(JSON.stringify(job.payload)),
      })
      await finishJob(
        trx,
        job.id,
        'failed',
        { kind: 'quarantined', code: 'ZJ_INGEST_JOB_FAILED', reason: message },
        message,
      )
    })
  } else {
    await releaseJobs(db, worker, [job.id])
  }
}

/** Runs one worker loop. Never throws for a job's failure; a database outage ends it with the error. */
export async function runWorker(deps: IngestDeps, options: WorkerOptions = {}): Promise<WorkerReport> {
  const worker = options.id ?? workerName()
  const leaseSeconds = options.leaseSeconds ?? 30
  const limit = options.claim ?? 8
  const maxAttempts = options.maxAttempts ?? 5
  const { db } = deps.store
  let processed = 0
  let lost = 0
  let errors = 0
  let crashed = false
  while (!options.signal?.aborted && !crashed) {
    const jobs = await claimJobs(db, { worker, limit, leaseSeconds, batch: options.batch, payloads: options.payloads })
    if (jobs.length === 0) {
      if (options.until === 'drained' && !options.enqueuing?.()) {
        const counts = await jobCounts(db, options.batch)
        if (counts.queued === 0 && counts.running === 0) break
      }
      await (options.idle ?? sleep)(options.pollMs ?? 500, options.signal)
      continue
    }
    const held = new Set(jobs.map((j) => j.id))
    const beat = setInterval(
      () => {
        heartbeatJobs(db, worker, [...held], leaseSeconds).catch(() => {})
      },
      Math.max(200, (leaseSeconds * 1000) / 3),
    )
    try {
      const articles = jobs.filter((j) => j.kind === 'article')
      const others = jobs.filter((j) => j.kind !== 'article')
      // the whole claim in one transaction; when it fails, job by job to find and set aside the one at fault
      let singles: Job[] = others
      if (articles.length > 0 && !options.signal?.aborted) {
        try {
          const result = await processArticleJobs(deps, articles, worker, options.hooks)
          for (const job of articles) {
            const outcome = result.outcomes.get(job.id)
            if (outcome) {
              processed++
              options.onOutcome?.(job, outcome)
            }
            held.delete(job.id)
          }
          lost += result.lost.length
        } catch (error) {
          if (error instanceof WorkerCrash) {
            crashed = true
          } else {
            singles = jobs
          }
        }
      }
      for (const job of singles) {
        if (options.signal?.aborted || crashed) break
        try {
          if (job.kind === 'reextract') {
            const outcome = await processReextractJob(deps, job, worker, options.hooks)
            processed++
            options.onOutcome?.(job, outcome)
          } else {
            const result = await processArticleJobs(deps, [job], worker, options.hooks)
            const outcome = result.outcomes.get(job.id)
            if (outcome) {
              processed++
              options.onOutcome?.(job, outcome)
            }
            lost += result.lost.length
          }
        } catch (error) {
          if (error instanceof WorkerCrash) {
            crashed = true
            break
          }
          if (error instanceof LeaseLost) lost++
          else {
            errors++
            await giveUpOrRetry(deps, job, worker, error, maxAttempts)
          }
        }
        held.delete(job.id)
      }
    } finally {
      clearInterval(beat)
      if (!crashed) await releaseJobs(db, worker, [...held])
    }
  }
  return { worker, processed, lost, errors, crashed }
}
