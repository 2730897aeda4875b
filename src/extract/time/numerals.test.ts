import { describe, expect, it } from 'vitest'
import { parseCount, parseSmall, parseYear } from './numerals.ts'

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['二十三', 23],
    ['三十一', 31],
    ['廿一', 21],
    ['卅', 30],
    ['12', 12],
  ])('%s = %d', (s, n) => {
    expect(parseSmall(s)).toBe(n)
  })
  it.each(['', '十十', '一二', '〇', '二十三四', 'x'])('%j is no number', (s) => {
    expect(parseSmall(s)).toBeNaN()
  })
  it('reads years digit by digit', () => {
    expect(parseYear('二〇二三')).toBe(2023)
    expect(parseYear('二○一六')).toBe(2016)
    expect(parseYear('2023')).toBe(2023)
    expect(parseYear('两〇二三')).toBeNaN()
    expect(parseYear('二〇二')).toBeNaN()
  })
  it('reads counts', () => {
    expect(parseCount('两')).toBe(2)
    expect(parseCount('半')).toBe(0.5)
    expect(parseCount('3')).toBe(3)
  })
})
