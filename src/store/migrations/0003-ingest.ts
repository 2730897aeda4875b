// Ingest: the job queue, quarantined inputs, stories (near-duplicate reports), content sketches, canonical events
// and their mentions in articles.
import { type Kysely, sql } from 'kysely'

export const name = 'ingest'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE ingest_jobs (
      id bigserial PRIMARY KEY,
      batch text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('article', 'reextract')),
      source text NOT NULL,
      payload jsonb NOT NULL,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
      attempts integer NOT NULL DEFAULT 0,
      worker text,
      lease_until timestamptz,
      result jsonb,
      error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX ingest_jobs_claim_idx ON ingest_jobs (status, id);
    CREATE INDEX ingest_jobs_batch_idx ON ingest_jobs (batch, status);
    CREATE TABLE quarantine (
      id bigserial PRIMARY KEY,
      batch text,
      source text NOT NULL,
      format text NOT NULL,
      code text NOT NULL,
      reason text NOT NULL,
      payload bytea,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'retried')),
      created_at timestamptz NOT NULL DEFAULT now(),
      retried_at timestamptz
    );
    CREATE INDEX quarantine_status_idx ON quarantine (status, id);
    CREATE TABLE stories (
      id bigserial PRIMARY KEY,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE article_ingest (
      article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      story_id bigint NOT NULL REFERENCES stories(id),
      near_duplicate_of bigint REFERENCES articles(id) ON DELETE SET NULL,
      similarity real,
      sketch_size integer NOT NULL,
      source text,
      engine_version text,
      extracted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX article_ingest_story_idx ON article_ingest (story_id);
    CREATE TABLE article_sketch (
      h integer NOT NULL,
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      PRIMARY KEY (h, article_id)
    );
    CREATE INDEX article_sketch_article_idx ON article_sketch (article_id);
    CREATE TABLE events (
      id bigserial PRIMARY KEY,
      type text NOT NULL CHECK (type IN ('visit', 'meeting', 'signing')),
      label text NOT NULL,
      date_start text NOT NULL,
      date_end text NOT NULL,
      approx boolean NOT NULL DEFAULT false,
      span_start text NOT NULL,
      span_end text NOT NULL,
      place_code text,
      actor_code text,
      title text,
      parties jsonb NOT NULL DEFAULT '[]',
      canonical jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX events_match_idx ON events (type, span_start, span_end);
    CREATE TABLE event_mentions (
      id bigserial PRIMARY KEY,
      event_id bigint NOT NULL REFERENCES events(id) ON DELETE CASCADE,
      article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      ordinal integer NOT NULL,
      engine_version text NOT NULL,
      extracted jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (article_id, ordinal)
    );
    CREATE INDEX event_mentions_event_idx ON event_mentions (event_id);
  `.execute(db)
}
