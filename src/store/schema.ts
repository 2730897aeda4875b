// Row types of the Zhengji database, as Kysely sees them.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'
import type { IngestDatabase } from './schema-ingest.ts'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

export interface OutletTable {
  id: Generated<number>
  slug: string
  name: string
  url: string | null
  region_code: string | null
  created_at: Generated<Date>
}

export type ArticleStatus = 'draft' | 'published' | 'unpublished'

export interface ArticleTable {
  id: Generated<number>
  slug: string
  title: string
  subtitle: string | null
  outlet_id: number | null
  published_at: Timestamp
  byline: Json<string[]>
  editor: string | null
  sources: Json<string[]>
  body: string
  canonical_url: string | null
  script: 'hans' | 'hant'
  status: Generated<ArticleStatus>
  content_hash: string
  view_count: Generated<number>
  like_count: Generated<number>
  favorite_count: Generated<number>
  share_count: Generated<number>
  comment_count: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type Role = 'reader' | 'editor' | 'admin'

export interface UserTable {
  id: Generated<number>
  username: string
  email: string | null
  password_hash: string
  role: Generated<Role>
  display_name: string | null
  created_at: Generated<Date>
}

export interface SessionTable {
  id: string
  user_id: number
  csrf_token: string
  created_at: Generated<Date>
  expires_at: Timestamp
}

export type CommentStatus = 'visible' | 'hidden' | 'deleted'

export interface CommentTable {
  id: Generated<number>
  article_id: number
  user_id: number
  parent_id: number | null
  body: string
  status: Generated<CommentStatus>
  created_at: Generated<Date>
}

export type ReactionKind = 'like' | 'favorite' | 'share'

export interface ReactionTable {
  user_id: number
  article_id: number
  kind: ReactionKind
  created_at: Generated<Date>
}

export type FollowKind = 'outlet' | 'region' | 'person' | 'event' | 'topic'

export interface FollowTable {
  user_id: number
  target_kind: FollowKind
  target_key: string
  created_at: Generated<Date>
}

export interface SchemaMigrationTable {
  version: number
  name: string
  applied_at: Generated<Date>
}

export interface Database extends IngestDatabase {
  outlets: OutletTable
  articles: ArticleTable
  users: UserTable
  sessions: SessionTable
  comments: CommentTable
  reactions: ReactionTable
  follows: FollowTable
  zhengji_schema: SchemaMigrationTable
  view_hits: ViewHitTable
  article_reads: ArticleReadTable
  password_resets: PasswordResetTable
  comment_reports: CommentReportTable
  audit_log: AuditLogTable
  outbox: OutboxTable
}

export type Article = Selectable<ArticleTable>
export type NewArticle = Insertable<ArticleTable>
export type ArticleUpdate = Updateable<ArticleTable>
export type Outlet = Selectable<OutletTable>
export type User = Selectable<UserTable>
export type Comment = Selectable<CommentTable>

// ── portal (migration 0002)

/** One row per (article, visitor): when the visitor's view was last counted; the 30-minute dedupe across servers. */
export interface ViewHitTable {
  article_id: number
  visitor_hash: string
  counted_at: Timestamp
}

export interface ArticleReadTable {
  user_id: number
  article_id: number
  read_at: Timestamp
}

export interface PasswordResetTable {
  token_hash: string
  user_id: number
  created_at: Timestamp
  expires_at: Timestamp
  used_at: Timestamp | null
}

export interface CommentReportTable {
  comment_id: number
  user_id: number
  reason: Generated<string>
  created_at: Generated<Date>
}

export interface AuditLogTable {
  id: Generated<number>
  actor_id: number | null
  action: string
  target_kind: string
  target_id: string
  detail: ColumnType<Record<string, unknown>, string | undefined, string>
  created_at: Generated<Date>
}

export interface OutboxTable {
  id: Generated<number>
  kind: string
  recipient: string
  subject: string
  body: string
  created_at: Generated<Date>
  sent_at: Timestamp | null
}
