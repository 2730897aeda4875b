// The store: one Kysely schema over embedded PGlite or PostgreSQL, its migrations and its queries.
export { createStore, type Store, type StoreOptions } from './create-store.ts'
export { StoreError, type StoreErrorCode, redactUrl } from './errors.ts'
export { migrate, schemaVersion, latestVersion, type MigrationReport } from './migrate.ts'
export { MIGRATIONS, type Migration } from './migrations/index.ts'
export type {
  Article,
  ArticleStatus,
  CommentStatus,
  Database,
  FollowKind,
  NewArticle,
  Outlet,
  ReactionKind,
  Role,
  User,
} from './schema.ts'
export { ensureOutlet, outletSlug, type OutletInput } from './queries/outlets.ts'
export {
  addViews,
  contentHash,
  getArticle,
  insertArticle,
  listArticles,
  type ArticleInput,
  type ArticleOrder,
  type ArticleView,
  type ListOptions,
} from './queries/articles.ts'
export { countVisibleComments, listComments, type CommentView } from './queries/comments.ts'
