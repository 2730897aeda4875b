// What the feeds rank, and the clock they rank against.

export interface Clock {
  now(): Date
}

export interface FeedArticle {
  readonly id: number
  readonly title: string
  readonly outlet: { readonly id: number; readonly name: string; readonly regionCode: string | null } | null
  readonly publishedAt: Date
  readonly viewCount: number
  readonly commentCount: number
  readonly likeCount: number
  readonly favoriteCount: number
  /** favourites given recently (the window is the caller's) */
  readonly recentFavorites: number
}
