// The store: one Kysely schema over embedded PGlite or PostgreSQL, its migrations and its queries.
export { createStore, type Store, type StoreOptions } from './create-store.ts'
export { redactUrl, StoreError, type StoreErrorCode } from './errors.ts'
export { latestVersion, type MigrationReport, migrate, schemaVersion } from './migrate.ts'
export { MIGRATIONS, type Migration } from './migrations/index.ts'
export {
  type ArticleInput,
  type ArticleOrder,
  type ArticleView,
  addViews,
  contentHash,
  getArticle,
  insertArticle,
  type ListOptions,
  listArticles,
} from './queries/articles.ts'
export { type CommentView, countVisibleComments, listComments } from './queries/comments.ts'
export { ensureOutlet, type OutletInput, outletSlug } from './queries/outlets.ts'
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
