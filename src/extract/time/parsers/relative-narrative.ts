// Days relative to the narrative's current date: 当天, 当日, 同日, 是日, 当晚, 次日, 翌日, 隔天, 第二天, 前一天.

import type { PartOfDay } from '../../types.ts'
import type { Parser } from '../model.ts'
import { draft, JAPAN_AFTER } from '../model.ts'

const WORDS: Readonly<
  Record<string, { readonly days: number; readonly part?: PartOfDay; readonly id: string; readonly ord?: number }>
> = {
  当天: { days: 0, id: 'rel-narrative-same-day' },
  当日: { days: 0, id: 'rel-narrative-same-day' },
  同日: { days: 0, id: 'rel-narrative-same-day' },
  同天: { days: 0, id: 'rel-narrative-same-day' },
  同一天: { days: 0, id: 'rel-narrative-same-day' },
  是日: { days: 0, id: 'rel-narrative-same-day' },
  当晚: { days: 0, part: 'evening', id: 'rel-narrative-same-evening' },
  当夜: { days: 0, part: 'evening', id: 'rel-narrative-same-evening' },
  同晚: { days: 0, part: 'evening', id: 'rel-narrative-same-evening' },
  次日: { days: 1, id: 'rel-narrative-next-day' },
  翌日: { days: 1, id: 'rel-narrative-next-day' },
  隔天: { days: 1, id: 'rel-narrative-next-day' },
  隔日: { days: 1, id: 'rel-narrative-next-day' },
  第二天: { days: 1, id: 'rel-narrative-next-day', ord: 2 },
  第二日: { days: 1, id: 'rel-narrative-next-day', ord: 2 },
  次晚: { days: 1, part: 'evening', id: 'rel-narrative-next-day' },
  翌晨: { days: 1, part: 'morning', id: 'rel-narrative-next-day' },
  次晨: { days: 1, part: 'morning', id: 'rel-narrative-next-day' },
  第三天: { days: 2, id: 'rel-narrative-third-day', ord: 3 },
  第四天: { days: 3, id: 'rel-narrative-fourth-day', ord: 4 },
  首日: { days: 0, id: 'rel-narrative-first-day', ord: 1 },
  第一天: { days: 0, id: 'rel-narrative-first-day', ord: 1 },
  前一天: { days: -1, id: 'rel-narrative-day-before' },
  前一日: { days: -1, id: 'rel-narrative-day-before' },
}

export const relativeNarrative: Parser = {
  id: 'rel-narrative',
  // not 每天的第二天 fragments like 第二天然气 (a 天然 compound), not 当日元 (currency)
  pattern:
    /(?<!每)(同一天|首日|第一天|当天|当日|同日|同天|是日|当晚|当夜|同晚|次日|翌日|隔天|隔日|第二天|第二日|次晚|翌晨|次晨|第三天|第四天|前一天|前一日)(?![然元内游]|以内|之内|往返|而语|而語)/g,
  extract(match, text) {
    const word = match[1] ?? ''
    const w = WORDS[word]
    if (!w) return null
    const next = text.slice(match.index + match[0].length, match.index + match[0].length + 1)
    if (word.endsWith('日') && JAPAN_AFTER.test(next)) return null
    const what =
      w.ord !== undefined ? { k: 'narr' as const, days: w.days, ord: w.ord } : { k: 'narr' as const, days: w.days }
    return draft(match, w.id, what, w.part ? { part: w.part } : undefined)
  },
}
