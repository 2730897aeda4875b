import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { week } from './week.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what, d.part ?? null])

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
  it.each(['周一至周五', '每周三', '周一鸣', '一周', '两周', '周年', '周边', '上周期', '本周年', '这周边'])(
    'not %s',
    (text) => {
      expect(got(week, text)).toEqual([])
    },
  )
})
