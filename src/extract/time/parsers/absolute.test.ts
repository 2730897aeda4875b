import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { absoluteNumeric, absoluteYmd, relativeYear } from './absolute.ts'

const spans = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.rule, d.what])

describe('abs-ymd', () => {
  it.each([
    ['2023年11月12日', { y: 2023, m: 11, d: 12 }, 'abs-ymd'],
    ['二〇二三年十一月六日', { y: 2023, m: 11, d: 6 }, 'abs-ymd'],
    ['2023年11月', { y: 2023, m: 11 }, 'abs-ym'],
    ['2023年10月底', { y: 2023, m: 10, sub: 'end' }, 'abs-ym-part'],
    ['2024年2月下旬', { y: 2024, m: 2, sub: 'late' }, 'abs-ym-part'],
    ['2023年', { y: 2023 }, 'abs-y'],
    ['2024年初', { y: 2024, sub: 'early' }, 'abs-y-part'],
    ['2022年底', { y: 2022, sub: 'end' }, 'abs-y-part'],
    ['2021年12月06日', { y: 2021, m: 12, d: 6 }, 'abs-ymd'],
  ])('%s', (text, from, rule) => {
    expect(spans(absoluteYmd, text)).toEqual([[text, rule, { k: 'abs', from }]])
  })
  it.each(['公元1368年', '12023年', '2023年13月', '2023年5月32日', '90年代'])('not %s', (text) => {
    const got = spans(absoluteYmd, text).filter(([, , w]) => (w as { from: { m?: number } }).from.m !== undefined)
    if (text === '公元1368年' || text === '90年代' || text === '12023年') expect(spans(absoluteYmd, text)).toEqual([])
    else expect(got).toEqual([])
  })
})

describe('abs-numeric', () => {
  it.each([
    ['2023-11-12', { y: 2023, m: 11, d: 12 }],
    ['2023.11.12', { y: 2023, m: 11, d: 12 }],
    ['2024/8/21', { y: 2024, m: 8, d: 21 }],
  ])('%s', (text, from) => {
    expect(spans(absoluteNumeric, text)).toEqual([[text, 'abs-numeric', { k: 'abs', from }]])
  })
  it.each(['0571-2023-1112', '2023-11-1234', '2023-13-01', '1.2023.11.12', '2023-11-12%', '3023-11-12'])(
    'not %s',
    (text) => {
      expect(spans(absoluteNumeric, text)).toEqual([])
    },
  )
})

describe('rel-year', () => {
  it.each([
    ['今年', { yRel: 0 }],
    ['去年', { yRel: -1 }],
    ['前年', { yRel: -2 }],
    ['明年', { yRel: 1 }],
    ['去年10月', { yRel: -1, m: 10 }],
    ['今年3月5日', { yRel: 0, m: 3, d: 5 }],
    ['去年底', { yRel: -1, sub: 'end' }],
    ['今年8月份', { yRel: 0, m: 8 }],
  ])('%s', (text, from) => {
    expect(spans(relativeYear, text).map(([t, , w]) => [t, w])).toEqual([[text, { k: 'abs', from }]])
  })
  it.each(['以前年轻人', '两年前年底', '每年'])('not %s', (text) => {
    expect(spans(relativeYear, text)).toEqual([])
  })
})
