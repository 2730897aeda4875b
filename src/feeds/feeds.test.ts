import { describe, expect, it } from 'vitest'
import {
  type Clock,
  EMPTY_PROFILE,
  type FeedArticle,
  followingFeed,
  hotFeed,
  profileFrom,
  recommendedFeed,
} from './index.ts'

const NOW = new Date('2024-05-01T12:00:00Z')
const clock: Clock = { now: () => NOW }
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000)

function article(id: number, over: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id,
    title: `文章${id}`,
    outlet: { id: 1, name: '示例日报', regionCode: '110000' },
    publishedAt: hoursAgo(1),
    viewCount: 0,
    commentCount: 0,
    likeCount: 0,
    favoriteCount: 0,
    recentFavorites: 0,
    ...over,
  }
}

describe('热点 hotFeed', () => {
  it('ranks more engagement higher at the same age', () => {
    const feed = hotFeed([article(1, { viewCount: 10 }), article(2, { viewCount: 500 }), article(3)], clock)
    expect(feed.map((a) => a.id)).toEqual([2, 1, 3])
  })

  it('lets a fresh article overtake an old one with more views (time decay)', () => {
    const old = article(1, { viewCount: 1000, publishedAt: hoursAgo(24 * 7) })
    const fresh = article(2, { viewCount: 100, publishedAt: hoursAgo(2) })
    expect(hotFeed([old, fresh], clock).map((a) => a.id)).toEqual([2, 1])
  })

  it('weighs comments and likes above single views', () => {
    const viewed = article(1, { viewCount: 15 })
    const discussed = article(2, { commentCount: 1 })
    expect(hotFeed([viewed, discussed], clock)[0]?.id).toBe(2)
  })

  it('is stable for ties (newer first, then higher id) and honours the limit', () => {
    const feed = hotFeed([article(1), article(2), article(3, { publishedAt: hoursAgo(0.5) })], clock, 2)
    expect(feed.map((a) => a.id)).toEqual([3, 2])
  })
})

describe('关注 followingFeed', () => {
  it('keeps only followed outlets, newest first, nothing from the future', () => {
    const a = article(1, { outlet: { id: 7, name: '甲报', regionCode: null }, publishedAt: hoursAgo(5) })
    const b = article(2, { outlet: { id: 7, name: '甲报', regionCode: null }, publishedAt: hoursAgo(1) })
    const c = article(3, { outlet: { id: 8, name: '乙报', regionCode: null } })
    const future = article(4, { outlet: { id: 7, name: '甲报', regionCode: null }, publishedAt: hoursAgo(-3) })
    const noOutlet = article(5, { outlet: null })
    expect(followingFeed([a, b, c, future, noOutlet], new Set([7]), clock).map((x) => x.id)).toEqual([2, 1])
  })

  it('is empty when nothing is followed', () => {
    expect(followingFeed([article(1)], new Set(), clock)).toEqual([])
  })
})

describe('推荐 recommendedFeed', () => {
  it('prefers what is favourited lately and excludes what the reader read', () => {
    const popular = article(1, { recentFavorites: 5 })
    const quiet = article(2)
    const readAlready = article(3, { recentFavorites: 50 })
    const profile = { ...EMPTY_PROFILE, read: new Set([3]) }
    expect(recommendedFeed([quiet, popular, readAlready], profile, clock).map((a) => a.id)).toEqual([1, 2])
  })

  it('nudges towards outlets and regions the reader reads', () => {
    const mine = { id: 9, name: '常读报', regionCode: '440100' }
    const other = { id: 10, name: '别的报', regionCode: '650000' }
    const touched = [article(20, { outlet: mine }), article(21, { outlet: mine })]
    const profile = profileFrom(touched, new Set([20, 21]), new Set())
    expect(profile.regionAffinity.get('440000')).toBe(2)
    const feed = recommendedFeed(
      [article(1, { outlet: other }), article(2, { outlet: mine }), ...touched],
      profile,
      clock,
    )
    expect(feed.map((a) => a.id)).toEqual([2, 1])
  })

  it('lifts followed outlets', () => {
    const followed = { id: 3, name: '关注报', regionCode: null }
    const profile = profileFrom([], new Set(), new Set([3]))
    const feed = recommendedFeed([article(1), article(2, { outlet: followed })], profile, clock)
    expect(feed[0]?.id).toBe(2)
  })
})
