import { describe, expect, it } from 'vitest'
import { bracketedAgreements, cleanTitle, isAgreement, pairedParties, partiesOf, phraseAfterVerb } from './index.ts'

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
})
