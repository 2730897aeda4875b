// The matching fields of an extracted event, and the event as it leaves the engine thread. Pure: the engine thread
// loads this module, and nothing of the store.
import type { ExtractedEvent } from '../extract/index.ts'
import type { EventFields } from '../store/index.ts'

/** The earlier and the later of two YYYY-MM-DD dates (string order is calendar order). */
export const earlier = (a: string, b: string): string => [a, b].sort()[0] ?? a
export const later = (a: string, b: string): string => [a, b].sort()[1] ?? b

/** The matching fields of an extracted event. */
export function factsOf(event: ExtractedEvent): EventFields {
  const approx = event.date.approx === true
  const [spanStart, spanEnd] = approx && event.date.window ? event.date.window : [event.date.start, event.date.end]
  return {
    type: event.type,
    label: event.label,
    dateStart: event.date.start,
    dateEnd: event.date.end,
    approx,
    spanStart: earlier(spanStart, event.date.start),
    spanEnd: later(spanEnd, event.date.end),
    placeCode: event.place?.code ?? null,
    actorCode: event.delegation?.region.code ?? null,
    title: event.title ?? null,
    parties: event.parties ?? [],
    canonical: event,
  }
}

/**
 * An extracted event as ingest keeps it: the fields it is matched by, and the event itself as JSON text (stored as
 * the mention, and as a new canonical event's representative). The engine thread serialises it once; the worker's
 * thread never rebuilds the event's object graph, nor serialises it again.
 */
export interface ReadEvent {
  readonly fields: Omit<EventFields, 'canonical'>
  readonly json: string
}

export function readEvent(event: ExtractedEvent): ReadEvent {
  const { canonical: _, ...fields } = factsOf(event)
  return { fields, json: JSON.stringify(event) }
}
