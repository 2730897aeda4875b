// The time resolver of the reading engine: dates in Chinese news text resolved to calendar days (parsers + refiners).

import type { TimeMention } from '../types.ts'
import { formatYmd } from './calendar.ts'
import { parsePublishedFull } from './published.ts'
import { resolveTimesWith } from './resolve.ts'

/** What the resolver knows about the text: its publication time, ISO 8601 with zone (no zone = +08:00). */
export interface TimeRef {
  readonly published: string
}

/** Every time mention of `text` (already normalised), in text order, non-overlapping, resolved to calendar days. */
export function resolveTimes(text: string, ref: TimeRef): TimeMention[] {
  return resolveTimesWith(text, ref.published)
}

/**
 * Validate a publication time: accepts ISO date or date-time ('2023-11-12', '2023-11-12T21:33+08:00',
 * '2023-11-12T21:33:00+08:00'); no zone means +08:00. Returns the date in its own zone, or null if invalid.
 */
export function parsePublished(iso: string): { date: string } | null {
  const p = parsePublishedFull(iso)
  return p ? { date: formatYmd(p.date) } : null
}

/** The narrative anchor at `offset`: the last day-grain or window mention ending at or before it. */
export function dateAt(mentions: readonly TimeMention[], offset: number): TimeMention | undefined {
  let found: TimeMention | undefined
  for (const m of mentions) {
    if (m.end > offset) break
    if (m.value.grain === 'day' || m.value.grain === 'window') found = m
  }
  return found
}

export type { TimeMention, TimeValue } from '../types.ts'
