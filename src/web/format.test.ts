import { describe, expect, it } from 'vitest'
import { formatCount, formatDateTime } from './format.ts'

describe('format', () => {
  it('shows counts exactly below 100,000, then in 万 or compact English', () => {
    expect(formatCount(30896)).toBe('30896')
    expect(formatCount(123_456)).toBe('12.3万')
    expect(formatCount(123_456, 'en')).toBe('123.5K')
  })

  it('shows times in Beijing time', () => {
    expect(formatDateTime(new Date('2023-11-12T13:33:01Z'))).toBe('2023-11-12 21:33:01')
  })
})
