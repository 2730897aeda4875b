import { describe, expect, it } from 'vitest'
import { formatScore, scoreDocuments } from './score.ts'

const visit = (start: string, end: string, place: string, actor: string) => ({
  type: 'visit',
  date: { start, end },
  place: { code: place },
  delegation: { region: { code: actor } },
})

describe('scoreDocuments', () => {
  it('expands events into day facts and matches type, day, province, city and actor', () => {
    const score = scoreDocuments([
      {
        id: 'a',
        reference: {
          events: [{ type: 'visit', place: '310000', actor: '220000', start: '2023-10-16', end: '2023-10-17' }],
        },
        predicted: { events: [visit('2023-10-16', '2023-10-16', '310000', '220000')] },
      },
    ])
    expect(score.visit).toMatchObject({ tp: 1, fp: 0, fn: 1 })
  })

  it('lets a window of at most 14 days match a day inside it', () => {
    const ref = { events: [{ type: 'meeting', place: '440100', start: '2023-11-10', end: '2023-11-10' }] }
    const ok = {
      events: [
        { type: 'meeting', date: { start: '2023-11-08', end: '2023-11-12', approx: true }, place: { code: '440000' } },
      ],
    }
    const wide = {
      events: [
        { type: 'meeting', date: { start: '2023-11-01', end: '2023-11-30', approx: true }, place: { code: '440100' } },
      ],
    }
    expect(scoreDocuments([{ id: 'a', reference: ref, predicted: ok }]).overall.tp).toBe(1)
    expect(scoreDocuments([{ id: 'a', reference: ref, predicted: wide }]).overall).toMatchObject({
      tp: 0,
      fp: 1,
      fn: 1,
    })
  })

  it('fails a visit with the wrong actor and a city that differs', () => {
    const ref = {
      events: [{ type: 'visit', place: '440300', actor: '220000', start: '2023-11-10', end: '2023-11-10' }],
    }
    const wrongActor = { events: [visit('2023-11-10', '2023-11-10', '440300', '230000')] }
    const wrongCity = { events: [visit('2023-11-10', '2023-11-10', '440100', '220000')] }
    expect(scoreDocuments([{ id: 'a', reference: ref, predicted: wrongActor }]).overall.tp).toBe(0)
    expect(scoreDocuments([{ id: 'a', reference: ref, predicted: wrongCity }]).overall.tp).toBe(0)
  })

  it('neither rewards nor penalises optional references, and a null place matches any', () => {
    const ref = {
      events: [
        { type: 'meeting', place: null, start: '2023-10-27', end: '2023-10-27', optional: true },
        { type: 'signing', place: null, start: '2023-10-28', end: '2023-10-28', parties: ['吉林省人民政府'] },
      ],
    }
    const pred = {
      events: [
        { type: 'meeting', date: { start: '2023-10-27', end: '2023-10-27' }, place: { code: '110000' } },
        {
          type: 'signing',
          date: { start: '2023-10-28', end: '2023-10-28' },
          place: { code: '220000' },
          parties: ['吉林省政府'],
        },
      ],
    }
    const score = scoreDocuments([{ id: 'a', reference: ref, predicted: pred }])
    expect(score.overall).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(score.partyRecall).toBe(1)
    expect(formatScore(score).split('\n').at(-1)).toBe('F1 1.000')
  })
})
