// The last pass: resolve every draft to calendar days in text order, carrying the narrative (its current date,
// month and year) and the story's "today" (a dateline's day, else the publication day). Year inference lives here.

import type { PartOfDay, TimeMention, TimeValue } from '../../types.ts'
import {
  addDays,
  addMonths,
  compareYmd,
  daysInMonth,
  formatYmd,
  isValidYmd,
  toDayNumber,
  weekday,
  type Ymd,
} from '../calendar.ts'
import { HOLIDAYS, type HolidayName, lunarDay, SPRING_FESTIVAL } from '../holidays.ts'
import type { DateSpec, Draft } from '../model.ts'
import type { Published } from '../published.ts'

/** The widest window the scorer still matches; vague recent spans are cut to it. */
export const RECENT_DAYS = 14

interface Resolved {
  readonly start: Ymd
  readonly end: Ymd
  readonly grain: TimeValue['grain']
  readonly approx?: boolean
  readonly implied?: boolean
  readonly part?: PartOfDay
}

interface State {
  /** the story's today: dateline day, else publication day; null when the reference is invalid */
  today: Ymd | null
  readonly pub: Published | null
  /** narrative month for bare days (19日) */
  month: { y: number; m: number; today: boolean } | null
  /** last explicit year (2022年3月) with its month, carried forward */
  year: { y: number; m: number; paragraphEnd: number } | null
  readonly text: string
  /** the next line break at or after the last position asked (texts are read in order: amortised linear) */
  nextBreak: number
  /** narrative anchor: the last day or window mention */
  last: Resolved | null
  /** the day a run of ordinal days (第一天, 第二天 …) counts from; any other date ends the run */
  ordinalBase: Resolved | null
  /** last narrative date that is not the dateline nor after today: bounds 日前/近日 windows */
  lastStory: Resolved | null
}

const PART_START_HOUR: Readonly<Record<PartOfDay, number>> = { morning: 5, noon: 11, afternoon: 13, evening: 17 }

function ymd(y: number, m: number, d: number): Ymd | null {
  return isValidYmd(y, m, d) ? { y, m, d } : null
}

function monthEnd(y: number, m: number): Ymd {
  return { y, m, d: daysInMonth(y, m) }
}

function subWindow(y: number, m: number, sub: NonNullable<DateSpec['sub']>): [Ymd, Ymd] {
  if (sub === 'early')
    return [
      { y, m, d: 1 },
      { y, m, d: 10 },
    ]
  if (sub === 'mid')
    return [
      { y, m, d: 11 },
      { y, m, d: 20 },
    ]
  return [{ y, m, d: 21 }, monthEnd(y, m)]
}

function yearSubWindow(y: number, sub: NonNullable<DateSpec['sub']>): [Ymd, Ymd] {
  if (sub === 'early')
    return [
      { y, m: 1, d: 1 },
      { y, m: 1, d: 31 },
    ]
  if (sub === 'mid')
    return [
      { y, m: 6, d: 1 },
      { y, m: 7, d: 31 },
    ]
  return [
    { y, m: 12, d: 1 },
    { y, m: 12, d: 31 },
  ]
}

function nextBreak(st: State, at: number): number {
  if (st.nextBreak < at) {
    const nl = st.text.indexOf('\n', at)
    st.nextBreak = nl < 0 ? Number.POSITIVE_INFINITY : nl
  }
  return st.nextBreak
}

/** The explicit year in force at `at`: it carries to the end of its paragraph (a page-date line or a historical
 * aside does not leak into the next one). */
function carriedYear(st: State, at: number): number | undefined {
  if (st.year && at > st.year.paragraphEnd) st.year = null
  return st.year?.y
}

/** The year of a month written without one: the carried narrative year, else the reference's (past preferred). */
function inferYear(
  st: State,
  m: number,
  d: number | undefined,
  plan: boolean,
  at: number,
): { y: number; rule?: string } | null {
  const today = st.today
  carriedYear(st, at)
  const carried = st.year
  if (carried) {
    let y = carried.y
    let rule: string | undefined
    // year-end rollover: 2023年12月28日 … 1月3日 (published in 2024)
    if (carried.m - m >= 6 && today && (y + 1) * 12 + m <= today.y * 12 + today.m) {
      y += 1
      rule = 'year-rollover'
    }
    const cand = ymd(y, m, Math.min(d ?? 1, daysInMonth(y, m)))
    // a carried year that would put an unplanned date after the reference falls back to reference inference
    if (!(cand && today && !plan && compareYmd(cand, today) > 0 && y === today.y)) return rule ? { y, rule } : { y }
  }
  if (!today) return null
  if (m > today.m && !plan) return { y: today.y - 1, rule: 'year-previous' }
  // a plan for a month already past this year is next year's (拟于1月举办, written in December)
  if (plan && m < today.m) return { y: today.y + 1, rule: 'year-next' }
  return { y: today.y }
}

function resolveAbs(st: State, d: Draft): { r: Resolved; rule?: string } | null {
  if (d.what.k !== 'abs') return null
  const from = d.what.from
  const to = d.what.to
  const today = st.today
  let yearRule: string | undefined
  // ---- year and month of `from`
  let y: number | undefined = from.y
  let m: number | undefined = from.m
  if (y === undefined && from.yRel !== undefined) {
    if (!today) return null
    y = today.y + from.yRel
  }
  if (y === undefined && from.yNarr !== undefined) {
    const base = carriedYear(st, d.start) ?? st.last?.end.y ?? today?.y
    if (base === undefined) return null
    y = base + from.yNarr
  }
  if (m === undefined && from.mRel !== undefined) {
    if (!today) return null
    const shifted = addMonths({ y: today.y, m: today.m, d: 1 }, from.mRel)
    y = shifted.y
    m = shifted.m
  }
  if (m === undefined && from.d !== undefined) {
    // bare day: the narrative month, else the reference month (past preferred)
    if (st.month) {
      y = y ?? st.month.y
      m = st.month.m
      // the month came only from today itself (a page-date line, 今天) and the day is still ahead: last month's
      if (today && !d.plan && st.month.today && y === today.y && m === today.m && from.d > today.d) {
        const prev = addMonths({ y, m, d: 1 }, -1)
        y = prev.y
        m = prev.m
      }
    } else {
      if (!today) return null
      let base = { y: today.y, m: today.m, d: 1 }
      if (from.d > today.d && !d.plan) base = addMonths(base, -1)
      y = y ?? base.y
      m = base.m
      yearRule = 'day-reference-month'
    }
  }
  if (m === undefined && from.sub !== undefined && from.yRel === undefined && from.y === undefined) {
    // bare 月底 / 下旬: the narrative month, else the reference month
    const base = st.month ?? (today ? { y: today.y, m: today.m, today: true } : null)
    if (!base) return null
    y = base.y
    m = base.m
  }
  if (y === undefined && m !== undefined) {
    const inf = inferYear(st, m, from.d, d.plan === true, d.start)
    if (!inf) return null
    y = inf.y
    yearRule = inf.rule ?? yearRule
  }
  if (y === undefined) {
    // 年底 alone: the narrative year, else the reference year
    const base = carriedYear(st, d.start) ?? today?.y
    if (base === undefined) return null
    y = base
  }
  // ---- value of `from`
  let start: Ymd
  let end: Ymd
  let grain: TimeValue['grain']
  let approx = false
  if (m === undefined) {
    if (from.sub !== undefined) {
      ;[start, end] = yearSubWindow(y, from.sub)
      grain = 'window'
      approx = true
    } else {
      start = { y, m: 1, d: 1 }
      end = { y, m: 12, d: 31 }
      grain = 'year'
    }
  } else if (from.d !== undefined) {
    const s = ymd(y, m, from.d)
    if (!s) return null
    start = s
    end = s
    grain = 'day'
  } else if (from.sub !== undefined) {
    ;[start, end] = subWindow(y, m, from.sub)
    grain = 'window'
    approx = true
  } else if (from.mRel === 0 && today) {
    // 本月: from the month's start to the story's today
    start = { y, m, d: 1 }
    const me = monthEnd(y, m)
    end = compareYmd(me, today) > 0 ? today : me
    grain = 'window'
    approx = true
  } else {
    start = { y, m, d: 1 }
    end = monthEnd(y, m)
    grain = 'month'
  }
  // ---- the right side of a range inherits what it does not say
  if (to) {
    let ty = to.y
    let tm = to.m
    if (tm === undefined) {
      tm = start.m
      ty = start.y
      if (to.d !== undefined && to.d < start.d) {
        const nx = addMonths({ y: start.y, m: start.m, d: 1 }, 1)
        ty = nx.y
        tm = nx.m
      }
    } else if (ty === undefined) {
      ty = tm < start.m ? start.y + 1 : start.y
    }
    if (ty === undefined) return null
    let e: Ymd | null
    if (to.d !== undefined) e = ymd(ty, tm, to.d)
    else e = monthEnd(ty, tm)
    if (!e || compareYmd(e, start) < 0) return null
    // ranges longer than a year are not calendar ranges
    if (toDayNumber(e) - toDayNumber(start) > 366) return null
    end = e
    if (grain !== 'day' && grain !== 'month') grain = 'window'
  }
  const r: Resolved = { start, end, grain, ...(approx ? { approx: true } : {}) }
  return yearRule ? { r, rule: yearRule } : { r }
}

function holidayDay(name: HolidayName, y: number): Ymd | null {
  const h = HOLIDAYS[name]
  if (h.fixed) return ymd(y, h.fixed[0], h.fixed[1])
  if (h.lunar) {
    const md = lunarDay(y, h.lunar[0], h.lunar[1])
    return md ? ymd(y, md[0], md[1]) : null
  }
  const sf = SPRING_FESTIVAL[y]
  if (!sf || h.lunarOffset === undefined) return null
  return addDays({ y, m: sf[0], d: sf[1] }, h.lunarOffset)
}

function shift(r: Resolved, days: number): Resolved {
  return { ...r, start: addDays(r.start, days), end: addDays(r.end, days) }
}

function dayOf(x: Ymd): Resolved {
  return { start: x, end: x, grain: 'day' }
}

/** The day the narrative stands on: a range's first day, a window as is. */
function narrativeDay(last: Resolved): Resolved {
  if (last.grain === 'window' || last.approx) return { start: last.start, end: last.end, grain: 'window', approx: true }
  return dayOf(last.start)
}

function resolveDraft(st: State, d: Draft): { r: Resolved; rule: string } | null {
  const w = d.what
  switch (w.k) {
    case 'abs': {
      const res = resolveAbs(st, d)
      if (!res) return null
      const suffix =
        res.rule === 'year-previous' || res.rule === 'year-rollover' || res.rule === 'year-next' ? `+${res.rule}` : ''
      return { r: res.r, rule: d.rule + suffix }
    }
    case 'pub': {
      if (!st.today) return null
      let base = st.today
      let rule = d.rule
      // an evening "today" in a story published that morning was written the day before (overnight wire)
      const pub = st.pub
      if (
        w.days === 0 &&
        d.part &&
        pub &&
        pub.hour !== undefined &&
        compareYmd(st.today, pub.date) === 0 &&
        PART_START_HOUR[d.part] > pub.hour &&
        st.last &&
        !d.plan
      ) {
        const prev = addDays(pub.date, -1)
        if (compareYmd(st.last.start, prev) <= 0 && compareYmd(st.last.end, prev) >= 0) {
          base = prev
          rule = 'rel-pub-today-overnight'
        }
      }
      return { r: { ...dayOf(addDays(base, w.days)), implied: true }, rule }
    }
    case 'narr': {
      if (!st.last) {
        if (!st.today) return null
        return { r: { ...dayOf(addDays(st.today, w.days)), implied: true }, rule: `${d.rule}-fallback` }
      }
      if (w.ord !== undefined) {
        // 第一天 … 第二天 … 第三天: count from the day the run started on
        const base = st.ordinalBase ?? narrativeDay(st.last)
        st.ordinalBase = base
        return { r: { ...shift(base, w.ord - 1), implied: true }, rule: d.rule }
      }
      return { r: { ...shift(narrativeDay(st.last), w.days), implied: true }, rule: d.rule }
    }
    case 'part': {
      if (!st.last) return null
      return { r: { ...narrativeDay(st.last), implied: true }, rule: 'rel-narrative-part' }
    }
    case 'recent': {
      if (!st.today) return null
      if (d.plan) {
        // 近期将… : the coming days
        return {
          r: { start: st.today, end: addDays(st.today, RECENT_DAYS), grain: 'window', approx: true, implied: true },
          rule: 'vague-soon',
        }
      }
      let start = addDays(st.today, -RECENT_DAYS)
      const story = st.lastStory
      if (story && compareYmd(story.start, start) > 0 && compareYmd(story.start, st.today) < 0) start = story.start
      return {
        r: { start, end: st.today, grain: 'window', approx: true, implied: true },
        rule: start === story?.start ? 'vague-recent-narrative' : d.rule,
      }
    }
    case 'ago': {
      const baseDay = st.last && !st.last.approx ? st.last.start : st.today
      if (!baseDay) return null
      if (w.unit === 'day') return { r: { ...dayOf(addDays(baseDay, w.n)), implied: true }, rule: d.rule }
      if (w.unit === 'week') {
        const c = addDays(baseDay, 7 * w.n)
        return {
          r: { start: addDays(c, -3), end: addDays(c, 3), grain: 'window', approx: true, implied: true },
          rule: d.rule,
        }
      }
      if (w.unit === 'month') {
        const c = Number.isInteger(w.n) ? addMonths(baseDay, w.n) : addDays(baseDay, Math.round(w.n * 30))
        return {
          r: { start: addDays(c, -7), end: addDays(c, 7), grain: 'window', approx: true, implied: true },
          rule: d.rule,
        }
      }
      if (!Number.isInteger(w.n)) return null
      const yy = baseDay.y + w.n
      return {
        r: { start: { y: yy, m: 1, d: 1 }, end: { y: yy, m: 12, d: 31 }, grain: 'year', implied: true },
        rule: d.rule,
      }
    }
    case 'holiday': {
      if (!st.today) return null
      const today = st.today
      const on = (y: number): Ymd | null => holidayDay(w.name, y)
      const carried = carriedYear(st, d.start)
      let y = carried ?? today.y
      let day = on(y)
      // news prefers the past: a holiday after today is last year's, unless announced as a plan
      if (day && carried === undefined && !d.plan && compareYmd(day, today) > 0) {
        y -= 1
        day = on(y)
      }
      // … and a planned one already past this year is next year's
      if (day && carried === undefined && d.plan && compareYmd(day, today) < 0) {
        y += 1
        day = on(y)
      }
      if (!day) return null
      const h = HOLIDAYS[w.name]
      if (w.span === 'day') return { r: { ...dayOf(day), implied: true }, rule: d.rule }
      if (w.span === 'period') {
        const s0 = addDays(day, h.period[0])
        return {
          r: { start: s0, end: addDays(s0, h.period[1] - 1), grain: 'window', approx: true, implied: true },
          rule: d.rule,
        }
      }
      if (w.span === 'eve') {
        return {
          r: { start: addDays(day, -7), end: addDays(day, -1), grain: 'window', approx: true, implied: true },
          rule: d.rule,
        }
      }
      return {
        r: { start: addDays(day, -3), end: addDays(day, 3), grain: 'window', approx: true, implied: true },
        rule: d.rule,
      }
    }
    case 'week': {
      if (!st.today) return null
      const today = st.today
      const monday = addDays(today, 1 - weekday(today))
      if (w.nearest && w.weekday !== undefined) {
        // a bare weekday: the last such day on or before today (the next one for a plan)
        let x = addDays(monday, w.weekday - 1)
        if (!d.plan && compareYmd(x, today) > 0) x = addDays(x, -7)
        if (d.plan && compareYmd(x, today) < 0) x = addDays(x, 7)
        return { r: { ...dayOf(x), implied: true }, rule: d.rule }
      }
      const wkStart = addDays(monday, 7 * w.weeks)
      if (w.weekday !== undefined)
        return { r: { ...dayOf(addDays(wkStart, w.weekday - 1)), implied: true }, rule: d.rule }
      let wkEnd = addDays(wkStart, 6)
      if (w.weeks === 0 && compareYmd(wkEnd, today) > 0) wkEnd = today
      return { r: { start: wkStart, end: wkEnd, grain: 'window', approx: true, implied: true }, rule: d.rule }
    }
  }
}

function sameRange(a: Resolved, b: Resolved): boolean {
  return compareYmd(a.start, b.start) === 0 && compareYmd(a.end, b.end) === 0
}

function toValue(r: Resolved, part: PartOfDay | undefined): TimeValue {
  return {
    start: formatYmd(r.start),
    end: formatYmd(r.end),
    grain: r.grain,
    ...(part ? { part } : r.part ? { part: r.part } : {}),
    ...(r.approx ? { approx: true } : {}),
    ...(r.implied ? { implied: true } : {}),
  }
}

function update(st: State, d: Draft, r: Resolved): void {
  if (!(d.what.k === 'narr' && d.what.ord !== undefined) && d.what.k !== 'part') st.ordinalBase = null
  const rough =
    d.what.k === 'ago' ||
    d.what.k === 'week' ||
    d.what.k === 'recent' ||
    (d.what.k === 'holiday' && d.what.span !== 'day')
  if (!rough && (r.grain === 'day' || r.grain === 'window' || r.grain === 'month')) {
    const isToday = st.today !== null && compareYmd(r.start, st.today) === 0 && compareYmd(r.end, st.today) === 0
    st.month = { y: r.end.y, m: r.end.m, today: isToday }
  }
  const f = d.what.k === 'abs' ? d.what.from : null
  if (f && (f.y !== undefined || f.yRel !== undefined || f.yNarr !== undefined) && r.grain !== 'year') {
    st.year = { y: r.end.y, m: r.end.m, paragraphEnd: nextBreak(st, d.end) }
  }
  if (r.grain === 'day' || r.grain === 'window') {
    st.last = r
    if (!d.dateline && (!st.today || compareYmd(r.start, st.today) <= 0)) st.lastStory = r
  }
}

/** Resolve the refined drafts (in text order) into mentions. */
export function anchorDrafts(drafts: readonly Draft[], text: string, pub: Published | null): TimeMention[] {
  const st: State = {
    today: pub ? pub.date : null,
    pub,
    month: null,
    year: null,
    last: null,
    lastStory: null,
    text,
    nextBreak: -1,
    ordinalBase: null,
  }
  // the first dateline near the start, if not after the publication day (+1 for placeholder times), is "today"
  const dl = drafts.find((d) => d.dateline)
  if (dl && pub) {
    const res = resolveAbs(st, dl)
    if (res && res.r.grain === 'day' && compareYmd(res.r.start, addDays(pub.date, 1)) <= 0) st.today = res.r.start
  }
  const out: TimeMention[] = []
  for (const d of drafts) {
    const res = resolveDraft(st, d)
    if (!res) continue
    let { r, rule } = res
    if (d.confirm) {
      // a bare day in the parenthesis (今天(12日)) is read in the month of the value it confirms
      const c = resolveDraft({ ...st, month: { y: r.start.y, m: r.start.m, today: false } }, d.confirm)
      if (c && (c.r.grain === 'day' || c.r.grain === 'window')) {
        if (sameRange(c.r, r)) {
          // the parenthesis states the day: the value is no longer only implied
          r = { ...r, implied: false }
          rule = `${rule}+confirmed`
        } else {
          r = { ...c.r, implied: false }
          rule = 'confirm-paren-wins'
        }
      }
    }
    const value = toValue(r, d.part)
    out.push({ kind: 'time', text: text.slice(d.start, d.end), start: d.start, end: d.end, value, rule })
    update(st, d, r)
  }
  return out
}
