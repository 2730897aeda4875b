// The narrative an article tells: sentences and clauses, and which date, place and actor are in force at each point.
import type { Delegation, OrgMention, PersonMention, Place, PlaceMention, TimeMention, TimeValue } from '../types.ts'
import type { DelegationMention, DraftDate, EventDraft, ReadInput, Span } from './draft.ts'
import { ABBREVIATION_FOLLOW, REGION_ABBREVIATIONS } from './lexicon.ts'
import { companySeatAt } from './org-seat.ts'

export interface Clause {
  readonly start: number
  readonly end: number
}

export interface Sentence {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly headline: boolean
  readonly paragraph: number
  readonly clauses: readonly Clause[]
  readonly times: readonly TimeMention[]
  readonly places: readonly PlaceMention[]
  readonly delegations: readonly DelegationMention[]
  readonly people: readonly PersonMention[]
  readonly orgs: readonly OrgMention[]
}

/** What the narrative holds at a point: the last date told, where the story is, who travels. */
export interface NarrativeState {
  date: DraftDate | null
  place: { place: Place; span: Span; paragraph: number } | null
  actor: { delegation: Delegation; span: Span } | null
  meeting: EventDraft | null
  /** sentence index where the meeting in force was last told or referred to */
  meetingAt: number
  readonly events: EventDraft[]
}

const MAX_SENTENCE = 600

/** Sentence and clause ends, by UTF-16 code: 。!?！？;；newline and ,，:： */
const SENTENCE_END = new Set([0x3002, 0x21, 0x3f, 0xff01, 0xff1f, 0x3b, 0xff1b, 0x0a])
const CLAUSE_END = new Set([0x2c, 0xff0c, 0x3a, 0xff1a])

/** Hands out, sentence by sentence, the mentions inside each one (mentions sorted by start): linear overall. */
class Cursor<T extends { start: number; end: number }> {
  private at = 0
  private readonly items: readonly T[]
  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start)
  }
  within(start: number, end: number): T[] {
    const out: T[] = []
    while (this.at < this.items.length && (this.items[this.at]?.start ?? 0) < start) this.at++
    for (let k = this.at; k < this.items.length; k++) {
      const m = this.items[k]
      if (!m || m.start >= end) break
      if (m.end <= end) out.push(m)
    }
    return out
  }
}

export function splitSentences(input: ReadInput): Sentence[] {
  const { text } = input
  const out: Sentence[] = []
  let start = 0
  let paragraph = 0
  const times = new Cursor(input.times)
  const places = new Cursor(input.places)
  const delegations = new Cursor(input.delegations)
  const people = new Cursor(input.people)
  const orgs = new Cursor(input.orgs)
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1
    // a run of text with no sentence end is cut every MAX_SENTENCE units: the readers stay linear
    if (i < text.length && !SENTENCE_END.has(code) && i - start < MAX_SENTENCE) continue
    const end = i < text.length ? i + 1 : i
    let visible = 0
    for (let k = start; k < end && visible < 2; k++) if (text.charCodeAt(k) > 0x20) visible++
    if (visible > 1) {
      const clauses: Clause[] = []
      let cs = start
      for (let k = start; k < end; k++) {
        if (CLAUSE_END.has(text.charCodeAt(k))) {
          clauses.push({ start: cs, end: k + 1 })
          cs = k + 1
        }
      }
      if (cs < end) clauses.push({ start: cs, end })
      out.push({
        index: out.length,
        start,
        end,
        text: text.slice(start, end),
        headline: start < input.headlineEnd,
        paragraph,
        clauses,
        times: times.within(start, end),
        places: places.within(start, end),
        delegations: delegations.within(start, end),
        people: people.within(start, end),
        orgs: orgs.within(start, end),
      })
    } else {
      times.within(start, end)
      places.within(start, end)
    }
    if (code === 0x0a) paragraph++
    start = end
  }
  return out
}

export function clauseOf(s: Sentence, pos: number): Clause {
  return s.clauses.find((c) => pos >= c.start && pos < c.end) ?? { start: s.start, end: s.end }
}

const DAY_MS = 86_400_000
const dayCache = new Map<string, number>()
export function dayNumber(iso: string): number {
  const key = iso.slice(0, 10)
  let n = dayCache.get(key)
  if (n === undefined) {
    n = Math.round(Date.parse(`${key}T00:00:00Z`) / DAY_MS)
    if (dayCache.size > 10_000) dayCache.clear()
    dayCache.set(key, n)
  }
  return n
}
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}
export function spanDays(v: TimeValue): number {
  return dayNumber(v.end) - dayNumber(v.start) + 1
}

/** A time value an event can carry: a day, a short range, or a vague window of at most 14 days. */
export function usableForEvent(v: TimeValue): boolean {
  if (v.grain === 'year') return false
  if (v.grain === 'month' && !v.approx) return false
  // the scorer's windows reach 14 days past their first day
  return spanDays(v) <= 15
}

/** Whether a mention moves the narrative's date: days, ranges, windows and months (not bare years). */
function movesNarrative(m: TimeMention): boolean {
  return m.value.grain !== 'year'
}

/** Dates inside a 《title》 or a quoted name are no narrative dates. */
function insideTitle(text: string, pos: number, floor: number): boolean {
  for (let i = pos - 1; i >= floor; i--) {
    const ch = text.charCodeAt(i)
    if (ch === 0x300a || ch === 0x201c) return true // 《 “
    if (ch === 0x300b || ch === 0x201d) return false // 》 ”
  }
  return false
}

const narrativeCache = new WeakMap<Sentence, TimeMention[]>()

export function narrativeTimes(s: Sentence, text: string): TimeMention[] {
  let hit = narrativeCache.get(s)
  if (!hit) {
    hit = s.times.length === 0 ? [] : s.times.filter((m) => movesNarrative(m) && !insideTitle(text, m.start, s.start))
    narrativeCache.set(s, hit)
  }
  return hit
}

function asDate(m: TimeMention, stated: boolean): DraftDate {
  return { value: m.value, span: { start: m.start, end: m.end, rule: `date:${m.rule}` }, stated }
}

/** The date in force at `pos`: the clause's own date, else the last one before it in the sentence, else the narrative's. */
export function dateAt(s: Sentence, pos: number, text: string, state: NarrativeState): DraftDate | null {
  const times = narrativeTimes(s, text)
  const clause = clauseOf(s, pos)
  const inClause = times.filter((m) => m.start >= clause.start && m.end <= clause.end)
  const before = inClause.filter((m) => m.start < pos)
  const pick = before.at(-1) ?? inClause[0]
  if (pick) return asDate(pick, true)
  const earlier = times.filter((m) => m.end <= pos).at(-1)
  if (earlier) return asDate(earlier, true)
  return state.date ? { ...state.date, stated: false } : null
}

/** After a sentence is read: its last narrative date stays in force. */
export function advanceDate(s: Sentence, text: string, state: NarrativeState): void {
  const last = narrativeTimes(s, text).at(-1)
  if (last && !s.headline) state.date = asDate(last, false)
}

export interface FoundPlace {
  readonly place: Place
  readonly start: number
  readonly end: number
  readonly rule: string
  /** the broader region a chain named first (贵州省 in 贵州省贵阳、黔西南州) */
  readonly within?: Place
}

/** Place mentions, plus one-character region names and 我省/我市 right after a motion verb. */
export function placeRun(input: ReadInput, s: Sentence, from: number, rule: string): FoundPlace[] {
  const { text } = input
  const out: FoundPlace[] = []
  let at = from
  let within: Place | undefined
  if (text[at] === '了') at++
  for (;;) {
    const m = s.places.find((p) => p.start === at)
    if (m) {
      const prev = out.at(-1)
      // 吉林省延边州龙井市: a chain narrows the same stop
      if (prev && prev.end === m.start && m.place.code.startsWith(prev.place.code.replace(/0+$/, ''))) {
        out.pop()
        if (out.length === 0 && prev.place.code.endsWith('0000')) within = prev.place
      }
      // 贵州省贵阳 read as one chain: the province it opens with is the region the stops are named under
      if (out.length === 0 && !within && m.rule === 'chain' && !m.place.code.endsWith('0000')) {
        const region = input.placeByCode(provinceCode(m.place.code))
        if (region && m.text.startsWith(region.name.slice(0, 2))) within = region
      }
      out.push({ place: m.place, start: m.start, end: m.end, rule, ...(within ? { within } : {}) })
      at = m.end
      const sep = text[at]
      if (sep === '、' || sep === '和' || sep === '及') {
        if (s.places.some((p) => p.start === at + 1)) {
          at++
          continue
        }
      }
      if (s.places.some((p) => p.start === at)) continue
      break
    }
    const two = text.slice(at, at + 2)
    if ((two === '我省' || two === '我市' || two === '本市' || two === '本省' || two === '我区') && input.home) {
      out.push({ place: input.home, start: at, end: at + 2, rule: `${rule}+home` })
      break
    }
    const ch = text[at] ?? ''
    const abbr = REGION_ABBREVIATIONS[ch]
    if (abbr && out.length === 0 && ABBREVIATION_FOLLOW.test(text.slice(at + 1, at + 3))) {
      const place = input.placeByCode(abbr.code) ?? {
        code: abbr.code,
        name: abbr.name,
        province: abbr.name,
      }
      out.push({ place, start: at, end: at + 1, rule: `${rule}+abbr` })
    }
    // 莅临特发集团: a company whose seat the article states
    if (out.length === 0) {
      const seat = companySeatAt(input, at)
      if (seat) out.push({ place: seat.place, start: at, end: seat.end, rule: `${rule}+org-seat` })
    }
    break
  }
  return out
}

/** The last place told after 在 / 于 between `from` and `to` (在广州召开, 于福州签署), with its span. */
export function explicitPlace(
  input: ReadInput,
  s: Sentence,
  from: number,
  to: number,
): { place: Place; span: Span } | null {
  const { text } = input
  const re = /[在于]/g
  const slice = text.slice(from, to)
  let found: { place: Place; span: Span } | null = null
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const run = placeRun(input, s, from + m.index + 1, 'place:at')
    const p = run.at(-1)
    if (p) found = { place: p.place, span: { start: p.start, end: p.end, rule: p.rule } }
  }
  return found
}

export function provinceCode(code: string): string {
  return `${code.slice(0, 2)}0000`
}
export function cityCode(code: string): string | null {
  return code.slice(2, 4) === '00' ? null : `${code.slice(0, 4)}00`
}
