// Event readers of the engine: visits, meetings and signings read from the narrative, refined, with evidence.
import { evidenceAt, type OffsetMap } from '../span.ts'
import type { EventDate, Evidence, ExtractedEvent } from '../types.ts'
import type { EventDraft, ReadInput } from './draft.ts'
import { readDrafts } from './reader.ts'
import { isApprox, refineDrafts } from './refine.ts'

export type { DelegationMention, EventDraft, ReadInput } from './draft.ts'
export { readDrafts } from './reader.ts'
export { REFINERS, refineDrafts } from './refine.ts'

function dateOf(d: EventDraft): EventDate {
  const date = d.date
  if (!date) throw new Error('refined drafts carry a date')
  const v = date.value
  const part = v.part ? { part: v.part } : {}
  if (isApprox(date, d.type)) return { start: v.start, end: v.end, approx: true, window: [v.start, v.end], ...part }
  return { start: v.start, end: v.end, ...part }
}

function evidenceOf(d: EventDraft, toOriginal: OffsetMap): Evidence[] {
  const out: Evidence[] = [evidenceAt(toOriginal, 'type', d.trigger.start, d.trigger.end, d.trigger.rule)]
  if (d.date) out.push(evidenceAt(toOriginal, 'date', d.date.span.start, d.date.span.end, d.date.span.rule))
  if (d.placeSpan) out.push(evidenceAt(toOriginal, 'place', d.placeSpan.start, d.placeSpan.end, d.placeSpan.rule))
  if (d.actorSpan) out.push(evidenceAt(toOriginal, 'delegation', d.actorSpan.start, d.actorSpan.end, d.actorSpan.rule))
  if (d.titleSpan) out.push(evidenceAt(toOriginal, 'title', d.titleSpan.start, d.titleSpan.end, d.titleSpan.rule))
  if (d.partiesSpan)
    out.push(evidenceAt(toOriginal, 'parties', d.partiesSpan.start, d.partiesSpan.end, d.partiesSpan.rule))
  return out
}

function labelOf(d: EventDraft): string {
  const base = d.type === 'signing' && d.title ? d.title : d.name || d.label
  return base.length > 60 ? `${base.slice(0, 59)}…` : base
}

/** Reads the events of an analysed text; evidence offsets are mapped into the original text. */
export function readEvents(input: ReadInput, toOriginal: OffsetMap): ExtractedEvent[] {
  const drafts = refineDrafts(readDrafts(input), { publishedDay: input.publishedDay })
  drafts.sort(
    (a, b) => (a.date?.value.start ?? '').localeCompare(b.date?.value.start ?? '') || a.trigger.start - b.trigger.start,
  )
  return drafts.map((d, i) => {
    const ev: ExtractedEvent = {
      id: `e${i + 1}`,
      type: d.type,
      label: labelOf(d),
      date: dateOf(d),
      place: d.place,
      ...(d.type === 'visit' && d.actor ? { delegation: d.actor } : {}),
      counterparts: [...d.counterparts],
      ...(d.type === 'signing' ? { parties: [...d.parties] } : {}),
      ...(d.type === 'signing' && d.title ? { title: d.title } : {}),
      evidence: evidenceOf(d, toOriginal),
      confidence: Math.round(Math.min(0.99, d.confidence) * 100) / 100,
    }
    return ev
  })
}
