// The gazetteer pass: surfaces found with the trie, read in the light of what the whole text names.
import type { PlaceMention } from '../types.ts'
import { addToContext, type Choice, type Context, newContext, support } from './context.ts'
import {
  allSurfaces,
  ancestors,
  COMMON_WORDS,
  type Level,
  type SurfaceEntry,
  type Unit,
  unitByCode,
} from './gazetteer.ts'
import { NOT_PLACES, SURNAMES, WEAK_SHORTS } from './lexicon.ts'
import { isHan, mention, toPlace } from './mention.ts'
import { createTrie, insert, type TrieNode, type TrieRun } from './trie.ts'

export type TrieValue =
  | { readonly surface: string; readonly entries: readonly SurfaceEntry[] }
  | { readonly block: true }

let trie: TrieNode<TrieValue> | undefined
export function getTrie(): TrieNode<TrieValue> {
  if (trie) return trie
  const t = createTrie<TrieValue>()
  for (const [surface, entries] of allSurfaces()) insert(t, surface, { surface, entries })
  for (const w of NOT_PLACES) insert(t, w, { block: true })
  trie = t
  return t
}

const LEVEL_RANK: Record<Level, number> = { province: 3, city: 2, county: 1 }

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

export function buildContext(runs: readonly TrieRun<TrieValue>[], home: string | undefined): Context {
  const ctx = newContext()
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
    if (!isHan(before) || '、和与及同记者长任席理书员委导了见请由对向给'.includes(before ?? '')) return undefined
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

export function matchGazetteer(text: string, ctx: Context, runs: readonly TrieRun<TrieValue>[]): PlaceMention[] {
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
