// People of the reading engine: officials and executives named after (or before) a title, with their region.
import {
  createTrie,
  firstFrom,
  insert,
  matchesAt,
  placeByCode,
  provinceOf,
  spanAt,
  spansWithin,
  type TrieNode,
} from '../place/index.ts'
import type { PersonMention, PlaceMention } from '../types.ts'
import { isHanChar, nameAfter, nameBefore, tagWords } from './names.ts'
import { LEAD_VERBS, TITLES, type Title } from './titles.ts'

export { LEAD_VERBS, TITLES, type Title, type TitleLevel } from './titles.ts'
export { nameAfter, nameBefore, tagWords }

export interface PeopleOptions {
  /** GB/T code of the region a bare 省委书记 / 市长 belongs to (the outlet's home) */
  readonly home?: string
}

let titleTrie: TrieNode<Title> | undefined
function titles(): TrieNode<Title> {
  if (titleTrie) return titleTrie
  const t = createTrie<Title>()
  for (const title of TITLES) insert(t, title.text, title)
  titleTrie = t
  return t
}

interface TitleHit {
  readonly start: number
  readonly end: number
  readonly title: Title
  /** where the person's span starts: the region's place when it is written before the title */
  readonly from: number
  readonly region?: string
}

/** Words between a region and its title: 广东省人民政府副省长, 澳门特区行政长官. */
const REGION_GAP = /^(?:人民政府|政府|特区政府|特别行政区政府|特区|特别行政区|党委|人大常委会|政协)?$/u

const SENTENCE_END = new Set([...'。!?;\n'])

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000'])
const AUTONOMOUS = new Set(['150000', '450000', '540000', '640000', '650000'])

/** The region a title of this level (and wording) can belong to, given a place code near it. */
function fits(code: string, level: Title['level'], wording = ''): string | undefined {
  const place = placeByCode(code)
  if (!place) return undefined
  const isProvince = code.endsWith('0000')
  const isCity = !isProvince && code.endsWith('00')
  const municipality = MUNICIPALITIES.has(code)
  switch (level) {
    case 'province': {
      const p = provinceOf(code)
      if (wording.startsWith('自治区')) return AUTONOMOUS.has(p) ? p : undefined
      if (wording.startsWith('省'))
        return MUNICIPALITIES.has(p) || AUTONOMOUS.has(p) || p === '810000' || p === '820000' ? undefined : p
      return p
    }
    case 'city':
      if (wording.startsWith('州') && !/州$/u.test(place.name)) return undefined
      return isCity || municipality || (!isProvince && place.name.endsWith('市')) ? code : undefined
    case 'county':
      return !isProvince && !isCity ? code : undefined
    case 'sar':
      return code === '810000' || code === '820000' ? code : undefined
    default:
      return code
  }
}

/** The region written right before a title: 吉林省|委书记 (sharing 省), 深圳市|委书记, 澳门特区|行政长官. */
function explicitRegion(text: string, hitStart: number, title: Title, places: readonly PlaceMention[]) {
  const lead = text[hitStart] ?? ''
  for (let k = firstFrom(places, hitStart + 1) - 1; k >= 0; k--) {
    const p = places[k]
    if (!p) continue
    if (p.end < hitStart - 8) break
    if (p.start >= hitStart + 1) continue
    // 吉林省|委书记 and 内蒙古自治区|党委常委 share the place's last characters
    const overlap = p.end > hitStart && title.text.startsWith(text.slice(hitStart, p.end)) && lead !== ''
    const gap = p.end <= hitStart ? text.slice(p.end, hitStart) : undefined
    if (overlap || (gap !== undefined && REGION_GAP.test(gap))) {
      const code = fits(p.place.code, title.level, title.text)
      if (code) return { code, from: p.start }
    }
  }
  return undefined
}

function sarDefault(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - 16), at)
  if (/澳门|澳区/u.test(near)) return '820000'
  if (/香港|港区/u.test(near)) return '810000'
  // else the SAR the text names more often
  const count = (w: string) => text.split(w).length - 1
  return count('澳门') > count('香港') ? '820000' : '810000'
}

/** The same name told with an explicit region elsewhere in the text wins over a guessed one. */
function sameNameRegions(ms: readonly PersonMention[]): PersonMention[] {
  const known = new Map<string, string>()
  for (const m of ms) if (m.rule === 'title-region' && m.region && !known.has(m.name)) known.set(m.name, m.region)
  return ms.map((m) => {
    const r = known.get(m.name)
    if (!r || m.rule === 'title-region' || m.region === r) return m
    return { ...m, region: r, rule: `${m.rule}-same-name` }
  })
}

function scanTitles(text: string, places: readonly PlaceMention[]): TitleHit[] {
  const root = titles()
  const out: TitleHit[] = []
  let i = 0
  while (i < text.length) {
    const hit = matchesAt(root, text, i)[0]
    if (!hit) {
      i++
      continue
    }
    const title = hit.value
    // 上海市长宁区: a title inside a place name is no title
    const inside = spanAt(places, i)
    if (inside && inside.start < i && !title.text.startsWith(text.slice(i, inside.end))) {
      i++
      continue
    }
    const region = explicitRegion(text, i, title, places)
    out.push(
      region
        ? { start: i, end: hit.end, title, from: region.from, region: region.code }
        : { start: i, end: hit.end, title, from: i },
    )
    i = hit.end
  }
  return out
}

/** Titles joined by 、 before one name (省委副书记、省长苏树林): the gap holds at most a region's place. */
function joins(text: string, a: TitleHit, b: TitleHit): boolean {
  const gap = text.slice(a.end, b.from)
  return gap === '、' || gap === '' || gap === '兼'
}

/** Finds officials and executives: title (with region) + name, name + title, and name lists after a title. */
export function findPeople(text: string, places: readonly PlaceMention[], options?: PeopleOptions): PersonMention[] {
  const hits = scanTitles(text, places)
  const autonomousNamed = [...new Set(places.map((p) => provinceOf(p.place.code)))].filter((c) => AUTONOMOUS.has(c))
  const titleStarts = new Set<number>()
  for (const h of hits) {
    titleStarts.add(h.start)
    titleStarts.add(h.from)
  }
  const out: PersonMention[] = []
  const home = options?.home && placeByCode(options.home) ? options.home : undefined
  let sentenceStart = 0
  let lastSentenceScan = 0
  const sentenceOf = (pos: number) => {
    for (let k = lastSentenceScan; k < pos; k++) if (SENTENCE_END.has(text[k] ?? '')) sentenceStart = k + 1
    lastSentenceScan = Math.max(lastSentenceScan, pos)
    return sentenceStart
  }
  let k = 0
  while (k < hits.length) {
    // a chain of titles for one person
    const chain: TitleHit[] = [hits[k] as TitleHit]
    while (k + 1 < hits.length && joins(text, chain[chain.length - 1] as TitleHit, hits[k + 1] as TitleHit)) {
      chain.push(hits[k + 1] as TitleHit)
      k++
    }
    k++
    const first = chain[0] as TitleHit
    const last = chain[chain.length - 1] as TitleHit
    // regions: explicit, else inherited along the chain
    let carried: string | undefined
    const regions: (string | undefined)[] = []
    for (const t of chain) {
      const r = t.region ?? (carried ? fits(carried, t.title.level, t.title.text) : undefined)
      regions.push(r)
      if (r) carried = r
    }
    let pick = -1
    for (let c = 0; c < chain.length; c++) {
      const r = regions[c]
      if (r && (pick < 0 || (r.length > 0 && depth(r) > depth(regions[pick] ?? '')))) pick = c
    }
    let region = pick >= 0 ? regions[pick] : undefined
    const roleHit = pick >= 0 ? (chain[pick] as TitleHit) : primary(chain)
    let rule = region ? 'title-region' : 'title'
    if (!region) {
      const level = roleHit.title.level
      if (level === 'sar') {
        region = sarDefault(text, roleHit.start)
        rule = 'title-sar'
      } else if (level === 'province' || level === 'city' || level === 'county') {
        // the sentence's earlier official of the same level, else the outlet's home
        const sStart = sentenceOf(first.start)
        for (let p = out.length - 1; p >= 0 && p >= out.length - 12; p--) {
          const prev = out[p]
          if (!prev || prev.start < sStart) break
          const r = prev.region ? fits(prev.region, level, roleHit.title.text) : undefined
          if (r) {
            region = r
            rule = 'title-sentence'
            break
          }
        }
        // 自治区主席 with no home: the one autonomous region the text names
        if (!region && roleHit.title.text.startsWith('自治区') && autonomousNamed.length === 1) {
          region = autonomousNamed[0]
          rule = 'title-text-region'
        }
        if (!region && home) {
          const r = fits(home, level, roleHit.title.text)
          if (r) {
            region = r
            rule = 'title-home'
          }
        }
      }
    }
    const role = roleHit.title.text
    // the name after the last title, else before the first
    let pos = last.end
    while (text[pos] === ' ' || text[pos] === '\u3000') pos++
    const allowLong = ['province', 'city', 'county', 'sar'].includes(last.title.level)
    const len = nameAfter(text, pos, allowLong)
    const make = (start: number, end: number, name: string, r: string | undefined, why: string): PersonMention =>
      r === undefined
        ? { kind: 'person', text: text.slice(start, end), start, end, name, role, rule: why }
        : { kind: 'person', text: text.slice(start, end), start, end, name, role, region: r, rule: why }
    if (len > 0) {
      const name = text.slice(pos, pos + len)
      out.push(make(first.from, pos + len, name, region, rule))
      // a list of names after one title: 省领导乔传秀、黄坤明、蔡奇
      let q = pos + len
      while (text[q] === '、') {
        const next = nameAfter(text, q + 1)
        if (next === 0) break
        const after = q + 1 + next
        if (titleStarts.has(after) || titleStarts.has(q + 1)) break
        out.push(make(q + 1, after, text.slice(q + 1, after), region, `${rule}-list`))
        q = after
      }
      continue
    }
    const before = nameBefore(text, first.from)
    if (before >= 0 && spansWithin(places, before - 8, first.from).every((p) => p.end <= before))
      out.push(make(before, last.end, text.slice(before, first.from), region, `name-${rule}`))
  }
  return dedupe(sameNameRegions([...out, ...meetingLists(text, out)]))
}

const MEET = /(?:会见|会晤|接见|看望|宴请|会谈)了?(?:来访的)?/gu

/** Names told with no title after 会见 (会见罗汉、刘志江一行): people, with no role and no region. */
function meetingLists(text: string, known: readonly PersonMention[]): PersonMention[] {
  const out: PersonMention[] = []
  const sorted = [...known].sort((a, b) => a.start - b.start)
  MEET.lastIndex = 0
  for (let m = MEET.exec(text); m !== null; m = MEET.exec(text)) {
    let q = m.index + m[0].length
    const found: PersonMention[] = []
    for (;;) {
      if (spanAt(sorted, q)) break
      const len = nameAfter(text, q)
      if (len === 0) break
      const end = q + len
      found.push({
        kind: 'person',
        text: text.slice(q, end),
        start: q,
        end,
        name: text.slice(q, end),
        role: '',
        rule: 'meeting-list',
      })
      if (text[end] !== '、') {
        q = end
        break
      }
      q = end + 1
    }
    // the list must end like a list of guests: 一行, 等, a comma or the sentence's end
    if (found.length > 0 && /^(?:一行|[等,。及和])/u.test(text.slice(q, q + 2))) out.push(...found)
  }
  return out
}

function depth(code: string): number {
  if (!code) return 0
  if (code.endsWith('0000')) return 1
  if (code.endsWith('00')) return 2
  return 3
}

/** The title that names the office when no region decides: the first regional one, else the first. */
function primary(chain: readonly TitleHit[]): TitleHit {
  return (
    chain.find((t) => t.title.level === 'sar') ??
    chain.find((t) => t.title.level === 'province' || t.title.level === 'city' || t.title.level === 'county') ??
    (chain[0] as TitleHit)
  )
}

function dedupe(ms: PersonMention[]): PersonMention[] {
  ms.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: PersonMention[] = []
  for (const m of ms) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) continue
    out.push(m)
  }
  return out
}

/** People named with a lead verb (率领, 带领, 率队 …) in `text` between `from` and `to`. */
export function leadersIn(text: string, people: readonly PersonMention[], from: number, to: number): PersonMention[] {
  const span = text.slice(from, to)
  if (!LEAD_VERBS.some((v) => span.includes(v))) return []
  return spansWithin(people, from, to).filter((p) => isHanChar(p.name[0]))
}

export { type DelegationFound, findDelegations } from './delegations.ts'
