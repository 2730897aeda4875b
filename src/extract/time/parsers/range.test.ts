import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { plausibleWrap, rangeDay, rangeMonthDay } from './range.ts'

const ranges = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what.k === 'abs' ? [d.what.from, d.what.to] : null])

describe('abs-range-md', () => {
  it.each([
    ['11月10日至11日', { m: 11, d: 10 }, { d: 11 }],
    ['11月6至7日', { m: 11, d: 6 }, { d: 7 }],
    ['12月30日至1月2日', { m: 12, d: 30 }, { m: 1, d: 2 }],
    ['2023年12月30日至2024年1月2日', { y: 2023, m: 12, d: 30 }, { y: 2024, m: 1, d: 2 }],
    ['4月23日—25日', { m: 4, d: 23 }, { d: 25 }],
    ['4月23日——25日', { m: 4, d: 23 }, { d: 25 }],
    ['4月23日~25日', { m: 4, d: 23 }, { d: 25 }],
    ['十一月六日至七日', { m: 11, d: 6 }, { d: 7 }],
    ['5月29日至2日', { m: 5, d: 29 }, { d: 2 }],
  ])('%s', (text, from, to) => {
    expect(ranges(rangeMonthDay, text)).toEqual([[text, [from, to]]])
  })
  it.each(['5月9日至3日', '11月6日至今', '3月5日-7日游', '13月1日至2日'])('not %s', (text) => {
    expect(ranges(rangeMonthDay, text)).toEqual([])
  })
})

describe('abs-range-d', () => {
  it.each([
    ['10日至11日', 10, 11],
    ['23-25日', 23, 25],
    ['14日到16日', 14, 16],
    ['30日至2日', 30, 2],
  ])('%s', (text, a, b) => {
    expect(ranges(rangeDay, text)).toEqual([[text, [{ d: a }, { d: b }]]])
  })
  it.each(['3-5日内', '5-3日', '2023年10日至11日', '第1-2日', '每10日至11日'])('not %s', (text) => {
    expect(ranges(rangeDay, text)).toEqual([])
  })
  it('finds the range after a dashed number', () => {
    expect(ranges(rangeDay, '17-12-14日到16日')).toEqual([['14日到16日', [{ d: 14 }, { d: 16 }]]])
  })
})

describe('plausibleWrap', () => {
  it('accepts ordered days and short wraps only', () => {
    expect(plausibleWrap(10, 11)).toBe(true)
    expect(plausibleWrap(29, 2)).toBe(true)
    expect(plausibleWrap(9, 3)).toBe(false)
  })
})
