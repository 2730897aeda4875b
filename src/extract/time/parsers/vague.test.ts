import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { bareSub, recent, relativeMonth } from './vague.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.rule, d.what])

describe('vague-recent', () => {
  it.each(['日前', '近日', '近期', '前不久', '不久前', '前几天', '连日来', '前些日子'])('%s', (text) => {
    expect(got(recent, `,${text},`)).toEqual([[text, 'vague-recent', { k: 'recent' }]])
  })
  it.each(['3日前', '节日前', '生日前', '假日前', '工作日前', '截至十日前', '每日前', '接近日本', '抗日前线'])(
    'not %s',
    (text) => {
      expect(got(recent, text)).toEqual([])
    },
  )
})

describe('rel-month', () => {
  it.each([
    ['本月', { mRel: 0 }],
    ['这个月', { mRel: 0 }],
    ['上月', { mRel: -1 }],
    ['上个月', { mRel: -1 }],
    ['下个月', { mRel: 1 }],
    ['上月底', { mRel: -1, sub: 'end' }],
    ['本月中旬', { mRel: 0, sub: 'mid' }],
    ['上月28日', { mRel: -1, d: 28 }],
    ['本月5号', { mRel: 0, d: 5 }],
  ])('%s', (text, from) => {
    expect(got(relativeMonth, text).map(([t, , w]) => [t, w])).toEqual([[text, { k: 'abs', from }]])
  })
  it('not 晚上月光', () => {
    expect(got(relativeMonth, '晚上月光很好')).toEqual([])
  })
})

describe('vague-sub', () => {
  it.each([
    ['月初', { sub: 'early' }],
    ['月底', { sub: 'end' }],
    ['下旬', { sub: 'late' }],
    ['年底', { sub: 'end', yRel: 0 }],
    ['年初', { sub: 'early', yRel: 0 }],
  ])('%s', (text, from) => {
    expect(got(bareSub, `,${text},`).map(([t, , w]) => [t, w])).toEqual([[text, { k: 'abs', from }]])
  })
  it.each(['10月底', '本月初', '今年底', '去年底', '每年年底', '3月下旬'])(
    'not %s (another parser owns it)',
    (text) => {
      expect(got(bareSub, text)).toEqual([])
    },
  )
})
