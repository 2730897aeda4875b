import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { bareDay, bareDayChinese } from './day.ts'

const days = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what.k === 'abs' ? d.what.from.d : null])

describe('abs-d', () => {
  it.each([
    ['19日,召开座谈会', '19日', 19],
    ['交流会8日在宁波召开', '8日', 8],
    ['7日下午', '7日', 7],
    ['时间:12日', '12日', 12],
    ['12日来到杭州', '12日', 12],
    ['15日夜', '15日', 15],
  ])('%s', (text, span, d) => {
    expect(days(bareDay, text)).toEqual([[span, d]])
  })
  it.each([
    '3日游',
    '7日内',
    '30日以内',
    '每月5日',
    '第3日',
    '为期5日',
    '连续5日',
    '100日元',
    '5日均线',
    '7日以来',
    '32日',
    '0日',
    '1.5日',
    '2023年5日',
    '3日左右',
  ])('not %s', (text) => {
    expect(days(bareDay, text)).toEqual([])
  })
})

describe('abs-d-cn', () => {
  it.each([
    ['十七日上午,座谈', '十七日', 17],
    ['于二十三日,抵达', '二十三日', 23],
    ['在八日下午', '八日', 8],
    ['于十七日在京召开', '十七日', 17],
  ])('%s', (text, span, d) => {
    expect(days(bareDayChinese, text)).toEqual([[span, d]])
  })
  it.each([
    '历时三日,',
    '连续三日,',
    '一月三日,',
    '第三日,',
    '三日游',
    '几日,',
    '。三日后,',
    '十日内,',
    '数十日,',
    '二十三日来',
  ])('not %s', (text) => {
    expect(days(bareDayChinese, text)).toEqual([])
  })
})
