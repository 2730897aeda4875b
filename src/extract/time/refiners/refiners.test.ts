import { describe, expect, it } from 'vitest'
import type { Draft } from '../model.ts'
import { parseDrafts, refineDrafts } from '../resolve.ts'
import { mergeConfirmations } from './merge-confirm.ts'
import { mergePartOfDay } from './merge-part.ts'
import { mergeRanges } from './merge-range.ts'
import { dropOverlaps } from './overlap.ts'
import { markPlans } from './plan.ts'

const show = (text: string, ds: readonly Draft[]) => ds.map((d) => text.slice(d.start, d.end))
const upTo = (text: string, n: number) => {
  const steps = [dropOverlaps, mergeRanges, mergePartOfDay, mergeConfirmations, mergePartOfDay, markPlans]
  return refineDrafts(parseDrafts(text), text, steps.slice(0, n))
}

describe('drop-overlaps', () => {
  it('keeps the earliest, then the longest', () => {
    const text = '11月10日至11日'
    expect(show(text, upTo(text, 1))).toEqual(['11月10日至11日'])
  })
  it('keeps disjoint drafts in order', () => {
    const text = '今天上午,10月17日'
    expect(show(text, upTo(text, 1))).toEqual(['今天', '上午', '10月17日'])
  })
})

describe('merge-ranges', () => {
  it('joins two full dates', () => {
    const text = '2023年12月30日至2024年1月2日'
    const out = upTo(text, 2)
    expect(out.length).toBe(1)
    expect(out[0]!.what).toEqual({ k: 'abs', from: { y: 2023, m: 12, d: 30 }, to: { y: 2024, m: 1, d: 2 } })
  })
  it('joins a consecutive list and not a gapped one', () => {
    expect(show('6日、7日和8日', upTo('6日、7日和8日', 2))).toEqual(['6日、7日和8日'])
    expect(show('6日、9日', upTo('6日、9日', 2))).toEqual(['6日', '9日'])
  })
  it('does not join a dateline', () => {
    const text = '北京4月19日电 至20日'
    expect(upTo(text, 2).length).toBe(2)
  })
})

describe('merge-part-of-day', () => {
  it.each([
    ['10月17日下午', 'afternoon'],
    ['今天 上午', 'morning'],
    ['14日晚', 'evening'],
    ['14日晚宴', 'evening'],
    ['16日9时', 'morning'],
    ['16日12点', 'noon'],
    ['16日20:30', 'evening'],
  ])('%s', (text, part) => {
    const out = upTo(text, 3)
    expect(out.length).toBe(1)
    expect(out[0]!.part).toBe(part)
    expect(out[0]!.end).toBe(text.length - (text === '14日晚宴' ? 1 : 0))
  })
  it('leaves a part after a month alone', () => {
    expect(upTo('10月下午', 3).map((d) => d.what.k)).toEqual(['abs', 'part'])
  })
})

describe('merge-confirmations', () => {
  it('attaches the parenthesised date', () => {
    const out = upTo('今天(12日)', 4)
    expect(out.length).toBe(1)
    expect(out[0]!.confirm?.what).toEqual({ k: 'abs', from: { d: 12 } })
  })
  it('absorbs a weekday', () => {
    const out = upTo('2019年4月16日(星期二)', 4)
    expect(out.length).toBe(1)
    expect(out[0]!.confirm).toBeUndefined()
  })
  it('ignores non-date parentheses', () => {
    expect(upTo('今日(rì)', 4).length).toBe(1)
    expect(upTo('今日(rì)', 4)[0]!.end).toBe(2)
  })
})

describe('mark-plans', () => {
  it.each([
    ['将于12月5日举行', true],
    ['拟于12月初举办', true],
    ['计划下月启动', true],
    ['在11月25日前报送', true],
    ['近期将来访', true],
    ['12月5日将召开', true],
    ['12月5日举行了', false],
    ['于11月25日召开', false],
  ])('%s', (text, plan) => {
    const out = upTo(text, 6)
    expect(out[0]!.plan === true).toBe(plan)
  })
})
