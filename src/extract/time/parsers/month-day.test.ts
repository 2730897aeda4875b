import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { monthDay, monthOnly, monthPart } from './month-day.ts'

const spans = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what])

describe('abs-md', () => {
  it.each([
    ['11月12日', { m: 11, d: 12 }],
    ['十一月六日', { m: 11, d: 6 }],
    ['11月12号', { m: 11, d: 12 }],
    ['4月二十三日', { m: 4, d: 23 }],
    ['12 月 31 日', { m: 12, d: 31 }],
  ])('%s', (text, from) => {
    expect(spans(monthDay, text)).toEqual([[text, { k: 'abs', from }]])
  })
  it.each(['13月5日', '5月32日', '第3月5日', '0月1日'])('not %s', (text) => {
    expect(spans(monthDay, text)).toEqual([])
  })
})

describe('abs-m-part', () => {
  it.each([
    ['10月底', { m: 10, sub: 'end' }],
    ['4月初', { m: 4, sub: 'early' }],
    ['十一月上旬', { m: 11, sub: 'early' }],
    ['8月中旬', { m: 8, sub: 'mid' }],
    ['8月份下旬', { m: 8, sub: 'late' }],
  ])('%s', (text, from) => {
    expect(spans(monthPart, text)).toEqual([[text, { k: 'abs', from }]])
  })
  it.each(['3个月底', '13月初'])('not %s', (text) => {
    expect(spans(monthPart, text)).toEqual([])
  })
})

describe('abs-m', () => {
  it.each([
    ['10月', { m: 10 }],
    ['10月份', { m: 10 }],
  ])('%s', (text, from) => {
    expect(spans(monthOnly, text)).toEqual([[text, { k: 'abs', from }]])
  })
  it.each(['3个月', '13月', '10月12日', '第10月', '10月薪', '一月'])('not %s', (text) => {
    expect(spans(monthOnly, text)).toEqual([])
  })
})
