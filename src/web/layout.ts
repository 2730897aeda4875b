// The page frame every portal page shares: header with the account links and the language switch, the feed tabs, a
// main column, and the nonce'd enhancement script.
import { html, type SafeHtml } from './html.ts'
import { DEFAULT_LOCALE, type I18n, i18n as makeI18n } from './i18n.ts'

export type FeedTab = 'hot' | 'following' | 'recommended'

export interface Viewer {
  readonly id?: number | undefined
  readonly username: string
  readonly role: 'reader' | 'editor' | 'admin'
}

/** What every page needs besides its own view model: language, viewer, CSRF token, CSP nonce, current path. */
export interface PageContext {
  readonly i18n?: I18n | undefined
  readonly viewer?: Viewer | undefined
  readonly csrfToken?: string | undefined
  /** the CSP nonce of this response, for the one script tag */
  readonly nonce?: string | undefined
  /** the path of this page, for the language switch to come back to */
  readonly path?: string | undefined
}

export interface LayoutInput extends PageContext {
  readonly title: string
  readonly activeTab?: FeedTab | undefined
  readonly body: SafeHtml
}

export function tr(ctx: PageContext): I18n {
  return ctx.i18n ?? makeI18n(DEFAULT_LOCALE)
}

export function isEditor(viewer: Viewer | undefined): boolean {
  return viewer?.role === 'editor' || viewer?.role === 'admin'
}

/** The hidden CSRF field every state-changing form carries. */
export function csrfField(ctx: PageContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">`
}

/** A one-button form that POSTs to `action` (works without JavaScript). */
export function postButton(
  ctx: PageContext,
  action: string,
  label: string | SafeHtml,
  options: {
    readonly className?: string
    readonly fields?: Readonly<Record<string, string>>
    readonly attrs?: SafeHtml
  } = {},
): SafeHtml {
  return html`<form method="post" action="${action}" class="inline ${options.className ?? ''}">${csrfField(ctx)}${Object.entries(
    options.fields ?? {},
  ).map(
    ([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`,
  )}<button type="submit"${options.attrs ?? ''}>${label}</button></form>`
}

const TABS: readonly { tab: FeedTab; key: 'tab.hot' | 'tab.following' | 'tab.recommended'; href: string }[] = [
  { tab: 'hot', key: 'tab.hot', href: '/?tab=hot' },
  { tab: 'following', key: 'tab.following', href: '/?tab=following' },
  { tab: 'recommended', key: 'tab.recommended', href: '/?tab=recommended' },
]

export function tabs(active: FeedTab | undefined, i18n: I18n = makeI18n()): SafeHtml {
  return html`<nav class="tabs" aria-label="${i18n.t('nav.channels')}">${TABS.map(
    (t) =>
      html`<a href="${t.href}" data-tab="${t.tab}"${t.tab === active ? html` aria-current="page" class="active"` : ''}>${i18n.t(t.key)}</a>`,
  )}</nav>`
}

export function layout(input: LayoutInput): SafeHtml {
  const { t, locale } = tr(input)
  const v = input.viewer
  const account = v
    ? html`<a href="/me" class="viewer">${v.username}</a>
        ${isEditor(v) ? html`<a href="/editor" class="editor-link">${t('account.editor')}</a>` : ''}
        ${v.role === 'admin' ? html`<a href="/admin/users" class="admin-link">${t('account.admin')}</a>` : ''}
        <form method="post" action="/logout" class="inline logout">${csrfField(input)}<button type="submit">${t('account.logout')}</button></form>`
    : html`<a href="/login" class="login">${t('account.login')}</a><a href="/register" class="register">${t('account.register')}</a>`
  const other = locale === 'en' ? 'zh-CN' : 'en'
  const back = input.path ?? '/'
  return html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} - ${t('site.name')}</title>
<link rel="stylesheet" href="/assets/site.css">
${input.csrfToken ? html`<meta name="csrf-token" content="${input.csrfToken}">` : ''}
</head>
<body>
<header class="site-header">
  <a href="/" class="brand">${t('site.name')}</a>
  <div class="account">${account}<a class="lang" lang="${other}" href="/lang?to=${other}&amp;back=${encodeURIComponent(back)}" aria-label="${t('lang.label')}">${t('lang.switch')}</a></div>
</header>
${tabs(input.activeTab, tr(input))}
<main>${input.body}</main>
<footer class="site-footer">${t('site.footer')}</footer>
${input.nonce ? html`<script src="/assets/site.js" nonce="${input.nonce}" defer></script>` : ''}
</body>
</html>`
}
