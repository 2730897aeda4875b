// Scoring of extracted events against reference events: day facts matched by type, day or window, place and actor.
// The same matching rules as the annotation guidelines' scorer, written for the project (no file access).

export const MAX_WINDOW_DAYS = 14
export const EVENT_TYPES = ['visit', 'meeting', 'signing'] as const
type Type = (typeof EVENT_TYPES)[number]

/** A reference event as the gold files write it. */
export interface ReferenceEvent {
  readonly type: string
  readonly place?: string | null
  readonly actor?: string | null
  readonly start?: string
  readonly end?: string
  readonly approx?: boolean
  readonly window?: readonly [string, string]
  readonly optional?: boolean
  readonly parties?: readonly (string | { readonly name: string })[]
  readonly label?: string
  readonly title?: string
}

/** A predicted event as the engine writes it (extra fields ignored). */
export interface PredictedEvent {
  readonly type: string
  readonly date?: { readonly start?: string; readonly end?: string; readonly approx?: boolean }
  readonly place?: { readonly code?: string } | null
  readonly delegation?: { readonly region?: { readonly code?: string } }
  readonly parties?: readonly (string | { readonly name: string })[]
  readonly label?: string
  readonly title?: string
}

interface Fact {
  readonly type: string
  readonly day?: number | null
  readonly window?: readonly [number | null, number | null]
  readonly prov: string | null
  readonly city: string | null
  readonly anyPlace?: boolean
  readonly actor: string | null
  readonly optional?: boolean
  readonly label: string
}

export interface Counts {
  tp: number
  fp: number
  fn: number
}

export interface Prf extends Counts {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

export interface Score {
  readonly articles: number
  readonly visit: Prf
  readonly meeting: Prf
  readonly signing: Prf
  readonly overall: Prf
  readonly cityAccuracy: number | null
  readonly partyRecall: number | null
  /** misses and false positives, one line each, prefixed by the document id */
  readonly report: readonly string[]
}

const DAY_MS = 86_400_000
const toDay = (s: unknown): number | null =>
  typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s.slice(0, 10)) / DAY_MS : null
const prov = (code: unknown): string | null => (code && /^\d{6}$/.test(String(code)) ? String(code).slice(0, 2) : null)
const city = (code: unknown): string | null => {
  const c = code && /^\d{6}$/.test(String(code)) ? String(code) : null
  return c && c.slice(2, 4) !== '00' ? c.slice(0, 4) : null
}

/** A party name as compared: brackets, quotes and legal suffixes dropped. */
export function normParty(s: string | { readonly name: string } | null | undefined): string {
  const raw = s && typeof s === 'object' ? s.name : s
  return String(raw ?? '')
    .replace(/[\s“”"'‘’()（）《》]/g, '')
    .replace(/(股份)?有限(责任)?公司|集团|人民政府|政府/g, '')
    .toLowerCase()
}

function refFacts(ev: ReferenceEvent): Fact[] {
  const base = {
    type: ev.type,
    prov: prov(ev.place),
    city: city(ev.place),
    anyPlace: ev.place == null,
    actor: ev.type === 'visit' ? prov(ev.actor) : null,
    optional: Boolean(ev.optional),
    label: ev.label ?? ev.title ?? '',
  }
  if (ev.approx || ev.window) {
    const w = ev.window ?? [ev.start, ev.end]
    return [{ ...base, window: [toDay(w[0]), toDay(w[1])] }]
  }
  const a = toDay(ev.start)
  const b = toDay(ev.end ?? ev.start)
  const out: Fact[] = []
  if (a === null || b === null) return out
  for (let d = a; d <= b && out.length < 62; d++) out.push({ ...base, day: d })
  return out
}

function predFacts(ev: PredictedEvent): Fact[] {
  const code = ev.place?.code ?? null
  const base = {
    type: ev.type,
    prov: prov(code),
    city: city(code),
    actor: prov(ev.delegation?.region?.code ?? null),
    label: ev.label ?? ev.title ?? '',
  }
  const a = toDay(ev.date?.start)
  const b = toDay(ev.date?.end ?? ev.date?.start)
  if (a === null) return [{ ...base, day: null }]
  if (ev.date?.approx) return [{ ...base, window: [a, b ?? a] }]
  const out: Fact[] = []
  for (let d = a; d <= (b ?? a) && out.length < 62; d++) out.push({ ...base, day: d })
  return out
}

function windowOk(w: readonly [number | null, number | null]): w is readonly [number, number] {
  return w[0] !== null && w[1] !== null && w[1] - w[0] <= MAX_WINDOW_DAYS
}

function dayMatch(r: Fact, p: Fact): boolean {
  if (r.day != null && p.day != null) return r.day === p.day
  if (r.window && p.day != null) return windowOk(r.window) ? p.day >= r.window[0] && p.day <= r.window[1] : false
  if (p.window && r.day != null) return windowOk(p.window) ? r.day >= p.window[0] && r.day <= p.window[1] : false
  if (r.window && p.window) {
    return (
      windowOk(p.window) &&
      r.window[0] !== null &&
      r.window[1] !== null &&
      p.window[0] <= r.window[1] &&
      r.window[0] <= p.window[1]
    )
  }
  return false
}

function factMatch(r: Fact, p: Fact): boolean {
  if (r.type !== p.type || !dayMatch(r, p)) return false
  if (!r.anyPlace) {
    if (r.prov !== p.prov) return false
    if (r.city && p.city && r.city !== p.city) return false
  }
  if (r.actor && r.actor !== p.actor) return false
  return true
}

function fmt(f: Fact): string {
  const d = (x: number | null | undefined) => (x == null ? '?' : new Date(x * DAY_MS).toISOString().slice(0, 10))
  const when = f.window ? `${d(f.window[0])}~${d(f.window[1])}` : d(f.day)
  return `${when} prov=${f.prov ?? '-'}${f.city ? ` city=${f.city}` : ''}${f.actor ? ` actor=${f.actor}` : ''}`
}

function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0
  return { ...c, precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 }
}

export interface ScoredPair {
  readonly id: string
  readonly reference: { readonly events?: readonly ReferenceEvent[] }
  readonly predicted: { readonly events?: readonly PredictedEvent[] }
}

/** Scores documents: required reference facts are matched first, optional ones never count. */
export function scoreDocuments(pairs: readonly ScoredPair[]): Score {
  const totals: Record<Type, Counts> = {
    visit: { tp: 0, fp: 0, fn: 0 },
    meeting: { tp: 0, fp: 0, fn: 0 },
    signing: { tp: 0, fp: 0, fn: 0 },
  }
  let cityAsked = 0
  let cityRight = 0
  let partiesAsked = 0
  let partiesFound = 0
  const report: string[] = []
  const isType = (t: string): t is Type => (EVENT_TYPES as readonly string[]).includes(t)
  for (const { id, reference, predicted } of pairs) {
    const goldEvents = (reference.events ?? []).filter((e) => isType(e.type))
    const predEvents = (predicted.events ?? []).filter((e) => isType(e.type))
    const R = goldEvents.flatMap(refFacts)
    const P = predEvents.flatMap(predFacts)
    const order = [...R.keys()].sort((a, b) => Number(R[a]?.optional) - Number(R[b]?.optional))
    const matched = new Set<number>()
    for (const ri of order) {
      const r = R[ri]
      if (!r || !isType(r.type)) continue
      const pi = P.findIndex((p, k) => !matched.has(k) && factMatch(r, p))
      if (pi >= 0) {
        matched.add(pi)
        if (!r.optional) {
          totals[r.type].tp++
          if (r.city) {
            cityAsked++
            if (P[pi]?.city === r.city) cityRight++
          }
        }
      } else if (!r.optional) {
        totals[r.type].fn++
        report.push(`${id}: missed ${r.type} ${fmt(r)} ${r.label}`)
      }
    }
    P.forEach((p, k) => {
      if (matched.has(k) || !isType(p.type)) return
      totals[p.type].fp++
      report.push(`${id}: false ${p.type} ${fmt(p)} ${p.label}`)
    })
    const found = predEvents.filter((e) => e.type === 'signing').flatMap((e) => (e.parties ?? []).map(normParty))
    for (const g of goldEvents.filter((e) => e.type === 'signing' && !e.optional)) {
      for (const party of g.parties ?? []) {
        partiesAsked++
        const n = normParty(party)
        if (found.some((f) => f && (f.includes(n) || n.includes(f)))) partiesFound++
      }
    }
  }
  const all = EVENT_TYPES.reduce(
    (a, t) => ({ tp: a.tp + totals[t].tp, fp: a.fp + totals[t].fp, fn: a.fn + totals[t].fn }),
    { tp: 0, fp: 0, fn: 0 },
  )
  return {
    articles: pairs.length,
    visit: prf(totals.visit),
    meeting: prf(totals.meeting),
    signing: prf(totals.signing),
    overall: prf(all),
    cityAccuracy: cityAsked ? cityRight / cityAsked : null,
    partyRecall: partiesAsked ? partiesFound / partiesAsked : null,
    report,
  }
}

/** The score as the reference scorer prints it; the last line is "F1 <overall>". */
export function formatScore(score: Score, verbose = false): string {
  const f = (x: number | null) => (x == null ? '  -  ' : x.toFixed(3))
  const lines = verbose ? [...score.report] : []
  lines.push(`articles ${score.articles}`)
  for (const t of [...EVENT_TYPES, 'overall'] as const) {
    const s = score[t]
    lines.push(
      `${t.padEnd(8)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
    )
  }
  lines.push(`city accuracy ${f(score.cityAccuracy)}   signing party recall ${f(score.partyRecall)}`)
  lines.push(`F1 ${score.overall.f1.toFixed(3)}`)
  return lines.join('\n')
}
