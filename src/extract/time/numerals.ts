// Chinese numerals as they appear in dates: 二〇二三, 十一, 二十三, 廿三, 三十一.

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}

/** Character class body (for use inside [...]) of the digits a Chinese year is spelled with. */
export const CN_YEAR_DIGIT = '〇零○Ｏ一二三四五六七八九'
/** Character class body of the characters a Chinese month or day number is spelled with. */
export const CN_SMALL = '一二三四五六七八九十廿卅'

/** Regex source for a month or day number: 1–2 ASCII digits or 1–3 Chinese numeral characters. */
export const NUM = `(?:\\d{1,2}|[${CN_SMALL}]{1,3})`
/** Regex source for a year: 4 ASCII digits or 4 Chinese digits. */
export const YEAR = `(?:\\d{4}|[${CN_YEAR_DIGIT}]{4})`

/** Parse a month/day number (ASCII or Chinese, up to 39); NaN when it is not one. */
export function parseSmall(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s)
  if (s.length === 0 || s.length > 3) return Number.NaN
  let tens = 0
  let units = 0
  let seenTen = false
  for (const ch of s) {
    if (ch === '十') {
      if (seenTen) return Number.NaN
      tens = units === 0 ? 1 : units
      units = 0
      seenTen = true
    } else if (ch === '廿') {
      if (seenTen || units !== 0) return Number.NaN
      tens = 2
      seenTen = true
    } else if (ch === '卅') {
      if (seenTen || units !== 0) return Number.NaN
      tens = 3
      seenTen = true
    } else {
      const v = DIGITS[ch]
      if (v === undefined || v === 0 || units !== 0) return Number.NaN
      units = v
    }
  }
  return tens * 10 + units
}

/** Parse a 4-digit year (ASCII or Chinese digit by digit: 二〇二三); NaN otherwise. */
export function parseYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s)
  if (s.length !== 4) return Number.NaN
  let v = 0
  for (const ch of s) {
    const dgt = DIGITS[ch]
    if (dgt === undefined || ch === '两') return Number.NaN
    v = v * 10 + dgt
  }
  return v
}

/** Parse a small count (个数): 1–99 ASCII or Chinese (一, 两, 十五). */
export function parseCount(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s)
  if (s === '半') return 0.5
  return parseSmall(s)
}
