// The narrative reader: walks the sentences in order, runs the event finders, keeps date, place and actor in force.
import { delegationsIn } from './actor.ts'
import type { EventDraft, ReadInput } from './draft.ts'
import { findMeetings, type MeetingReference } from './meeting.ts'
import {
  advanceDate,
  cityCode,
  type NarrativeState,
  narrativeTimes,
  type Sentence,
  splitSentences,
  usableForEvent,
} from './narrative.ts'
import { findSignings } from './signing.ts'
import { findVisits } from './visit.ts'

function samePlace(a: string, b: string): boolean {
  if (a === b) return true
  const ca = cityCode(a)
  const cb = cityCode(b)
  return ca !== null && cb !== null && ca === cb
}

const compacted = new Map<string, string>()
function compactName(name: string): string {
  let c = compacted.get(name)
  if (c === undefined) {
    c = name.replace(/[^\u4e00-\u9fff]/g, '')
    if (compacted.size > 5000) compacted.clear()
    compacted.set(name, c)
  }
  return c
}

/** An event told earlier that a reference (此次座谈, 座谈会上, 在深圳期间) points back to. */
/** How far back a reference may reach, in drafts: keeps long texts linear. */
const LOOKBACK = 64

/** The latest draft, at most LOOKBACK back, that `ok` accepts. */
function latest(state: NarrativeState, ok: (e: EventDraft) => boolean): EventDraft | null {
  const events = state.events
  for (let i = events.length - 1, n = 0; i >= 0 && n < LOOKBACK; i--, n++) {
    const e = events[i]
    if (e && ok(e)) return e
  }
  return null
}

function linkReference(ref: MeetingReference, state: NarrativeState): EventDraft | null {
  const isMeeting = (e: EventDraft) => e.type === 'meeting' && e.date !== null
  const name = compactName(ref.name)
  if (name.length >= 4) {
    const byName = latest(state, (e) => {
      if (!isMeeting(e)) return false
      const n = compactName(e.name)
      return n.length >= 4 && (n === name || n.endsWith(name) || name.endsWith(n))
    })
    if (byName) return byName
  }
  if (ref.place) {
    const code = ref.place.code
    const byPlace = latest(state, (e) => isMeeting(e) && e.place !== null && samePlace(e.place.code, code))
    if (byPlace) return byPlace
  }
  if (ref.anaphora) return state.events.find((e) => isMeeting(e) && !e.headline) ?? null
  return null
}

/** A draft whose date came from the narrative takes the date of the earlier event at the same place. */
function linkByPlace(d: EventDraft, state: NarrativeState): void {
  if (d.date?.stated || !d.place) return
  const code = d.place.code
  // a province named alone (在内蒙古期间) points back to anything told inside it
  const wide = code.endsWith('0000')
  const hit = latest(
    state,
    (e) =>
      e.place !== null &&
      e.date !== null &&
      !e.headline &&
      (e.type === d.type || e.type === 'visit' || wide) &&
      (samePlace(e.place.code, code) || (wide && e.place.code.slice(0, 2) === code.slice(0, 2))),
  )
  // a one-off event placed inside a trip has an unknown day within it; an occasion's own date is kept
  if (hit?.date)
    d.date = {
      ...hit.date,
      stated: false,
      linked: true,
      during: hit.type === 'visit' && (d.type !== 'visit' || hit.stops > 1),
    }
}

function applyReference(ref: MeetingReference, s: Sentence, state: NarrativeState, text: string): void {
  const hit = linkReference(ref, state)
  if (!hit) return
  state.meeting = hit
  state.meetingAt = s.index
  if (narrativeTimes(s, text).length === 0 && hit.date) state.date = { ...hit.date, stated: false, linked: true }
  if (hit.place && hit.placeSpan) state.place = { place: hit.place, span: hit.placeSpan, paragraph: s.paragraph }
}

export function readDrafts(input: ReadInput): EventDraft[] {
  const { text } = input
  const sentences = splitSentences(input)
  const state: NarrativeState = { date: null, place: null, actor: null, meeting: null, meetingAt: -1, events: [] }
  for (const s of sentences) {
    // references first: they bring back the date and place of an occasion told earlier
    const found = findMeetings(input, s, state)
    for (const ref of found.references) applyReference(ref, s, state, text)

    const visits = findVisits(input, s, state)
    for (const v of visits) linkByPlace(v, state)
    state.events.push(...visits)
    const lastVisit = visits.filter((v) => !v.headline).at(-1)
    if (lastVisit?.place && lastVisit.placeSpan) {
      state.place = { place: lastVisit.place, span: lastVisit.placeSpan, paragraph: s.paragraph }
    }
    // meetings are re-read now that the sentence's visits have set the place in force
    const read = visits.length > 0 ? findMeetings(input, s, state).events : found.events
    // a meeting named again without a date of its own is the one told before
    const meetings = read.filter((m) => {
      if (m.date?.stated || compactName(m.name).length < 6) return true
      const before = linkReference({ name: m.name, place: null, start: m.trigger.start, anaphora: false }, state)
      if (!before) return true
      applyReference({ name: m.name, place: null, start: m.trigger.start, anaphora: false }, s, state, text)
      return false
    })
    for (const m of meetings) linkByPlace(m, state)
    state.events.push(...meetings)
    const lastMeeting = meetings.filter((m) => !m.headline).at(-1)
    if (lastMeeting) {
      state.meeting = lastMeeting
      state.meetingAt = s.index
      if (lastMeeting.place && lastMeeting.placeSpan && lastMeeting.placeSpan.rule === 'place:at') {
        state.place = { place: lastMeeting.place, span: lastMeeting.placeSpan, paragraph: s.paragraph }
      }
    }
    const signings = findSignings(input, s, state)
    state.events.push(...signings)
    const placed = signings.filter((d) => !d.headline && d.placeSpan?.rule === 'place:at').at(-1)
    if (placed?.place && placed.placeSpan)
      state.place = { place: placed.place, span: placed.placeSpan, paragraph: s.paragraph }

    if (!s.headline) {
      const groups = delegationsIn(input, s)
      const lastGroup = groups.at(-1)
      if (lastGroup) state.actor = { delegation: lastGroup.delegation, span: lastGroup.span }
      else {
        const visitActor = visits.at(-1)
        if (visitActor?.actor && visitActor.actorSpan)
          state.actor = { delegation: visitActor.actor, span: visitActor.actorSpan }
      }
      advanceDate(s, text, state)
    }
  }
  // headline events take the lead's date
  let lead: ReturnType<typeof narrativeTimes>[number] | undefined
  if (state.events.some((d) => d.headline && d.date === null)) {
    for (const s of sentences) {
      if (s.headline) continue
      lead = narrativeTimes(s, text).find((m) => usableForEvent(m.value))
      if (lead) break
    }
  }
  for (const d of state.events) {
    if (d.headline && d.date === null && lead) {
      d.date = {
        value: lead.value,
        span: { start: lead.start, end: lead.end, rule: `date:lead:${lead.rule}` },
        stated: false,
      }
    }
  }
  return state.events
}
