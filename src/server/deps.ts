// What the server needs from the composition root.
import type { Store } from '../store/index.ts'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export interface ServerDeps {
  readonly store: Store
  readonly clock?: Clock
  /** Fastify logger options: false in tests, pino options in production */
  readonly logger?: boolean | { readonly level: string }
}
