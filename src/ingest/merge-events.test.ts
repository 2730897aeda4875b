import { describe, expect, it } from 'vitest'
import type { ExtractedEvent } from '../extract/index.ts'
import { factsOf } from './event-fields.ts'
import { canonicalOf, compatibleCodes, refine, sameEvent } from './merge-events.ts'

type Partial = {
  type?: ExtractedEvent['type']
  start?: string
  end?: string
  approx?: boolean
  window?: [string, string]
  place?: string | null
  actor?: string
  title?: string
  parties?: string[]
}

function event(p: Partial = {}): ExtractedEvent {
  const start = p.start ?? '2024-04-10'
  return {
    id: 'e1',
    type: p.type ?? 'visit',
    label: '代表团考察',
    date: {
      start,
      end: p.end ?? start,
      ...(p.approx ? { approx: true } : {}),
      ...(p.window ? { window: p.window } : {}),
    },
    place:
      p.place === null
        ? null
        : { code: p.place ?? '350000', name: '福建省', province: `${(p.place ?? '350000').slice(0, 2)}0000` },
    ...(p.actor ? { delegation: { name: '代表团', region: { code: p.actor, name: '宁夏' }, leaders: [] } } : {}),
    counterparts: [],
    ...(p.title ? { title: p.title } : {}),
    ...(p.parties ? { parties: p.parties } : {}),
    evidence: [],
    confidence: 0.9,
  }
}

const same = (a: Partial, b: Partial) => sameEvent(factsOf(event(a)), factsOf(event(b)))

describe('sameEvent', () => {
  it.each<[string, Partial, Partial]>([
    [
      'the same trip told twice',
      { start: '2024-04-10', end: '2024-04-11', actor: '640000' },
      { start: '2024-04-10', end: '2024-04-11', actor: '640000' },
    ],
    ['one day of a two-day trip', { start: '2024-04-10', end: '2024-04-11' }, { start: '2024-04-11' }],
    ['a city inside the province', { place: '350000' }, { place: '350100' }],
    ['an actor given by one report only', { actor: '640000' }, {}],
    [
      'a vague date whose window holds the day',
      { start: '2024-04-01', end: '2024-04-12', approx: true, window: ['2024-04-01', '2024-04-12'] },
      { start: '2024-04-10' },
    ],
    ['an unknown place', { place: null }, { place: '350100' }],
    [
      'one agreement, titled in two scripts',
      { type: 'signing', title: '深化闽宁协作框架协议' },
      { type: 'signing', title: '《深化閩寧協作框架協議》' },
    ],
    [
      'one agreement, a shorter title',
      { type: 'signing', title: '福建省人民政府 宁夏回族自治区人民政府深化闽宁协作框架协议' },
      { type: 'signing', title: '深化闽宁协作框架协议' },
    ],
  ])('merges %s', (_, a, b) => {
    expect(same(a, b)).toBe(true)
  })

  it.each<[string, Partial, Partial]>([
    [
      'the same regions a year later',
      { start: '2024-04-10', end: '2024-04-11', actor: '640000' },
      { start: '2025-04-15', end: '2025-04-16', actor: '640000' },
    ],
    ['the next week', { start: '2024-04-10' }, { start: '2024-04-17' }],
    ['another type', { type: 'visit' }, { type: 'meeting' }],
    ['another province', { place: '350000' }, { place: '330000' }],
    ['two cities of one province', { place: '350100' }, { place: '350200' }],
    ['another delegation', { actor: '640000' }, { actor: '620000' }],
    [
      'two agreements signed at one ceremony',
      { type: 'signing', title: '劳务协作协议' },
      { type: 'signing', title: '文旅推广合作协议' },
    ],
    [
      'a vague date whose window misses the day',
      { start: '2024-03-01', end: '2024-03-31', approx: true, window: ['2024-03-01', '2024-03-31'] },
      { start: '2024-04-10' },
    ],
  ])('keeps apart %s', (_, a, b) => {
    expect(same(a, b)).toBe(false)
  })
})

describe('refine and canonicalOf', () => {
  it('an exact date beats a vague one, a city beats its province, parties are united', () => {
    const vague = factsOf(
      event({
        type: 'signing',
        start: '2024-04-01',
        end: '2024-04-12',
        approx: true,
        window: ['2024-04-01', '2024-04-12'],
        place: '350000',
        parties: ['福建省'],
      }),
    )
    const exact = factsOf(
      event({ type: 'signing', start: '2024-04-11', place: '350100', parties: ['福建省', '宁夏回族自治区'] }),
    )
    const merged = refine(vague, exact)
    expect(merged).toMatchObject({ dateStart: '2024-04-11', dateEnd: '2024-04-11', approx: false, placeCode: '350100' })
    expect(merged.parties).toEqual(['福建省', '宁夏回族自治区'])
    expect(canonicalOf([vague, exact])).toEqual(merged)
    expect(canonicalOf([])).toBeUndefined()
  })

  it('two exact readings of one trip cover both', () => {
    const a = factsOf(event({ start: '2024-04-10' }))
    const b = factsOf(event({ start: '2024-04-10', end: '2024-04-11' }))
    expect(refine(a, b)).toMatchObject({ dateStart: '2024-04-10', dateEnd: '2024-04-11' })
  })

  it('compares region codes by containment', () => {
    expect(compatibleCodes('350000', '350102')).toBe(true)
    expect(compatibleCodes('350100', '350102')).toBe(true)
    expect(compatibleCodes('350100', '350200')).toBe(false)
    expect(compatibleCodes(null, '110000')).toBe(true)
  })
})
