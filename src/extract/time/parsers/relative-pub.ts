// Days relative to the publication (or dateline) day: 今天, 今日, 昨天, 昨日, 前天, 前日, 明天, 明日, 今晚, 昨晚, 今晨.

import type { PartOfDay } from '../../types.ts'
import type { Parser } from '../model.ts'
import { draft, JAPAN_AFTER } from '../model.ts'

const WORDS: Readonly<Record<string, { readonly days: number; readonly part?: PartOfDay; readonly id: string }>> = {
  今天: { days: 0, id: 'rel-pub-today' },
  今日: { days: 0, id: 'rel-pub-today' },
  本日: { days: 0, id: 'rel-pub-today' },
  昨天: { days: -1, id: 'rel-pub-yesterday' },
  昨日: { days: -1, id: 'rel-pub-yesterday' },
  前天: { days: -2, id: 'rel-pub-day-before' },
  前日: { days: -2, id: 'rel-pub-day-before' },
  大前天: { days: -3, id: 'rel-pub-3-days-ago' },
  明天: { days: 1, id: 'rel-pub-tomorrow' },
  明日: { days: 1, id: 'rel-pub-tomorrow' },
  今晚: { days: 0, part: 'evening', id: 'rel-pub-tonight' },
  今夜: { days: 0, part: 'evening', id: 'rel-pub-tonight' },
  今晨: { days: 0, part: 'morning', id: 'rel-pub-this-morning' },
  今早: { days: 0, part: 'morning', id: 'rel-pub-this-morning' },
  昨晚: { days: -1, part: 'evening', id: 'rel-pub-last-night' },
  昨夜: { days: -1, part: 'evening', id: 'rel-pub-last-night' },
  昨晨: { days: -1, part: 'morning', id: 'rel-pub-yesterday' },
  明晚: { days: 1, part: 'evening', id: 'rel-pub-tomorrow' },
}

export const relativePub: Parser = {
  id: 'rel-pub',
  // not 美好的明天 / 今日头条 / 明日之星 / 前日本首相 / 3日前日 (a number before 前日)
  pattern:
    /(?<![\d一二三四五六七八九十好的])(大前天|今天|今日|本日|昨天|昨日|前天|前日|明天|明日|今晚|今夜|今晨|今早|昨晚|昨夜|昨晨|明晚)(?!黄花|黃花|头条|頭條|说法|說法|之星|之|本|更好|会更好|视点|关注|中国|美国|世界|俄罗斯|印度|香港|澳门|新闻)/g,
  extract(match, text) {
    const word = match[1] ?? ''
    const w = WORDS[word]
    if (!w) return null
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 1)
    if (word.endsWith('日') && JAPAN_AFTER.test(next)) return null
    // 前天津市委书记: "former Tianjin …"
    if (word === '前天' && next === '津') return null
    return draft(match, w.id, { k: 'pub', days: w.days }, w.part ? { part: w.part } : undefined)
  },
}

/** Taiwan and Hong Kong style: 昨(16)日, 今(17)日, 前(15)日, 明(18)日 — a relative day confirmed by its number. */
export const relativePubNumbered: Parser = {
  id: 'rel-pub-numbered',
  pattern: /(?<![\d一二三四五六七八九十])([今昨前明])[(（](\d{1,2})[)）]日/g,
  extract(match) {
    const days = match[1] === '今' ? 0 : match[1] === '昨' ? -1 : match[1] === '前' ? -2 : 1
    const d = Number(match[2])
    if (!(d >= 1 && d <= 31)) return null
    const at = match.index + 2
    const confirm = {
      start: at,
      end: at + (match[2] ?? '').length,
      rule: 'abs-d',
      what: { k: 'abs' as const, from: { d } },
    }
    return { ...draft(match, 'rel-pub-numbered', { k: 'pub', days }), confirm }
  },
}
