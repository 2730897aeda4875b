// The feeds 热点 / 关注 / 推荐: pure functions of article data, the reader's profile and a Clock.
export { followingFeed } from './following.ts'
export { HOT_GRAVITY, HOT_WEIGHTS, hotFeed, hotScore } from './hot.ts'
export {
  EMPTY_PROFILE,
  profileFrom,
  type ReaderProfile,
  recommendedFeed,
  recommendScore,
} from './recommended.ts'
export type { Clock, FeedArticle } from './types.ts'
