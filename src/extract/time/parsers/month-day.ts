// Month and day without a year: 11月12日, 十一月六日, 11月12号, 10月底, 11月上旬, 11月 / 11月份.

import type { Parser } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, CN_YEAR_DIGIT, NUM, parseSmall } from '../numerals.ts'
import { SUB_SRC, SUB_WORDS } from './absolute.ts'

const S = '[ \\t\\u00a0\\u3000]{0,2}'

/** 11月12日 / 十一月六日 / 11月12号. */
export const monthDay: Parser = {
  id: 'abs-md',
  pattern: new RegExp(`(?<![\\d.\\-/${CN_SMALL}${CN_YEAR_DIGIT}第])(${NUM})${S}月${S}(${NUM})${S}[日号號]`, 'gu'),
  extract(match) {
    const m = parseSmall(match[1] ?? '')
    const d = parseSmall(match[2] ?? '')
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
    return draft(match, 'abs-md', { k: 'abs', from: { m, d } })
  },
}

/** 10月底, 十一月上旬, 4月初 (a vague part of a month: a window). */
export const monthPart: Parser = {
  id: 'abs-m-part',
  pattern: new RegExp(`(?<![\\d.\\-/${CN_SMALL}${CN_YEAR_DIGIT}第个])(${NUM})${S}月(?:份)?(${SUB_SRC})`, 'gu'),
  extract(match) {
    const m = parseSmall(match[1] ?? '')
    const sub = SUB_WORDS[match[2] ?? '']
    if (!(m >= 1 && m <= 12) || !sub) return null
    return draft(match, 'abs-m-part', { k: 'abs', from: { m, sub } })
  },
}

/** 11月 / 11月份 alone (ASCII digits only: 一月 is too often part of a word), not 11个月, not followed by a day. */
export const monthOnly: Parser = {
  id: 'abs-m',
  pattern: /(?<![\d.\-/第个])(\d{1,2})[ \t\u00a0\u3000]{0,2}月(份)?(?![ \t\u00a0\u3000]{0,2}\d|[日号號薪票])/g,
  extract(match) {
    const m = Number(match[1])
    if (!(m >= 1 && m <= 12)) return null
    return draft(match, 'abs-m', { k: 'abs', from: { m } })
  },
}
