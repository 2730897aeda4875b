import { describe, expect, it } from 'vitest'
import {
  bracketedAgreements,
  cleanTitle,
  isAgreement,
  isPersonLike,
  pairedParties,
  partiesOf,
  phraseAfterVerb,
  titleParties,
} from './index.ts'

describe('agreements', () => {
  it('restores the plus sign a page lost between digits', () => {
    expect(cleanTitle('“1 8”合作协议')).toBe('“1+8”合作协议')
  })

  it.each([
    ['战略合作框架协议', true],
    ['合作备忘录', true],
    ['购销合同', true],
    ['会展合作意向书', false],
    ['专项行动计划', false],
  ])('%s is an agreement: %s', (title, expected) => {
    expect(isAgreement(title)).toBe(expected)
  })

  it('finds bracketed titles that end in an agreement noun', () => {
    const text = '签署了《金融合作备忘录》和《发展规划》'
    expect(bracketedAgreements(text).map((t) => t.title)).toEqual(['金融合作备忘录'])
  })

  it('reads the phrase after a verb, with a count when it counts', () => {
    const text = '签署深化战略合作协议。'
    expect(phraseAfterVerb(text, 2, text.length)).toMatchObject({ title: '深化战略合作协议', count: 1, counted: false })
    const counted = '签订了7个项目的合作协议'
    expect(phraseAfterVerb(counted, 2, counted.length)).toMatchObject({ count: 7, counted: true })
    expect(phraseAfterVerb('签署了两份协议', 2, 7)).toMatchObject({ count: 2, counted: true })
  })

  it('reads the two parties before a verb, dropping who signed for them', () => {
    expect(partiesOf('随后，甲省商务厅与乙航空公司')).toEqual(['甲省商务厅', '乙航空公司'])
    expect(partiesOf('副总经理张三代表甲集团，与乙区人民政府')).toEqual(['甲集团', '乙区人民政府'])
    expect(partiesOf('双方')).toEqual([])
  })

  it('pairs 分别与 lists of equal length, nothing otherwise', () => {
    expect(pairedParties('甲、乙分别与丙、丁')).toEqual([
      ['甲', '丙'],
      ['乙', '丁'],
    ])
    expect(pairedParties('甲、乙分别与丙')).toEqual([])
  })

  it('reads the parties a title names at its start: two regions with a dash, or two organisations in a row', () => {
    expect(titleParties('湖南—贵州全面深化合作框架协议')).toEqual(['湖南', '贵州'])
    expect(titleParties('江西省人民政府国家电网有限公司战略合作协议')).toEqual(['江西省人民政府', '国家电网有限公司'])
    expect(titleParties('某某大学某某银行科技金融合作协议')).toEqual(['某某大学', '某某银行'])
  })

  it('reads no parties from a title that names one side, or none', () => {
    expect(titleParties('战略合作框架协议')).toEqual([])
    expect(titleParties('江西省人民政府战略合作协议')).toEqual([])
    expect(titleParties('甲乙丙丁—戊己庚辛')).toEqual([])
  })

  it('tells an envoy from the party he signs for', () => {
    expect(isPersonLike('王明副省长')).toBe(true)
    expect(isPersonLike('董事长李华')).toBe(true)
    expect(isPersonLike('省商务厅')).toBe(false)
    expect(isPersonLike('某某集团')).toBe(false)
  })
})
