import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { extract, ZhengjiError } from './index.ts'

const REF = { published: '2024-05-20T18:00+08:00' }

describe('extract', () => {
  it('reads a delegation tour into visits and meetings with resolved dates and codes', () => {
    const text = [
      '河北省党政代表团赴湖北学习考察',
      '5月16日，河北省党政代表团抵达武汉，当天召开河北省·湖北省合作交流座谈会。',
      '隔天，代表团来到宜昌考察三峡枢纽。',
    ].join('\n')
    const { events } = extract(text, REF)
    const visits = events.filter((e) => e.type === 'visit')
    const meetings = events.filter((e) => e.type === 'meeting')
    expect(visits.map((v) => [v.date.start, v.place?.code, v.delegation?.region.code])).toEqual([
      ['2024-05-16', '420100', '130000'],
      ['2024-05-17', '420500', '130000'],
    ])
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.date.start).toBe('2024-05-16')
    expect(meetings[0]?.place?.code).toBe('420100')
  })

  it('records one signing per agreement with its parties and title', () => {
    const text = '5月18日下午，湖南省人民政府与中国中车集团在长沙签署《深化战略合作协议》。'
    const { events } = extract(text, REF)
    const signings = events.filter((e) => e.type === 'signing')
    expect(signings).toHaveLength(1)
    expect(signings[0]?.title).toBe('深化战略合作协议')
    expect(signings[0]?.parties).toEqual(['湖南省人民政府', '中国中车集团'])
    expect(signings[0]?.place?.code).toBe('430100')
  })

  it('reads no event from plans, wishes or dates after publication', () => {
    const plans = [
      '四川省党政代表团将赴重庆学习考察，届时两地将签署合作协议。',
      '他希望双方今后在杭州召开更多交流会。',
      '5月25日，代表团抵达南京。',
    ]
    for (const text of plans) expect(extract(text, REF).events).toEqual([])
  })

  it('maps every evidence span into the original text, traditional script included', () => {
    const text = '登錄註冊\n12345\n5月16日，遼寧省黨政代表團抵達廣州，開展學習考察。'
    const { events } = extract(text, REF)
    expect(events).toHaveLength(1)
    const place = events[0]?.evidence.find((e) => e.field === 'place')
    expect(place && text.slice(place.start, place.end)).toBe('廣州')
    expect(events[0]?.evidence.every((e) => typeof e.rule === 'string' && e.rule.length > 0)).toBe(true)
  })

  it('rejects a publication time that is no ISO date with ZJ_EXTRACT_BAD_PUBLISHED', () => {
    expect(() => extract('文本', { published: 'yesterday' })).toThrow(ZhengjiError)
    try {
      extract('文本', { published: '2023-13-40' })
    } catch (e) {
      expect((e as ZhengjiError).code).toBe('ZJ_EXTRACT_BAD_PUBLISHED')
      expect((e as ZhengjiError).input).toBe('2023-13-40')
    }
  })

  it('accepts the three publication forms', () => {
    for (const published of ['2023-11-12', '2023-11-12T21:33+08:00', '2023-11-12T21:33:00+08:00']) {
      expect(() => extract('11月10日，代表团抵达深圳。', { published })).not.toThrow()
    }
  })

  it('returns no events for empty, binary and non-Chinese text', () => {
    for (const text of [
      '',
      '\u0000\u0001\u0002\ufffd',
      'The delegation arrived in Shanghai on 16 May.',
      ' '.repeat(1000),
    ]) {
      expect(extract(text, REF).events).toEqual([])
    }
  })

  it('never throws on arbitrary text and keeps every span inside the original', () => {
    const pieces = fc.constantFrom(
      '代表团',
      '抵达',
      '上海',
      '广东省',
      '5月16日',
      '隔天',
      '，',
      '。',
      '\n',
      '签署',
      '《合作协议》',
      '座谈会',
      '召开',
      '會見',
      '１２',
      '(huì)',
      '*',
      '我省',
    )
    const text = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
      fc.string({ unit: 'binary' }),
    )
    fc.assert(
      fc.property(text, (t) => {
        const r = extract(t, REF)
        const spans = [
          ...r.events.flatMap((e) => e.evidence),
          ...r.mentions.times,
          ...r.mentions.places,
          ...r.mentions.people,
          ...r.mentions.orgs,
          ...r.mentions.delegations,
          ...r.mentions.agreements,
        ]
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0)
          expect(s.end).toBeGreaterThanOrEqual(s.start)
          expect(s.end).toBeLessThanOrEqual(t.length)
        }
      }),
      { numRuns: 300 },
    )
  })
})
