// Holiday data: fixed-date public holidays and the Spring Festival (正月初一) by year, for 春节期间, 除夕, 国庆期间 …
// The Spring Festival dates are the published Gregorian dates of 正月初一 (State Council holiday notices and the
// Purple Mountain Observatory calendar), written out by hand for 2000–2035; outside those years 春节 is not resolved.

/** Gregorian month and day of 正月初一, by year. */
export const SPRING_FESTIVAL: Readonly<Record<number, readonly [number, number]>> = {
  2000: [2, 5],
  2001: [1, 24],
  2002: [2, 12],
  2003: [2, 1],
  2004: [1, 22],
  2005: [2, 9],
  2006: [1, 29],
  2007: [2, 18],
  2008: [2, 7],
  2009: [1, 26],
  2010: [2, 14],
  2011: [2, 3],
  2012: [1, 23],
  2013: [2, 10],
  2014: [1, 31],
  2015: [2, 19],
  2016: [2, 8],
  2017: [1, 28],
  2018: [2, 16],
  2019: [2, 5],
  2020: [1, 25],
  2021: [2, 12],
  2022: [2, 1],
  2023: [1, 22],
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
  2033: [1, 31],
  2034: [2, 19],
  2035: [2, 8],
}

export type HolidayName =
  | 'new-year'
  | 'spring-festival'
  | 'new-year-eve'
  | 'lantern'
  | 'labour-day'
  | 'national-day'
  | 'dragon-boat'
  | 'mid-autumn'

/**
 * Each holiday: its day (month/day, or an offset from 正月初一) and the public-holiday period
 * (first day offset, length in days) that 期间 / 假期 / 长假 name.
 */
export const HOLIDAYS: Readonly<
  Record<
    HolidayName,
    {
      readonly fixed?: readonly [number, number]
      readonly lunarOffset?: number
      /** a day of the Chinese calendar (month, day), found through Intl's chinese calendar */
      readonly lunar?: readonly [number, number]
      readonly period: readonly [number, number]
    }
  >
> = {
  'new-year': { fixed: [1, 1], period: [0, 3] },
  'spring-festival': { lunarOffset: 0, period: [-1, 8] },
  'new-year-eve': { lunarOffset: -1, period: [0, 1] },
  lantern: { lunarOffset: 14, period: [0, 1] },
  'labour-day': { fixed: [5, 1], period: [0, 5] },
  'national-day': { fixed: [10, 1], period: [0, 7] },
  'dragon-boat': { lunar: [5, 5], period: [0, 3] },
  'mid-autumn': { lunar: [8, 15], period: [0, 3] },
}

const lunarCache = new Map<string, readonly [number, number] | null>()
let chinese: Intl.DateTimeFormat | undefined

/**
 * The Gregorian month and day of a Chinese-calendar day (not in a leap month) in year `y`: a day of lunar month m
 * falls in Gregorian month m or m + 1, so those are searched, through the ICU chinese calendar Node carries.
 */
export function lunarDay(y: number, month: number, day: number): readonly [number, number] | null {
  const key = `${y}-${month}-${day}`
  const hit = lunarCache.get(key)
  if (hit !== undefined) return hit
  chinese ??= new Intl.DateTimeFormat('en-u-ca-chinese', { timeZone: 'UTC', month: 'numeric', day: 'numeric' })
  let found: readonly [number, number] | null = null
  const from = Date.UTC(y, month - 1, 1)
  for (let i = 0; i < 62 && !found; i++) {
    const at = new Date(from + i * 86_400_000)
    const parts = chinese.formatToParts(at)
    const m = parts.find((p) => p.type === 'month')?.value
    const d = parts.find((p) => p.type === 'day')?.value
    if (m === String(month) && d === String(day)) found = [at.getUTCMonth() + 1, at.getUTCDate()]
  }
  lunarCache.set(key, found)
  return found
}
