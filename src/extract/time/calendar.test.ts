import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  daysInMonth,
  formatYmd,
  fromDayNumber,
  parseYmd,
  toDayNumber,
  weekday,
} from './calendar.ts'

describe('calendar', () => {
  it('round-trips day numbers', () => {
    for (const s of ['1970-01-01', '2000-02-29', '2023-11-12', '2024-12-31', '1900-03-01']) {
      const d = parseYmd(s)!
      expect(formatYmd(fromDayNumber(toDayNumber(d)))).toBe(s)
    }
    expect(toDayNumber({ y: 1970, m: 1, d: 1 })).toBe(0)
  })
  it('adds days across months and years', () => {
    expect(formatYmd(addDays({ y: 2024, m: 2, d: 28 }, 1))).toBe('2024-02-29')
    expect(formatYmd(addDays({ y: 2023, m: 12, d: 31 }, 1))).toBe('2024-01-01')
    expect(formatYmd(addDays({ y: 2023, m: 11, d: 12 }, -14))).toBe('2023-10-29')
  })
  it('adds months clamping the day', () => {
    expect(formatYmd(addMonths({ y: 2024, m: 3, d: 31 }, -1))).toBe('2024-02-29')
    expect(formatYmd(addMonths({ y: 2024, m: 1, d: 15 }, -1))).toBe('2023-12-15')
  })
  it('knows month lengths and weekdays', () => {
    expect(daysInMonth(2023, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(weekday({ y: 2023, m: 11, d: 12 })).toBe(7)
    expect(weekday({ y: 2019, m: 4, d: 16 })).toBe(2)
  })
  it('rejects invalid days', () => {
    expect(parseYmd('2023-02-29')).toBeNull()
    expect(parseYmd('2023-1-01')).toBeNull()
  })
})
