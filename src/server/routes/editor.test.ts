import { describe, expect, it } from 'vitest'
import { parsePublishedAt } from './editor.ts'

describe('parsePublishedAt', () => {
  it.each([
    ['2024-05-01 09:30', '2024-05-01T01:30:00.000Z'],
    ['2024-05-01T09:30:15', '2024-05-01T01:30:15.000Z'],
    ['2023-11-12 21:33:01', '2023-11-12T13:33:01.000Z'],
    ['2024-05-01T09:30:00+08:00', '2024-05-01T01:30:00.000Z'],
    ['2024-05-01T01:30:00Z', '2024-05-01T01:30:00.000Z'],
  ])('reads %s in Beijing time unless a zone is given', (input, iso) => {
    expect(parsePublishedAt(input)?.toISOString()).toBe(iso)
  })

  it.each([['yesterday'], ['2024-05-01'], ['2024-13-01 09:30'], ['2024-05-01 25:00'], ['5月1日 9:30'], ['']])(
    'refuses %s',
    (input) => {
      expect(parsePublishedAt(input)).toBeUndefined()
    },
  )
})
