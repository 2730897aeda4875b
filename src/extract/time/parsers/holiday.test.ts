import { describe, expect, it } from 'vitest'
import { runParser } from '../resolve.ts'
import { holiday } from './holiday.ts'

const got = (text: string) => runParser(holiday, text).map((d) => [text.slice(d.start, d.end), d.what])

describe('holiday', () => {
  it.each([
    ['元旦', 'new-year', 'day'],
    ['春节期间', 'spring-festival', 'period'],
    ['春节前夕', 'spring-festival', 'eve'],
    ['除夕', 'new-year-eve', 'day'],
    ['元宵节', 'lantern', 'day'],
    ['五一劳动节', 'labour-day', 'day'],
    ['五一小长假', 'labour-day', 'period'],
    ['国庆节', 'national-day', 'day'],
    ['国庆长假', 'national-day', 'period'],
    ['国庆黄金周', 'national-day', 'period'],
    ['端午节', 'dragon-boat', 'day'],
    ['端午假期', 'dragon-boat', 'period'],
    ['中秋节前夕', 'mid-autumn', 'eve'],
  ])('%s', (text, name, span) => {
    expect(got(text)).toEqual([[text, { k: 'holiday', name, span }]])
  })
  it.each(['五一广场', '国庆70周年', '庆祝国庆', '五一路', '中秋月饼', '端午粽子'])('not %s', (text) => {
    expect(got(text)).toEqual([])
  })
})
