// Refiners over all drafts: dates an event can carry, nothing after publication, one event one record.
import type { TimeValue } from '../types.ts'
import type { DraftDate, EventDraft } from './draft.ts'
import { cityCode, dayNumber, dayString, provinceCode, usableForEvent } from './narrative.ts'

export interface RefineContext {
  readonly publishedDay: string
}

type Refiner = (drafts: EventDraft[], ctx: RefineContext) => EventDraft[]

interface Range {
  readonly a: number
  readonly b: number
  readonly approx: boolean
}

const ranges = new WeakMap<DraftDate, Range>()

export function rangeOf(d: EventDraft): Range | null {
  if (!d.date) return null
  const hit = ranges.get(d.date)
  if (hit) return hit
  const v = d.date.value
  const r = { a: dayNumber(v.start), b: dayNumber(v.end), approx: isApprox(d.date) }
  ranges.set(d.date, r)
  return r
}

/** Groups drafts by a key so that pairwise checks stay inside a group (long texts stay fast). */
class Buckets {
  /** pairs are only looked for among the last WINDOW drafts of a group */
  static readonly WINDOW = 64
  private readonly map = new Map<string, EventDraft[]>()
  get(key: string): EventDraft[] {
    let list = this.map.get(key)
    if (!list) {
      list = []
      this.map.set(key, list)
    }
    return list
  }
}

/** Replaces `from` by `to` in `list`, looking from the end (where a recent twin is). */
function replace(list: EventDraft[], from: EventDraft, to: EventDraft): void {
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === from) {
      list[i] = to
      return
    }
  }
}

/** The first of the last WINDOW items (newest first) that `ok` accepts. */
function findRecent<T>(list: readonly T[], ok: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1, n = 0; i >= 0 && n < Buckets.WINDOW; i--, n++) {
    const x = list[i]
    if (x !== undefined && ok(x)) return x
  }
  return undefined
}

function provinceKey(d: EventDraft): string {
  return d.place ? d.place.code.slice(0, 2) : '--'
}

/** Vague values, and one-off events (a meeting, a signing) inside a span they were not stated on, are windows. */
export function isApprox(date: DraftDate, type?: string): boolean {
  const v = date.value
  if (v.approx || v.grain === 'window' || v.grain === 'month') return true
  if (type && v.start !== v.end && (date.during || (!date.stated && !date.linked))) return true
  return false
}

function withValue(d: EventDraft, value: TimeValue): EventDraft {
  if (!d.date) return d
  d.date = { ...d.date, value }
  return d
}

/** Events need a usable date and a place; visits need a traveller. */
const complete: Refiner = (drafts) =>
  drafts.filter(
    (d) =>
      d.date !== null && usableForEvent(d.date.value) && d.place !== null && (d.type !== 'visit' || d.actor !== null),
  )

/** Anything dated after publication is no event; a span running past it is cut at the publication day. */
const notAfterPublication: Refiner = (drafts, ctx) => {
  const pub = dayNumber(ctx.publishedDay)
  return drafts
    .filter((d) => d.date && dayNumber(d.date.value.start) <= pub)
    .map((d) => {
      const v = d.date?.value
      if (!v || dayNumber(v.end) <= pub) return d
      return withValue(d, { ...v, end: dayString(pub) })
    })
}

/** Stops told together without per-stop days: one window each, and the named region keeps the exact days. */
const multiStop: Refiner = (drafts) => {
  const out: EventDraft[] = []
  for (const d of drafts) {
    if (d.type !== 'visit' || d.stops < 2 || !d.date || d.date.value.start === d.date.value.end) {
      out.push(d)
      continue
    }
    const r = rangeOf(d)
    const city = d.place ? cityCode(d.place.code) : null
    const dated = drafts.some(
      (o) =>
        o !== d &&
        o.type === 'visit' &&
        o.stops === 1 &&
        o.place &&
        city &&
        cityCode(o.place.code) === city &&
        o.date?.value.start === o.date?.value.end &&
        r &&
        (rangeOf(o)?.a ?? -1) >= r.a &&
        (rangeOf(o)?.b ?? -1) <= r.b,
    )
    if (dated) continue
    const vague = d.date.value.approx === true
    d.date = { ...d.date, value: { ...d.date.value, approx: true, grain: 'window' } }
    out.push(d)
    if (d.tripRegion && !out.some((o) => o.place?.code === d.tripRegion?.code && o.trigger === d.trigger)) {
      const region = { ...d, place: d.tripRegion, stops: 1, tripRegion: null }
      region.date = vague ? d.date : { ...d.date, value: { ...d.date.value, approx: false, grain: 'day' } }
      out.push(region)
    }
  }
  return out
}

function overlaps(x: Range, y: Range): boolean {
  return x.a <= y.b && y.a <= x.b
}

function compact(name: string): string {
  return name.replace(/[^\u4e00-\u9fff]/g, '').replace(/^(此次|本次|这次)/, '')
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2))
  return out
}

function similarNames(a: string, b: string): boolean {
  const x = compact(a)
  const y = compact(b)
  if (!x || !y) return true
  if (x.includes(y) || y.includes(x)) return true
  const bx = bigrams(x)
  const by = bigrams(y)
  let common = 0
  for (const g of bx) if (by.has(g)) common++
  return common / Math.min(bx.size, by.size) >= 0.7
}

function samePlaceLoose(a: EventDraft, b: EventDraft): boolean {
  if (!a.place || !b.place) return false
  if (provinceCode(a.place.code) !== provinceCode(b.place.code)) return false
  const ca = cityCode(a.place.code)
  const cb = cityCode(b.place.code)
  return !(ca && cb && ca !== cb)
}

function specificity(d: EventDraft): number {
  const code = d.place?.code ?? '000000'
  return code.endsWith('0000') ? 1 : code.endsWith('00') ? 2 : 3
}

/** Which of two records of one event to keep: a stated day over a window, a narrower span, a finer place. */
function better(a: EventDraft, b: EventDraft): EventDraft {
  const ra = rangeOf(a)
  const rb = rangeOf(b)
  if (a.headline !== b.headline) return a.headline ? b : a
  if (ra && rb && ra.approx !== rb.approx) return ra.approx ? b : a
  if (specificity(a) !== specificity(b)) return specificity(a) > specificity(b) ? a : b
  if (ra && rb && ra.b - ra.a !== rb.b - rb.a) return ra.b - ra.a < rb.b - rb.a ? a : b
  return a.confidence >= b.confidence ? a : b
}

function mergeInto(keep: EventDraft, drop: EventDraft): void {
  for (const c of drop.counterparts) if (!keep.counterparts.includes(c)) keep.counterparts.push(c)
  keep.confidence = Math.min(0.99, Math.max(keep.confidence, drop.confidence) + 0.05)
}

/**
 * One draft per occasion of a type: each draft of `type` is compared with the recent ones of its bucket; a twin
 * folds into the better of the two (`fold` moves what the dropped one adds).
 */
function dedupe(
  type: EventDraft['type'],
  bucketOf: (d: EventDraft) => string,
  twins: (o: EventDraft, d: EventDraft) => boolean,
  fold: (keep: EventDraft, drop: EventDraft) => void,
): Refiner {
  return (drafts) => {
    const out: EventDraft[] = []
    const buckets = new Buckets()
    for (const d of drafts) {
      if (d.type !== type) {
        out.push(d)
        continue
      }
      const bucket = buckets.get(bucketOf(d))
      const twin = findRecent(bucket, (o) => o.type === type && twins(o, d))
      if (!twin) {
        out.push(d)
        bucket.push(d)
        continue
      }
      const keep = better(twin, d)
      const drop = keep === twin ? d : twin
      mergeInto(keep, drop)
      fold(keep, drop)
      if (keep !== twin) {
        replace(out, twin, keep)
        replace(bucket, twin, keep)
      }
    }
    return out
  }
}

function overlapping(a: EventDraft, b: EventDraft): boolean {
  const ra = rangeOf(a)
  const rb = rangeOf(b)
  return ra !== null && rb !== null && overlaps(ra, rb)
}

/** Visits: one per traveller, region and span; one stay told twice covers every day either telling gives. */
const dedupeVisits = dedupe(
  'visit',
  (d) => `${d.actor?.region.code}:${provinceKey(d)}`,
  (o, d) =>
    !!o.actor && !!d.actor && o.actor.region.code === d.actor.region.code && samePlaceLoose(o, d) && overlapping(o, d),
  (keep, drop) => {
    const rk = rangeOf(keep)
    const rd = rangeOf(drop)
    if (rk && rd && !rk.approx && !rd.approx && keep.date && drop.date && (rd.a < rk.a || rd.b > rk.b)) {
      const v = keep.date.value
      keep.date = {
        ...keep.date,
        value: { ...v, start: dayString(Math.min(rk.a, rd.a)), end: dayString(Math.max(rk.b, rd.b)) },
      }
    }
  },
)

const CALL = /^(会见|会谈|会晤|会面|接待)$/

/** Meetings: one per occasion (same place, overlapping day, compatible name and counterparts). */
const dedupeMeetings = dedupe(
  'meeting',
  provinceKey,
  (o, d) => {
    if (!samePlaceLoose(o, d) || !overlapping(o, d)) return false
    if (o.name && d.name) return similarNames(o.name, d.name)
    // a call (会见, 会谈) is its own occasion beside a convened meeting of the same day
    if (CALL.test(o.verb) !== CALL.test(d.verb) && (o.name || d.name)) return false
    if (o.counterparts.length > 0 && d.counterparts.length > 0)
      return o.counterparts.some((c) => d.counterparts.includes(c))
    return true
  },
  (keep, drop) => {
    if (!keep.name) keep.name = drop.name
  },
)

function normParty(p: string): string {
  return p.replace(/(股份)?有限(责任)?公司|集团|人民政府|政府/g, '')
}

function shareParty(a: EventDraft, b: EventDraft): boolean {
  return a.parties.some((x) =>
    b.parties.some((y) => {
      const nx = normParty(x)
      const ny = normParty(y)
      return nx.length >= 2 && ny.length >= 2 && (nx.includes(ny) || ny.includes(nx))
    }),
  )
}

const GENERIC_TITLE = /^(?:合作)?(?:协议书?|协定|备忘录|合同书?)$/

/** Two titles on one occasion name one agreement: equal, one generic, or one contained in the other. */
function sameAgreement(a: string, b: string): boolean {
  if (a === b || GENERIC_TITLE.test(a) || GENERIC_TITLE.test(b)) return true
  const x = compact(a)
  const y = compact(b)
  return x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))
}

/** Signings: one per agreement. Counted statements open slots that named agreements fill. */
const dedupeSignings: Refiner = (drafts) => {
  const others = drafts.filter((d) => d.type !== 'signing')
  const signings = drafts.filter((d) => d.type === 'signing')
  const occasions: EventDraft[][] = []
  const byProvince = new Map<string, EventDraft[][]>()
  for (const d of signings) {
    const r = rangeOf(d)
    const local = byProvince.get(provinceKey(d)) ?? []
    byProvince.set(provinceKey(d), local)
    const occ = findRecent(local, (o) =>
      o.some((x, k) => {
        if (k > 8) return false
        const rx = rangeOf(x)
        return samePlaceLoose(x, d) && r && rx && overlaps(r, rx)
      }),
    )
    if (occ) occ.push(d)
    else {
      const fresh = [d]
      occasions.push(fresh)
      local.push(fresh)
    }
  }
  const kept: EventDraft[] = []
  for (const occ of occasions) {
    const body = occ.filter((d) => !d.headline)
    const heads = occ.filter((d) => d.headline)
    const named: EventDraft[] = []
    let slots = 0
    const unnamed: EventDraft[] = []
    for (const d of body) {
      if (d.title) {
        const same = named.find(
          (n) => sameAgreement(n.title, d.title) && (n.parties.length < 2 || d.parties.length < 2 || shareParty(n, d)),
        )
        if (same) {
          if (same.parties.length === 0) same.parties = d.parties
          continue
        }
        named.push(d)
        if (slots > 0) slots--
      } else if (d.count > 1) {
        slots = Math.max(slots, d.count)
        unnamed.push(d)
      } else {
        unnamed.push(d)
      }
    }
    kept.push(...named)
    const template = unnamed.find((d) => d.count > 1) ?? unnamed[0]
    if (template) {
      const extra = slots > 0 ? slots : named.length === 0 ? 1 : 0
      for (let i = 0; i < extra; i++) {
        kept.push(i === 0 ? template : { ...template, parties: [], counterparts: [] })
      }
    }
    if (body.length === 0) {
      // a signing told only in the headline counts once per agreement
      const h: EventDraft[] = []
      for (const d of heads) if (!h.some((x) => x.title === d.title)) h.push(d)
      kept.push(...h)
    }
  }
  // headline signings whose parties a body signing shares are the same agreement
  const heads = kept.filter((d) => d.headline)
  const bodySignings = heads.length > 0 ? kept.filter((d) => !d.headline) : []
  const result = kept.filter(
    (d) =>
      !d.headline ||
      !bodySignings.some((b) => shareParty(b, d) || (b.title && d.title && sameAgreement(b.title, d.title))),
  )
  return [...others, ...result]
}

/** Headline visits and meetings are kept only when the body tells none of their kind. */
const headlineOnce: Refiner = (drafts) =>
  drafts.filter((d) => {
    if (!d.headline || d.type === 'signing') return true
    return !drafts.some((o) => !o.headline && o.type === d.type)
  })

/** Windows with a day of the same event inside: the day wins. */
const windowsIntoDays: Refiner = (drafts) => {
  const buckets = new Buckets()
  for (const d of drafts) buckets.get(`${d.type}:${provinceKey(d)}`).push(d)
  return drafts.filter((d) => {
    const r = rangeOf(d)
    if (!r?.approx || d.type === 'signing') return true
    return !findRecent(buckets.get(`${d.type}:${provinceKey(d)}`), (o) => {
      if (o === d || o.type !== d.type) return false
      const ro = rangeOf(o)
      if (!ro || ro.approx || !overlaps(r, ro) || !samePlaceLoose(o, d)) return false
      if (d.type === 'visit')
        return provinceCode(o.actor?.region.code ?? '') === provinceCode(d.actor?.region.code ?? '') && d.stops === 1
      return !o.name || !d.name || similarNames(o.name, d.name)
    })
  })
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50'])

/**
 * A one-day visit to a province whose meetings and signings that day all took place in one of its cities was a visit
 * to that city (抵浙 … 下午在杭州召开交流会): the visit takes the city.
 */
const visitCityFromItsDays: Refiner = (drafts) => {
  // the dated meetings and signings placed in a city, by province: each visit reads its own province's only
  const byProvince = new Buckets()
  for (const o of drafts) {
    const range = rangeOf(o)
    const oc = o.place?.code ?? ''
    if (o.type !== 'visit' && range && !range.approx && oc && !oc.endsWith('0000'))
      byProvince.get(oc.slice(0, 2)).push(o)
  }
  return drafts.map((d) => {
    const code = d.place?.code
    const r = rangeOf(d)
    // one day only: on a longer stay the days without a meeting may have been elsewhere in the province
    if (d.type !== 'visit' || !code?.endsWith('0000') || MUNICIPALITIES.has(code.slice(0, 2)) || !r || r.approx)
      return d
    if (r.a !== r.b) return d
    const within = byProvince.get(code.slice(0, 2)).filter((o) => overlaps(r, rangeOf(o) as Range))
    const cities = new Set(within.map((o) => o.place?.code.slice(0, 4)))
    const host = within[0]
    if (cities.size !== 1 || !host?.place) return d
    return { ...d, place: host.place, placeSpan: host.placeSpan && { ...host.placeSpan, rule: 'place:same-days' } }
  })
}

export const REFINERS: readonly (readonly [string, Refiner])[] = [
  ['complete', complete],
  ['not-after-publication', notAfterPublication],
  ['multi-stop', multiStop],
  ['headline-once', headlineOnce],
  ['windows-into-days', windowsIntoDays],
  ['visit-city-from-its-days', visitCityFromItsDays],
  ['dedupe-visits', dedupeVisits],
  ['dedupe-meetings', dedupeMeetings],
  ['dedupe-signings', dedupeSignings],
]

export function refineDrafts(drafts: readonly EventDraft[], ctx: RefineContext): EventDraft[] {
  let out = [...drafts]
  for (const [, refiner] of REFINERS) out = refiner(out, ctx)
  return out
}
