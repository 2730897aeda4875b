// The article page: every element of a news portal's article view, from the view model to HTML.
import { formatCount, formatDateTime } from '../format.ts'
import { html, type SafeHtml } from '../html.ts'
import { layout, type Viewer } from '../layout.ts'

export interface ArticlePageComment {
  readonly id: number
  readonly parentId: number | null
  readonly author: string
  readonly body: string
  readonly createdAt: Date
}

export interface ArticlePageInput {
  readonly article: {
    readonly id: number
    readonly title: string
    readonly subtitle: string | null
    readonly outlet: { readonly name: string; readonly url: string | null } | null
    readonly publishedAt: Date
    readonly byline: readonly string[]
    readonly editor: string | null
    readonly sources: readonly string[]
    readonly body: string
    readonly viewCount: number
    readonly likeCount: number
    readonly favoriteCount: number
    readonly shareCount: number
  }
  readonly comments: readonly ArticlePageComment[]
  /** visible comments, the N of 评论列表 共(N)条 */
  readonly commentCount: number
  readonly viewer?: Viewer | undefined
  readonly csrfToken?: string | undefined
}

/** Paragraphs separated by blank lines; a paragraph starting with '## ' is a section heading. */
export function renderBody(body: string): SafeHtml {
  const blocks = body
    .split(/\n\s*\n|\r\n\s*\r\n/)
    .map((b) => b.trim())
    .filter((b) => b.length > 0)
  return html`${blocks.map((block) =>
    block.startsWith('## ') ? html`<h2 class="section">${block.slice(3).trim()}</h2>` : html`<p>${block}</p>`,
  )}`
}

function comment(c: ArticlePageComment): SafeHtml {
  return html`<li class="comment${c.parentId ? ' reply' : ''}" id="c${c.id}" data-comment-id="${c.id}">
  <div class="comment-meta"><span class="comment-author">${c.author}</span> <time datetime="${c.createdAt.toISOString()}">${formatDateTime(c.createdAt)}</time></div>
  <div class="comment-body">${c.body}</div>
</li>`
}

export function articlePage(input: ArticlePageInput): SafeHtml {
  const a = input.article
  const byline = a.byline.length > 0 ? html`<p class="byline">撰文 | ${a.byline.join(' ')}</p>` : ''
  const outlet = a.outlet
    ? a.outlet.url
      ? html`<a class="outlet" href="${a.outlet.url}" rel="noopener">${a.outlet.name}</a>`
      : html`<span class="outlet">${a.outlet.name}</span>`
    : ''
  const body = html`<article class="article" data-article-id="${a.id}">
  <div class="view-count" title="阅读数"><span class="label">阅读</span> <span class="count" data-count="views">${formatCount(a.viewCount)}</span></div>
  <h1 class="title">${a.title}</h1>
  ${a.subtitle ? html`<p class="subtitle">${a.subtitle}</p>` : ''}
  <div class="meta">${outlet} <time class="published" datetime="${a.publishedAt.toISOString()}">${formatDateTime(a.publishedAt)}</time></div>
  ${byline}
  <div class="body">${renderBody(a.body)}</div>
  ${a.sources.length > 0 ? html`<p class="attribution">资料 | ${a.sources.join(' ')}</p>` : ''}
  ${a.editor ? html`<p class="editor">责任编辑:${a.editor}</p>` : ''}
  <div class="engagement" aria-label="互动">
    <span class="counter" data-kind="like">赞 <b data-count="like">${a.likeCount}</b></span>
    <span class="counter" data-kind="favorite">收藏 <b data-count="favorite">${a.favoriteCount}</b></span>
    <span class="counter" data-kind="share">分享 <b data-count="share">${a.shareCount}</b></span>
    <span class="counter" data-kind="comment">评论 <b data-count="comment">${input.commentCount}</b></span>
  </div>
</article>
<section class="comments" id="comments">
  <h2 class="comments-heading">评论列表 <span class="comment-total">共(${input.commentCount})条</span></h2>
  ${input.comments.length > 0 ? html`<ol class="comment-list">${input.comments.map(comment)}</ol>` : html`<p class="empty">暂无评论</p>`}
</section>`
  return layout({ title: a.title, viewer: input.viewer, csrfToken: input.csrfToken, body })
}
