// Server-rendered pages: view models in, HTML out. No I/O here.
export { formatCount, formatDate, formatDateTime } from './format.ts'
export { escapeHtml, html, raw, SafeHtml } from './html.ts'
export { type FeedTab, type LayoutInput, layout, tabs, type Viewer } from './layout.ts'
export { type ArticlePageComment, type ArticlePageInput, articlePage, renderBody } from './pages/article.ts'
export { type ArticleListItem, articleList, type HomePageInput, homePage } from './pages/home.ts'
export { notFoundPage } from './pages/not-found.ts'

/** Directory of static assets (CSS, scripts), served under /assets/. */
export const ASSETS_DIR = new URL('./assets/', import.meta.url)
