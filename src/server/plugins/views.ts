// View counting. Each article hit from a person (not a bot, by user agent) is buffered in memory, one entry per
// (article, visitor); a flush writes the buffer in one transaction, where view_hits decides — across every app server —
// whether the visitor's view counts again (once per 30 minutes). Flushes run on a timer, on app.close() and on demand
// (app.flushViews()); they run one at a time, and a failed flush keeps its hits for the next one.
import { createHash } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { flushViewHits, pruneViewHits, type ViewHit } from '../../store/index.ts'
import { type ServerDeps, systemClock } from '../deps.ts'
import { shared } from './shared.ts'

export const VIEW_WINDOW_MS = 30 * 60 * 1000

const BOT =
  /bot|crawl|spider|slurp|bingpreview|mediapartners|facebookexternalhit|embedly|quora link|whatsapp|telegram|curl|wget|python-|go-http-client|java\/|okhttp|libwww|httpclient|scrapy|phantomjs|lighthouse|pingdom|uptime|monitor|feedfetcher/i

/** Is this user agent a bot (or missing)? */
export function isBot(userAgent: string | undefined): boolean {
  if (!userAgent || userAgent.trim().length < 8) return true
  return BOT.test(userAgent)
}

export function visitorHash(visitorId: string): string {
  return createHash('sha256').update(`zhengji-visitor:${visitorId}`).digest('base64url').slice(0, 32)
}

export class ViewCounter {
  private buffer = new Map<string, ViewHit>()
  private pendingByArticle = new Map<number, number>()
  private chain: Promise<unknown> = Promise.resolve()
  private flushes = 0

  constructor(
    private readonly deps: ServerDeps,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  /** Records a hit; returns false when the buffer already holds one for this (article, visitor). */
  hit(articleId: number, visitorId: string, userId?: number): boolean {
    const hash = visitorHash(visitorId)
    const key = `${articleId}:${hash}`
    if (this.buffer.has(key)) return false
    this.buffer.set(key, { articleId, visitorHash: hash, at: (this.deps.clock ?? systemClock).now(), userId })
    this.pendingByArticle.set(articleId, (this.pendingByArticle.get(articleId) ?? 0) + 1)
    return true
  }

  /** Hits buffered for an article and not yet written (some may not count). */
  pending(articleId: number): number {
    return this.pendingByArticle.get(articleId) ?? 0
  }

  get size(): number {
    return this.buffer.size
  }

  /** Writes the buffer; resolves with the views added per article. Flushes never overlap. */
  flush(): Promise<Map<number, number>> {
    const run = this.chain.then(() => this.flushNow())
    this.chain = run.catch(() => {})
    return run
  }

  private async flushNow(): Promise<Map<number, number>> {
    if (this.buffer.size === 0) return new Map()
    const batch = this.buffer
    this.buffer = new Map()
    this.pendingByArticle = new Map()
    try {
      const added = await flushViewHits(this.deps.store.db, [...batch.values()], VIEW_WINDOW_MS)
      this.flushes++
      if (this.flushes % 100 === 0) {
        const now = (this.deps.clock ?? systemClock).now()
        await pruneViewHits(this.deps.store.db, new Date(now.getTime() - 2 * VIEW_WINDOW_MS))
      }
      return added
    } catch (error) {
      // keep the hits: put them back in front of anything buffered meanwhile
      for (const [key, hit] of batch) {
        if (!this.buffer.has(key)) {
          this.buffer.set(key, hit)
          this.pendingByArticle.set(hit.articleId, (this.pendingByArticle.get(hit.articleId) ?? 0) + 1)
        }
      }
      this.onError(error)
      throw error
    }
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    views: ViewCounter
    /** writes buffered view counts now (tests, shutdown) */
    flushViews(): Promise<Map<number, number>>
  }
}

export const viewsPlugin = (deps: ServerDeps) =>
  shared(async (app: FastifyInstance) => {
    const counter = new ViewCounter(deps, (error) => app.log.error({ err: error }, 'view count flush failed'))
    app.decorate('views', counter)
    app.decorate('flushViews', () => counter.flush())
    const every = deps.viewFlushMs ?? 5000
    const timer =
      every > 0
        ? setInterval(() => {
            counter.flush().catch(() => {})
          }, every)
        : undefined
    timer?.unref()
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer)
      // a graceful shutdown loses no count: retry a failed final flush a few times
      for (let attempt = 0; attempt < 3 && counter.size > 0; attempt++) {
        await counter.flush().catch(() => {})
      }
    })
  })
