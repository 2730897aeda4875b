// The store: one Kysely schema over embedded PGlite or PostgreSQL, its migrations and its queries.
export { createStore, type Store, type StoreOptions } from './create-store.ts'
export { redactUrl, StoreError, type StoreErrorCode } from './errors.ts'
export { latestVersion, type MigrationReport, migrate, schemaVersion } from './migrate.ts'
export { MIGRATIONS, type Migration } from './migrations/index.ts'
// ── portal
export {
  type ArticleFields,
  createArticle,
  type EditorListItem,
  listArticlesForEditor,
  setArticleStatus,
  updateArticle,
} from './queries/article-edits.ts'
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
export { type AuditEntry, type AuditInput, listAudit, recordAudit } from './queries/audit.ts'
export {
  type AddCommentResult,
  addComment,
  type CommentPage,
  type CommentThread,
  type CommentView,
  countVisibleComments,
  getComment,
  listComments,
  listCommentThreads,
  listModerationQueue,
  listUserComments,
  type ReportedComment,
  reportComment,
  setCommentStatus,
  type UserComment,
} from './queries/comments.ts'
// ── ingest (migration 0003)
export {
  countEvents,
  deleteArticleMentions,
  deleteEventsWithoutMentions,
  type EventFields,
  type EventKind,
  type EventListing,
  eventCandidates,
  eventCandidatesAny,
  eventMentions,
  insertEvent,
  insertEvents,
  insertEventsWithMentions,
  listEvents,
  type NewMention,
  type StoredEvent,
  updateEvent,
  updateEvents,
} from './queries/events.ts'
export { type FeedCandidate, listFeedCandidates } from './queries/feed-data.ts'
export { type FollowedOutlet, isFollowing, listFollowedOutlets, toggleFollow } from './queries/follows.ts'
export {
  claimJobs,
  enqueueJobs,
  finishJob,
  finishJobs,
  heartbeatJobs,
  type Job,
  type JobCounts,
  type JobInput,
  jobCounts,
  jobResults,
  lockOwnedJob,
  lockOwnedJobs,
  releaseJobs,
} from './queries/jobs.ts'
export { enqueueMessage, listOutbox, type OutboxMessage } from './queries/outbox.ts'
export { ensureOutlet, type OutletInput, outletSlug } from './queries/outlets.ts'
export {
  addQuarantine,
  getQuarantine,
  listQuarantine,
  markQuarantineRetried,
  QUARANTINE_PAYLOAD_LIMIT,
  type QuarantineEntry,
  type QuarantineInput,
} from './queries/quarantine.ts'
export {
  type FavoriteItem,
  listFavorites,
  type ReactionResult,
  recordShare,
  toggleReaction,
  userReactions,
} from './queries/reactions.ts'
export {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSession,
  type SessionRecord,
} from './queries/sessions.ts'
export {
  type ArticleLink,
  articlesToReextract,
  createStories,
  findSameArticles,
  getArticleLink,
  type IngestedArticleRow,
  insertIngestedArticles,
  linkNewArticles,
  markExtracted,
  PROBE_EVERY,
  type SketchCandidate,
  SketchMemo,
  type StorySource,
  type StorySources,
  sharedCount,
  sketchCandidatesMany,
  sketchKeys,
  sketchSet,
  storySources,
} from './queries/stories.ts'
export {
  consumePasswordReset,
  createPasswordReset,
  createUser,
  findUserByLogin,
  getUser,
  listUsers,
  type NewUserInput,
  peekPasswordReset,
  setPasswordHash,
  setUserRole,
  type UserRecord,
} from './queries/users.ts'
export { flushViewHits, listReadArticleIds, pruneViewHits, type ViewHit } from './queries/views.ts'
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
export type { JobKind, JobStatus } from './schema-ingest.ts'
