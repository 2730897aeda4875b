// Week-relative days: 上周, 本周, 下周, 上周五, 本周二, 星期三 / 周三 (the last such day on or before the reference).

import type { Parser } from '../model.ts'
import { draft } from '../model.ts'

const WEEKDAY: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 }

export const week: Parser = {
  id: 'rel-week',
  pattern: /(?<![每隔一二三四五六七八九十\d])([上本这下])?个?(周|星期|礼拜|禮拜)([一二三四五六日天])?/g,
  extract(match, text) {
    const prefix = match[1]
    const wd = match[3] !== undefined ? WEEKDAY[match[3]] : undefined
    if (prefix === undefined && wd === undefined) return null
    // 上周期 / 本周边 / 周岁: 周 starts another word
    if (wd === undefined && /^[期边邊围圍岁歲年刊报報转轉长長]/u.test(text.slice(match.index + match[0].length)))
      return null
    // 周 alone before a weekday is too often a surname (周一鸣) or office hours (周一至周五): be strict
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 2)
    // office hours (周一至周五) are no dates; 本周三至周五 keeps its first, prefixed day
    if (prefix === undefined && /^[至到~～\-—–－]/.test(after)) return null
    if (prefix === undefined && /[至到~～\-—–－]$/.test(text.slice(Math.max(0, match.index - 1), match.index)))
      return null
    if (
      prefix === undefined &&
      match[2] === '周' &&
      after.length > 0 &&
      !/^[,，。、;；:：)）\s上下中晚早]/.test(after)
    ) {
      return null
    }
    if (prefix === undefined && match[2] !== '周' && match[3] === '天' && /^天/.test(after)) return null
    const weeks = prefix === '上' ? -1 : prefix === '下' ? 1 : prefix === undefined ? Number.NaN : 0
    const what = Number.isNaN(weeks)
      ? { k: 'week' as const, weeks: 0, ...(wd !== undefined ? { weekday: wd } : {}), nearest: true }
      : { k: 'week' as const, weeks, ...(wd !== undefined ? { weekday: wd } : {}) }
    return draft(match, wd !== undefined ? 'rel-weekday' : 'rel-week', what)
  },
}
