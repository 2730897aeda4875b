import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { relativeNarrative } from './relative-narrative.ts'
import { relativePub } from './relative-pub.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what, d.part ?? null])

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
    const [[span, what, p]] = got(relativeNarrative, `,${text},`) as [
      [string, { k: string; days: number }, string | null],
    ]
    expect([span, { k: what.k, days: what.days }, p]).toEqual([text, { k: 'narr', days }, part])
  })
  it.each(['第二天然气', '当天往返', '每当天亮', '当日元', '不可同日而语'])('not %s', (text) => {
    expect(got(relativeNarrative, text)).toEqual([])
  })
})

describe('words that are not days', () => {
  it.each(['前天津市委书记', '同日本企业合作', '这是日本最大的港口', '同日方会谈', '接近日本'])('%s', (text) => {
    expect([...got(relativePub, text), ...got(relativeNarrative, text)]).toEqual([])
  })
})
