// Named sites (…合作区, …产业园, …大学, 总部): the place they belong to, kept as Place.site.
import type { PlaceMention } from '../types.ts'
import { type Unit, unitByCode } from './gazetteer.ts'
import { homeCode } from './home-words.ts'
import { COMPANY_HEADQUARTERS, SITE_SUFFIXES } from './lexicon.ts'
import { isHan, mention, toPlace } from './mention.ts'
import { firstFrom } from './spans.ts'
import { allMatches, createTrie, insert, type TrieNode } from './trie.ts'

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
  '研究',
  '共同',
  '同志',
  '负责',
  '有关',
  '相关',
  '讨论',
  '商议',
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
export function matchSites(text: string, places: readonly PlaceMention[], home: string | undefined): PlaceMention[] {
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
  const lo = firstFrom(places, pos)
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
