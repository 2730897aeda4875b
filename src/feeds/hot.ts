// 热点: engagement with time decay, in the manner of news aggregators — (weighted engagement + 1) / (age + 2)^gravity.
import type { Clock, FeedArticle } from './types.ts'

export const HOT_WEIGHTS = { view: 1, comment: 20, like: 10, favorite: 15 } as const
export const HOT_GRAVITY = 1.5

export function hotScore(article: FeedArticle, now: Date): number {
  const engagement =
    HOT_WEIGHTS.view * article.viewCount +
    HOT_WEIGHTS.comment * article.commentCount +
    HOT_WEIGHTS.like * article.likeCount +
    HOT_WEIGHTS.favorite * article.favoriteCount
  const ageHours = Math.max(0, (now.getTime() - article.publishedAt.getTime()) / 3_600_000)
  return (engagement + 1) / (ageHours + 2) ** HOT_GRAVITY
}

/** The hottest first; ties go to the newer article, then the higher id. */
export function hotFeed(articles: readonly FeedArticle[], clock: Clock, limit = 30): FeedArticle[] {
  const now = clock.now()
  return articles
    .map((a) => ({ a, score: hotScore(a, now) }))
    .sort((x, y) => y.score - x.score || y.a.publishedAt.getTime() - x.a.publishedAt.getTime() || y.a.id - x.a.id)
    .slice(0, limit)
    .map((x) => x.a)
}
