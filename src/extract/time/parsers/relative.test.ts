import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { ago } from './ago.ts'
import { partOfDay } from './part-of-day.ts'
import { relativeNarrative } from './relative-narrative.ts'
import { relativePub } from './relative-pub.ts'
import { week } from './week.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what, d.part ?? null])

describe('rel-pub', () => {
  it.each([
    ['今天', 0, null],
    ['今日', 0, null],
    ['昨天', -1, null],
    ['昨日', -1, null],
    ['前天', -2, null],
    ['前日', -2, null],
    ['明天', 1, null],
    ['明日', 1, null],
    ['今晚', 0, 'evening'],
    ['昨晚', -1, 'evening'],
    ['今晨', 0, 'morning'],
  ])('%s', (text, days, part) => {
    expect(got(relativePub, `,${text},`)).toEqual([[text, { k: 'pub', days }, part]])
  })
  it.each(['美好的明天', '美好明天', '今日头条', '明日之星', '前日本首相', '今日中国'])('not %s', (text) => {
    expect(got(relativePub, text)).toEqual([])
  })
})

describe('rel-narrative', () => {
  it.each([
    ['当天', 0, null],
    ['当日', 0, null],
    ['同日', 0, null],
    ['是日', 0, null],
    ['当晚', 0, 'evening'],
    ['次日', 1, null],
    ['翌日', 1, null],
    ['隔天', 1, null],
    ['第二天', 1, null],
    ['前一天', -1, null],
    ['第三天', 2, null],
  ])('%s', (text, days, part) => {
    expect(got(relativeNarrative, `,${text},`)).toEqual([[text, { k: 'narr', days }, part]])
  })
  it.each(['第二天然气', '当天往返', '每当天亮', '当日元'])('not %s', (text) => {
    expect(got(relativeNarrative, text)).toEqual([])
  })
})

describe('part-of-day', () => {
  it.each([
    ['上午', 'morning'],
    ['凌晨', 'morning'],
    ['中午', 'noon'],
    ['下午', 'afternoon'],
    ['傍晚', 'evening'],
    ['晚上', 'evening'],
  ])('%s', (text, part) => {
    expect(got(partOfDay, text)).toEqual([[text, { k: 'part' }, part]])
  })
  it('no part in plain prose', () => {
    expect(got(partOfDay, '双方深化合作')).toEqual([])
  })
})

describe('rel-ago', () => {
  it.each([
    ['3天前', 'day', -3],
    ['两天后', 'day', 2],
    ['1个月前', 'month', -1],
    ['半个月前', 'month', -0.5],
    ['两周前', 'week', -2],
    ['三年前', 'year', -3],
  ])('%s', (text, unit, n) => {
    expect(got(ago, text)).toEqual([[text, { k: 'ago', n, unit }, null]])
  })
  it.each(['3月前', '第3天后', '3日前', '100天前', '半天前'])('not %s', (text) => {
    expect(got(ago, text)).toEqual([])
  })
})

describe('rel-week', () => {
  it.each([
    ['上周', { k: 'week', weeks: -1 }],
    ['本周', { k: 'week', weeks: 0 }],
    ['下周三', { k: 'week', weeks: 1, weekday: 3 }],
    ['上周五', { k: 'week', weeks: -1, weekday: 5 }],
    ['星期二,', { k: 'week', weeks: 0, weekday: 2, nearest: true }],
    ['周二,', { k: 'week', weeks: 0, weekday: 2, nearest: true }],
  ])('%s', (text, what) => {
    expect(got(week, text).map(([, w]) => w)).toEqual([what])
  })
  it.each(['周一至周五', '每周三', '周一鸣', '一周', '两周', '周年', '周边'])('not %s', (text) => {
    expect(got(week, text)).toEqual([])
  })
})
