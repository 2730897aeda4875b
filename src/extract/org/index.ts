// Organisations of the reading engine: companies, government and party bodies, people's bodies, schools.

import { TITLES, tagWords } from '../people/index.ts'
import {
  createTrie,
  endsWithAny,
  firstFrom,
  insert,
  matchesAt,
  placeByCode,
  provinceOf,
  reverseTrie,
  spansWithin,
  type TrieNode,
} from '../place/index.ts'
import type { OrgMention, PlaceMention } from '../types.ts'
import { BARE_BODIES, KNOWN_COMPANIES, NOT_BODIES, ORG_CUTS, ORG_SUFFIXES, type OrgType } from './lexicon.ts'

export { BARE_BODIES, KNOWN_COMPANIES, ORG_SUFFIXES, type OrgType } from './lexicon.ts'

export interface OrgOptions {
  /** GB/T code of the region a bare 省政府 / 市委 belongs to (the outlet's home) */
  readonly home?: string
}

type Entry =
  | { readonly kind: 'suffix'; readonly type: OrgType }
  | { readonly kind: 'known' }
  | { readonly kind: 'bare'; readonly type: OrgType; readonly level: 'province' | 'city' | 'county' | 'region' }

let trie: TrieNode<Entry> | undefined
function lexicon(): TrieNode<Entry> {
  if (trie) return trie
  const t = createTrie<Entry>()
  for (const [w, type] of ORG_SUFFIXES) insert(t, w, { kind: 'suffix', type })
  for (const w of KNOWN_COMPANIES) insert(t, w, { kind: 'known' })
  for (const [w, type, level] of BARE_BODIES) insert(t, w, { kind: 'bare', type, level })
  trie = t
  return t
}

const STOP = new Set([
  ...',、。;:!?()“”"\'《》【】[] \t\n和与及了在到的赴至于向对是为将把被从由其等同就即也又还已并但而则均都',
])
const MAX_NAME = 18
/** Words that end the walk back: sentence verbs, and titles (总经理|川投集团). */
const CUTS = reverseTrie([...ORG_CUTS, ...TITLES.map((t) => t.text).filter((t) => t.length >= 2)])

/** A cut word ends at `s`. */
function cutBefore(text: string, s: number): boolean {
  return endsWithAny(CUTS, text, s)
}

function isHan(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.charCodeAt(0)
  return c >= 0x3400 && c <= 0x9fff
}

const AUTONOMOUS = new Set(['150000', '450000', '540000', '640000', '650000'])

function bareRegion(
  level: 'province' | 'city' | 'county' | 'region',
  at: number,
  places: readonly PlaceMention[],
  home: string | undefined,
): string | undefined {
  const fitLevel = (code: string): string | undefined => {
    if (level === 'province') return provinceOf(code)
    if (level === 'region') return AUTONOMOUS.has(provinceOf(code)) ? provinceOf(code) : undefined
    const isProvince = code.endsWith('0000')
    if (level === 'city') return !isProvince && code.endsWith('00') ? code : undefined
    return !code.endsWith('00') ? code : undefined
  }
  if (home) {
    const r = fitLevel(home)
    if (r) return r
  }
  // else the nearest region of that level named before it, else the first one after it (a headline's 省政府)
  const k = firstFrom(places, at)
  for (let b = k - 1; b >= 0 && b >= k - 200; b--) {
    const p = places[b]
    const r = p ? fitLevel(p.place.code) : undefined
    if (r) return r
  }
  for (let a = k; a < places.length && a < k + 200; a++) {
    const p = places[a]
    const r = p ? fitLevel(p.place.code) : undefined
    if (r) return r
  }
  return undefined
}

function orgMention(
  text: string,
  start: number,
  end: number,
  name: string,
  orgType: OrgType,
  region: string | undefined,
  rule: string,
): OrgMention {
  const base = { kind: 'org' as const, text: text.slice(start, end), start, end, name, orgType, rule }
  return region === undefined ? base : { ...base, region }
}

/** Finds organisations: names ending in a suffix (…集团, …人民政府, …局), known companies, bare 省政府 / 市委. */
export function findOrgs(text: string, places: readonly PlaceMention[], options?: OrgOptions): OrgMention[] {
  const root = lexicon()
  const home = options?.home && placeByCode(options.home) ? options.home : undefined
  const out: OrgMention[] = []
  let i = 0
  while (i < text.length) {
    const hit = matchesAt(root, text, i)[0]
    if (!hit) {
      i++
      continue
    }
    let end = hit.end
    let entry = hit.value
    const word = text.slice(i, end)
    // 格局, 展厅, 局长: a one-character ending inside another word
    if (word.length === 1 && (text[end] === '长' || NOT_BODIES.some((w) => text.startsWith(w, end - w.length)))) {
      i = end
      continue
    }
    if (word === '水务' && /^(?:合作|资源|产业|工作)/u.test(text.slice(end, end + 2))) {
      i = end
      continue
    }
    // 中国石油 + 天然气集团, 华为 + 技术有限公司: a known company's full name
    if (entry.kind === 'known') {
      for (let k = end; k < end + 8 && k < text.length && isHan(text[k]) && !STOP.has(text[k] ?? ''); k++) {
        const more = matchesAt(root, text, k)[0]
        if (more && more.value.kind === 'suffix' && more.value.type === 'company') {
          entry = more.value
          end = more.end
          break
        }
      }
    }
    // 水务 + 局, 集团 + 有限公司: endings that continue
    for (;;) {
      const more = matchesAt(root, text, end)[0]
      if (more?.value.kind !== 'suffix' || (more.end - end === 1 && text[more.end] === '长')) break
      // 集团公司|党组 is the company's party group, not part of its name
      if (entry.kind === 'suffix' && more.value.type !== entry.type) break
      entry = more.value
      end = more.end
    }
    if (entry.kind === 'suffix' && text.slice(i, end) !== word && end > hit.end && hitIsKnown(hit.value)) {
      push(orgMention(text, i, end, text.slice(i, end), 'company', undefined, 'org-known'))
      i = end
      continue
    }
    // walk back over the name
    let s = i
    while (i - s < MAX_NAME && s > 0) {
      const ch = text[s - 1]
      if (!ch || STOP.has(ch) || (!isHan(ch) && !/[A-Z0-9·-]/i.test(ch))) break
      if (cutBefore(text, s)) break
      s--
    }
    // a previous organisation ends inside this one's name: 广东省人民政府|港澳办 is one body, 政府|公司 are two
    const last = out[out.length - 1]
    if (last && last.end > s) s = last.end
    if (
      last &&
      last.end === s &&
      entry.kind === 'suffix' &&
      last.orgType === 'government' &&
      entry.type === 'government'
    ) {
      const name = last.name + text.slice(last.end, end)
      out[out.length - 1] = orgMention(text, last.start, end, name, 'government', last.region, last.rule)
      i = end
      continue
    }
    if (entry.kind === 'suffix' && i - s >= 2) s = trimLead(text, s, i, places)
    const own = placeStarting(places, s, i)
    if (entry.kind === 'bare') {
      if (own && own.start < i && own.end >= i) {
        // 吉林省|委 is found as 省委 inside the place 吉林省: the place names the body
        const name = text.slice(own.start, end)
        push(orgMention(text, own.start, end, name, entry.type, regionFor(own.place.code, entry.level), 'org-place'))
      } else {
        const region = bareRegion(entry.level, i, places, home)
        const name = region ? resolvedName(text.slice(i, end), region, entry.level) : text.slice(i, end)
        push(orgMention(text, i, end, name, entry.type, region, region ? 'org-bare-resolved' : 'org-bare'))
      }
      i = end
      continue
    }
    if (entry.kind === 'known') {
      push(orgMention(text, i, end, text.slice(i, end), 'company', undefined, 'org-known'))
      i = end
      continue
    }
    const type: OrgType = entry.type
    const nameStart = own ? Math.min(own.start, s) : s
    const selfStanding = /政府$/u.test(text.slice(i, end))
    if (i - nameStart < 1 && !selfStanding) {
      i = end
      continue
    }
    const written = text.slice(nameStart, end)
    if (own) push(orgMention(text, nameStart, end, written, type, own.place.code, 'org-place'))
    else push(resolveBareStart(text, nameStart, end, written, type, places, home))
    i = end
  }
  return out

  function push(m: OrgMention): void {
    // 省委书记, 省人大常委会主任: a body named as part of a person's title is no party to anything
    if (m.orgType !== 'company' && TITLE_AFTER.test(text.slice(m.end, m.end + 4))) return
    out.push(m)
  }
}

function hitIsKnown(e: Entry): boolean {
  return e.kind === 'known'
}

/** Tags of words that cannot start an organisation's name: verbs, prepositions, adverbs … (组织|汶川中小学校). */
const LEAD_TAGS = new Set(['v', 'p', 'd', 'c', 'ad', 'r', 'u', 'uj', 'ul', 'm', 'q', 'y', 'zg'])

/** Drops words before an organisation's name that belong to the sentence (察看|克拉玛依基层妇联). */
function trimLead(text: string, s: number, i: number, places: readonly PlaceMention[]): number {
  const words = tagWords(text.slice(s, i))
  let at = s
  let cut = s
  for (const w of words) {
    const from = at
    at += w.word.length
    // words inside a place's name (雅安市|名|山区) are the place's
    if (spansWithin(places, s - 1, i + 40).some((p) => p.start <= i && p.start < at && from < p.end)) continue
    const lead = (LEAD_TAGS.has(w.tag) && w.word.length <= 2) || (w.tag === 'f' && w.word.length === 1)
    if (lead) cut = at
  }
  return cut
}

const TITLE_AFTER = /^(?:副?书记|常委|副?主任|副?主席|副?秘书长|副?部长|副?局长|副?厅长|领导|党组|委员)/u

/** The first place inside an organisation's name run [s, i]. */
function placeStarting(places: readonly PlaceMention[], s: number, i: number): PlaceMention | undefined {
  const p = places[firstFrom(places, s)]
  return p && p.start <= i ? p : undefined
}

/** 省国资委 → 四川省国资委, 特区政府… → 香港特别行政区政府…: a name that starts with a bare region word. */
function resolveBareStart(
  text: string,
  start: number,
  end: number,
  written: string,
  type: OrgType,
  places: readonly PlaceMention[],
  home: string | undefined,
): OrgMention {
  const sar = /^(?:特区|特别行政区)政府/u.exec(written)
  if (sar) {
    const macau = /澳门|澳区/u.test(text.slice(Math.max(0, start - 40), start))
    const region = macau ? '820000' : '810000'
    const name = `${macau ? '澳门' : '香港'}特别行政区政府${written.slice(sar[0].length)}`
    return orgMention(text, start, end, name, type, region, 'org-sar')
  }
  const lead = /^(?:自治区|省|市)/u.exec(written)
  if (!lead || written.startsWith('市场')) return orgMention(text, start, end, written, type, undefined, 'org-suffix')
  const level = lead[0] === '省' ? 'province' : lead[0] === '市' ? 'city' : 'region'
  const region = bareRegion(level, start, places, home)
  const place = region ? placeByCode(region) : undefined
  if (!region || !place) return orgMention(text, start, end, written, type, undefined, 'org-suffix')
  return orgMention(
    text,
    start,
    end,
    `${place.name}${written.slice(lead[0].length)}`,
    type,
    region,
    'org-bare-resolved',
  )
}

function regionFor(code: string, level: 'province' | 'city' | 'county' | 'region'): string {
  return level === 'province' || level === 'region' ? provinceOf(code) : code
}

/** 省政府 in a text about Shaanxi → 陕西省人民政府 (the name a party list wants). */
function resolvedName(bare: string, region: string, level: 'province' | 'city' | 'county' | 'region'): string {
  const place = placeByCode(level === 'province' || level === 'region' ? provinceOf(region) : region)
  if (!place) return bare
  const body = bare.replace(/^(?:自治区|[省市县区])/u, '')
  const full = body === '政府' ? '人民政府' : body
  return `${place.name}${full}`
}
