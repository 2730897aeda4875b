// The newsroom: the list of all articles, the article form (save, publish, unpublish), its history, comment
// moderation, and the admin's user list.
import { formatDateTime } from '../format.ts'
import { html, type SafeHtml } from '../html.ts'
import { csrfField, layout, type PageContext, postButton, tr } from '../layout.ts'
import { commentBodyHtml } from './article.ts'

type Status = 'draft' | 'published' | 'unpublished'

export interface EditorListInput extends PageContext {
  readonly articles: readonly {
    readonly id: number
    readonly title: string
    readonly status: Status
    readonly outlet: string | null
    readonly updatedAt: Date
  }[]
}

function nav(ctx: PageContext): SafeHtml {
  const { t } = tr(ctx)
  return html`<nav class="editor-nav"><a href="/editor">${t('editor.title')}</a> · <a href="/editor/new">${t('editor.new')}</a> · <a href="/editor/moderation">${t('editor.moderation')}</a></nav>`
}

export function editorListPage(input: EditorListInput): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('editor.title'),
    body: html`<section class="editor">${nav(input)}<h1>${t('editor.title')}</h1>
<table class="editor-list"><thead><tr><th>${t('editor.field.title')}</th><th>${t('editor.field.outlet')}</th><th>${t('editor.status')}</th><th>${t('editor.updated')}</th></tr></thead><tbody>${input.articles.map(
      (a) =>
        html`<tr data-article-id="${a.id}"><td><a href="/editor/articles/${a.id}">${a.title}</a></td><td>${a.outlet ?? ''}</td><td class="status">${t(`editor.status.${a.status}`)}</td><td>${formatDateTime(a.updatedAt)}</td></tr>`,
    )}</tbody></table></section>`,
  })
}

export interface ArticleFormValues {
  readonly title: string
  readonly subtitle: string
  readonly outlet: string
  readonly publishedAt: string
  readonly byline: string
  readonly editor: string
  readonly sources: string
  readonly body: string
}

export interface ArticleFormInput extends PageContext {
  /** undefined for a new article */
  readonly id?: number | undefined
  readonly status?: Status | undefined
  readonly values: ArticleFormValues
  readonly errors?: readonly string[] | undefined
  readonly saved?: boolean | undefined
  readonly history?:
    | readonly { readonly action: string; readonly actor: string | null; readonly createdAt: Date }[]
    | undefined
}

export function articleFormPage(input: ArticleFormInput): SafeHtml {
  const { t } = tr(input)
  const v = input.values
  const action = input.id === undefined ? '/editor/articles' : `/editor/articles/${input.id}`
  const field = (name: keyof ArticleFormValues, label: string, required = false) =>
    html`<label>${label} <input name="${name}" value="${v[name]}"${required ? html` required` : ''}></label>`
  return layout({
    ...input,
    title: input.id === undefined ? t('editor.new') : v.title,
    body: html`<section class="editor">${nav(input)}
<h1>${input.id === undefined ? t('editor.new') : v.title}</h1>
${input.status ? html`<p class="status">${t('editor.status')}: <b data-status="${input.status}">${t(`editor.status.${input.status}`)}</b>${input.id !== undefined ? html` · <a href="/a/${input.id}">${t('editor.view')}</a>` : ''}</p>` : ''}
${input.saved ? html`<p class="notice" role="status">${t('editor.saved')}</p>` : ''}
${(input.errors ?? []).map((e) => html`<p class="form-error" role="alert">${e}</p>`)}
<form method="post" action="${action}" class="article-form">${csrfField(input)}
  ${field('title', t('editor.field.title'), true)}
  ${field('subtitle', t('editor.field.subtitle'))}
  ${field('outlet', t('editor.field.outlet'))}
  ${field('publishedAt', t('editor.field.publishedAt'), true)}
  ${field('byline', t('editor.field.byline'))}
  ${field('editor', t('editor.field.editor'))}
  ${field('sources', t('editor.field.sources'))}
  <label>${t('editor.field.body')} <textarea name="body" rows="16" required>${v.body}</textarea></label>
  <div class="buttons">
    <button type="submit" name="intent" value="save">${t('editor.save')}</button>
    <button type="submit" name="intent" value="publish">${t('editor.publish')}</button>
    ${input.status === 'published' ? html`<button type="submit" name="intent" value="unpublish">${t('editor.unpublish')}</button>` : ''}
  </div>
</form>
${
  input.history && input.history.length > 0
    ? html`<h2>${t('editor.history')}</h2><ol class="history">${input.history.map(
        (h) => html`<li><time>${formatDateTime(h.createdAt)}</time> ${h.actor ?? ''} <code>${h.action}</code></li>`,
      )}</ol>`
    : ''
}</section>`,
  })
}

export interface ModerationInput extends PageContext {
  readonly comments: readonly {
    readonly id: number
    readonly articleId: number
    readonly articleTitle: string
    readonly author: string
    readonly body: string
    readonly status: string
    readonly reports: number
    readonly createdAt: Date
  }[]
}

export function moderationPage(input: ModerationInput): SafeHtml {
  const { t } = tr(input)
  return layout({
    ...input,
    title: t('editor.moderation'),
    body: html`<section class="editor">${nav(input)}<h1>${t('editor.moderation')}</h1>${
      input.comments.length === 0
        ? html`<p class="empty">${t('editor.queueEmpty')}</p>`
        : html`<ul class="moderation">${input.comments.map(
            (
              c,
            ) => html`<li data-comment-id="${c.id}"><a href="/a/${c.articleId}#c${c.id}">${c.articleTitle}</a> · ${c.author} · <time>${formatDateTime(c.createdAt)}</time> · ${t('editor.reports', { n: c.reports })}${
              c.status === 'hidden' ? html` <span class="badge">${t('comments.hiddenBadge')}</span>` : ''
            }
  <div class="comment-body">${commentBodyHtml(c.body)}</div>
  ${
    c.status === 'hidden'
      ? postButton(input, `/comments/${c.id}/restore`, t('comments.restore'), {
          fields: { back: '/editor/moderation' },
        })
      : postButton(input, `/comments/${c.id}/hide`, t('comments.hide'), { fields: { back: '/editor/moderation' } })
  }</li>`,
          )}</ul>`
    }</section>`,
  })
}

export interface UsersPageInput extends PageContext {
  readonly users: readonly {
    readonly id: number
    readonly username: string
    readonly email: string | null
    readonly role: 'reader' | 'editor' | 'admin'
  }[]
}

export function usersPage(input: UsersPageInput): SafeHtml {
  const { t } = tr(input)
  const roles = ['reader', 'editor', 'admin'] as const
  return layout({
    ...input,
    title: t('admin.users'),
    body: html`<section class="admin"><h1>${t('admin.users')}</h1><table class="users"><tbody>${input.users.map(
      (u) =>
        html`<tr data-user="${u.username}"><td>${u.username}</td><td>${u.email ?? ''}</td><td class="role">${t(`role.${u.role}`)}</td><td>${roles
          .filter((r) => r !== u.role)
          .map((r) =>
            postButton(input, `/admin/users/${u.id}/role`, `${t('admin.setRole')} ${t(`role.${r}`)}`, {
              fields: { role: r },
            }),
          )}</td></tr>`,
    )}</tbody></table></section>`,
  })
}
