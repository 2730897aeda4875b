// The front page: one of the three feeds as a list of articles.
import { formatCount, formatDateTime } from '../format.ts'
import { html, type SafeHtml } from '../html.ts'
import type { I18n } from '../i18n.ts'
import { type FeedTab, layout, type PageContext, tr } from '../layout.ts'

export interface ArticleListItem {
  readonly id: number
  readonly title: string
  readonly outlet: { readonly name: string } | null
  readonly publishedAt: Date
  readonly viewCount: number
  readonly commentCount: number
}

export interface HomePageInput extends PageContext {
  readonly tab: FeedTab
  readonly articles: readonly ArticleListItem[]
  /** shown instead of the list when it is empty */
  readonly emptyMessage?: string | undefined
}

export function articleList(articles: readonly ArticleListItem[], i18n?: I18n): SafeHtml {
  const { t, locale } = tr({ i18n })
  return html`<ul class="article-list">${articles.map(
    (a) => html`<li data-article-id="${a.id}"><a href="/a/${a.id}">${a.title}</a>
  <span class="meta">${t('feed.meta', {
    outlet: a.outlet?.name ?? '',
    time: formatDateTime(a.publishedAt),
    views: formatCount(a.viewCount, locale),
    comments: a.commentCount,
  })}</span></li>`,
  )}</ul>`
}

export function homePage(input: HomePageInput): SafeHtml {
  const { t } = tr(input)
  const body =
    input.articles.length > 0
      ? articleList(input.articles, input.i18n)
      : html`<p class="empty">${input.emptyMessage ?? t('feed.empty')}</p>`
  const title = t(input.tab === 'hot' ? 'tab.hot' : input.tab === 'following' ? 'tab.following' : 'tab.recommended')
  return layout({
    ...input,
    title,
    activeTab: input.tab,
    body: html`<h1 class="feed-title">${title}</h1>${body}`,
  })
}
