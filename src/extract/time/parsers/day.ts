// A bare day of the month: 19日, 23日下午 (the month comes from the narrative). Not 7日内, 3日游, 每月5日, 100日元.

import type { Parser } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, parseSmall } from '../numerals.ts'

/** Words after N日 that make it a duration, a currency or a rate rather than a day of the month. */
const NOT_AFTER = '[游内多余元圆均后後]|以内|之内|左右|以上|以下|以来'

/** Two-character words before N日 that make it a duration or a recurring day. */
const DURATION_BEFORE = new Set([
  '每月',
  '每年',
  '连续',
  '历时',
  '为期',
  '长达',
  '持续',
  '用时',
  '至少',
  '最多',
  '耗时',
  '仅用',
])

/** ASCII-digit bare day. */
export const bareDay: Parser = {
  id: 'abs-d',
  pattern: new RegExp(`(?<![\\d./年月第每周个近约共仅逾])(\\d{1,2})[ \\t\\u00a0\\u3000]?日(?!${NOT_AFTER})`, 'g'),
  extract(match, text) {
    const d = Number(match[1])
    if (!(d >= 1 && d <= 31)) return null
    // 每月5日 / 每年3月 etc. (two-character lookbehind kept out of the regex)
    const before = text.slice(Math.max(0, match.index - 2), match.index)
    if (DURATION_BEFORE.has(before)) return null
    return draft(match, 'abs-d', { k: 'abs', from: { d } })
  },
}

/** Chinese-numeral bare day (二十三日): a date before a part of day, a comma or 电/讯, or after 于/在 (于十七日在京召开). */
export const bareDayChinese: Parser = {
  id: 'abs-d-cn',
  pattern: new RegExp(`(?<![${CN_SMALL}〇零○月第每几数个连续历时为期近约共])([${CN_SMALL}]{1,3})日`, 'gu'),
  extract(match, text) {
    const d = parseSmall(match[1] ?? '')
    if (!(d >= 1 && d <= 31)) return null
    const end = match.index + match[0].length
    const after = text.slice(end, end + 3)
    if (CN_NOT_AFTER.test(after)) return null
    const prev = text[match.index - 1] ?? ''
    const dateAfter = CN_DATE_AFTER.test(after)
    const dateBefore = /[于於在]/u.test(prev)
    if (!dateAfter && !dateBefore) return null
    // 三日, (duration) at the start of a sentence is rarely a day; a one-character day needs 于/在/punctuation before
    if ((match[1] ?? '').length === 1 && !dateBefore && !/[,，、。(（\s]/u.test(prev)) return null
    return draft(match, 'abs-d-cn', { k: 'abs', from: { d } })
  },
}

/** After a Chinese-numeral N日: a duration, not a day. */
const CN_NOT_AFTER = /^(?:[游内多余后後来间]|以内|之内|左右|以上|以下|以来|之间|之后|以后)/u
/** After a Chinese-numeral N日: clearly a date. */
const CN_DATE_AFTER = /^(?:上午|下午|中午|晚上|[晚早,，、。;；电讯電訊]|凌晨|傍晚)/u
