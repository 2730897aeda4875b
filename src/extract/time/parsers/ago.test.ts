import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { ago } from './ago.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what, d.part ?? null])

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
