// The matching passes: gazetteer surfaces (two passes: context, then resolution), abbreviations, 我省, sites.
import type { Place, PlaceMention } from '../types.ts'
import {
  allSurfaces,
  ancestors,
  COMMON_WORDS,
  type Level,
  type SurfaceEntry,
  type Unit,
  unitByCode,
} from './gazetteer.ts'
import {
  ABBR_FOLLOWERS,
  ABBR_VERB_BLOCKERS,
  ABBR_VERBS,
  CITY_ABBR,
  COMPANY_HEADQUARTERS,
  NOT_PLACES,
  PAIR_TAILS,
  PROVINCE_ABBR,
  RISKY_ABBR,
  SAFE_AFTER_STRONG,
  SITE_SUFFIXES,
  STRONG_ABBR_VERBS,
  SURNAMES,
  WEAK_SHORTS,
} from './lexicon.ts'
import { allMatches, createTrie, insert, type TrieNode, type TrieRun } from './trie.ts'

export interface PlaceContext {
  /** GB/T code of the region 我省 / 我市 / 本市 / 我区 refer to */
  readonly home?: string
}

type TrieValue = { readonly surface: string; readonly entries: readonly SurfaceEntry[] } | { readonly block: true }

let trie: TrieNode<TrieValue> | undefined
function getTrie(): TrieNode<TrieValue> {
  if (trie) return trie
  const t = createTrie<TrieValue>()
  for (const [surface, entries] of allSurfaces()) insert(t, surface, { surface, entries })
  for (const w of NOT_PLACES) insert(t, w, { block: true })
  trie = t
  return t
}

const LEVEL_RANK: Record<Level, number> = { province: 3, city: 2, county: 1 }

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.charCodeAt(0)
  return c >= 0x3400 && c <= 0x9fff
}

export function toPlace(u: Unit, site?: string): Place {
  const base =
    u.city === undefined
      ? { code: u.code, name: u.name, province: u.province }
      : { code: u.code, name: u.name, province: u.province, city: u.city }
  return site === undefined ? base : { ...base, site }
}

function mention(text: string, start: number, end: number, place: Place, rule: string): PlaceMention {
  return { kind: 'place', text: text.slice(start, end), start, end, place, rule }
}

/** A surface that identifies a province or city on its own, or a county by its unique full name. */
function strongUnit(surface: string, entries: readonly SurfaceEntry[]): Unit | undefined {
  let best: SurfaceEntry | undefined
  for (const e of entries) if (!best || LEVEL_RANK[e.unit.level] > LEVEL_RANK[best.unit.level]) best = e
  if (!best) return undefined
  if (best.unit.level === 'county') {
    if (entries.length === 1 && best.kind !== 'short') return best.unit
    return undefined
  }
  if (WEAK_SHORTS.has(surface)) return undefined
  // 吉林 (province and city), 海南 (province and Qinghai's 海南州): which one is for the second pass to decide
  const high = entries.filter((e) => e.unit.level !== 'county')
  return high.length === 1 ? best.unit : undefined
}

interface Context {
  /** codes named outright */
  readonly named: Set<string>
  /** codes of units above a named unit, with the smallest distance */
  readonly implied: Map<string, number>
  /** resolutions by surface, valid until the context grows */
  readonly cache: Map<string, Choice | null>
}

function addToContext(ctx: Context, code: string): void {
  if (ctx.named.has(code)) return
  ctx.cache.clear()
  ctx.named.add(code)
  const up = ancestors(code)
  for (let d = 1; d < up.length; d++) {
    const c = up[d]
    if (c === undefined) continue
    const prev = ctx.implied.get(c)
    if (prev === undefined || d < prev) ctx.implied.set(c, d)
  }
}

function buildContext(runs: readonly TrieRun<TrieValue>[], home: string | undefined): Context {
  const ctx: Context = { named: new Set(), implied: new Map(), cache: new Map() }
  if (home) addToContext(ctx, home)
  let cursor = 0
  for (const { pos, hits } of runs) {
    if (pos < cursor) continue
    const top = hits[0]
    if (!top) continue
    if ('block' in top.value) {
      cursor = top.end
      continue
    }
    const u = strongUnit(top.value.surface, top.value.entries)
    if (u) {
      addToContext(ctx, u.code)
      cursor = top.end
    }
  }
  return ctx
}

/** How well the text supports reading a surface as this unit. */
function support(ctx: Context, u: Unit): number {
  if (ctx.named.has(u.code)) return 4
  const d = ctx.implied.get(u.code)
  if (d !== undefined) return d === 1 ? 3 : 2
  if (u.city && u.city !== u.code && ctx.named.has(u.city)) return 2
  if (u.city && u.city !== u.code && ctx.implied.has(u.city)) return 2
  if (u.level !== 'province' && (ctx.named.has(u.province) || ctx.implied.has(u.province))) return 1
  return 0
}

/** 3+ character county names, or well-known county-level cities, are places on their own. */
const FAMOUS_COUNTIES = new Set([
  '义乌',
  '昆山',
  '江阴',
  '晋江',
  '常熟',
  '慈溪',
  '余姚',
  '寿光',
  '韶山',
  '延吉',
  '珲春',
  '瑞丽',
  '凭祥',
  '东兴',
  '敦煌',
  '曲阜',
  '顺德',
  '萧山',
  '余杭',
  '浦东',
  '汶川',
  '北川',
  '延安',
  '遵义',
])

const SAR_SITES = new Set(['礼宾府', '政府总部', '特区政府总部'])

/** Hong Kong or Macau, by which the text names more often. */
function sarOf(text: string, fallback: Unit): Unit {
  let hk = 0
  let mo = 0
  for (let k = text.indexOf('香港'); k >= 0; k = text.indexOf('香港', k + 2)) hk++
  for (let k = text.indexOf('澳门'); k >= 0; k = text.indexOf('澳门', k + 2)) mo++
  if (hk === mo) return fallback
  return unitByCode(mo > hk ? '820000' : '810000') ?? fallback
}

interface Choice {
  readonly unit: Unit
  readonly rule: string
  readonly site?: string
}

function resolve(
  text: string,
  start: number,
  surface: string,
  entries: readonly SurfaceEntry[],
  ctx: Context,
  prev: PlaceMention | undefined,
): Choice | undefined {
  // chain: 浙江省台州市, 宁波象山 — a unit right after its parent
  if (prev && prev.end === start && !prev.place.site) {
    const prevUnit = unitByCode(prev.place.code)
    const inside = entries.filter(
      (e) => e.unit.code !== prev.place.code && ancestors(e.unit.code).includes(prev.place.code),
    )
    // 青海海南: 海南 is a province in its own right, so no chain into Qinghai's 海南州
    const rival = entries.some(
      (e) => !inside.includes(e) && prevUnit && LEVEL_RANK[e.unit.level] >= LEVEL_RANK[prevUnit.level],
    )
    const best = inside.sort((a, b) => LEVEL_RANK[b.unit.level] - LEVEL_RANK[a.unit.level])[0]
    if (best && !rival) return { unit: best.unit, rule: 'chain' }
  }
  // person names: 王永昌, 孙中山 — a short surface right after a surname that starts a name
  if (surface.length === 2 && SURNAMES.has(text[start - 1] ?? '') && entries.some((e) => e.kind === 'short')) {
    const before = text[start - 2]
    if (!isHan(before) || '、和与及同记者长任席理书员委导'.includes(before ?? '')) return undefined
  }
  // 礼宾府 and 政府总部 are in Hong Kong and in Macau: the text says which
  if (SAR_SITES.has(surface)) {
    const site = entries.find((e) => e.kind === 'site')
    if (site) return { unit: sarOf(text, site.unit), rule: 'known-site', site: surface }
  }
  const cached = ctx.cache.get(surface)
  if (cached !== undefined) return cached ?? undefined
  const choice = resolveByContext(surface, entries, ctx)
  ctx.cache.set(surface, choice ?? null)
  return choice
}

function resolveByContext(surface: string, entries: readonly SurfaceEntry[], ctx: Context): Choice | undefined {
  const site = entries.find((e) => e.kind === 'site')
  if (site) return { unit: site.unit, rule: 'known-site', site: surface }

  const scored = entries
    .map((e) => ({ e, s: support(ctx, e.unit) }))
    // support from the province alone (1) does not outweigh a higher-level reading (青海…海南 stays the province)
    .sort(
      (a, b) =>
        (b.s >= 2 ? b.s : 0) - (a.s >= 2 ? a.s : 0) ||
        LEVEL_RANK[b.e.unit.level] - LEVEL_RANK[a.e.unit.level] ||
        b.s - a.s,
    )
  const top = scored[0]
  if (!top) return undefined
  const { e, s } = top
  const tiedTop = scored.filter((x) => x.s === s && x.e.unit.level === e.unit.level)
  const unique = tiedTop.length === 1

  if (e.kind === 'full' || e.kind === 'renamed') {
    if (unique) return { unit: e.unit, rule: e.kind === 'full' ? 'full' : 'renamed' }
    return undefined
  }
  // short names
  if (e.unit.level !== 'county') {
    if (!unique) return undefined
    if (WEAK_SHORTS.has(surface)) return s >= 1 ? { unit: e.unit, rule: 'short-context' } : undefined
    return { unit: e.unit, rule: 'short' }
  }
  if (COMMON_WORDS.has(surface)) return undefined
  // a county's short name needs its city (or the county itself) named in the text
  if (s >= 2 && unique) return { unit: e.unit, rule: 'short-context' }
  if (entries.length === 1 && (surface.length >= 3 || FAMOUS_COUNTIES.has(surface)))
    return { unit: e.unit, rule: 'short' }
  return undefined
}

function matchGazetteer(text: string, ctx: Context, runs: readonly TrieRun<TrieValue>[]): PlaceMention[] {
  const out: PlaceMention[] = []
  let cursor = 0
  for (const { pos: i, hits } of runs) {
    if (i < cursor) continue
    for (const hit of hits) {
      if ('block' in hit.value) {
        cursor = hit.end
        break
      }
      const prev = out[out.length - 1]
      const choice = resolve(text, i, hit.value.surface, hit.value.entries, ctx, prev)
      if (!choice) continue
      const place = toPlace(choice.unit, choice.site)
      if (choice.rule === 'chain' && prev) out[out.length - 1] = mention(text, prev.start, hit.end, place, 'chain')
      else out.push(mention(text, i, hit.end, place, choice.rule))
      addToContext(ctx, choice.unit.code)
      cursor = hit.end
      break
    }
  }
  return out
}

/** 宁 is 南京 in a text about Jiangsu (在宁召开), 宁夏 elsewhere. */
function abbrCode(ch: string, ctx: Context): string | undefined {
  if (ch === '宁' && (ctx.named.has('320000') || ctx.named.has('320100') || ctx.implied.has('320000'))) return '320100'
  const p = PROVINCE_ABBR[ch]
  if (p) return p
  const c = CITY_ABBR[ch]
  if (c) return c
  return undefined
}

/** First characters of the cities named in the text (乌 for 乌兰察布 in 乌张两市), when only one city has it. */
function cityInitials(ctx: Context): Map<string, string> {
  const out = new Map<string, string>()
  const clash = new Set<string>()
  for (const code of ctx.named) {
    const u = unitByCode(code)
    const ch = u?.name[0]
    if (u?.level !== 'city' || !ch) continue
    if (out.has(ch) && out.get(ch) !== code) clash.add(ch)
    out.set(ch, code)
  }
  for (const ch of clash) out.delete(ch)
  return out
}

function matchAbbreviations(text: string, ctx: Context, taken: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  const takenSet = new Uint8Array(text.length + 1)
  for (const m of taken) takenSet.fill(1, m.start, m.end)
  const initials = cityInitials(ctx)
  const wanted = new Uint8Array(65536)
  for (const k of [...Object.keys(PROVINCE_ABBR), ...Object.keys(CITY_ABBR), ...initials.keys()])
    wanted[k.charCodeAt(0)] = 1
  for (let i = 0; i < text.length; i++) {
    if (wanted[text.charCodeAt(i)] === 0 || takenSet[i]) continue
    const ch = text[i] ?? ''
    const verb = text[i - 1] ?? ''
    const single = PROVINCE_ABBR[ch] ?? CITY_ABBR[ch]
    const initial = initials.get(ch)
    if (!single && !initial) continue
    // pairs: 浙闽两省, 京蒙协作, 沪连合作, 粤港澳
    {
      let j = i
      const codes: string[] = []
      while (j < text.length && j - i < 4) {
        const c = text[j] ?? ''
        if (takenSet[j]) break
        const code = (c === '宁' ? abbrCode(c, ctx) : PROVINCE_ABBR[c]) ?? initials.get(c) ?? CITY_ABBR[c]
        if (!code) break
        codes.push(code)
        j++
      }
      if (codes.length >= 2) {
        const rest = text.slice(j, j + 4)
        const tail = PAIR_TAILS.find((t) => rest.startsWith(t))
        const bay = text.startsWith('大湾区', j)
        const distinct = new Set(codes).size === codes.length
        const lastRisky = RISKY_ABBR.has(text[j - 1] ?? '')
        if (distinct && (tail || (codes.length >= 3 && !bay && !lastRisky))) {
          for (let k = 0; k < codes.length; k++) {
            const u = unitByCode(codes[k] ?? '')
            if (u) out.push(mention(text, i + k, i + k + 1, toPlace(u), 'abbr-pair'))
          }
          i = j - 1
          continue
        }
      }
    }
    // after a travel verb: 抵浙, 来皖, 赴津, 在杭, 访澳, 入川
    if (!ABBR_VERBS.has(verb)) continue
    const code = abbrCode(ch, ctx)
    if (!code) continue
    const blockers = ABBR_VERB_BLOCKERS[verb]
    if (blockers?.includes(text[i - 2] ?? '\u0000')) continue
    const next = text[i + 1]
    if (next !== undefined && takenSet[i + 1]) continue
    const strong = STRONG_ABBR_VERBS.has(verb) && SAFE_AFTER_STRONG.has(ch) && !PROVINCE_ABBR[next ?? '']
    if (!strong && RISKY_ABBR.has(ch) && next !== undefined && !ABBR_FOLLOWERS.has(next)) continue
    // a following noun would make a word of the two characters (来京剧): keep verb and particle followers only
    if (!strong && !RISKY_ABBR.has(ch) && isHan(next) && !ABBR_FOLLOWERS.has(next ?? '') && !PROVINCE_ABBR[next ?? ''])
      continue
    const u = unitByCode(code)
    if (u) out.push(mention(text, i, i + 1, toPlace(u), 'abbr-verb'))
  }
  return out
}

const HOME_WORDS: readonly (readonly [string, 'province' | 'city' | 'region' | 'county'])[] = [
  ['我省', 'province'],
  ['本省', 'province'],
  ['全省', 'province'],
  ['我市', 'city'],
  ['本市', 'city'],
  ['全市', 'city'],
  ['我区', 'region'],
  ['全区', 'region'],
  ['我县', 'county'],
  ['本县', 'county'],
  ['全县', 'county'],
  ['我州', 'city'],
  ['全州', 'city'],
]

const AUTONOMOUS_REGIONS = new Set(['150000', '450000', '540000', '640000', '650000'])
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000'])

function homeCode(home: string, want: 'province' | 'city' | 'region' | 'county'): string | undefined {
  const u = unitByCode(home)
  if (!u) return undefined
  switch (want) {
    case 'province':
      return u.province
    case 'city':
      if (u.level === 'city') return u.code
      if (MUNICIPALITIES.has(u.province) && u.level === 'province') return u.code
      if (u.level === 'county' && u.name.endsWith('市')) return u.code
      return u.city
    case 'region':
      if (u.level === 'province' && AUTONOMOUS_REGIONS.has(u.code)) return u.code
      if (u.level === 'county' && u.name.endsWith('区')) return u.code
      return undefined
    case 'county':
      return u.level === 'county' ? u.code : undefined
  }
}

function matchHome(text: string, home: string | undefined): PlaceMention[] {
  if (!home) return []
  const out: PlaceMention[] = []
  for (const [word, want] of HOME_WORDS) {
    const code = homeCode(home, want)
    const u = code ? unitByCode(code) : undefined
    if (!u) continue
    let k = text.indexOf(word)
    while (k >= 0) {
      out.push(mention(text, k, k + word.length, toPlace(u), 'home'))
      k = text.indexOf(word, k + word.length)
    }
  }
  return out
}

const SENTENCE_END = new Set([...'。!?;\n'])
const SITE_STOP = new Set([...',、。;:!?()“”"\'《》【】 \t\n和与及了在到的赴至于向对是为将把被从由其等'])
/** Words that end the run of a site's name when walking back from its suffix (走进XX产业园, 当作重要基地). */
const SITE_CUTS = [
  '走进',
  '来到',
  '参观',
  '考察',
  '察看',
  '走访',
  '调研',
  '深入',
  '前往',
  '抵达',
  '莅临',
  '出席',
  '位于',
  '举行',
  '召开',
  '当作',
  '作为',
  '成为',
  '建设',
  '打造',
  '重要',
  '加快',
  '推进',
  '建成',
  '抓住',
  '支持',
  '依托',
  '一行',
  '团',
]
/** Words before a site that is not right after its place: 在/走进/来到 … (the site is where they were). */
const SITE_LEADS = ['走进', '来到', '参观', '考察', '察看', '走访', '前往', '抵达', '莅临', '在', '到', '赴']
const SITE_MAX = 12

let suffixTrie: TrieNode<true> | undefined
function getSuffixTrie(): TrieNode<true> {
  if (suffixTrie) return suffixTrie
  const t = createTrie<true>()
  for (const w of SITE_SUFFIXES) insert(t, w, true)
  suffixTrie = t
  return t
}

/** Named sites (…合作区, …产业园, …大学): attached to the nearest preceding place in the same sentence. */
function matchSites(text: string, places: readonly PlaceMention[], home: string | undefined): PlaceMention[] {
  const hits: { start: number; end: number }[] = []
  for (const run of allMatches(getSuffixTrie(), text)) {
    const found = run.hits[0]
    if (found) hits.push({ start: run.pos, end: found.end })
  }
  const placeEnds = new Map<number, PlaceMention>()
  for (const p of places) placeEnds.set(p.end, p)
  const out: PlaceMention[] = []
  for (const h of hits) {
    const last = out[out.length - 1]
    if (last && h.start < last.end) {
      if (h.end > last.end && h.start <= last.end) out[out.length - 1] = extendSite(text, last, h.end)
      continue
    }
    if (last && h.start === last.end) {
      out[out.length - 1] = extendSite(text, last, h.end) // 总部 + 基地
      continue
    }
    // walk back over the site's name
    let s = h.start
    let adjacent: PlaceMention | undefined
    let bounded = false
    while (h.start - s <= SITE_MAX) {
      const atPlace = placeEnds.get(s)
      if (atPlace) {
        adjacent = atPlace
        break
      }
      const ch = text[s - 1]
      if (ch === undefined || SITE_STOP.has(ch) || SENTENCE_END.has(ch) || (!isHan(ch) && !/[\w·-]/.test(ch))) {
        bounded = true
        break
      }
      const cut = SITE_CUTS.find((w) => text.startsWith(w, s - w.length))
      if (cut) {
        bounded = true
        break
      }
      s--
    }
    if (adjacent) {
      const u = unitByCode(adjacent.place.code)
      if (u) out.push(mention(text, adjacent.start, h.end, toPlace(u, text.slice(adjacent.start, h.end)), 'site'))
      continue
    }
    // 在总部会见: the headquarters of a company named just before
    if (text.startsWith('总部', h.start) && /^(?:集团|公司|企业|集团公司)?$/u.test(text.slice(s, h.start))) {
      const hq = headquartersBefore(text, h.start)
      if (hq) {
        out.push(mention(text, s, h.end, toPlace(hq, text.slice(s, h.end)), 'site-hq'))
        continue
      }
    }
    if (!bounded || h.start - s < 2) continue
    // not right after its place: a lead word (在, 走进 …) and a place earlier in the same sentence, close by
    const lead = SITE_LEADS.find((w) => text.startsWith(w, s - w.length))
    if (!lead) continue
    // 省规划展览馆, 市图书馆: a site of the home region
    const own = text[s] === '省' ? 'province' : text[s] === '市' ? 'city' : undefined
    if (own) {
      const code = home ? homeCode(home, own) : undefined
      const u = code ? unitByCode(code) : undefined
      if (u) out.push(mention(text, s, h.end, toPlace(u, text.slice(s, h.end)), 'site-home'))
      continue
    }
    const anchor = lastEndingBy(places, s)
    if (!anchor || s - anchor.end > 30) continue
    const between = text.slice(anchor.end, s)
    if ([...between].some((c) => SENTENCE_END.has(c)) || /团|一行/u.test(between)) continue
    // the place is part of an office or a body (云南省委书记…走进…): not where the site is
    if (/^[省市区县州]?(?:委|长|政府|党委|政协|人大|领导)/u.test(between)) continue
    const u = unitByCode(anchor.place.code)
    if (u) out.push(mention(text, s, h.end, toPlace(u, text.slice(s, h.end)), 'site'))
  }
  return out
}

/** The headquarters city of a well-known company named in the 80 characters before `at`. */
function headquartersBefore(text: string, at: number): Unit | undefined {
  const window = text.slice(Math.max(0, at - 80), at)
  let best: { pos: number; code: string } | undefined
  for (const [name, code] of Object.entries(COMPANY_HEADQUARTERS)) {
    const pos = window.lastIndexOf(name)
    if (pos >= 0 && (!best || pos > best.pos)) best = { pos, code }
  }
  return best ? unitByCode(best.code) : undefined
}

/** The last mention (sorted by start) that ends at or before `pos`. */
function lastEndingBy(places: readonly PlaceMention[], pos: number): PlaceMention | undefined {
  let lo = 0
  let hi = places.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((places[mid]?.start ?? 0) < pos) lo = mid + 1
    else hi = mid
  }
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const p = places[k]
    if (p && p.end <= pos) return p
  }
  return undefined
}

function extendSite(text: string, m: PlaceMention, end: number): PlaceMention {
  const site = text.slice(m.start, end)
  return { ...m, text: site, end, place: { ...m.place, site } }
}

export function findPlacesIn(text: string, options?: PlaceContext): PlaceMention[] {
  const root = getTrie()
  const home = options?.home && unitByCode(options.home) ? options.home : undefined
  const runs = allMatches(root, text)
  const ctx = buildContext(runs, home)
  const gaz = matchGazetteer(text, ctx, runs)
  const abbr = matchAbbreviations(text, ctx, gaz)
  const gazCover = cover(text.length, gaz)
  const homeMentions = matchHome(text, home).filter((m) => !overlaps(gazCover, m))
  let all = [...gaz, ...abbr, ...homeMentions].sort((a, b) => a.start - b.start)
  const sites = matchSites(text, all, home)
  if (sites.length > 0) {
    // a site replaces the place mentions it overlaps
    const siteCover = cover(text.length, sites)
    all = [...all.filter((m) => !overlaps(siteCover, m)), ...sites].sort((a, b) => a.start - b.start)
  }
  return dedupeOverlaps(all)
}

function cover(length: number, ms: readonly PlaceMention[]): Uint8Array {
  const c = new Uint8Array(length + 1)
  for (const m of ms) c.fill(1, m.start, m.end)
  return c
}

function overlaps(c: Uint8Array, m: PlaceMention): boolean {
  for (let k = m.start; k < m.end; k++) if (c[k]) return true
  return false
}

function dedupeOverlaps(sorted: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  for (const m of sorted) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m
      continue
    }
    out.push(m)
  }
  return out
}
