// 推荐: what is being favourited lately, nudged towards the outlets and regions the reader already reads, favourites
// and follows, and never what the reader has read.
import { hotScore } from './hot.ts'
import type { Clock, FeedArticle } from './types.ts'

export interface ReaderProfile {
  /** articles the reader opened (excluded) */
  readonly read: ReadonlySet<number>
  /** outlets of articles the reader read or favourited, with how often */
  readonly outletAffinity: ReadonlyMap<number, number>
  /** region codes (GB/T 2260) of those outlets, with how often */
  readonly regionAffinity: ReadonlyMap<string, number>
  readonly followedOutletIds: ReadonlySet<number>
}

export const EMPTY_PROFILE: ReaderProfile = {
  read: new Set(),
  outletAffinity: new Map(),
  regionAffinity: new Map(),
  followedOutletIds: new Set(),
}

/** Builds the affinities from the articles the reader read or favourited. */
export function profileFrom(
  touched: readonly FeedArticle[],
  read: ReadonlySet<number>,
  followedOutletIds: ReadonlySet<number>,
): ReaderProfile {
  const outletAffinity = new Map<number, number>()
  const regionAffinity = new Map<string, number>()
  for (const a of touched) {
    if (!a.outlet) continue
    outletAffinity.set(a.outlet.id, (outletAffinity.get(a.outlet.id) ?? 0) + 1)
    if (a.outlet.regionCode) {
      const province = `${a.outlet.regionCode.slice(0, 2)}0000`
      regionAffinity.set(province, (regionAffinity.get(province) ?? 0) + 1)
    }
  }
  return { read, outletAffinity, regionAffinity, followedOutletIds }
}

export function recommendScore(article: FeedArticle, profile: ReaderProfile, now: Date): number {
  const outletId = article.outlet?.id
  const region = article.outlet?.regionCode ? `${article.outlet.regionCode.slice(0, 2)}0000` : undefined
  const affinity =
    1 +
    (outletId !== undefined ? Math.min(profile.outletAffinity.get(outletId) ?? 0, 5) * 0.3 : 0) +
    (outletId !== undefined && profile.followedOutletIds.has(outletId) ? 1 : 0) +
    (region !== undefined ? Math.min(profile.regionAffinity.get(region) ?? 0, 5) * 0.2 : 0)
  return (1 + 3 * article.recentFavorites) * affinity * (1 + hotScore(article, now))
}

export function recommendedFeed(
  articles: readonly FeedArticle[],
  profile: ReaderProfile,
  clock: Clock,
  limit = 30,
): FeedArticle[] {
  const now = clock.now()
  return articles
    .filter((a) => !profile.read.has(a.id))
    .map((a) => ({ a, score: recommendScore(a, profile, now) }))
    .sort((x, y) => y.score - x.score || y.a.publishedAt.getTime() - x.a.publishedAt.getTime() || y.a.id - x.a.id)
    .slice(0, limit)
    .map((x) => x.a)
}
