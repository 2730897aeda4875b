import { describe, expect, it } from 'vitest'
import { extract } from '../index.ts'

const REF = { published: '2024-06-30T20:00+08:00' }

function signings(text: string) {
  return extract(text, REF)
    .events.filter((e) => e.type === 'signing')
    .map((e) => ({ title: e.title ?? '', parties: e.parties ?? [], place: e.place?.code, date: e.date.start }))
}

describe('signing reader', () => {
  it('reads A与B签署 with an unbracketed title', () => {
    expect(signings('6月3日，在福州，山西省商务厅与福建省商务厅签署战略合作框架协议。')).toEqual([
      { title: '战略合作框架协议', parties: ['山西省商务厅', '福建省商务厅'], place: '350100', date: '2024-06-03' },
    ])
  })

  it('gives a run of bracketed titles one signing each, an 意向书 none', () => {
    const got = signings('6月8日，双方在澳门签订了《文旅合作备忘录》《青年交流合作协议》《会展合作意向书》。')
    expect(got.map((s) => s.title)).toEqual(['文旅合作备忘录', '青年交流合作协议'])
  })

  it.each([
    ['projects signed before (已签约)', '6月11日，在合肥，董事长表示将推动已签约项目早日投产。'],
    ['a follow-up of signed projects', '6月11日，在合肥，双方商定加快签约项目落地见效。'],
  ])('reads no signing from %s', (_, text) => {
    expect(signings(text)).toEqual([])
  })

  it('pairs 分别与 lists in order', () => {
    const got = signings('6月9日，在温州，甲公司、乙学校分别与丙集团、丁医院签订了合作协议。')
    expect(got.map((s) => s.parties)).toEqual([
      ['甲公司', '丙集团'],
      ['乙学校', '丁医院'],
    ])
  })

  it('counts agreements a statement counts, filled by the ones it names', () => {
    const text =
      '6月10日下午，座谈会在雅安召开。会上共签订3个项目的合作协议。其中，甲集团与乙区政府签订茶旅开发合作协议。'
    const got = signings(text)
    expect(got).toHaveLength(3)
    expect(got.filter((s) => s.title === '茶旅开发合作协议')).toHaveLength(1)
  })

  it('reads the parties from the title when envoys stand before the verb', () => {
    const got = signings('6月12日，在南昌，王明副省长与李华董事长签署《江西省人民政府国家电网有限公司战略合作协议》。')
    expect(got.map((g) => g.parties)).toEqual([['江西省人民政府', '国家电网有限公司']])
  })

  it('gives a delegation’s signing ceremony away from home its region and its hosts, at its own level', () => {
    const text = '6月14日至15日，甘肃省党政代表团赴广东省学习考察。15日上午，代表团在广州出席两地对口合作签约仪式。'
    expect(signings(text).map((g) => g.parties)).toEqual([['甘肃省', '广东省']])
  })

  it('names the SAR a 特区 party belongs to', () => {
    const got = signings('6月16日，在香港，特区政府创新科技署与深圳市科技局签署《科技创新合作备忘录》。')
    expect(got.map((g) => g.parties)).toEqual([['香港特别行政区政府创新科技署', '深圳市科技局']])
  })

  it('takes 会上 and 双方 from the meeting in force', () => {
    const text = '6月11日，山西省·福建省合作交流座谈会在福州召开。会上，双方签署合作协议。'
    expect(signings(text)).toEqual([
      { title: '合作协议', parties: ['山西省', '福建省'], place: '350100', date: '2024-06-11' },
    ])
  })

  it.each([
    ['an intention', '6月3日，双方在福州达成合作意向，拟签署战略合作协议。'],
    ['a plan', '6月3日，两省将在福州签订合作协议。'],
    ['a letter of intent', '6月3日，双方在福州签署《会展合作意向书》。'],
    ['a plan that is no agreement', '6月3日，两地部门在福州签署了专项行动计划。'],
  ])('must not read a signing from %s', (_, text) => {
    expect(signings(text)).toEqual([])
  })
})
