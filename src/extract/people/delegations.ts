// Delegations: 吉林省党政代表团 (region from its place), 率团 / 一行 after an official, and bare 代表团 told again later.
import { endsWithAny, firstFrom, placeByCode, provinceOf, reverseTrie, spansWithin } from '../place/index.ts'
import type { Delegation, PersonMention, PlaceMention } from '../types.ts'
import { LEAD_VERBS } from './titles.ts'

export interface DelegationFound {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly delegation: Delegation
  readonly rule: string
}

/** Nouns of a travelling group, longest first. */
const GROUPS = [
  '代表团',
  '考察团',
  '访问团',
  '交流团',
  '招商团',
  '调研团',
  '访港团',
  '访澳团',
  '学习团',
  '工作团',
  '调研组',
  '考察组',
]
/** Qualifiers that leave a group unnamed: 该代表团, 此次考察团 — it is the one told before. */
const BARE_QUALIFIER = /^(?:[该此本]|这个|这次|此次|本次|整个|全体|党政|此行)?$/u
const STOP = new Set([...',、。;:!?()“”"\'《》【】 \t\n和与及了在到的赴至于向对是为将把被从由其等同'])
const CUTS = [
  '会见',
  '会谈',
  '欢迎',
  '接待',
  '陪同',
  '率领',
  '带领',
  '率队',
  '带队',
  '组织',
  '派出',
  '来访',
  '到访',
  '参加',
  '一行',
  '率',
]
const CUT_TRIE = reverseTrie(CUTS)
const GROUP_FIRST = new Set(GROUPS.map((g) => g[0] ?? ''))
const SENTENCE_END = new Set([...'。!?;\n'])
const MAX_QUALIFIER = 16

function isHan(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.charCodeAt(0)
  return c >= 0x3400 && c <= 0x9fff
}

let lastBounds: { text: string; s: number; e: number } | undefined

/** The sentence around `at`, at most 300 characters each way. */
function sentenceBounds(text: string, at: number): [number, number] {
  if (lastBounds && lastBounds.text === text && lastBounds.s <= at && at < lastBounds.e)
    return [lastBounds.s, lastBounds.e]
  let s = at
  while (s > 0 && at - s < 300 && !SENTENCE_END.has(text[s - 1] ?? '')) s--
  let e = at
  while (e < text.length && e - at < 300 && !SENTENCE_END.has(text[e] ?? '')) e++
  lastBounds = { text, s, e }
  return [s, e]
}

function regionOf(code: string): { code: string; name: string } {
  return { code, name: placeByCode(code)?.name ?? code }
}

function sameProvince(a: string | undefined, b: string): boolean {
  return a === undefined || b === '' || provinceOf(a) === provinceOf(b)
}

/** Officials that lead the group: named before it with a lead verb between, or after it as 由 … 带队. */
function leadersOf(
  text: string,
  people: readonly PersonMention[],
  start: number,
  end: number,
  region: string,
): { name: string; role: string }[] {
  const out: { name: string; role: string }[] = []
  if (people.length === 0) return out
  const [s, e] = sentenceBounds(text, start)
  for (const p of spansWithin(people, s, e)) {
    if (!sameProvince(p.region, region)) continue
    if (p.end <= start) {
      const between = text.slice(p.end, start)
      if (LEAD_VERBS.some((v) => between.includes(v))) out.push({ name: p.name, role: p.role })
    } else if (p.start >= end) {
      const between = text.slice(end, p.start)
      const after = text.slice(p.end, e)
      if (between.includes('由') && /带队|率领|率队|领队|任团长|担任团长|率团/u.test(after))
        out.push({ name: p.name, role: p.role })
    }
  }
  return out
}

const LEAD_BEFORE_GROUP = /(?:率领|带领|率队|带队|率)的?$/u

/** The official right before a group noun with a lead verb between (靳国卫率|代表团), if any. */
function leaderRightBefore(text: string, people: readonly PersonMention[], at: number): PersonMention | undefined {
  const k = firstFrom(people, at) - 1
  const p = people[k]
  if (!p || at - p.end > 4) return undefined
  return LEAD_BEFORE_GROUP.test(text.slice(p.end, at)) ? p : undefined
}

/** 以湖南省委书记身份率团: the region of the office a group is led in. */
const OFFICE_LED = /以([\u4e00-\u9fff]{2,12}?)(?:书记|省长|市长|主席|主任|区长|县长)身[份分](?:率团|带团|率队|带队)/gu

/** Delegations named in `text`, in text order. */
export function findDelegations(
  text: string,
  places: readonly PlaceMention[],
  peopleIn: readonly PersonMention[],
  options?: { readonly home?: string },
): DelegationFound[] {
  const home = options?.home && placeByCode(options.home) ? options.home : undefined
  const out: DelegationFound[] = []
  let last: Delegation | undefined
  const placeAt = (from: number, to: number) => spansWithin(places, from, to)[0]
  const people = [...peopleIn].sort((a, b) => a.start - b.start)
  // groups
  const groupHits: { start: number; end: number }[] = []
  for (let i = 0; i < text.length; i++) {
    if (!GROUP_FIRST.has(text[i] ?? '')) continue
    const g = GROUPS.find((w) => text.startsWith(w, i))
    if (g) {
      groupHits.push({ start: i, end: i + g.length })
      i += g.length - 1
    }
  }
  // officials leading a group with no group noun: 杜家毫率团访港, 马兴瑞一行
  const personLed: DelegationFound[] = []
  for (const p of people) {
    if (!p.region) continue
    const after = text.slice(p.end, p.end + 3)
    const m = /^(?:一行|率团|带队|率队)/u.exec(after)
    if (!m) continue
    const nextGroup = groupHits[firstFrom(groupHits, p.end)]
    if (nextGroup && nextGroup.start <= p.end + 12) continue
    const delegation: Delegation = {
      name: text.slice(p.start, p.end + m[0].length),
      region: regionOf(p.region),
      leaders: [{ name: p.name, role: p.role }],
    }
    personLed.push({
      text: delegation.name,
      start: p.start,
      end: p.end + m[0].length,
      delegation,
      rule: 'delegation-official',
    })
  }
  let k = 0
  for (const g of groupHits) {
    while (k < personLed.length && (personLed[k]?.start ?? 0) < g.start) {
      const pl = personLed[k] as DelegationFound
      out.push(pl)
      last = pl.delegation
      k++
    }
    // the qualifier before the group noun
    let s = g.start
    while (g.start - s < MAX_QUALIFIER && s > 0) {
      const ch = text[s - 1]
      if (!ch || STOP.has(ch) || (!isHan(ch) && !/[A-Z0-9·-]/i.test(ch))) break
      if (endsWithAny(CUT_TRIE, text, s)) break
      s--
    }
    const place = placeAt(s, g.start)
    if (place) {
      const delegation: Delegation = {
        name: text.slice(place.start, g.end),
        region: regionOf(place.place.code),
        leaders: leadersOf(text, people, place.start, g.end, place.place.code),
      }
      out.push({ text: delegation.name, start: place.start, end: g.end, delegation, rule: 'delegation-named' })
      last = delegation
      continue
    }
    const qualifier = text.slice(s, g.start)
    // 省政府代表团, 市党政代表团: the home region, or the region of the official who leads it
    const own = /^(?:我|本)?[省市区县]/u.exec(qualifier)
    if (own) {
      const led = leadersOf(text, people, s, g.end, '')
      const byLeader = people.find((p) => p.region && led.some((l) => l.name === p.name))?.region
      const code = home && !own[0].startsWith('区') ? home : byLeader
      if (code) {
        const delegation: Delegation = {
          name: text.slice(s, g.end),
          region: regionOf(code),
          leaders: leadersOf(text, people, s, g.end, code),
        }
        out.push({ text: delegation.name, start: s, end: g.end, delegation, rule: 'delegation-home' })
        last = delegation
        continue
      }
    }
    // 副省长靳国卫率代表团: an unnamed group led by an official of a known region is that region's
    if (BARE_QUALIFIER.test(qualifier)) {
      const leader = leaderRightBefore(text, people, s)
      if (leader?.region) {
        const delegation: Delegation = {
          name: text.slice(leader.start, g.end),
          region: regionOf(leader.region),
          leaders: [{ name: leader.name, role: leader.role }],
        }
        out.push({ text: delegation.name, start: leader.start, end: g.end, delegation, rule: 'delegation-led' })
        last = delegation
        continue
      }
    }
    if (last && BARE_QUALIFIER.test(qualifier)) {
      const leaders = leadersOf(text, people, s, g.end, last.region.code)
      const delegation = leaders.length > 0 && last.leaders.length === 0 ? { ...last, leaders } : last
      if (delegation !== last) last = delegation
      out.push({ text: text.slice(s, g.end), start: s, end: g.end, delegation, rule: 'delegation-ref' })
    }
  }
  for (; k < personLed.length; k++) out.push(personLed[k] as DelegationFound)
  OFFICE_LED.lastIndex = 0
  for (let m = OFFICE_LED.exec(text); m !== null; m = OFFICE_LED.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const place = spansWithin(places, start, end)[0]
    if (!place || out.some((d) => d.start < end && start < d.end)) continue
    const delegation: Delegation = { name: m[0], region: regionOf(place.place.code), leaders: [] }
    out.push({ text: m[0], start, end, delegation, rule: 'delegation-office' })
  }
  return out.sort((a, b) => a.start - b.start)
}
