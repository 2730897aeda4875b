import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimeMention } from '../types.ts'
import { dateAt, parsePublished, resolveTimes } from './index.ts'

describe('parsePublished', () => {
  it.each([
    ['2023-11-12', '2023-11-12'],
    ['2023-11-12T21:33+08:00', '2023-11-12'],
    ['2023-11-12T21:33:00+08:00', '2023-11-12'],
    ['2023-11-12T21:33:00.123+08:00', '2023-11-12'],
    ['2023-11-12T21:33', '2023-11-12'],
    ['2023-11-12T23:30Z', '2023-11-12'],
    ['2023-11-12T01:00-05:00', '2023-11-12'],
    ['2024-02-29', '2024-02-29'],
  ])('accepts %s', (iso, date) => {
    expect(parsePublished(iso)).toEqual({ date })
  })

  it.each([
    '',
    'yesterday',
    '2023-13-01',
    '2023-02-29',
    '2023-11-32',
    '2023/11/12',
    '2023-11-12T25:00+08:00',
    '2023-11-12T21:61',
    '2023-11-12+08:00',
    '2023-11-12T21:33+99:00',
    '20231112',
  ])('rejects %j', (iso) => {
    expect(parsePublished(iso)).toBeNull()
  })
})

describe('dateAt', () => {
  const text = '2023年10月16日,代表团抵沪。隔天,召开座谈会。今年是关键之年。日前,双方签约。'
  const mentions = resolveTimes(text, { published: '2023-11-12T21:33+08:00' })

  it('returns the last day or window mention ending at or before the offset', () => {
    expect(dateAt(mentions, text.indexOf('代表团'))?.value.start).toBe('2023-10-16')
    expect(dateAt(mentions, text.indexOf('召开'))?.value.start).toBe('2023-10-17')
  })
  it('skips year and month mentions', () => {
    expect(dateAt(mentions, text.indexOf('关键'))?.value.start).toBe('2023-10-17')
  })
  it('includes windows', () => {
    expect(dateAt(mentions, text.length)?.value.grain).toBe('window')
  })
  it('is undefined before the first date', () => {
    expect(dateAt(mentions, 3)).toBeUndefined()
    expect(dateAt([], 100)).toBeUndefined()
  })
})

describe('resolveTimes on any input', () => {
  const DATEY = [...'0123456789年月日号至到-—~、()(今昨前明当同次隔天晚上下午旬底初近期本周星期一二三十〇电讯,。 ']
  const datey = fc.array(fc.constantFrom(...DATEY), { maxLength: 80 }).map((a) => a.join(''))
  const check = (text: string, published: string) => {
    const got: TimeMention[] = resolveTimes(text, { published })
    let prev = 0
    for (const m of got) {
      expect(m.start).toBeGreaterThanOrEqual(prev)
      expect(m.end).toBeGreaterThan(m.start)
      expect(m.end).toBeLessThanOrEqual(text.length)
      expect(text.slice(m.start, m.end)).toBe(m.text)
      expect(m.value.start <= m.value.end).toBe(true)
      expect(m.value.start).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      prev = m.end
    }
  }

  it('never throws and keeps every span in bounds (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 30 }), (text, published) => {
        check(text, published)
      }),
      { numRuns: 400 },
    )
  })

  it('never throws and keeps every span in bounds (date-like strings)', () => {
    fc.assert(
      fc.property(
        datey,
        fc.constantFrom('2023-11-12T21:33+08:00', '2024-01-05', '2024-02-29T08:00+08:00', 'bad'),
        check,
      ),
      { numRuns: 1500 },
    )
  })
})

describe('hostile inputs stay linear', () => {
  const PUB = { published: '2023-11-12T21:33+08:00' }
  it.each([
    ['10,000 spaces', ' '.repeat(10_000)],
    ['50,000 的', '的'.repeat(50_000)],
    ['digits and 月', '1月'.repeat(20_000)],
    ['digits and 日', '12日'.repeat(20_000)],
    ['unclosed ranges', '11月6日至'.repeat(10_000)],
    ['dashes and digits', '2023-'.repeat(20_000)],
    ['Chinese numerals', '十一'.repeat(30_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now()
    resolveTimes(text, PUB)
    expect(performance.now() - t0).toBeLessThan(3000)
  })

  it('a 5 MB article', () => {
    const para = '2023年10月16日,代表团抵达上海。隔天,召开座谈会。今天上午,双方签约,投资1.5亿元。'
    const text = para.repeat(Math.ceil(5_000_000 / para.length))
    const t0 = performance.now()
    const got = resolveTimes(text, PUB)
    expect(got.length).toBeGreaterThan(100_000)
    expect(performance.now() - t0).toBeLessThan(45_000)
  })
})

describe('no quadratic carry', () => {
  it('one year and 100,000 bare months in one paragraph', () => {
    const text = `2023年1月,${'5月,'.repeat(100_000)}`
    const t0 = performance.now()
    const got = resolveTimes(text, { published: '2023-11-12' })
    expect(got.length).toBe(100_001)
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
