// One real event, many mentions: the rules that decide whether an extracted event is an event already stored
// (same type, dates that overlap within their precision, compatible places, the same delegation, the same
// agreement), and how a canonical event's fields are refined from all its mentions. Pure functions, then the
// store-backed merge that runs inside an ingest transaction.

import type { Kysely } from 'kysely'
import type { ExtractedEvent } from '../extract/index.ts'
import type { Database } from '../store/index.ts'
import {
  deleteArticleMentions,
  deleteEventsWithoutMentions,
  type EventFields,
  eventCandidatesAny,
  eventMentions,
  insertEventsWithMentions,
  type StoredEvent,
  updateEvent,
} from '../store/index.ts'
import { simplify } from './article.ts'
import { earlier, factsOf, later } from './event-fields.ts'

/** The significant prefix of a GB/T 2260 code: 2 digits for a province, 4 for a city, 6 for a county. */
function prefix(code: string): string {
  if (code.endsWith('0000')) return code.slice(0, 2)
  if (code.endsWith('00')) return code.slice(0, 4)
  return code
}

/** Two codes are compatible when one region contains the other (or either is unknown). */
export function compatibleCodes(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true
  const pa = prefix(a)
  const pb = prefix(b)
  return pa.startsWith(pb) || pb.startsWith(pa)
}

function moreSpecific(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return prefix(b).length > prefix(a).length ? b : a
}

function normalName(name: string): string {
  return simplify(name).replace(/[\s《》〈〉“”"'「」『』()（）·]/g, '')
}

function sameAgreement(a: EventFields, b: EventFields): boolean {
  if (a.title && b.title) {
    const ta = normalName(a.title)
    const tb = normalName(b.title)
    return ta === tb || ta.includes(tb) || tb.includes(ta)
  }
  if (a.parties.length > 0 && b.parties.length > 0) {
    const pa = a.parties.map(normalName)
    const pb = b.parties.map(normalName)
    return pa.some((x) => pb.some((y) => x === y || x.includes(y) || y.includes(x)))
  }
  return true
}

/** What a mention asks the store for: events of its type whose span overlaps its own, in its place's province. */
export function candidateRange(f: EventFields) {
  return { type: f.type, start: f.spanStart, end: f.spanEnd, placeCode: f.placeCode, actorCode: f.actorCode }
}

/** Whether two events (a stored one and a new mention, or two mentions) are the same real event. */
export function sameEvent(a: EventFields, b: EventFields): boolean {
  if (a.type !== b.type) return false
  // exact dates must overlap; an approximate date may fall anywhere in the other's window
  const [as, ae] = a.approx ? [a.spanStart, a.spanEnd] : [a.dateStart, a.dateEnd]
  const [bs, be] = b.approx ? [b.spanStart, b.spanEnd] : [b.dateStart, b.dateEnd]
  if (as > be || bs > ae) return false
  if (!compatibleCodes(a.placeCode, b.placeCode)) return false
  if (!compatibleCodes(a.actorCode, b.actorCode)) return false
  if (a.type === 'signing' && !sameAgreement(a, b)) return false
  return true
}

/** How well a mention fits a stored event, to choose among several compatible ones. */
export function fitScore(event: EventFields, mention: EventFields): number {
  let score = 0
  if (!event.approx && !mention.approx && event.dateStart === mention.dateStart && event.dateEnd === mention.dateEnd)
    score += 4
  if (event.placeCode !== null && event.placeCode === mention.placeCode) score += 3
  if (event.actorCode !== null && event.actorCode === mention.actorCode) score += 2
  if (event.title !== null && mention.title !== null && normalName(event.title) === normalName(mention.title))
    score += 3
  return score
}

/** Folds a mention into a canonical event: exact dates beat vague ones, finer places and actors beat coarser ones. */
export function refine(event: EventFields, mention: EventFields): EventFields {
  let dates: Pick<EventFields, 'dateStart' | 'dateEnd' | 'approx' | 'spanStart' | 'spanEnd'>
  if (event.approx && !mention.approx) {
    dates = mention
  } else if (!event.approx && mention.approx) {
    dates = event
  } else if (!event.approx) {
    const start = earlier(event.dateStart, mention.dateStart)
    const end = later(event.dateEnd, mention.dateEnd)
    dates = { dateStart: start, dateEnd: end, approx: false, spanStart: start, spanEnd: end }
  } else {
    const spanStart = later(event.spanStart, mention.spanStart)
    const spanEnd = earlier(event.spanEnd, mention.spanEnd)
    dates =
      spanStart <= spanEnd
        ? { dateStart: event.dateStart, dateEnd: event.dateEnd, approx: true, spanStart, spanEnd }
        : event
  }
  const parties = [...event.parties]
  for (const p of mention.parties) {
    if (!parties.some((q) => normalName(q) === normalName(p))) parties.push(p)
  }
  const title =
    event.title === null
      ? mention.title
      : mention.title !== null && mention.title.length > event.title.length
        ? mention.title
        : event.title
  return {
    ...event,
    ...dates,
    placeCode: moreSpecific(event.placeCode, mention.placeCode),
    actorCode: moreSpecific(event.actorCode, mention.actorCode),
    title,
    parties,
  }
}

/** The canonical fields of an event from all its mentions, oldest first. */
export function canonicalOf(mentions: readonly EventFields[]): EventFields | undefined {
  const [first, ...rest] = mentions
  if (!first) return undefined
  return rest.reduce(refine, first)
}

export interface MergeReport {
  /** mentions stored */
  readonly events: number
  /** mentions that joined a canonical event another article had reported */
  readonly merged: number
  /** canonical events created */
  readonly created: number
  readonly eventIds: readonly number[]
}

/**
 * Stores an article's extracted events as mentions, each joined to the canonical event it is the same as, or to a
 * new one. Runs inside the caller's transaction, which holds the ingest lock. Two events of one article never
 * join the same canonical event (the engine already told them apart).
 */
export async function mergeArticleEvents(
  trx: Kysely<Database>,
  articleId: number,
  events: readonly ExtractedEvent[],
  engineVersion: string,
): Promise<MergeReport> {
  const facts = events.map(factsOf)
  // one query for the candidates of every event; the article's own new events are never candidates of each other
  const candidates = await eventCandidatesAny(trx, facts.map(candidateRange))
  const used = new Set<number>()
  const targets: (StoredEvent | undefined)[] = facts.map((f) => {
    let target: StoredEvent | undefined
    for (const c of candidates) {
      if (used.has(c.id) || !sameEvent(c, f)) continue
      if (!target || fitScore(c, f) > fitScore(target, f)) target = c
    }
    if (target) used.add(target.id)
    return target
  })
  const fresh: EventFields[] = []
  const mentions = events.map((event, ordinal) => {
    const target = targets[ordinal]
    const f = facts[ordinal] as EventFields
    return {
      event: target ? { id: target.id } : { fresh: fresh.push(f) - 1 },
      articleId,
      ordinal,
      engineVersion,
      json: JSON.stringify(event),
    }
  })
  const freshIds = await insertEventsWithMentions(trx, fresh, mentions)
  const eventIds = mentions.map((m) => ('id' in m.event ? m.event.id : (freshIds[m.event.fresh] as number)))
  // a merged event is refined by its new mention (the fold over its mentions, one step further)
  for (const [i, target] of targets.entries()) {
    const f = facts[i]
    if (target && f) await updateEvent(trx, target.id, { ...refine(target, f), canonical: target.canonical })
  }
  return {
    events: events.length,
    merged: targets.filter(Boolean).length,
    created: freshIds.length,
    eventIds,
  }
}

/** Recomputes a canonical event's fields from its mentions (its id stays). */
export async function recomputeEvent(trx: Kysely<Database>, eventId: number): Promise<void> {
  const rows = await eventMentions(trx, eventId)
  const canonical = canonicalOf(rows.map((r) => factsOf(r.extracted as ExtractedEvent)))
  if (canonical) await updateEvent(trx, eventId, canonical)
}

/** Re-extraction: replaces an article's mentions; canonical events still reported keep their ids. */
export async function replaceArticleEvents(
  trx: Kysely<Database>,
  articleId: number,
  events: readonly ExtractedEvent[],
  engineVersion: string,
): Promise<MergeReport & { kept: number; removed: number }> {
  const before = await deleteArticleMentions(trx, articleId)
  const report = await mergeArticleEvents(trx, articleId, events, engineVersion)
  const stillThere = new Set(report.eventIds)
  const orphans = before.filter((id) => !stillThere.has(id))
  const removed = await deleteEventsWithoutMentions(trx, orphans)
  // the fields of every event this article touched are folded again from the mentions left
  for (const id of new Set([...report.eventIds, ...orphans])) await recomputeEvent(trx, id)
  return { ...report, kept: before.filter((id) => stillThere.has(id)).length, removed }
}
