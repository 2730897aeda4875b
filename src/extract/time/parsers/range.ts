// Ranges written as one unit: 11月6日至7日, 11月6至7日, 12月30日至1月2日, 2023年11月6日—7日, 10日至11日, 23-25日.

import type { DateSpec, Parser } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, CN_YEAR_DIGIT, NUM, parseSmall, parseYear, YEAR } from '../numerals.ts'
import { validYear } from './absolute.ts'

const S = '[ \\t\\u00a0\\u3000]{0,2}'
/** Range connectors: 至, 到, ~, -, —, –, －, —— */
export const CONN = '(?:至|到|[~～\\-—–－]{1,2})'

/** A range whose right side has no month and a smaller day wraps into the next month only when short: 29日至3日. */
export function plausibleWrap(fromDay: number, toDay: number): boolean {
  return toDay >= fromDay || 31 - fromDay + toDay <= 14
}

function spec(y: string | undefined, m: string | undefined, d: string | undefined): DateSpec | null {
  const out: { y?: number; m?: number; d?: number } = {}
  if (y !== undefined) {
    const yy = parseYear(y)
    if (!validYear(yy)) return null
    out.y = yy
  }
  if (m !== undefined) {
    const mm = parseSmall(m)
    if (!(mm >= 1 && mm <= 12)) return null
    out.m = mm
  }
  if (d !== undefined) {
    const dd = parseSmall(d)
    if (!(dd >= 1 && dd <= 31)) return null
    out.d = dd
  }
  return out
}

/** (YYYY年)M月D(日) 至 ((YYYY年)M月)D日. */
export const rangeMonthDay: Parser = {
  id: 'abs-range-md',
  pattern: new RegExp(
    `(?<![\\d.\\-/${CN_SMALL}${CN_YEAR_DIGIT}第])(?:(${YEAR})${S}年${S})?(${NUM})${S}月${S}(${NUM})${S}[日号號]?${S}${CONN}${S}(?:(?:(${YEAR})${S}年${S})?(${NUM})${S}月${S})?(${NUM})${S}[日号號](?!游|内|以内|之内)`,
    'gu',
  ),
  extract(match) {
    const from = spec(match[1], match[2], match[3])
    const to = spec(match[4], match[5], match[6])
    if (!from || !to) return null
    if (to.y !== undefined && to.m === undefined) return null
    if (to.m === undefined && from.d !== undefined && to.d !== undefined && !plausibleWrap(from.d, to.d)) return null
    return draft(match, 'abs-range-md', { k: 'abs', from, to })
  },
}

/** D(日) 至 D日 with the month from the narrative: 10日至11日, 23-25日 (ASCII digits). */
export const rangeDay: Parser = {
  id: 'abs-range-d',
  pattern: new RegExp(
    `(?<![\\d./年月第每])(\\d{1,2})${S}日?${S}${CONN}${S}(\\d{1,2})${S}日(?![游内多余元]|以内|之内|左右|以上)`,
    'g',
  ),
  extract(match, text) {
    // 17-12-14日: the tail of a dashed number, not a range
    const firstHasDay = /^\d{1,2}[ \t\u00a0\u3000]{0,2}日/u.test(match[0])
    if (!firstHasDay && /\d[-/—–－]$/u.test(text.slice(Math.max(0, match.index - 2), match.index))) return null
    const a = Number(match[1])
    const b = Number(match[2])
    if (!(a >= 1 && a <= 31 && b >= 1 && b <= 31)) return null
    // 3-5日 without 日 on the first number is a duration unless the days are ordered
    if (b <= a && !match[0].includes('日', 1)) return null
    if (!plausibleWrap(a, b)) return null
    return draft(match, 'abs-range-d', { k: 'abs', from: { d: a }, to: { d: b } })
  },
}
