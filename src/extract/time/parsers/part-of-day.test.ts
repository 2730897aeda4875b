import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { partOfDay } from './part-of-day.ts'

const got = (p: Parameters<typeof runParser>[0], text: string) =>
  runParser(p, text).map((d) => [text.slice(d.start, d.end), d.what, d.part ?? null])

describe('part-of-day', () => {
  it.each([
    ['上午', 'morning'],
    ['凌晨', 'morning'],
    ['中午', 'noon'],
    ['下午', 'afternoon'],
    ['傍晚', 'evening'],
    ['晚上', 'evening'],
  ])('%s', (text, part) => {
    expect(got(partOfDay, text)).toEqual([[text, { k: 'part' }, part]])
  })
  it('no part in plain prose', () => {
    expect(got(partOfDay, '双方深化合作')).toEqual([])
  })
})
