// My page: favourites, my comments, the outlets I follow.
import { formatDateTime } from '../format.ts'
import { html, type SafeHtml } from '../html.ts'
import { layout, type PageContext, postButton, tr } from '../layout.ts'

export interface MePageInput extends PageContext {
  readonly favorites: readonly { readonly articleId: number; readonly title: string; readonly outlet: string | null }[]
  readonly comments: readonly {
    readonly id: number
    readonly articleId: number
    readonly articleTitle: string
    readonly body: string
    readonly status: string
    readonly createdAt: Date
  }[]
  readonly follows: readonly { readonly id: number; readonly name: string }[]
}

export function mePage(input: MePageInput): SafeHtml {
  const { t } = tr(input)
  const none = html`<p class="empty">${t('me.none')}</p>`
  const role = input.viewer?.role ?? 'reader'
  return layout({
    ...input,
    title: t('me.title'),
    body: html`<section class="me"><h1>${input.viewer?.username ?? ''}</h1><p>${t('me.role', { role: t(`role.${role}`) })}</p>
<h2>${t('me.favorites')}</h2>${
      input.favorites.length > 0
        ? html`<ul class="favorites">${input.favorites.map((f) => html`<li><a href="/a/${f.articleId}">${f.title}</a> <span class="meta">${f.outlet ?? ''}</span></li>`)}</ul>`
        : none
    }
<h2>${t('me.comments')}</h2>${
      input.comments.length > 0
        ? html`<ul class="my-comments">${input.comments.map(
            (c) =>
              html`<li><a href="/a/${c.articleId}#c${c.id}">${c.articleTitle}</a> <time>${formatDateTime(c.createdAt)}</time>${
                c.status === 'hidden' ? html` <span class="badge">${t('comments.hiddenBadge')}</span>` : ''
              }<div class="comment-body">${c.body}</div></li>`,
          )}</ul>`
        : none
    }
<h2>${t('me.follows')}</h2>${
      input.follows.length > 0
        ? html`<ul class="follows">${input.follows.map(
            (o) =>
              html`<li><span class="outlet">${o.name}</span> ${postButton(
                input,
                `/outlets/${o.id}/follow`,
                t('article.unfollow'),
                {
                  className: 'follow active',
                  fields: { back: '/me' },
                },
              )}</li>`,
          )}</ul>`
        : none
    }</section>`,
  })
}
