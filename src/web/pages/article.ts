// The article page: every element of a news portal's article view, from the view model to HTML. Reactions, follows
// and comments are plain forms (they work without JavaScript); /assets/site.js enhances them.
import sanitizeHtml from 'sanitize-html'
import { formatCount, formatDateTime } from '../format.ts'
import { escapeHtml, html, raw, type SafeHtml } from '../html.ts'
import { csrfField, isEditor, layout, type PageContext, postButton, tr } from '../layout.ts'

export interface ArticlePageComment {
  readonly id: number
  readonly parentId: number | null
  readonly author: string
  readonly body: string
  readonly createdAt: Date
  readonly userId?: number | undefined
  readonly status?: 'visible' | 'hidden' | 'deleted' | undefined
}

export interface ArticlePageThread {
  readonly comment: ArticlePageComment
  readonly replies: readonly ArticlePageComment[]
}

export interface ArticlePageInput extends PageContext {
  readonly article: {
    readonly id: number
    readonly title: string
    readonly subtitle: string | null
    readonly outlet: { readonly id?: number; readonly name: string; readonly url: string | null } | null
    readonly publishedAt: Date
    readonly byline: readonly string[]
    readonly editor: string | null
    readonly sources: readonly string[]
    readonly body: string
    readonly viewCount: number
    readonly likeCount: number
    readonly favoriteCount: number
    readonly shareCount: number
    readonly status?: 'draft' | 'published' | 'unpublished' | undefined
  }
  /** a flat list (grouped into threads here) — or pass `threads` */
  readonly comments: readonly ArticlePageComment[]
  readonly threads?: readonly ArticlePageThread[] | undefined
  /** visible comments, the N of 评论列表 共(N)条 */
  readonly commentCount: number
  readonly commentPage?: { readonly page: number; readonly pageCount: number } | undefined
  /** the viewer's reactions on this article */
  readonly reactions?: { readonly like: boolean; readonly favorite: boolean; readonly share: boolean } | undefined
  readonly followingOutlet?: boolean | undefined
  /** the story this article belongs to: every outlet's report of it (ingest links reposts and copies) */
  readonly coverage?:
    | {
        readonly outletCount: number
        readonly sources: readonly {
          readonly articleId: number
          readonly title: string
          readonly outlet: string | null
        }[]
      }
    | undefined
  /** a one-line notice at the top of the comments (after a report, an error) */
  readonly notice?: string | undefined
}

/** "N 家媒体报道" with links to the other outlets' reports, when more than one outlet told the story. */
function coverage(input: ArticlePageInput): SafeHtml | '' {
  const { t } = tr(input)
  const story = input.coverage
  if (!story || story.outletCount < 2) return ''
  const others = story.sources.filter((s) => s.articleId !== input.article.id)
  return html`<section class="coverage" aria-label="${t('article.coverageOther')}"><p class="coverage-count">${t('article.coverage', { n: story.outletCount })}</p>
  <ul>${others.map((s) => html`<li><a href="/a/${s.articleId}">${s.outlet ? `${s.outlet}: ` : ''}${s.title}</a></li>`)}</ul></section>`
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

/**
 * A comment's plain text as HTML: escaped, line breaks kept, then passed through sanitize-html allowing nothing but
 * <br> — a second lock behind the escaping, so no markup a reader typed can ever reach the page as markup.
 */
export function commentBodyHtml(text: string): SafeHtml {
  const escaped = escapeHtml(text).replace(/\r?\n/g, '<br>')
  return raw(sanitizeHtml(escaped, { allowedTags: ['br'], allowedAttributes: {}, disallowedTagsMode: 'escape' }))
}

function threadsOf(comments: readonly ArticlePageComment[]): ArticlePageThread[] {
  const top = comments.filter((c) => c.parentId === null)
  return top.map((comment) => ({ comment, replies: comments.filter((c) => c.parentId === comment.id) }))
}

function commentItem(ctx: ArticlePageInput, c: ArticlePageComment, isReply: boolean): SafeHtml {
  const { t } = tr(ctx)
  const v = ctx.viewer
  const own = v?.id !== undefined && c.userId === v.id
  const hidden = c.status === 'hidden'
  const actions = v
    ? html`<div class="comment-actions">
    ${
      !isReply && !hidden
        ? html`<details class="reply-box"><summary>${t('comments.reply')}</summary>
      <form method="post" action="/a/${ctx.article.id}/comments" class="comment-form reply-form">${csrfField(ctx)}
        <input type="hidden" name="parent_id" value="${c.id}">
        <textarea name="body" rows="2" maxlength="2000" required placeholder="${t('comments.placeholder')}"></textarea>
        <button type="submit">${t('comments.replySubmit')}</button>
      </form></details>`
        : ''
    }
    ${own ? postButton(ctx, `/comments/${c.id}/delete`, t('comments.delete'), { className: 'delete' }) : ''}
    ${!own && !hidden ? postButton(ctx, `/comments/${c.id}/report`, t('comments.report'), { className: 'report' }) : ''}
    ${
      isEditor(v)
        ? hidden
          ? postButton(ctx, `/comments/${c.id}/restore`, t('comments.restore'), { className: 'restore' })
          : postButton(ctx, `/comments/${c.id}/hide`, t('comments.hide'), { className: 'hide' })
        : ''
    }
  </div>`
    : ''
  return html`<li class="comment${isReply ? ' reply' : ''}${hidden ? ' hidden-comment' : ''}" id="c${c.id}" data-comment-id="${c.id}">
  <div class="comment-meta"><span class="comment-author">${c.author}</span> <time datetime="${c.createdAt.toISOString()}">${formatDateTime(c.createdAt)}</time>${hidden ? html` <span class="badge">${t('comments.hiddenBadge')}</span>` : ''}</div>
  <div class="comment-body">${commentBodyHtml(c.body)}</div>
  ${actions}
</li>`
}

function thread(ctx: ArticlePageInput, th: ArticlePageThread): SafeHtml {
  return html`${commentItem(ctx, th.comment, false)}${
    th.replies.length > 0
      ? html`<li class="replies"><ol class="reply-list">${th.replies.map((r) => commentItem(ctx, r, true))}</ol></li>`
      : ''
  }`
}

function reactionControl(
  ctx: ArticlePageInput,
  kind: 'like' | 'favorite' | 'share',
  label: string,
  count: number,
  active: boolean,
): SafeHtml {
  const a = ctx.article
  const inner = html`${label} <b data-count="${kind}">${count}</b>`
  if (!ctx.viewer) return html`<span class="counter" data-kind="${kind}">${inner}</span>`
  return html`<form method="post" action="/a/${a.id}/${kind}" class="counter reaction${active ? ' active' : ''}" data-kind="${kind}">${csrfField(ctx)}<button type="submit" aria-pressed="${active ? 'true' : 'false'}">${inner}</button></form>`
}

export function articlePage(input: ArticlePageInput): SafeHtml {
  const { t, locale } = tr(input)
  const a = input.article
  const byline =
    a.byline.length > 0 ? html`<p class="byline">${t('article.byline', { names: a.byline.join(' ') })}</p>` : ''
  const followForm =
    input.viewer && a.outlet?.id !== undefined
      ? postButton(
          input,
          `/outlets/${a.outlet.id}/follow`,
          input.followingOutlet ? t('article.unfollow') : t('article.follow'),
          {
            className: `follow${input.followingOutlet ? ' active' : ''}`,
            fields: { back: `/a/${a.id}` },
          },
        )
      : ''
  const outlet = a.outlet
    ? a.outlet.url
      ? html`<a class="outlet" href="${a.outlet.url}" rel="noopener">${a.outlet.name}</a>`
      : html`<span class="outlet">${a.outlet.name}</span>`
    : ''
  const banner =
    a.status === 'draft'
      ? html`<p class="status-banner">${t('article.draft')}</p>`
      : a.status === 'unpublished'
        ? html`<p class="status-banner">${t('article.unpublished')}</p>`
        : ''
  const r = input.reactions ?? { like: false, favorite: false, share: false }
  const threads = input.threads ?? threadsOf(input.comments)
  const pager =
    input.commentPage && input.commentPage.pageCount > 1
      ? html`<nav class="pager">${
          input.commentPage.page > 1
            ? html`<a rel="prev" href="/a/${a.id}?cpage=${input.commentPage.page - 1}#comments">${t('comments.prev')}</a>`
            : ''
        } <span>${t('comments.page', { page: input.commentPage.page, pages: input.commentPage.pageCount })}</span> ${
          input.commentPage.page < input.commentPage.pageCount
            ? html`<a rel="next" href="/a/${a.id}?cpage=${input.commentPage.page + 1}#comments">${t('comments.next')}</a>`
            : ''
        }</nav>`
      : ''
  const commentForm = input.viewer
    ? html`<form method="post" action="/a/${a.id}/comments" class="comment-form" id="comment-form">${csrfField(input)}
    <textarea name="body" rows="3" maxlength="2000" required placeholder="${t('comments.placeholder')}"></textarea>
    <button type="submit">${t('comments.submit')}</button>
  </form>`
    : html`<p class="login-hint"><a href="/login?back=${encodeURIComponent(`/a/${a.id}`)}">${t('comments.loginToComment')}</a></p>`
  const body = html`${banner}<article class="article" data-article-id="${a.id}">
  <div class="view-count" title="${t('article.viewsTitle')}"><span class="label">${t('article.views')}</span> <span class="count" data-count="views">${formatCount(a.viewCount, locale)}</span></div>
  <h1 class="title">${a.title}</h1>
  ${a.subtitle ? html`<p class="subtitle">${a.subtitle}</p>` : ''}
  <div class="meta">${outlet} <time class="published" datetime="${a.publishedAt.toISOString()}">${formatDateTime(a.publishedAt)}</time> ${followForm}</div>
  ${byline}
  <div class="body">${renderBody(a.body)}</div>
  ${a.sources.length > 0 ? html`<p class="attribution">${t('article.sources', { names: a.sources.join(' ') })}</p>` : ''}
  ${coverage(input)}
  ${a.editor ? html`<p class="editor">${t('article.editor', { name: a.editor })}</p>` : ''}
  ${isEditor(input.viewer) ? html`<p class="edit-link"><a href="/editor/articles/${a.id}">${t('article.edit')}</a></p>` : ''}
  <div class="engagement" id="engagement" aria-label="${t('article.engagement')}">
    ${reactionControl(input, 'like', t('article.like'), a.likeCount, r.like)}
    ${reactionControl(input, 'favorite', t('article.favorite'), a.favoriteCount, r.favorite)}
    ${reactionControl(input, 'share', t('article.share'), a.shareCount, r.share)}
    <a class="counter" data-kind="comment" href="#comments">${t('article.comment')} <b data-count="comment">${input.commentCount}</b></a>
  </div>
  ${input.viewer ? '' : html`<p class="login-hint"><a href="/login?back=${encodeURIComponent(`/a/${a.id}`)}">${t('article.loginToReact')}</a></p>`}
</article>
<section class="comments" id="comments">
  <h2 class="comments-heading">${t('comments.heading')} <span class="comment-total">${t('comments.total', { n: input.commentCount })}</span></h2>
  ${input.notice ? html`<p class="notice" role="status">${input.notice}</p>` : ''}
  ${commentForm}
  ${threads.length > 0 ? html`<ol class="comment-list">${threads.map((th) => thread(input, th))}</ol>` : html`<p class="empty">${t('comments.empty')}</p>`}
  ${pager}
</section>`
  return layout({ ...input, title: a.title, body })
}
