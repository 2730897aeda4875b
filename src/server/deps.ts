// What the server needs from the composition root.
import type { Clock } from '../feeds/index.ts'
import type { Store } from '../store/index.ts'

export type { Clock }

export const systemClock: Clock = { now: () => new Date() }

export interface RateLimitOptions {
  /** requests allowed per window and client address */
  readonly max: number
  readonly windowMs: number
}

export interface ServerDeps {
  readonly store: Store
  readonly clock?: Clock
  /** Fastify logger options: false in tests, pino options in production */
  readonly logger?: boolean | { readonly level: string }
  /**
   * Called after an editor saves an article (create, edit, publish, unpublish). The composition root wires it to the
   * ingest layer to re-extract the article's events. Failures are logged; the save stands.
   */
  readonly onArticleSaved?: (articleId: number) => Promise<void> | void
  /** how often buffered view counts are written (default 5 s); 0 turns the timer off (flush on demand / close) */
  readonly viewFlushMs?: number
  /** login, register and reset-request limits per client address (default 10 / minute each) */
  readonly authRateLimit?: RateLimitOptions
  /** argon2id cost; tests may lower it (defaults: 19 MiB, 2 passes — the OWASP minimum) */
  readonly passwordHashing?: { readonly memoryCost: number; readonly timeCost: number }
  /**
   * Which proxies' X-Forwarded-For / -Proto to believe (Fastify's trustProxy): default loopback and private networks.
   * `true` believes anyone, which lets a client pick its own address and escape the rate limits.
   */
  readonly trustProxy?: boolean | string
  /** the public origin used in links sent out of band (password reset), e.g. https://zhengji.example */
  readonly publicOrigin?: string
}
