// The 404 page and the generic error page.
import { html, type SafeHtml } from '../html.ts'
import { layout, type PageContext, tr, type Viewer } from '../layout.ts'

export function notFoundPage(what: string, viewerOrContext?: Viewer | PageContext): SafeHtml {
  const ctx: PageContext =
    viewerOrContext && 'username' in viewerOrContext ? { viewer: viewerOrContext } : (viewerOrContext ?? {})
  const { t } = tr(ctx)
  return layout({
    ...ctx,
    title: t('error.notFound'),
    body: html`<section class="not-found"><h1>${t('error.notFound')}</h1><p>${what}</p><p><a href="/">${t('error.home')}</a></p></section>`,
  })
}

/** An error the reader can act on: the message, its code for support, a way home. */
export function errorPage(ctx: PageContext, message: string, code?: string): SafeHtml {
  const { t } = tr(ctx)
  return layout({
    ...ctx,
    title: t('error.title'),
    body: html`<section class="error-page"><h1>${t('error.title')}</h1><p class="error-message">${message}</p>${
      code ? html`<p class="error-code"><code>${code}</code></p>` : ''
    }<p><a href="/">${t('error.home')}</a></p></section>`,
  })
}
