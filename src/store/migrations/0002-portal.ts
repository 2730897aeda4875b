// The portal: view dedupe across app servers, reading history, password resets, comment reports, audit log, outbox.
import { type Kysely, sql } from 'kysely'

export const name = 'portal'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE view_hits (
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      visitor_hash text NOT NULL,
      counted_at timestamptz NOT NULL,
      PRIMARY KEY (article_id, visitor_hash)
    );
    CREATE INDEX view_hits_counted_idx ON view_hits (counted_at);
    CREATE TABLE article_reads (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      read_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, article_id)
    );
    CREATE TABLE password_resets (
      token_hash text PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE TABLE comment_reports (
      comment_id bigint NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      reason text NOT NULL DEFAULT '',
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (comment_id, user_id)
    );
    CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      actor_id integer REFERENCES users(id) ON DELETE SET NULL,
      action text NOT NULL,
      target_kind text NOT NULL,
      target_id text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX audit_log_target_idx ON audit_log (target_kind, target_id, id);
    CREATE TABLE outbox (
      id bigserial PRIMARY KEY,
      kind text NOT NULL,
      recipient text NOT NULL,
      subject text NOT NULL,
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz
    );
    CREATE INDEX comments_parent_idx ON comments (parent_id);
    CREATE INDEX comments_user_idx ON comments (user_id, created_at DESC);
    CREATE INDEX reactions_article_idx ON reactions (article_id, kind, created_at DESC);
    CREATE UNIQUE INDEX users_email_lower_idx ON users (lower(email));
  `.execute(db)
}
