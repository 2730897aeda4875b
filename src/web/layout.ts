// The page frame every portal page shares: header with 登录 / 注册, the feed tabs, a main column.
import { html, type SafeHtml } from './html.ts'

export type FeedTab = 'hot' | 'following' | 'recommended'

export interface Viewer {
  readonly username: string
  readonly role: 'reader' | 'editor' | 'admin'
}

export interface LayoutInput {
  readonly title: string
  readonly viewer?: Viewer | undefined
  readonly activeTab?: FeedTab | undefined
  readonly csrfToken?: string | undefined
  readonly nonce?: string | undefined
  readonly body: SafeHtml
}

const TABS: readonly { tab: FeedTab; label: string; href: string }[] = [
  { tab: 'hot', label: '热点', href: '/?tab=hot' },
  { tab: 'following', label: '关注', href: '/?tab=following' },
  { tab: 'recommended', label: '推荐', href: '/?tab=recommended' },
]

export function tabs(active: FeedTab | undefined): SafeHtml {
  return html`<nav class="tabs" aria-label="频道">${TABS.map(
    (t) =>
      html`<a href="${t.href}" data-tab="${t.tab}"${t.tab === active ? html` aria-current="page" class="active"` : ''}>${t.label}</a>`,
  )}</nav>`
}

export function layout(input: LayoutInput): SafeHtml {
  const account = input.viewer
    ? html`<span class="viewer">${input.viewer.username}</span>
        <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${input.csrfToken ?? ''}"><button type="submit">退出</button></form>`
    : html`<a href="/login" class="login">登录</a><a href="/register" class="register">注册</a>`
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.title} - 政迹</title>
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
<header class="site-header">
  <a href="/" class="brand">政迹</a>
  <div class="account">${account}</div>
</header>
${tabs(input.activeTab)}
<main>${input.body}</main>
<footer class="site-footer">政迹 Zhengji</footer>
</body>
</html>`
}
