// Offsets from the narrative (or reference) date: 3天前, 两天后, 1个月前, 半个月前, 两周前, 三年前.

import type { Parser } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, parseCount } from '../numerals.ts'

export const ago: Parser = {
  id: 'rel-ago',
  pattern: new RegExp(
    `(?<![\\d.${CN_SMALL}第])(\\d{1,2}|[${CN_SMALL}两]{1,3}|半)(天|个星期|个礼拜|周|个月|年)(前|以前|之前|后|以后|之后|過後|过后)`,
    'gu',
  ),
  extract(match) {
    const n = parseCount(match[1] ?? '')
    if (!(n > 0 && n <= 99)) return null
    const u = match[2] ?? ''
    const unit = u === '天' ? 'day' : u === '年' ? 'year' : u === '个月' ? 'month' : 'week'
    if (n !== Math.floor(n) && unit !== 'month' && unit !== 'year') return null
    const sign = (match[3] ?? '').endsWith('前') ? -1 : 1
    return draft(match, sign < 0 ? 'rel-ago' : 'rel-later', { k: 'ago', n: sign * n, unit })
  },
}
