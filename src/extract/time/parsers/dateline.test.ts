import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { datelineDay, datelineReporter, datelineWire } from './dateline.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.rule, d.what])

describe('dateline', () => {
  it.each([
    ['浙江日报杭州9月16日讯(记者 金波)', '9月16日讯', { m: 9, d: 16 }],
    ['新华社北京4月19日电 记者', '4月19日电', { m: 4, d: 19 }],
    ['新华网2010年4月19日电', '2010年4月19日电', { y: 2010, m: 4, d: 19 }],
    ['中评社北京8月8日電/据报道', '8月8日電', { m: 8, d: 8 }],
  ])('%s', (text, span, from) => {
    expect(got(datelineWire, text)).toEqual([[span, 'dateline', { k: 'abs', from }]])
  })
  it('far from the start it is a plain date', () => {
    const text = `${'字'.repeat(1300)}北京4月19日电`
    expect(got(datelineWire, text).map(([, r]) => r)).toEqual(['abs-md'])
  })
  it.each(['4月19日电力公司', '4月19日讯息', '4月19日电网'])('not %s', (text) => {
    expect(got(datelineWire, text)).toEqual([])
  })
  it('reporter dateline followed by a space', () => {
    expect(got(datelineReporter, '本报讯(记者 李明) 9月16日 今天')).toEqual([
      ['9月16日', 'dateline-reporter', { k: 'abs', from: { m: 9, d: 16 } }],
    ])
  })
  it('reporter line followed by a comma is no dateline', () => {
    expect(got(datelineReporter, '本报讯(记者 李明) 9月16日,代表团')).toEqual([])
  })
})

describe('dateline with a bare day', () => {
  it.each([
    ['新华社北京12日电 记者', '12日电', 12],
    ['本报杭州十六日讯', '十六日讯', 16],
  ])('%s', (text, span, d) => {
    expect(got(datelineDay, text)).toEqual([[span, 'dateline', { k: 'abs', from: { d } }]])
  })
  it.each(['每日电讯报', '4月12日电', '12日电力', '2012日电'])('not %s', (text) => {
    expect(got(datelineDay, text)).toEqual([])
  })
})
