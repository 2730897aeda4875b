// The front page: one of the three feeds as a list of articles.
import { formatCount, formatDateTime } from '../format.ts'
import { html, type SafeHtml } from '../html.ts'
import { type FeedTab, layout, type Viewer } from '../layout.ts'

export interface ArticleListItem {
  readonly id: number
  readonly title: string
  readonly outlet: { readonly name: string } | null
  readonly publishedAt: Date
  readonly viewCount: number
  readonly commentCount: number
}

export interface HomePageInput {
  readonly tab: FeedTab
  readonly articles: readonly ArticleListItem[]
  readonly viewer?: Viewer | undefined
  readonly csrfToken?: string | undefined
  /** shown instead of the list when it is empty */
  readonly emptyMessage?: string | undefined
}

export function articleList(articles: readonly ArticleListItem[]): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (a) => html`<li data-article-id="${a.id}"><a href="/a/${a.id}">${a.title}</a>
  <span class="meta">${a.outlet?.name ?? ''} · <time datetime="${a.publishedAt.toISOString()}">${formatDateTime(a.publishedAt)}</time> · 阅读 ${formatCount(a.viewCount)} · 评论 ${a.commentCount}</span></li>`,
  )}</ul>`
}

export function homePage(input: HomePageInput): SafeHtml {
  const body =
    input.articles.length > 0
      ? articleList(input.articles)
      : html`<p class="empty">${input.emptyMessage ?? '暂无文章'}</p>`
  const titles: Record<FeedTab, string> = { hot: '热点', following: '关注', recommended: '推荐' }
  return layout({
    title: titles[input.tab],
    viewer: input.viewer,
    csrfToken: input.csrfToken,
    activeTab: input.tab,
    body: html`<h1 class="feed-title">${titles[input.tab]}</h1>${body}`,
  })
}
