// Meetings: a convened meeting told as a noun (…座谈会在广州召开) or as an act (会见, 会谈, 座谈交流).
import type { Place } from '../types.ts'
import { type DraftDate, type EventDraft, newDraft, type ReadInput, type Span } from './draft.ts'
import { MEETING_NOUNS, PLAN_MARKERS } from './lexicon.ts'
import { clauseOf, dateAt, explicitPlace, type NarrativeState, type Sentence } from './narrative.ts'

const NOUN = new RegExp(`(?:${MEETING_NOUNS})`, 'g')
// 参加会见 / 陪同会见: who else was there, not another meeting
const VERB =
  /(?<!参与|参加|出席|陪同)(?:会见|会谈|会晤)|拜会|会面|座谈交流|(?<!设宴)接待|举行座谈|(?<!参与|参加)座谈(?!会)/g
/** A meeting noun is an event when it is convened; otherwise it names one told elsewhere. */
const CONVENED_AFTER = /^[^,。;]{0,30}?(召开|举行|举办|开幕|闭幕|落下帷幕|落幕|由[^,。]{1,20}主持)/
const CONVENED_BEFORE = /(召开|举行|举办|主持召开|主持|出席|参加|组织)了?[^,。;召举]{0,30}$/
const REFERENCE_AFTER = /^(上的|精神|上讲话|的重要讲话|上发表的|召开以来|以来)/
const ANAPHORA = /(此次|此番|这次|本次|该|上述)[^,。]{0,12}$/
const NAME_BOUNDARY = /[,。;:、“”()《》在于]|日前|近日|近期|召开|举行|举办|主持|出席|参加|[日午晚的]/g

export interface MeetingReference {
  readonly name: string
  readonly place: Place | null
  readonly start: number
  /** told with 此次 / 这次 / 该: the article's own occasion */
  readonly anaphora: boolean
}

/** A meeting's name: the words before its noun, back to a boundary. */
function nameBefore(text: string, from: number, nounEnd: number): { name: string; start: number } {
  const slice = text.slice(from, nounEnd)
  let cut = 0
  NAME_BOUNDARY.lastIndex = 0
  const nounStart = nounEnd - from
  for (let m = NAME_BOUNDARY.exec(slice); m !== null; m = NAME_BOUNDARY.exec(slice)) {
    const e = m.index + m[0].length
    if (e > nounStart - 2) break
    cut = e
  }
  return { name: slice.slice(cut).replace(/^[—\-·\s了]+/, ''), start: from + cut }
}

function placeFor(
  input: ReadInput,
  s: Sentence,
  clause: { start: number; end: number },
  state: NarrativeState,
): { place: Place; span: Span } | null {
  const own = explicitPlace(input, s, clause.start, clause.end)
  if (own) return own
  if (state.place) return { place: state.place.place, span: { ...state.place.span, rule: 'place:narrative' } }
  if (input.home) return { place: input.home, span: { start: s.start, end: s.start, rule: 'place:home' } }
  return null
}

/** 上海市委书记陈吉宁会见…: told nowhere else, a meeting is where its host (the subject, with a region's title) governs. */
function hostPlace(input: ReadInput, s: Sentence, from: number, verbAt: number): { place: Place; span: Span } | null {
  const host = s.people.findLast((p) => p.start >= from && p.end <= verbAt && p.region !== undefined)
  const place = host?.region ? input.placeByCode(host.region) : undefined
  return host && place ? { place, span: { start: host.start, end: host.end, rule: 'place:host' } } : null
}

/** One audience (会见, 会谈…), as against 座谈交流 with several parties, which may fill every day of a span. */
const AUDIENCE = /^(?:会见|会谈|会晤|拜会)$/
/** 其间召开… / 期间举行…: an occasion inside the span in force, on a day of it */
const DURING = /^(?:其间|期间)/

/**
 * A one-off occasion (an audience, or one told with 其间) dated by a span another clause states (8月21日至22日，考察团
 * 来宁考察，…在银川会见了考察团) took one day of it, unknown which.
 */
function oneDayOf(date: DraftDate | null, clause: { start: number; end: number }): DraftDate | null {
  if (!date?.stated || date.value.start === date.value.end) return date
  return date.span.start >= clause.start && date.span.end <= clause.end ? date : { ...date, during: true }
}

function counterpartsIn(s: Sentence, from: number, to: number): string[] {
  return s.orgs.filter((o) => o.start >= from && o.end <= to).map((o) => o.name)
}

export function findMeetings(
  input: ReadInput,
  s: Sentence,
  state: NarrativeState,
): {
  events: EventDraft[]
  references: MeetingReference[]
} {
  const { text } = input
  const events: EventDraft[] = []
  const references: MeetingReference[] = []
  NOUN.lastIndex = 0
  for (let m = NOUN.exec(s.text); m !== null; m = NOUN.exec(s.text)) {
    const start = s.start + m.index
    const end = start + m[0].length
    const clause = clauseOf(s, start)
    const { name, start: nameStart } = nameBefore(text, clause.start, end)
    const after = text.slice(end, s.end)
    // a list of names sharing one verb: …座谈会、…座谈会相继在广州召开
    const listTail = after.replace(/^(?:、[^,。;、]{2,30}?(?:会议|会))+/, '')
    const before = text.slice(clause.start, nameStart)
    const convened = (CONVENED_AFTER.test(listTail) || CONVENED_BEFORE.test(before)) && !REFERENCE_AFTER.test(after)
    const local = explicitPlace(input, s, clause.start, Math.min(s.end, end + 16))
    const anaphora = ANAPHORA.test(text.slice(Math.max(s.start, nameStart - 14), nameStart))
    if (!convened || anaphora) {
      references.push({ name, place: local?.place ?? null, start, anaphora })
      continue
    }
    if (PLAN_MARKERS.test(text.slice(clause.start, start))) continue
    if (/签约仪式$|开工仪式$/.test(name) && m[0] === '会议') continue
    // a bare 会议 placed only by the narrative is too vague to be an occasion
    if (name === '会议' && !local) continue
    const d = newDraft('meeting', { start, end, rule: 'meeting:noun' }, name, s.index, s.headline)
    d.name = name
    const place = local ?? placeFor(input, s, clause, state)
    if (place) {
      d.place = place.place
      d.placeSpan = place.span
    }
    const date = dateAt(s, start, text, state)
    d.date = DURING.test(text.slice(clause.start, start)) ? oneDayOf(date, clause) : date
    d.counterparts = counterpartsIn(s, clause.start, clause.end)
    d.confidence = 0.6 + (d.date?.stated ? 0.2 : 0) + (local ? 0.1 : 0)
    events.push(d)
  }
  VERB.lastIndex = 0
  for (let m = VERB.exec(s.text); m !== null; m = VERB.exec(s.text)) {
    const start = s.start + m.index
    const end = start + m[0].length
    const clause = clauseOf(s, start)
    const next = text.slice(end, end + 2)
    const anaphora = ANAPHORA.test(text.slice(Math.max(s.start, start - 14), start))
    if (
      /^([时的后前会系]|现场)/.test(next) ||
      /^中(?:[,:说谈]|表示|指出|强调)/.test(text.slice(end, end + 3)) ||
      anaphora
    ) {
      // 在与…座谈交流时 / 座谈时表示 / 此次座谈: the meeting is told elsewhere
      const local = explicitPlace(input, s, clause.start, end)
      references.push({ name: '', place: local?.place ?? null, start, anaphora })
      continue
    }
    if (events.some((e) => e.trigger.start <= start && e.trigger.end >= end)) continue
    if (PLAN_MARKERS.test(text.slice(clause.start, start))) continue
    const d = newDraft(
      'meeting',
      { start, end, rule: 'meeting:verb' },
      text.slice(clause.start, clause.end).trim(),
      s.index,
      s.headline,
    )
    d.verb = m[0]
    const audience = AUDIENCE.test(m[0]) || DURING.test(text.slice(clause.start, start))
    const place = placeFor(input, s, { start: clause.start, end }, state) ?? hostPlace(input, s, clause.start, start)
    if (place) {
      d.place = place.place
      d.placeSpan = place.span
    }
    const date = dateAt(s, start, text, state)
    d.date = audience ? oneDayOf(date, clause) : date
    d.counterparts = counterpartsIn(s, clause.start, clause.end)
    d.confidence = 0.55 + (d.date?.stated ? 0.2 : 0)
    events.push(d)
  }
  return { events, references }
}
