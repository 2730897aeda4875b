// Internal model of the time resolver: parsers turn matches into Drafts, refiners rewrite the Draft list in order.

import type { PartOfDay } from '../types.ts'
import type { HolidayName } from './holidays.ts'

/** Which part of a month (or year) a vague span names: 月初 / 上旬 = early, 中旬 = mid, 下旬 / 月底 = late. */
export type Sub = 'early' | 'mid' | 'late' | 'end'

/**
 * A calendar point as written, before resolution. Absent fields come from the narrative or the reference.
 * yRel / mRel are offsets from the reference (今年 0, 去年 -1; 本月 0, 上月 -1).
 */
export interface DateSpec {
  readonly y?: number
  readonly yRel?: number
  /** offset from the narrative's year: 同年 / 当年 0, 次年 / 翌年 +1, 前一年 -1 */
  readonly yNarr?: number
  readonly m?: number
  readonly mRel?: number
  readonly d?: number
  /** 月初 / 上旬 / 下旬 / 月底 (of the month), or of the year when there is no month (年初, 年底) */
  readonly sub?: Sub
}

/** What a draft says, before it is resolved against the reference and the narrative. */
export type DraftWhat =
  /** an absolute date or range as written (11月6日, 2023年, 10日至11日, 10月底, 本月) */
  | { readonly k: 'abs'; readonly from: DateSpec; readonly to?: DateSpec }
  /** relative to the publication (or dateline) day: 今天 0, 昨天 -1, 明天 +1 */
  | { readonly k: 'pub'; readonly days: number }
  /** relative to the narrative's current date: 当天 0, 次日 +1, 前一天 -1 */
  /** relative to the narrative's current date: 当天 0, 次日 +1, 前一天 -1; ordinals (第一天 1, 第三天 3) count
   * from the day the first ordinal of a run stood on */
  | { readonly k: 'narr'; readonly days: number; readonly ord?: number }
  /** vague recent past: 日前, 近日, 近期 */
  | { readonly k: 'recent' }
  /** a part of day alone (上午, 下午): attaches to the narrative date */
  | { readonly k: 'part' }
  /** N units before / after the narrative (or reference) date: 3天前, 1个月前, 两天后 */
  | { readonly k: 'ago'; readonly n: number; readonly unit: 'day' | 'week' | 'month' | 'year' }
  /** a public holiday: its day, its public-holiday period, the week before it (前夕) or a week around it (前后) */
  | { readonly k: 'holiday'; readonly name: HolidayName; readonly span: 'day' | 'period' | 'eve' | 'around' }
  /** a week-relative day or week: 上周, 本周, 上周五 (weekday 1–7) */
  | { readonly k: 'week'; readonly weeks: number; readonly weekday?: number; readonly nearest?: boolean }

export interface Draft {
  readonly start: number
  readonly end: number
  readonly rule: string
  readonly what: DraftWhat
  readonly part?: PartOfDay
  /** a wire or paper dateline (杭州9月16日讯): its day is the story's "today" */
  readonly dateline?: boolean
  /** preceded by a plan marker (将, 拟, 计划): keep the date in the future when inferring its year */
  readonly plan?: boolean
  /** a confirming date in parentheses (今天(12日)): it wins over the draft when they disagree */
  readonly confirm?: Draft
}

/** A parser: one pattern family. `pattern` must be global; `extract` returns null to reject a match. */
export interface Parser {
  readonly id: string
  readonly pattern: RegExp
  extract(match: RegExpExecArray, text: string): Draft | readonly Draft[] | null
}

/** A refiner: one pass over all drafts (sorted by start), returning the new list. */
export interface Refiner {
  readonly id: string
  refine(drafts: readonly Draft[], text: string): Draft[]
}

export function draft(
  match: RegExpExecArray,
  rule: string,
  what: DraftWhat,
  extra?: {
    readonly part?: PartOfDay
    readonly dateline?: boolean
    readonly offset?: number
    readonly length?: number
  },
): Draft {
  const start = match.index + (extra?.offset ?? 0)
  const end = extra?.length !== undefined ? start + extra.length : match.index + match[0].length
  return {
    start,
    end,
    rule,
    what,
    ...(extra?.part ? { part: extra.part } : {}),
    ...(extra?.dateline ? { dateline: true } : {}),
  }
}

/** Parts of day by their Chinese words. */
export const PART_WORDS: Readonly<Record<string, PartOfDay>> = {
  凌晨: 'morning',
  清晨: 'morning',
  早晨: 'morning',
  早上: 'morning',
  早间: 'morning',
  上午: 'morning',
  中午: 'noon',
  午间: 'noon',
  正午: 'noon',
  下午: 'afternoon',
  午后: 'afternoon',
  傍晚: 'evening',
  晚上: 'evening',
  晚间: 'evening',
  夜间: 'evening',
  夜里: 'evening',
  深夜: 'evening',
  晚: 'evening',
  夜: 'evening',
  早: 'morning',
  晨: 'morning',
}

/** Regex source of the two-character part-of-day words, longest first. */
export const PART_SRC = '凌晨|清晨|早晨|早上|早间|上午|中午|午间|正午|下午|午后|傍晚|晚上|晚间|夜间|夜里|深夜'

/** After a word ending in 日, these characters make 日 the start of 日本 / 日方 / 日韩 …: 同日本企业, 是日方的. */
export const JAPAN_AFTER = /^[本方韩韓企资資元语語籍军軍美欧歐产產媒系圆圓经經式货貨侨僑商]/u
