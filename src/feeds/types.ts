// What the feeds rank, and the clock they rank against.
import type { FeedCandidate } from '../store/index.ts'

export interface Clock {
  now(): Date
}

/** An article as the feeds rank it: the store's feed candidate (counters, outlet, recent favourites). */
export type FeedArticle = FeedCandidate
