// Canonical events and their mentions: every event an article reports is a mention; mentions of the same real event
// (decided in src/ingest) point at one canonical event, which lists every source.
import { type Kysely, sql } from 'kysely'
import type { Database } from '../schema.ts'
import { bulkInsert, bulkUpdate, columnValue, numbers, unnestOf } from './bulk.ts'

export type EventKind = 'visit' | 'meeting' | 'signing'

/** The fields a canonical event is matched and shown by. Dates are YYYY-MM-DD; span is the window it can mean. */
export interface EventFields {
  readonly type: EventKind
  readonly label: string
  readonly dateStart: string
  readonly dateEnd: string
  readonly approx: boolean
  readonly spanStart: string
  readonly spanEnd: string
  readonly placeCode: string | null
  readonly actorCode: string | null
  readonly title: string | null
  readonly parties: readonly string[]
  /** the representative extracted event (JSON) */
  readonly canonical: unknown
}

export interface StoredEvent extends EventFields {
  readonly id: number
}

/** A mention to store with `insertEventsWithMentions`: of a stored canonical event, or of the `fresh`-th new one. */
export interface NewMention {
  readonly event: { readonly id: number } | { readonly fresh: number }
  readonly articleId: number
  readonly ordinal: number
  readonly engineVersion: string
  /** the extracted event, as JSON text */
  readonly json: string
}

export interface EventListing extends StoredEvent {
  readonly mentions: number
  readonly articleIds: readonly number[]
  readonly outlets: readonly string[]
}

type EventRow = {
  id: number
  type: EventKind
  label: string
  date_start: string
  date_end: string
  approx: boolean
  span_start: string
  span_end: string
  place_code: string | null
  actor_code: string | null
  title: string | null
  parties: string[]
  canonical: unknown
}

function toEvent(r: EventRow): StoredEvent {
  return {
    id: Number(r.id),
    type: r.type,
    label: r.label,
    dateStart: r.date_start,
    dateEnd: r.date_end,
    approx: r.approx,
    spanStart: r.span_start,
    spanEnd: r.span_end,
    placeCode: r.place_code,
    actorCode: r.actor_code,
    title: r.title,
    parties: r.parties,
    canonical: r.canonical,
  }
}

/** The columns of an event but its representative JSON. */
function fieldRow(e: EventFields) {
  return {
    type: e.type,
    label: e.label,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    approx: e.approx,
    span_start: e.spanStart,
    span_end: e.spanEnd,
    span: `[${e.spanStart},${e.spanEnd}]`,
    place_code: e.placeCode,
    actor_code: e.actorCode,
    title: e.title,
    parties: JSON.stringify(e.parties),
  }
}

function toRow(e: EventFields) {
  return { ...fieldRow(e), canonical: JSON.stringify(e.canonical) }
}

/** Canonical events of a type whose span overlaps [start, end]. */
export async function eventCandidates(
  db: Kysely<Database>,
  type: EventKind,
  start: string,
  end: string,
): Promise<StoredEvent[]> {
  return eventCandidatesAny(db, [{ type, start, end }])
}

/** The province of a GB/T 2260 code: its first two digits. Two regions one of which contains the other share it. */
const province = (code: string | null | undefined) => (code ? code.slice(0, 2) : null)

/**
 * Canonical events overlapping any of the ranges (one query for all the events of a claim). A range that names a
 * place or an actor region gets only events with no such code or one in the same province: an event elsewhere can
 * never be the same event.
 */
export async function eventCandidatesAny(
  db: Kysely<Database>,
  ranges: readonly {
    type: EventKind
    start: string
    end: string
    placeCode?: string | null | undefined
    actorCode?: string | null | undefined
  }[],
): Promise<StoredEvent[]> {
  if (ranges.length === 0) return []
  const rows = await sql<EventRow>`
    SELECT e.* FROM events e
    WHERE e.id IN (
      SELECT c.id
      FROM unnest(
        ${ranges.map((r) => r.type)}::text[],
        ${ranges.map((r) => `[${r.start},${r.end}]`)}::daterange[],
        ${ranges.map((r) => province(r.placeCode))}::text[],
        ${ranges.map((r) => province(r.actorCode))}::text[]
      ) AS q(type, span, place, actor)
      -- one index probe per range, whatever the planner thinks of the table's size
      CROSS JOIN LATERAL (
        SELECT id FROM events c
        WHERE c.span && q.span AND c.type = q.type
          AND (q.place IS NULL OR c.place_code IS NULL OR left(c.place_code, 2) = q.place)
          AND (q.actor IS NULL OR c.actor_code IS NULL OR left(c.actor_code, 2) = q.actor)
        OFFSET 0
      ) c
    )
    ORDER BY e.id`.execute(db)
  return rows.rows.map(toEvent)
}

const EVENT_COLUMNS = {
  type: 'text',
  label: 'text',
  date_start: 'text',
  date_end: 'text',
  approx: 'boolean',
  span_start: 'text',
  span_end: 'text',
  span: 'daterange',
  place_code: 'text',
  actor_code: 'text',
  title: 'text',
  parties: 'jsonb',
  canonical: 'jsonb',
} as const

/** Inserts several canonical events; returns their ids in input order. */
export async function insertEvents(db: Kysely<Database>, fields: readonly EventFields[]): Promise<number[]> {
  return bulkInsert(db, 'events', EVENT_COLUMNS, fields.map(toRow), 'id')
}

export async function insertEvent(db: Kysely<Database>, fields: EventFields): Promise<number> {
  const [id] = await insertEvents(db, [fields])
  return id as number
}

/** Rewrites canonical events (merged with new mentions) in one statement. */
export async function updateEvents(
  db: Kysely<Database>,
  events: readonly { id: number; fields: EventFields }[],
): Promise<void> {
  await bulkUpdate(
    db,
    'events',
    { name: 'id', type: 'bigint' },
    EVENT_COLUMNS,
    events.map((e) => ({ id: e.id, ...toRow(e.fields) })),
    { touch: true },
  )
}

export async function updateEvent(db: Kysely<Database>, id: number, fields: EventFields): Promise<void> {
  await updateEvents(db, [{ id, fields }])
}

const MENTION_COLUMNS = {
  event_id: 'bigint',
  article_id: 'bigint',
  ordinal: 'integer',
  engine_version: 'text',
  extracted: 'jsonb',
} as const

/**
 * Creates canonical events and stores mentions in one statement; returns the new events' ids in input order. A new
 * event's representative JSON (`canonical`) is its first mention's extracted event — the one it was created from —
 * so the JSON travels and is parsed once; `fresh[k].canonical` is not read. Every new event needs a mention.
 */
export async function insertEventsWithMentions(
  db: Kysely<Database>,
  fresh: readonly EventFields[],
  mentions: readonly NewMention[],
): Promise<number[]> {
  if (mentions.length === 0 && fresh.length === 0) return []
  const ids =
    fresh.length === 0
      ? []
      : // the sequence of events.id (bigserial), named as PostgreSQL names it
        numbers(
          (
            await sql<{ ids: string | null }>`
              SELECT array_agg(id ORDER BY id)::text AS ids
              FROM (SELECT nextval('events_id_seq') AS id FROM generate_series(1, ${fresh.length})) s`.execute(db)
          ).rows[0]?.ids,
        )
  // the 1-based position of each new event's first mention: its canonical JSON
  const firstMention: (number | undefined)[] = fresh.map(() => undefined)
  const rows = mentions.map((m, i) => {
    if ('fresh' in m.event && firstMention[m.event.fresh] === undefined) firstMention[m.event.fresh] = i + 1
    return {
      event_id: 'id' in m.event ? m.event.id : ids[m.event.fresh],
      article_id: m.articleId,
      ordinal: m.ordinal,
      engine_version: m.engineVersion,
      extracted: m.json,
    }
  })
  if (firstMention.some((n) => n === undefined)) throw new RangeError('a new canonical event has no mention')
  const { canonical: _, ...fields } = EVENT_COLUMNS
  const events = { id: 'bigint', ...fields, mention: 'bigint' }
  const names = ['id', ...Object.keys(fields)]
  const mentionNames = Object.keys(MENTION_COLUMNS)
  // the mentions' rows once (a CTE read twice is computed once): new events take their JSON from there
  await sql`
    WITH m AS (
      SELECT * FROM ${unnestOf(MENTION_COLUMNS, rows, 'm')}
    ), created AS (
      INSERT INTO events (${sql.join(names.map((n) => sql.ref(n)))}, canonical)
      SELECT ${sql.join(names.map((n) => columnValue(events, n)))}, m.extracted
      FROM ${unnestOf(
        events,
        fresh.map((f, k) => ({ id: ids[k], ...fieldRow(f), mention: firstMention[k] })),
      )}
      JOIN m ON m.ord = u.mention
      ORDER BY u.ord
    )
    INSERT INTO event_mentions (${sql.join(mentionNames.map((n) => sql.ref(n)))})
    SELECT ${sql.join(mentionNames.map((n) => columnValue(MENTION_COLUMNS, n, 'm')))}
    FROM m ORDER BY m.ord`.execute(db)
  return ids
}

/** Removes an article's mentions; returns the canonical events they pointed at. */
export async function deleteArticleMentions(db: Kysely<Database>, articleId: number): Promise<number[]> {
  const rows = await db.deleteFrom('event_mentions').where('article_id', '=', articleId).returning('event_id').execute()
  return [...new Set(rows.map((r) => Number(r.event_id)))]
}

/** Deletes those of `ids` that no mention points at any more; returns how many. */
export async function deleteEventsWithoutMentions(db: Kysely<Database>, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0
  const result = await db
    .deleteFrom('events')
    .where('id', 'in', [...ids])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('event_mentions as m').select('m.id').whereRef('m.event_id', '=', 'events.id'))),
    )
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** The extracted events (mentions) of an event, with their articles. */
export async function eventMentions(
  db: Kysely<Database>,
  eventId: number,
): Promise<{ articleId: number; ordinal: number; extracted: unknown }[]> {
  const rows = await db
    .selectFrom('event_mentions')
    .select(['article_id', 'ordinal', 'extracted'])
    .where('event_id', '=', eventId)
    .orderBy('article_id')
    .orderBy('ordinal')
    .execute()
  return rows.map((r) => ({ articleId: Number(r.article_id), ordinal: r.ordinal, extracted: r.extracted }))
}

/** Canonical events, earliest first, each with its source article ids and outlets. */
export async function listEvents(
  db: Kysely<Database>,
  options: { type?: EventKind; limit?: number; offset?: number; articleId?: number } = {},
): Promise<EventListing[]> {
  let q = db
    .selectFrom('events as e')
    .selectAll('e')
    .select([
      sql<number>`(SELECT count(*)::int FROM event_mentions m WHERE m.event_id = e.id)`.as('mentions'),
      sql<
        number[]
      >`(SELECT coalesce(array_agg(DISTINCT m.article_id ORDER BY m.article_id), '{}') FROM event_mentions m WHERE m.event_id = e.id)`.as(
        'article_ids',
      ),
      sql<
        string[]
      >`(SELECT coalesce(array_agg(DISTINCT o.name ORDER BY o.name), '{}') FROM event_mentions m JOIN articles a ON a.id = m.article_id JOIN outlets o ON o.id = a.outlet_id WHERE m.event_id = e.id)`.as(
        'outlets',
      ),
    ])
  if (options.type) q = q.where('e.type', '=', options.type)
  if (options.articleId !== undefined) {
    const articleId = options.articleId
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('event_mentions as m2')
          .select('m2.id')
          .whereRef('m2.event_id', '=', 'e.id')
          .where('m2.article_id', '=', articleId),
      ),
    )
  }
  const rows = await q
    .orderBy('e.date_start')
    .orderBy('e.id')
    .limit(options.limit ?? 1000)
    .offset(options.offset ?? 0)
    .execute()
  return rows.map((r) => ({
    ...toEvent(r as unknown as EventRow),
    mentions: Number(r.mentions),
    articleIds: (r.article_ids ?? []).map(Number),
    outlets: r.outlets ?? [],
  }))
}

export async function countEvents(db: Kysely<Database>): Promise<{ events: number; mentions: number }> {
  const r = await sql<{ events: number; mentions: number }>`
    SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM event_mentions) AS mentions`.execute(
    db,
  )
  return { events: Number(r.rows[0]?.events ?? 0), mentions: Number(r.rows[0]?.mentions ?? 0) }
}
