// Server-rendered pages: view models in, HTML out. No I/O here.
export { formatCount, formatDate, formatDateTime } from './format.ts'
export { escapeHtml, html, raw, SafeHtml } from './html.ts'
export {
  DEFAULT_LOCALE,
  type I18n,
  i18n,
  isLocale,
  LOCALES,
  type Locale,
  type MessageKey,
  type Messages,
  pickLocale,
} from './i18n.ts'
export {
  csrfField,
  type FeedTab,
  isEditor,
  type LayoutInput,
  layout,
  type PageContext,
  postButton,
  tabs,
  tr,
  type Viewer,
} from './layout.ts'
export {
  type ArticlePageComment,
  type ArticlePageInput,
  type ArticlePageThread,
  articlePage,
  commentBodyHtml,
  renderBody,
} from './pages/article.ts'
export {
  type AuthFormInput,
  loginPage,
  registerPage,
  resetPasswordPage,
  resetRequestPage,
} from './pages/auth.ts'
export {
  type ArticleFormInput,
  type ArticleFormValues,
  articleFormPage,
  type EditorListInput,
  editorListPage,
  type ModerationInput,
  moderationPage,
  type UsersPageInput,
  usersPage,
} from './pages/editor.ts'
export { type ArticleListItem, articleList, type HomePageInput, homePage } from './pages/home.ts'
export { type MePageInput, mePage } from './pages/me.ts'
export { errorPage, notFoundPage } from './pages/not-found.ts'

/** Directory of static assets (CSS, scripts), served under /assets/. */
export const ASSETS_DIR = new URL('./assets/', import.meta.url)
