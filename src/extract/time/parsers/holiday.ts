// Public holidays: 元旦, 春节, 除夕, 元宵节, 劳动节 / 五一, 端午节, 中秋节, 国庆节 / 国庆 (+ 期间 / 假期 / 长假 / 前夕 / 当天).

import type { HolidayName } from '../holidays.ts'
import type { Parser } from '../model.ts'
import { draft } from '../model.ts'

const NAMES: Readonly<Record<string, HolidayName>> = {
  元旦: 'new-year',
  春节: 'spring-festival',
  大年初一: 'spring-festival',
  正月初一: 'spring-festival',
  除夕: 'new-year-eve',
  大年三十: 'new-year-eve',
  元宵节: 'lantern',
  劳动节: 'labour-day',
  五一劳动节: 'labour-day',
  五一: 'labour-day',
  国庆节: 'national-day',
  国庆: 'national-day',
  端午节: 'dragon-boat',
  端午: 'dragon-boat',
  中秋节: 'mid-autumn',
  中秋: 'mid-autumn',
}

/** Names that are a holiday only with a suffix (五一广场, 国庆70周年 are not days). */
const NEEDS_SUFFIX = new Set(['五一', '国庆', '端午', '中秋'])

export const holiday: Parser = {
  id: 'holiday',
  pattern:
    /(?<![\d一二三四五六七八九十])(五一劳动节|大年初一|正月初一|大年三十|元宵节|劳动节|国庆节|端午节|中秋节|元旦|春节|除夕|五一|国庆|端午|中秋)(期间|假期|长假|小长假|黄金周|前夕|前后|当天|当日)?/g,
  extract(match) {
    const word = match[1] ?? ''
    const name = NAMES[word]
    if (!name) return null
    const suffix = match[2]
    if (NEEDS_SUFFIX.has(word) && suffix === undefined) return null
    const span =
      suffix === '前夕'
        ? 'eve'
        : suffix === '期间' || suffix === '假期' || suffix?.endsWith('长假') || suffix === '黄金周'
          ? 'period'
          : suffix === '前后'
            ? 'around'
            : 'day'
    return draft(match, `holiday-${span}`, { k: 'holiday', name, span })
  },
}
