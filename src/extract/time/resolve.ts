// The time resolver: run every parser over the text, then the refiners in order, then anchor to the calendar.

import type { TimeMention } from '../types.ts'
import type { Draft, Parser, Refiner } from './model.ts'
import { absoluteNumeric, absoluteYmd, narrativeYear, relativeYear } from './parsers/absolute.ts'
import { ago } from './parsers/ago.ts'
import { datelineDay, datelineReporter, datelineWire } from './parsers/dateline.ts'
import { bareDay, bareDayChinese } from './parsers/day.ts'
import { holiday } from './parsers/holiday.ts'
import { monthDay, monthOnly, monthPart } from './parsers/month-day.ts'
import { partOfDay } from './parsers/part-of-day.ts'
import { rangeDay, rangeMonthDay } from './parsers/range.ts'
import { relativeNarrative } from './parsers/relative-narrative.ts'
import { relativePub, relativePubNumbered } from './parsers/relative-pub.ts'
import { bareSub, recent, relativeMonth } from './parsers/vague.ts'
import { week } from './parsers/week.ts'
import { parsePublishedFull } from './published.ts'
import { anchorDrafts } from './refiners/anchor.ts'
import { mergeConfirmations } from './refiners/merge-confirm.ts'
import { mergePartOfDay } from './refiners/merge-part.ts'
import { mergeRanges } from './refiners/merge-range.ts'
import { dropOverlaps } from './refiners/overlap.ts'
import { markPlans } from './refiners/plan.ts'

/** Parsers, most specific first (ties between overlapping drafts go to the earliest, then the longest). */
export const PARSERS: readonly Parser[] = [
  datelineWire,
  datelineDay,
  datelineReporter,
  rangeMonthDay,
  rangeDay,
  absoluteYmd,
  absoluteNumeric,
  relativeYear,
  narrativeYear,
  monthDay,
  monthPart,
  monthOnly,
  bareDay,
  bareDayChinese,
  relativePubNumbered,
  relativePub,
  relativeNarrative,
  relativeMonth,
  recent,
  bareSub,
  ago,
  holiday,
  week,
  partOfDay,
]

/** Refiners in order; anchoring to the calendar (anchorDrafts) runs after them. */
export const REFINERS: readonly Refiner[] = [
  dropOverlaps,
  mergeRanges,
  mergePartOfDay,
  mergeConfirmations,
  mergePartOfDay,
  markPlans,
]

/** Run one parser over the text (for tests and for callers that want raw drafts). */
export function runParser(parser: Parser, text: string): Draft[] {
  const out: Draft[] = []
  const re = new RegExp(
    parser.pattern.source,
    parser.pattern.flags.includes('g') ? parser.pattern.flags : `${parser.pattern.flags}g`,
  )
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++
      continue
    }
    const got = parser.extract(m, text)
    if (got === null) {
      // a rejected match may hide a valid one starting inside it (17-12-14日到16日)
      re.lastIndex = m.index + 1
      continue
    }
    if (Array.isArray(got)) out.push(...(got as readonly Draft[]))
    else out.push(got as Draft)
  }
  return out
}

export function parseDrafts(text: string, parsers: readonly Parser[] = PARSERS): Draft[] {
  const all: Draft[] = []
  for (const p of parsers) all.push(...runParser(p, text))
  return all
}

export function refineDrafts(drafts: readonly Draft[], text: string, refiners: readonly Refiner[] = REFINERS): Draft[] {
  let cur: Draft[] = [...drafts]
  for (const r of refiners) cur = r.refine(cur, text)
  return cur
}

/** Every time mention of the text, in text order, non-overlapping, resolved against the publication time. */
export function resolveTimesWith(text: string, published: string): TimeMention[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const pub = parsePublishedFull(published)
  const drafts = refineDrafts(parseDrafts(text), text)
  return anchorDrafts(drafts, text, pub)
}
