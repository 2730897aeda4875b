import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { relativePub, relativePubNumbered } from './relative-pub.ts'

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
  it.each(['美好的明天', '美好明天', '今日头条', '明日之星', '前日本首相', '今日中国', '明日黄花'])(
    'not %s',
    (text) => {
      expect(got(relativePub, text)).toEqual([])
    },
  )
})

describe('rel-pub-numbered', () => {
  it.each([
    ['昨(16)日', -1, 16],
    ['今(17)日', 0, 17],
    ['前（15）日', -2, 15],
  ])('%s', (text, days, d) => {
    const out = runParser(relativePubNumbered, text)
    expect(out.map((x) => [text.slice(x.start, x.end), x.what, x.confirm?.what])).toEqual([
      [text, { k: 'pub', days }, { k: 'abs', from: { d } }],
    ])
  })
  it.each(['昨(rì)日', '今(40)日', '3昨(16)日'])('not %s', (text) => {
    expect(runParser(relativePubNumbered, text)).toEqual([])
  })
})
