// Where a company is, when the article says so: 特发作为深圳的老牌国企, 某集团总部位于杭州, 扎根苏州 — so that a delegation
// that 莅临某集团 is known to be in that company's city. Only what the article itself states; no world knowledge.
import type { OrgMention, Place } from '../types.ts'
import type { ReadInput } from './draft.ts'

/** Words between a company's short name and the place that seats it. */
const SEATED = /(?:作为|是|系|扎根于?|立足|总部位于|总部设在|坐落于|位于|落户于?)$/
const SEAT_GAP = 10

const seats = new WeakMap<ReadInput, Map<string, Place | null>>()
const orgsByStart = new WeakMap<ReadInput, Map<number, OrgMention>>()

/** A company named at a position the mention finders left alone: a name and its kind (特发集团, 某某科技有限公司). */
const COMPANY_AT = /^[\u4e00-\u9fff]{2,8}?(?:集团(?:有限公司|公司)?|股份有限公司|有限公司|公司)/

const KIND_END = /(?:集团|股份|有限|责任|公司|控股|企业)$/

/** The short name a text uses for a company: its name less its kind (特发集团 → 特发). */
function shortName(name: string): string {
  let short = name
  for (let m = KIND_END.exec(short); m !== null; m = KIND_END.exec(short)) short = short.slice(0, m.index)
  return short.slice(0, 4)
}

/** The company named at `at` and the place the article seats it in, or null. */
export function companySeatAt(input: ReadInput, at: number): { place: Place; end: number } | null {
  let byStart = orgsByStart.get(input)
  if (!byStart) {
    byStart = new Map(input.orgs.map((o) => [o.start, o]))
    orgsByStart.set(input, byStart)
  }
  const org = byStart.get(at)
  if (org) {
    const place = orgSeat(input, org)
    return place ? { place, end: org.end } : null
  }
  const named = COMPANY_AT.exec(input.text.slice(at, at + 24))
  if (!named) return null
  const place = seatOf(input, shortName(named[0]))
  return place ? { place, end: at + named[0].length } : null
}

/** The place the article seats `org` in, or null. */
function orgSeat(input: ReadInput, org: OrgMention): Place | null {
  if (org.orgType === 'government' || org.orgType === 'party') return null
  if (org.region) return input.placeByCode(org.region) ?? null
  return seatOf(input, shortName(org.name))
}

function seatOf(input: ReadInput, key: string): Place | null {
  if (key.length < 2) return null
  let known = seats.get(input)
  if (!known) {
    known = new Map()
    seats.set(input, known)
  }
  const hit = known.get(key)
  if (hit !== undefined) return hit
  let found: Place | null = null
  for (const p of input.places) {
    const before = input.text.slice(Math.max(0, p.start - key.length - SEAT_GAP), p.start)
    const at = before.lastIndexOf(key)
    if (at < 0) continue
    const between = before.slice(at + key.length)
    if (/[,。;，；]/.test(between) || !SEATED.test(between)) continue
    found = p.place
    break
  }
  known.set(key, found)
  return found
}
