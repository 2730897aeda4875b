import { describe, expect, it } from 'vitest'
import { extract } from '../index.ts'

const REF = { published: '2024-06-30T20:00+08:00' }

function meetings(text: string) {
  return extract(text, REF)
    .events.filter((e) => e.type === 'meeting')
    .map((e) => ({
      date: e.date.approx ? `~${e.date.start}..${e.date.end}` : `${e.date.start}..${e.date.end}`,
      place: e.place?.code,
    }))
}

describe('meeting reader', () => {
  it.each([
    [
      'a convened noun with its place',
      '6月3日，山西省·福建省合作交流座谈会在福州召开。',
      [{ date: '2024-06-03..2024-06-03', place: '350100' }],
    ],
    [
      '会见 in a named city',
      '6月5日上午，省委书记在南宁会见了来访的客人。',
      [{ date: '2024-06-05..2024-06-05', place: '450100' }],
    ],
    [
      'a place inherited from the visit of the same sentence',
      '6月4日，江西省党政代表团到上海学习考察，两地召开合作交流座谈会。',
      [{ date: '2024-06-04..2024-06-04', place: '310000' }],
    ],
    [
      '会见 in a one-character abbreviation of a region (在京, 在沪)',
      '6月7日，市长在沪会见了前来洽谈的企业家代表。',
      [{ date: '2024-06-07..2024-06-07', place: '310000' }],
    ],
    [
      '会见 with no place but the host’s title: where the host governs',
      '6月8日，浙江省委书记陆明会见了来访的贵州省党政代表团一行。',
      [{ date: '2024-06-08..2024-06-08', place: '330000' }],
    ],
    [
      '拜会, a call on a host',
      '6月9日，省长在京拜会某集团董事长，双方就新能源合作交换意见。',
      [{ date: '2024-06-09..2024-06-09', place: '110000' }],
    ],
    [
      'who else attended (参加会见) is no second meeting',
      '6月10日，省长在杭州会见了来访的客商。省政府秘书长和有关部门负责人参加会见。',
      [{ date: '2024-06-10..2024-06-10', place: '330100' }],
    ],
    [
      'an audience dated by the trip’s span in another clause: one day of it, unknown which',
      '6月21日至22日，某省企业家考察团来杭考察，省领导在杭州会见了考察团一行。',
      [{ date: '~2024-06-21..2024-06-22', place: '330100' }],
    ],
    [
      '其间召开 a meeting: one day of the span in force',
      '6月24日至25日，贵州省党政代表团赴上海学习考察，其间召开两地合作交流座谈会。',
      [{ date: '~2024-06-24..2024-06-25', place: '310000' }],
    ],
    [
      '座谈交流 with several parties over a span: every day of it',
      '6月21日至22日，陆明率领贵州省党政代表团在杭州，与多家知名企业座谈交流。',
      [{ date: '2024-06-21..2024-06-22', place: '330100' }],
    ],
    [
      '主持召开 before the noun',
      '6月6日，主要领导在成都主持召开对口支援工作会议。',
      [{ date: '2024-06-06..2024-06-06', place: '510100' }],
    ],
  ])('%s', (_, text, expected) => {
    expect(meetings(text)).toEqual(expected)
  })

  it('tells one occasion once even when it is named again', () => {
    const text = '6月3日，山西省·福建省合作交流座谈会在福州召开。山西省·福建省合作交流座谈会上，双方回顾了合作成果。'
    expect(meetings(text)).toHaveLength(1)
  })

  it.each([
    ['a speech at an earlier meeting', '代表团认真学习了全国对口支援工作座谈会上的重要讲话精神。'],
    ['座谈时 (the meeting told elsewhere)', '6月3日，王书记座谈时表示，要深化合作。'],
    ['a planned meeting', '6月3日，双方商定将于下月在福州召开交流会。'],
    ['a meeting with no place anywhere', '6月3日，有关方面召开了协调会。'],
  ])('must not read a meeting from %s', (_, text) => {
    expect(meetings(text)).toEqual([])
  })
})
