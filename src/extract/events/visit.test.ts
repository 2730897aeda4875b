import { describe, expect, it } from 'vitest'
import { extract } from '../index.ts'

const REF = { published: '2024-06-30T20:00+08:00' }

function visits(text: string, ref: { published: string; outlet?: string } = REF) {
  return extract(text, ref)
    .events.filter((e) => e.type === 'visit')
    .map((e) => ({
      date: e.date.approx ? `~${e.date.start}..${e.date.end}` : `${e.date.start}..${e.date.end}`,
      place: e.place?.code,
      actor: e.delegation?.region.code,
    }))
}

describe('visit reader', () => {
  it.each([
    [
      '抵达 with a delegation',
      '6月3日，山西省党政代表团抵达福州。',
      [{ date: '2024-06-03..2024-06-03', place: '350100', actor: '140000' }],
    ],
    [
      '赴 + 学习考察 over a range',
      '6月4日至6日，江西省党政代表团赴上海学习考察。',
      [{ date: '2024-06-04..2024-06-06', place: '310000', actor: '360000' }],
    ],
    [
      'a one-character region after a verb',
      '6月10日，甘肃省党政代表团来粤考察。',
      [{ date: '2024-06-10..2024-06-10', place: '440000', actor: '620000' }],
    ],
    [
      'the group a motion describes (会见来桂考察的…代表团), not the host before it',
      '6月11日，自治区主席在南宁会见来桂考察的贵州省党政代表团一行。',
      [{ date: '2024-06-11..2024-06-11', place: '450100', actor: '520000' }],
    ],
    [
      'a group and its dates before 在',
      '四川省党政代表团6月5日至6日在港访问。',
      [{ date: '2024-06-05..2024-06-06', place: '810000', actor: '510000' }],
    ],
    [
      '在X期间 takes the date in force',
      '6月12日，贵州省代表团到达厦门。在厦门期间，代表团考察了自贸片区。',
      [{ date: '2024-06-12..2024-06-12', place: '350200', actor: '520000' }],
    ],
    [
      'a provincial official with no province named is at home',
      '6月14日，省委书记到宜昌调研。',
      [{ date: '2024-06-14..2024-06-14', place: '420500', actor: '420000' }],
    ],
    [
      'an official with his region',
      '6月14日，湖北省委书记王忠林到宜昌调研。',
      [{ date: '2024-06-14..2024-06-14', place: '420500', actor: '420000' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(visits(text)).toEqual(expected)
  })

  it('runs a stay over the days it is said to last, cut at publication', () => {
    expect(visits('6月28日，青海省党政代表团抵达海口，开始为期5天的考察。')).toEqual([
      { date: '2024-06-28..2024-06-30', place: '460100', actor: '630000' },
    ])
  })

  it('reads 我市 through the outlet', () => {
    expect(visits('6月5日，鄂尔多斯市党政代表团来我市考察。', { ...REF, outlet: '绍兴日报' })).toEqual([
      { date: '2024-06-05..2024-06-05', place: '330600', actor: '150600' },
    ])
  })

  it('places a one-day visit to a province in the one city where that day’s meetings were held', () => {
    const text = '6月3日上午，江西省党政代表团抵闽考察。当天下午，赣闽两省经济合作交流会在福州召开。'
    expect(visits(text)).toEqual([{ date: '2024-06-03..2024-06-03', place: '350100', actor: '360000' }])
  })

  it('keeps the province for a stay of several days, whose other days may have been elsewhere', () => {
    const text = '6月3日至4日，江西省党政代表团赴福建省考察。4日下午，两省座谈会在福州召开。'
    expect(visits(text).map((v) => v.place)).toEqual(['350000'])
  })

  it('keeps the province when the day’s meetings were in several of its cities', () => {
    const text = '6月3日，江西省党政代表团抵闽考察。当天上午，座谈会在福州召开；当天下午，推介会在厦门举行。'
    expect(visits(text).map((v) => v.place)).toEqual(['350000'])
  })

  it('places a visit to a company where the article seats it (…作为厦门的老牌企业)', () => {
    const text = '6月3日上午，江西省副省长王某率代表团莅临某某集团。王某表示，某某作为厦门的老牌企业，实力雄厚。'
    expect(visits(text)).toEqual([{ date: '2024-06-03..2024-06-03', place: '350200', actor: '360000' }])
  })

  it('reads no visit to a company the article does not seat', () => {
    expect(visits('6月3日上午，江西省副省长王某率代表团莅临某某集团，双方座谈交流。')).toEqual([])
  })

  it('reads a visit a host welcomes (对…访港表示欢迎)', () => {
    expect(visits('6月3日，行政长官对湖北省委书记王某率团访港表示欢迎。')).toEqual([
      { date: '2024-06-03..2024-06-03', place: '810000', actor: '420000' },
    ])
  })

  it('reads a visit joined by 并 when nothing before it is future', () => {
    expect(visits('6月3日，山西省党政代表团参观了福州软件园，并到厦门考察。')).toEqual([
      { date: '2024-06-03..2024-06-03', place: '350100', actor: '140000' },
      { date: '2024-06-03..2024-06-03', place: '350200', actor: '140000' },
    ])
  })

  it('gives each region of a list its own visit, as windows when they arrive one after another', () => {
    const got = visits('6月1日至10日，天津、河北等省市的代表团陆续抵达西藏。')
    expect(got).toEqual([
      { date: '~2024-06-01..2024-06-10', place: '540000', actor: '120000' },
      { date: '~2024-06-01..2024-06-10', place: '540000', actor: '130000' },
    ])
  })

  it.each([
    ['a plan (将赴)', '6月3日，山西省党政代表团将赴福州考察。'],
    ['a wish (希望…来)', '6月3日，他希望山西省党政代表团今后多来福州考察。'],
    ['after publication', '2024年7月3日，山西省党政代表团抵达福州。'],
    ['no traveller', '6月3日，记者来到福州。'],
    ['a place inside a name', '6月3日，山西省代表团走访了北京·福州数字中心。'],
    ['a date no finer than a month', '6月，山西省党政代表团赴福州考察。'],
    ['a plan carried by 并', '6月3日，福建省将分批组织教师赴晋培训，并选派医生到山西省吕梁市开展帮扶。'],
  ])('must not read a visit from %s', (_, text) => {
    expect(visits(text)).toEqual([])
  })
})
