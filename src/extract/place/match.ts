// The place matcher as an ordered list of passes: gazetteer (context, then resolution), abbreviations, 我省, sites.
import type { PlaceMention } from '../types.ts'
import { matchAbbreviations } from './abbreviations.ts'
import { unitByCode } from './gazetteer.ts'
import { matchHome } from './home-words.ts'
import { cover, dedupeOverlaps, overlaps } from './mention.ts'
import { buildContext, getTrie, matchGazetteer } from './resolve.ts'
import { matchSites } from './sites.ts'
import { allMatches } from './trie.ts'

export interface PlaceContext {
  /** GB/T code of the region 我省 / 我市 / 本市 / 我区 refer to */
  readonly home?: string
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
