import { describe, expect, it } from 'vitest'
import { findPlaces } from '../place/index.ts'
import { findOrgs } from './index.ts'

const orgs = (text: string, home?: string) => {
  const opts = home ? { home } : {}
  return findOrgs(text, findPlaces(text, opts), opts).map((o) => `${o.name}|${o.orgType}|${o.region ?? '-'}`)
}

describe('findOrgs', () => {
  it.each([
    [
      '湖北省人民政府与东风汽车集团有限公司签署协议。',
      ['湖北省人民政府|government|420000', '东风汽车集团有限公司|company|-'],
    ],
    ['吉林省商务厅负责人出席。', ['吉林省商务厅|government|220000']],
    ['宁波市发改委和宁波市教育局参加。', ['宁波市发改委|government|330200', '宁波市教育局|government|330200']],
    ['双方代表见证了华为技术有限公司的签约。', ['华为技术有限公司|company|-']],
    ['会见了中国石油天然气集团董事长。', ['中国石油天然气集团|company|-']],
    ['比亚迪和华润的负责人到场。', ['比亚迪|company|-', '华润|company|-']],
    ['福州大学与厦门市政协开展合作。', ['福州大学|other|350100', '厦门市政协|body|350200']],
  ])('%s', (text, want) => {
    expect(orgs(text)).toEqual(want)
  })

  it('resolves a bare 省政府 / 市政府 to the region', () => {
    expect(orgs('省政府与企业签订协议。', '610000')).toEqual(['陕西省人民政府|government|610000'])
    expect(orgs('在西安,省政府同企业签约。')).toEqual(['陕西省人民政府|government|610000'])
    expect(orgs('省国资委参加。', '510000')).toEqual(['四川省国资委|government|510000'])
  })

  it('names the Hong Kong or Macau government', () => {
    expect(orgs('特区政府公务员事务局与广东省人民政府港澳事务办公室签署协议。')).toEqual([
      '香港特别行政区政府公务员事务局|government|810000',
      '广东省人民政府港澳事务办公室|government|440000',
    ])
  })

  it('keeps a title out: 省委书记 is no party to anything', () => {
    expect(orgs('吉林省委书记出席。')).toEqual([])
  })

  it.each(['构建新发展格局。', '统筹全局。', '参观展厅。', '局长讲话。', '他说公司很好。'.slice(0, 2)])(
    'must not match: %s',
    (text) => {
      expect(orgs(text)).toEqual([])
    },
  )

  it('cuts verbs off the front of a name', () => {
    expect(orgs('代表团察看了白山市基层妇联。')).toEqual(['白山市基层妇联|body|220600'])
  })
})

describe('hostile input', () => {
  it('stays linear on runs of suffix characters and titles (loose bound: catches quadratic blowups)', () => {
    for (const chunk of ['局', '省委书记', '集团', '人民政府']) {
      const text = chunk.repeat(Math.ceil(200_000 / chunk.length))
      const t0 = performance.now()
      findOrgs(text, findPlaces(text))
      expect(performance.now() - t0).toBeLessThan(8000)
    }
  })
})
