// Place matcher of the reading engine: GB/T 2260 units named in a text (full, short, abbreviated, 我省, sites).
import type { Place, PlaceMention } from '../types.ts'
import { ancestors, GAZETTEER_SOURCE, unitByCode } from './gazetteer.ts'
import { homeFromOutlet } from './home.ts'
import { findPlacesIn, type PlaceContext } from './match.ts'

export { firstFrom, type SpanLike, spanAt, spansWithin } from './spans.ts'
export type { TrieHit, TrieNode } from './trie.ts'
export { createTrie, endsWithAny, insert, matchesAt, reverseTrie } from './trie.ts'
export type { PlaceContext }
export { GAZETTEER_SOURCE, homeFromOutlet }

/** Places named in `text`, in text order, non-overlapping, longest match first. */
export function findPlaces(text: string, ctx?: PlaceContext): PlaceMention[] {
  return findPlacesIn(text, ctx)
}

/** The Place of a GB/T 2260 code, or undefined when the code is not in the gazetteer. */
export function placeByCode(code: string): Place | undefined {
  const u = unitByCode(code)
  if (!u) return undefined
  return u.city === undefined
    ? { code: u.code, name: u.name, province: u.province }
    : { code: u.code, name: u.name, province: u.province, city: u.city }
}

/** The province code (XX0000) of any code. */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`
}

/** True when `inner` is `outer` or lies inside it (110105 is inside 110000). */
export function isWithin(inner: string, outer: string): boolean {
  return ancestors(inner).includes(outer)
}
