// 关注: the newest articles of the outlets the reader follows.
import type { Clock, FeedArticle } from './types.ts'

export function followingFeed(
  articles: readonly FeedArticle[],
  followedOutletIds: ReadonlySet<number>,
  clock: Clock,
  limit = 30,
): FeedArticle[] {
  const now = clock.now().getTime()
  return articles
    .filter((a) => a.outlet !== null && followedOutletIds.has(a.outlet.id) && a.publishedAt.getTime() <= now)
    .sort((x, y) => y.publishedAt.getTime() - x.publishedAt.getTime() || y.id - x.id)
    .slice(0, limit)
}
