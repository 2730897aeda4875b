// Visits: a delegation or an official at a place away from home (抵达X, 赴X, 到X学习考察, 在X期间, 代表团在X).

import { parseCount } from '../time/numerals.ts'
import { actorAt } from './actor.ts'
import { type EventDraft, newDraft, type ReadInput } from './draft.ts'
import { PLAN_MARKERS } from './lexicon.ts'
import {
  clauseOf,
  dateAt,
  dayNumber,
  dayString,
  type FoundPlace,
  type NarrativeState,
  placeRun,
  type Sentence,
} from './narrative.ts'

interface VisitRule {
  readonly id: string
  readonly pattern: RegExp
  /** offset (from the match end) where the destination starts */
  readonly placeAt?: (m: RegExpExecArray) => number
  /** what must follow the destination for the rule to hold */
  readonly after?: RegExp
}

/** Ordered rules; a destination already taken by an earlier rule in the same sentence is not taken twice. */
export const VISIT_RULES: readonly VisitRule[] = [
  {
    id: 'visit:motion',
    pattern:
      /抵达|到达|飞抵|来到|到访|莅临|赶往|前往|奔赴|出访|走访|遍访|连访|访问|(?<![抵达])抵|赴|(?<![以近年未带原从起出回看上下过进将本])来|(?<![受得达看提做想感遇报收办用找听见直等来])到|(?<![到拜])访/g,
  },
  { id: 'visit:during', pattern: /在(?=[^,。]{1,16}期间)/g, after: /^期间/ },
  // 代表团在… / 代表团6月5日至6日在港访问: the group, perhaps its dates, then where it was
  { id: 'visit:group-at', pattern: /(?:代表团|考察团|访问团|一行|率团)[^,。在]{0,12}在/g },
  { id: 'visit:inspect', pattern: /(?:实地考察|考察|调研|参观)了?/g },
]

const FUTURE = /将(?![近军领])|拟|计划|准备/
const ANAPHORA = /(此次|此番|这次|本次|此行|该)$/
const DURATION = /^[^。]{0,12}?(?:一连|为期|连续)([两二三四五六七八九十\d]{1,2})天/
function daysOf(s: string): number {
  const n = parseCount(s)
  return Number.isNaN(n) ? 0 : n
}

function planned(text: string, from: number, to: number): boolean {
  return PLAN_MARKERS.test(text.slice(from, to)) || /[将拟要][^,。]?$/.test(text.slice(Math.max(from, to - 2), to))
}

export function findVisits(input: ReadInput, s: Sentence, state: NarrativeState): EventDraft[] {
  const { text } = input
  const out: EventDraft[] = []
  const taken = new Set<number>()
  for (const rule of VISIT_RULES) {
    rule.pattern.lastIndex = 0
    for (let m = rule.pattern.exec(s.text); m !== null; m = rule.pattern.exec(s.text)) {
      const start = s.start + m.index
      const end = start + m[0].length
      const run: FoundPlace[] = placeRun(input, s, end, rule.id)
      if (run.length === 0) continue
      const last = run.at(-1)
      if (!last) continue
      if (rule.after && !rule.after.test(text.slice(last.end, last.end + 4))) continue
      // 北京·贵阳大数据中心: a place inside a name is no destination
      if (/^[·•]/.test(text.slice(last.end, last.end + 1))) continue
      if (run.some((p) => taken.has(p.start))) continue
      const clause = clauseOf(s, start)
      if (planned(text, clause.start, start)) continue
      // 广东将组织…，并派遣…到汶川: a clause joined by 并 shares the future of the clause it continues
      if (/^[并且]/.test(text.slice(clause.start, clause.start + 1)) && FUTURE.test(text.slice(s.start, clause.start)))
        continue
      if (ANAPHORA.test(text.slice(Math.max(s.start, start - 3), start))) continue
      // "到…考察" as a motion is read by visit:motion; "考察了X" only names a stop
      const actor = actorAt(input, s, end, state)
      if (!actor) continue
      // 广东也派出干部到汶川: a clause whose subject is another region is not the narrative's traveller
      if (actor.span.rule === 'actor:narrative') {
        const subject = s.places.find((p) => p.start === clause.start || p.start === clause.start + 1)
        if (subject && subject.end <= start && subject.place.code !== actor.delegation.region.code) continue
      }
      for (const p of run) taken.add(p.start)
      let date = dateAt(s, start, text, state)
      // 展开一连三天的访问 / 开始为期5天的考察: the stay runs that many days from its first
      const span = DURATION.exec(text.slice(end, s.end))
      const days = span ? daysOf(span[1] ?? '') : 0
      if (date && days > 1 && date.value.start === date.value.end && !date.value.approx) {
        const last = dayString(dayNumber(date.value.start) + days - 1)
        date = { ...date, value: { ...date.value, end: last } }
      }
      // 陆续 / 相继 / 先后: several travellers over a span, each on a day unknown within it
      const staggered = /陆续|相继|先后|分批|纷纷/.test(text.slice(clause.start, start))
      const visitDate =
        date && staggered && date.value.start !== date.value.end
          ? { ...date, value: { ...date.value, approx: true, grain: 'window' as const } }
          : date
      for (let traveller of [actor.delegation, ...(actor.others ?? [])]) {
        for (const stop of run) {
          if (actor.atHome && stop.place.code.endsWith('0000')) continue
          const home = actor.atHome ? input.placeByCode(`${stop.place.code.slice(0, 2)}0000`) : undefined
          if (home) traveller = { ...traveller, region: { code: home.code, name: home.name } }
          const actorCode = traveller.region.code
          if (stop.place.code === actorCode) continue
          // a city's delegation inside its own province's capital is still away; a province's own city is an inspection
          if (
            actorCode.endsWith('0000') === false &&
            stop.place.code.endsWith('0000') &&
            stop.place.code.slice(0, 2) === actorCode.slice(0, 2)
          )
            continue
          const d = newDraft(
            'visit',
            { start, end, rule: rule.id },
            text.slice(clause.start, clause.end).trim(),
            s.index,
            s.headline,
          )
          d.place = stop.place
          d.placeSpan = { start: stop.start, end: stop.end, rule: stop.rule }
          d.actor = traveller
          d.actorSpan = actor.span
          d.date = visitDate
          d.confidence = 0.55 + (date?.stated ? 0.2 : 0) + (actor.span.rule === 'actor:narrative' ? 0 : 0.1)
          d.stops = run.length
          d.tripRegion = run[0]?.within ?? null
          out.push(d)
        }
      }
    }
  }
  return out
}
