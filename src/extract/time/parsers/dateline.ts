// Datelines near the start of a story: 杭州9月16日讯, 新华社北京4月19日电, 本报讯 … 9月16日电, (记者 X) 9月16日 .

import type { Parser } from '../model.ts'
import { draft } from '../model.ts'
import { CN_SMALL, NUM, parseSmall, parseYear, YEAR } from '../numerals.ts'
import { validYear } from './absolute.ts'

/** A dateline counts only this close to the start of the text (title, page chrome and lead included). */
export const DATELINE_WINDOW = 1200

const S = '[ \\t\\u00a0\\u3000]{0,2}'

/** …M月D日电 / …M月D日讯 (optionally with a year). */
export const datelineWire: Parser = {
  id: 'dateline',
  pattern: new RegExp(
    `(?<![\\d.])(?:(${YEAR})${S}年${S})?(${NUM})${S}月${S}(${NUM})${S}日${S}(?:电|讯|電|訊)(?![息号號力网網])`,
    'gu',
  ),
  extract(match) {
    const m = parseSmall(match[2] ?? '')
    const d = parseSmall(match[3] ?? '')
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
    const yRaw = match[1]
    const y = yRaw !== undefined ? parseYear(yRaw) : undefined
    if (y !== undefined && !validYear(y)) return null
    const from = y !== undefined ? { y, m, d } : { m, d }
    const isDateline = match.index < DATELINE_WINDOW
    return draft(
      match,
      isDateline ? 'dateline' : 'abs-md',
      { k: 'abs', from },
      isDateline ? { dateline: true } : undefined,
    )
  },
}

/** …D日电 with a bare day (新华社北京12日电): the month is the publication's (or the one before, if the day is later). */
export const datelineDay: Parser = {
  id: 'dateline-day',
  pattern: new RegExp(
    `(?<![\\d.月${CN_SMALL}〇零])(\\d{1,2}|[${CN_SMALL}]{1,3})${S}日${S}(?:电|讯|電|訊)(?![息号號力网網报報])`,
    'gu',
  ),
  extract(match) {
    const d = parseSmall(match[1] ?? '')
    if (!(d >= 1 && d <= 31)) return null
    const isDateline = match.index < DATELINE_WINDOW
    return draft(
      match,
      isDateline ? 'dateline' : 'abs-d',
      { k: 'abs', from: { d } },
      isDateline ? { dateline: true } : undefined,
    )
  },
}

/** (记者 张三) 9月16日 followed by a space or a line end: the reporter's dateline. (With a comma it is the lead's date.) */
export const datelineReporter: Parser = {
  id: 'dateline-reporter',
  pattern: new RegExp(
    `[(（]记者[^()（）\\n]{1,24}[)）]${S}(${NUM})${S}月${S}(${NUM})${S}日(?=[ \\t\\u3000]|\\n|$)`,
    'gu',
  ),
  extract(match) {
    const m = parseSmall(match[1] ?? '')
    const d = parseSmall(match[2] ?? '')
    if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null
    if (match.index >= DATELINE_WINDOW) return null
    const full = match[0]
    // the date starts after the closing parenthesis and its spaces
    let at = Math.max(full.indexOf(')'), full.indexOf('）')) + 1
    while (at < full.length && /[ \t\u00a0\u3000]/.test(full[at] ?? '')) at++
    return draft(
      match,
      'dateline-reporter',
      { k: 'abs', from: { m, d } },
      { dateline: true, offset: at, length: full.length - at },
    )
  },
}
