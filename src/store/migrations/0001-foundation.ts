// Outlets, articles, users, sessions, comments, reactions and follows.
import { type Kysely, sql } from 'kysely'

export const name = 'foundation'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE outlets (
      id serial PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      name text NOT NULL,
      url text,
      region_code char(6),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE articles (
      id bigserial PRIMARY KEY,
      slug text NOT NULL UNIQUE,
      title text NOT NULL,
      subtitle text,
      outlet_id integer REFERENCES outlets(id),
      published_at timestamptz NOT NULL,
      byline jsonb NOT NULL DEFAULT '[]',
      editor text,
      sources jsonb NOT NULL DEFAULT '[]',
      body text NOT NULL,
      canonical_url text UNIQUE,
      script text NOT NULL DEFAULT 'hans' CHECK (script IN ('hans', 'hant')),
      status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published', 'unpublished')),
      content_hash text NOT NULL,
      view_count bigint NOT NULL DEFAULT 0 CHECK (view_count >= 0),
      like_count integer NOT NULL DEFAULT 0 CHECK (like_count >= 0),
      favorite_count integer NOT NULL DEFAULT 0 CHECK (favorite_count >= 0),
      share_count integer NOT NULL DEFAULT 0 CHECK (share_count >= 0),
      comment_count integer NOT NULL DEFAULT 0 CHECK (comment_count >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX articles_published_idx ON articles (published_at DESC);
    CREATE INDEX articles_hash_idx ON articles (content_hash);
    CREATE TABLE users (
      id serial PRIMARY KEY,
      username text NOT NULL UNIQUE,
      email text UNIQUE,
      password_hash text NOT NULL,
      role text NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'editor', 'admin')),
      display_name text,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX sessions_user_idx ON sessions (user_id);
    CREATE TABLE comments (
      id bigserial PRIMARY KEY,
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      parent_id bigint REFERENCES comments(id) ON DELETE CASCADE,
      body text NOT NULL,
      status text NOT NULL DEFAULT 'visible' CHECK (status IN ('visible', 'hidden', 'deleted')),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX comments_article_idx ON comments (article_id, created_at);
    CREATE TABLE reactions (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('like', 'favorite', 'share')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, article_id, kind)
    );
    CREATE TABLE follows (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      target_kind text NOT NULL CHECK (target_kind IN ('outlet', 'region', 'person', 'event', 'topic')),
      target_key text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, target_kind, target_key)
    );
  `.execute(db)
}
