// Absolute dates with a year: 2023年11月12日, 二〇二三年十一月六日, 2023年10月底, 2023年11月, 2023年, 2023-11-12, 2023.11.12.

import type { DateSpec, Parser, Sub } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, CN_YEAR_DIGIT, NUM, parseSmall, parseYear, YEAR } from '../numerals.ts'

const S = '[ \\t\\u00a0\\u3000]{0,2}'

export const SUB_WORDS: Readonly<Record<string, Sub>> = {
  初: 'early',
  上旬: 'early',
  中旬: 'mid',
  下旬: 'late',
  底: 'end',
  末: 'end',
}
export const SUB_SRC = '上旬|中旬|下旬|初|底|末'

export function validYear(y: number): boolean {
  return y >= 1900 && y <= 2099
}

/** 2023年11月12日 / 2023年11月 / 2023年10月底 / 2023年 (Chinese numerals too). */
export const absoluteYmd: Parser = {
  id: 'abs-ymd',
  pattern: new RegExp(
    `(?<![\\d.${CN_YEAR_DIGIT}])(${YEAR})${S}年(?:${S}(${NUM})${S}月(?:份)?(?:${S}(${NUM})${S}[日号號]|(${SUB_SRC}))?|(初|底|末))?`,
    'gu',
  ),
  extract(match, text) {
    const y = parseYear(match[1] ?? '')
    if (!validYear(y)) return null
    if (match[5] !== undefined) {
      const sub = SUB_WORDS[match[5]]
      return sub ? draft(match, 'abs-y-part', { k: 'abs', from: { y, sub } }) : null
    }
    if (match[2] === undefined) {
      // a year alone, not 2023年代 / 2023年级 / 2023年度 is still the year
      if (/^[代级級]/u.test(text.slice(match.index + match[0].length))) return null
      return draft(match, 'abs-y', { k: 'abs', from: { y } })
    }
    const m = parseSmall(match[2])
    if (!(m >= 1 && m <= 12)) return null
    if (match[3] !== undefined) {
      const d = parseSmall(match[3])
      if (!(d >= 1 && d <= 31)) return null
      return draft(match, 'abs-ymd', { k: 'abs', from: { y, m, d } })
    }
    const sub = match[4] !== undefined ? SUB_WORDS[match[4]] : undefined
    const from: DateSpec = sub ? { y, m, sub } : { y, m }
    return draft(match, sub ? 'abs-ym-part' : 'abs-ym', { k: 'abs', from })
  },
}

/** 2023-11-12, 2023.11.12, 2023/11/12 (a 19xx/20xx year, a valid month and day, not inside a longer number). */
export const absoluteNumeric: Parser = {
  id: 'abs-numeric',
  pattern: /(?<![\d.\-/])((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d%％]|[.\-/]\d)/g,
  extract(match) {
    const y = Number(match[1])
    const m = Number(match[3])
    const d = Number(match[4])
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
    return draft(match, 'abs-numeric', { k: 'abs', from: { y, m, d } })
  },
}

/** 今年3月 / 去年10月底 / 今年5月6日 / 去年 / 今年底 / 明年初. */
export const relativeYear: Parser = {
  id: 'rel-year',
  pattern: new RegExp(
    `(?<![以之提几数多每两三近年])(今|去|前|明)年(?:${S}(${NUM})${S}月(?:份)?(?:${S}(${NUM})${S}[日号號]|(${SUB_SRC}))?|(初|底|末))?`,
    'gu',
  ),
  extract(match) {
    const yRel = match[1] === '今' ? 0 : match[1] === '去' ? -1 : match[1] === '前' ? -2 : 1
    if (match[2] !== undefined) {
      const m = parseSmall(match[2])
      if (!(m >= 1 && m <= 12)) return null
      if (match[3] !== undefined) {
        const d = parseSmall(match[3])
        if (!(d >= 1 && d <= 31)) return null
        return draft(match, 'rel-year-md', { k: 'abs', from: { yRel, m, d } })
      }
      const sub = match[4] !== undefined ? SUB_WORDS[match[4]] : undefined
      return draft(match, 'rel-year-m', { k: 'abs', from: sub ? { yRel, m, sub } : { yRel, m } })
    }
    if (match[5] !== undefined) {
      const sub = SUB_WORDS[match[5]]
      return draft(match, 'rel-year-part', { k: 'abs', from: sub ? { yRel, sub } : { yRel } })
    }
    return draft(match, 'rel-year', { k: 'abs', from: { yRel } })
  },
}

/** 同年5月 / 次年3月12日 / 当年10月底: a month in the narrative's year (or the one after / before). */
export const narrativeYear: Parser = {
  id: 'rel-narrative-year',
  pattern: new RegExp(
    `(同年|当年|次年|翌年|第二年|前一年|上一年)${S}(${NUM})${S}月(?:份)?(?:${S}(${NUM})${S}[日号號]|(${SUB_SRC}))?`,
    'gu',
  ),
  extract(match) {
    const w = match[1] ?? ''
    const yNarr = w === '同年' || w === '当年' ? 0 : w === '前一年' || w === '上一年' ? -1 : 1
    const m = parseSmall(match[2] ?? '')
    if (!(m >= 1 && m <= 12)) return null
    if (match[3] !== undefined) {
      const d = parseSmall(match[3])
      if (!(d >= 1 && d <= 31)) return null
      return draft(match, 'rel-narrative-year', { k: 'abs', from: { yNarr, m, d } })
    }
    const sub = match[4] !== undefined ? SUB_WORDS[match[4]] : undefined
    return draft(match, 'rel-narrative-year', { k: 'abs', from: sub ? { yNarr, m, sub } : { yNarr, m } })
  },
}

export { CN_SMALL }
