// The 404 page.
import { html, type SafeHtml } from '../html.ts'
import { layout, type Viewer } from '../layout.ts'

export function notFoundPage(what: string, viewer?: Viewer): SafeHtml {
  return layout({
    title: '页面不存在',
    viewer,
    body: html`<section class="not-found"><h1>404 页面不存在</h1><p>${what}</p><p><a href="/">返回首页</a></p></section>`,
  })
}
