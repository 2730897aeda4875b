// Vague spans: 日前, 近日, 近期, 前不久 (recent past); 本月, 上月, 下月 (+初/底/上旬…); bare 月初, 月底, 下旬, 年底.

import type { Parser } from '../model.ts'
import { draft, JAPAN_AFTER } from '../model.ts'
import { CN_SMALL, CN_YEAR_DIGIT, NUM, parseSmall } from '../numerals.ts'
import { SUB_SRC, SUB_WORDS } from './absolute.ts'

/** 日前 / 近日 / 近期 / 前不久 / 不久前 / 日昨 / 前几天 / 连日来 — a window before the publication. Not 3日前 / 节日前. */
export const recent: Parser = {
  id: 'vague-recent',
  pattern: new RegExp(
    `(?<![\\d${CN_SMALL}${CN_YEAR_DIGIT}两百千节假生作期末周每当某逢平月年接靠亲贴抗])(日前|近日|近期|前不久|不久前|日昨|前几天|几天前|前些天|前些日子|连日来|近几天|这几天)`,
    'gu',
  ),
  extract(match, text) {
    const word = match[1] ?? ''
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 1)
    // 接近日本 / 靠近日方: 近 + 日本, not 近日
    if (word === '近日' && JAPAN_AFTER.test(next)) return null
    return draft(match, 'vague-recent', { k: 'recent' })
  },
}

/** 本月 / 这个月 / 上月 / 上个月 / 下月 (+ 初/底/上旬/中旬/下旬, or a day: 上月28日). */
export const relativeMonth: Parser = {
  id: 'rel-month',
  pattern: new RegExp(`(?<![晚早])(本月|这个月|上个?月|下个?月)(?:(${SUB_SRC})|(${NUM})[日号號])?`, 'gu'),
  extract(match) {
    const w = match[1] ?? ''
    const mRel = w.startsWith('上') ? -1 : w.startsWith('下') ? 1 : 0
    if (match[3] !== undefined) {
      const d = parseSmall(match[3])
      if (!(d >= 1 && d <= 31)) return null
      return draft(match, 'rel-month-day', { k: 'abs', from: { mRel, d } })
    }
    const sub = match[2] !== undefined ? SUB_WORDS[match[2]] : undefined
    return draft(match, sub ? 'rel-month-part' : 'rel-month', { k: 'abs', from: sub ? { mRel, sub } : { mRel } })
  },
}

/** 月初 / 月底 / 月末 / 上旬 / 中旬 / 下旬 of the narrative month; 年初 / 年底 / 年末 of the narrative year. */
export const bareSub: Parser = {
  id: 'vague-sub',
  pattern: new RegExp(
    `(?<![\\d${CN_SMALL}${CN_YEAR_DIGIT}本上下这个今去前明当每同年月份])(月初|月底|月末|上旬|中旬|下旬|年初|年底|年末)`,
    'gu',
  ),
  extract(match) {
    const w = match[1] ?? ''
    if (w.startsWith('年')) {
      const sub = SUB_WORDS[w.slice(1)]
      return sub ? draft(match, 'vague-year-part', { k: 'abs', from: { sub, yRel: 0 } }) : null
    }
    const sub = SUB_WORDS[w.startsWith('月') ? w.slice(1) : w]
    return sub ? draft(match, 'vague-month-part', { k: 'abs', from: { sub } }) : null
  },
}
