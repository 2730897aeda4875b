// Row types of the ingest tables (migration 0003), as Kysely sees them.
import type { ColumnType, Generated } from 'kysely'

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json<T> = ColumnType<T, string, string>

export type JobKind = 'article' | 'reextract'
export type JobStatus = 'queued' | 'running' | 'done' | 'failed'

export interface IngestJobTable {
  id: Generated<number>
  batch: string
  kind: JobKind
  source: string
  payload: Json<unknown>
  status: Generated<JobStatus>
  attempts: Generated<number>
  worker: string | null
  lease_until: Timestamp | null
  result: ColumnType<unknown, string | null | undefined, string | null>
  error: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface QuarantineTable {
  id: Generated<number>
  batch: string | null
  source: string
  format: string
  code: string
  reason: string
  payload: Uint8Array | null
  status: Generated<'open' | 'retried'>
  created_at: Generated<Date>
  retried_at: Timestamp | null
}

export interface StoryTable {
  id: Generated<number>
  created_at: Generated<Date>
}

export interface ArticleIngestTable {
  article_id: number
  story_id: number
  near_duplicate_of: number | null
  similarity: number | null
  sketch_size: number
  /** the probe keys: sampled hashes ≡ 0 mod 16, tagged with the publication bucket (migrations 0005, 0008) */
  sketch_keys: ColumnType<number[], number[] | undefined, number[]>
  /** every sampled shingle hash (int4), to count what two articles share (migration 0008) */
  sketch: ColumnType<number[], number[] | undefined, number[]>
  /** hashes of the article's facts (numbers with their unit); NULL for articles stored before migration 0007 */
  fact_hashes: number[] | null
  source: string | null
  engine_version: string | null
  extracted_at: Timestamp | null
  created_at: Generated<Date>
}

export interface EventTable {
  id: Generated<number>
  type: 'visit' | 'meeting' | 'signing'
  label: string
  date_start: string
  date_end: string
  approx: boolean
  span_start: string
  span_end: string
  /** [span_start, span_end] as a daterange, for the overlap index (migration 0006) */
  span: string
  place_code: string | null
  actor_code: string | null
  title: string | null
  parties: Json<string[]>
  canonical: Json<unknown>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export interface EventMentionTable {
  id: Generated<number>
  event_id: number
  article_id: number
  ordinal: number
  engine_version: string
  extracted: Json<unknown>
  created_at: Generated<Date>
}

export interface IngestDatabase {
  ingest_jobs: IngestJobTable
  quarantine: QuarantineTable
  stories: StoryTable
  article_ingest: ArticleIngestTable
  events: EventTable
  event_mentions: EventMentionTable
}
