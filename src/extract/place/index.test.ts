import { describe, expect, it } from 'vitest'
import { findPlaces, homeFromOutlet, isWithin, placeByCode, provinceOf } from './index.ts'

const codes = (text: string, home?: string) =>
  findPlaces(text, home ? { home } : {}).map((m) => `${m.text}=${m.place.code}`)

describe('findPlaces: names', () => {
  it.each([
    ['代表团当天抵达吉林省长春市。', ['吉林省长春市=220100']],
    ['考察组先后到深圳、杭州和合肥调研。', ['深圳=440300', '杭州=330100', '合肥=340100']],
    ['会议在天津召开。', ['天津=120000']],
    ['一行走访了察哈尔右翼前旗的马铃薯企业。', ['察哈尔右翼前旗=150926']],
    ['乌兰察布市察右前旗的项目已经投产。', ['乌兰察布市察右前旗=150926']],
    ['浙江省温州市鹿城区召开推进会。', ['浙江省温州市鹿城区=330302']],
    ['香港特别行政区和澳门特别行政区的代表出席。', ['香港特别行政区=810000', '澳门特别行政区=820000']],
    ['内蒙古自治区与广西壮族自治区签署协议。', ['内蒙古自治区=150000', '广西壮族自治区=450000']],
    ['他曾在襄樊工作多年。', ['襄樊=420600']],
    ['延边州和黔西南州都有对口协作项目。', ['延边州=222400', '黔西南州=522300']],
  ])('%s', (text, want) => {
    expect(codes(text)).toEqual(want)
  })
})

describe('findPlaces: ambiguity and context', () => {
  it('reads 吉林 alone as the province', () => {
    expect(codes('吉林代表团抵达广州。')).toEqual(['吉林=220000', '广州=440100'])
  })

  it('reads 吉林 as the city when the text names one of its districts', () => {
    expect(codes('船营区代表团随吉林考察团出发。')).toEqual(['船营区=220204', '吉林=220200'])
  })

  it('takes a county short name when its city is named in the text', () => {
    expect(codes('宁波派出工作组。象山代表团次日出发。')).toEqual(['宁波=330200', '象山=330225'])
  })

  it('skips a county short name without support', () => {
    expect(codes('象山代表团次日出发。')).toEqual([])
  })

  it('chooses among same-named districts by the city in the text', () => {
    expect(codes('长春市朝阳区召开会议。')).toEqual(['长春市朝阳区=220104'])
    expect(codes('北京市委书记到朝阳区调研。')).toEqual(['北京市=110000', '朝阳区=110105'])
  })

  it("reads 东乡县 by the province in the text (Gansu 东乡族自治县, or Jiangxi's former 东乡县)", () => {
    expect(codes('厦门市思明区代表团赴甘肃临夏州东乡县考察。')).toEqual([
      '厦门市思明区=350203',
      '甘肃临夏州东乡县=622926',
    ])
    expect(codes('代表团赴甘肃考察,在东乡县调研。')).toEqual(['甘肃=620000', '东乡县=622926'])
    expect(codes('代表团在东乡县调研。')).toEqual([])
    expect(codes('江西抚州东乡县的企业。')).toEqual(['江西抚州东乡县=361003'])
  })

  it('reads 宁 as 南京 in a text about Jiangsu, as 宁夏 elsewhere', () => {
    expect(codes('江苏陕西联席会议在宁召开。')).toEqual(['江苏=320000', '陕西=610000', '宁=320100'])
    expect(codes('考察团抵宁考察枸杞产业。')).toEqual(['宁=640000'])
  })

  it('places 礼宾府 in the SAR the text is about', () => {
    expect(findPlaces('澳门特区行政长官在礼宾府会见客人,澳门各界出席。').map((m) => m.place.code)).toEqual([
      '820000',
      '820000',
      '820000',
    ])
  })

  it('does not chain into a unit that is also a province (青海海南两省)', () => {
    expect(codes('青海海南两省签约。')).toEqual(['青海=630000', '海南=460000'])
  })
})

describe('findPlaces: abbreviations', () => {
  it.each([
    ['省委书记率团抵粤考察。', ['粤=440000']],
    ['代表团来皖开展交流。', ['皖=340000']],
    ['下午,两省在杭召开座谈会。', ['杭=330100']],
    ['领导一行访澳三天。', ['澳=820000']],
    ['考察团赴津学习。', ['津=120000']],
    ['企业入川投资。', ['川=510000']],
    ['省委书记率团访港表示感谢。', ['港=810000']],
  ])('abbr-verb: %s', (text, want) => {
    const got = findPlaces(text)
    expect(got.map((m) => `${m.text}=${m.place.code}`)).toEqual(want)
    expect(got.every((m) => m.rule === 'abbr-verb')).toBe(true)
  })

  it.each([
    ['浙闽两省加强合作。', ['浙=330000', '闽=350000']],
    ['京蒙协作不断深化。', ['京=110000', '蒙=150000']],
    ['粤港澳三地共同举办。', ['粤=440000', '港=810000', '澳=820000']],
  ])('abbr-pair: %s', (text, want) => {
    const got = findPlaces(text)
    expect(got.map((m) => `${m.text}=${m.place.code}`)).toEqual(want)
    expect(got.every((m) => m.rule === 'abbr-pair')).toBe(true)
  })

  it('reads a city initial in a pair when the city is named (沪连合作)', () => {
    expect(codes('上海与大连推动沪连合作。')).toEqual(['上海=310000', '大连=210200', '沪=310000', '连=210200'])
  })
})

describe('findPlaces: must not match', () => {
  it.each([
    '两国人民和平共处,新华社记者报道。',
    '我们要在新时代展现新作为,在青年中开展教育。',
    '资源配置和通道建设都要加强,合作共赢。',
    '东方红太阳升,长安街上车水马龙。',
    '王永昌和孙中山的故事。',
    '总理会见了李长春和王岐山。',
    '王沪宁出席会议。',
    '在中国,长三角和粤港澳大湾区发展很快。',
    '未来京剧演出更多。',
    '代表团将赴粤港澳大湾区学习。',
    '会议要求各地按照统一部署推进。',
    '总投资达到12.5亿元,同比增长36%。',
    '当地群众生活改善明显。',
    '《沪澳新一轮合作备忘录》签署。'.slice(3),
    '大会欢迎各位来宾,祝大家安康。',
    '赴宴的客人来自各地。',
  ])('%s', (text) => {
    expect(codes(text)).toEqual([])
  })
})

describe('findPlaces: home and sites', () => {
  it('resolves 我省 / 全省 / 我市 from the home region', () => {
    expect(codes('我省代表团赴京。全省上下积极参与。', '220000')).toEqual(['我省=220000', '京=110000', '全省=220000'])
    expect(codes('我市与乌兰察布签约。', '130700')).toEqual(['我市=130700', '乌兰察布=150900'])
    expect(codes('北京市党政代表团来我区考察。', '150000')).toEqual(['北京市=110000', '我区=150000'])
  })

  it('does not take 当地 or 我省 without a home', () => {
    expect(codes('我省在当地召开会议。')).toEqual([])
  })

  it('attaches a named site to the place right before it', () => {
    const [m] = findPlaces('代表团参观了贵阳大数据应用展示中心。')
    expect(m?.place).toMatchObject({ code: '520100', site: '贵阳大数据应用展示中心' })
    expect(m?.rule).toBe('site')
  })

  it('attaches a site after 在/走进 to the nearest place of the sentence', () => {
    const ms = findPlaces('一行到杭州,走进云栖小镇产业园察看。')
    expect(ms.map((m) => [m.text, m.place.code, m.place.site])).toEqual([
      ['杭州', '330100', undefined],
      ['云栖小镇产业园', '330100', '云栖小镇产业园'],
    ])
  })

  it('puts a company headquarters in its city (在总部会见)', () => {
    const ms = findPlaces('中国石化董事长在总部会见了来访的客人。')
    expect(ms.map((m) => [m.text, m.place.code, m.rule])).toEqual([['总部', '110000', 'site-hq']])
    expect(findPlaces('公司总部设在哪里还没有定。')).toEqual([])
  })

  it('reads the old form 甯 in 遼甯 after script conversion', () => {
    expect(codes('辽甯省副省长带队。')).toEqual(['辽甯省=210000'])
  })

  it('does not read a given name as a place (省领导张安顺)', () => {
    expect(codes('参加会见的还有省领导张安顺、李明。')).toEqual([])
  })

  it('knows a few sites by name', () => {
    expect(findPlaces('行政长官在礼宾府会见客人。')[0]?.place).toMatchObject({ code: '810000', site: '礼宾府' })
  })
})

describe('offsets', () => {
  it('index into the text', () => {
    const text = '3日上午,福建省党政代表团抵达杭州。'
    for (const m of findPlaces(text)) expect(text.slice(m.start, m.end)).toBe(m.text)
  })
})

describe('homeFromOutlet', () => {
  it.each([
    ['吉林日报', '220000'],
    ['张家口日报', '130700'],
    ['浙江在线', '330000'],
    ['澳门日报', '820000'],
    ['新华网', undefined],
    ['新华日报', '320000'],
    ['大公报', '810000'],
    ['东北网', '230000'],
    ['中国中小企业哈尔滨网', '230100'],
    ['国际在线 辽宁频道', '210000'],
  ])('%s → %s', (outlet, code) => {
    expect(homeFromOutlet(outlet, '')).toBe(code)
  })

  it('reads a paper name or a 本报 line near the start', () => {
    expect(homeFromOutlet(undefined, '河南日报讯 11月16日,我省代表团出发。')).toBe('410000')
    expect(homeFromOutlet(undefined, '本报温州讯 昨天,市领导会见客人。')).toBe('330300')
    expect(homeFromOutlet(undefined, '昨天,市领导会见客人。')).toBeUndefined()
    expect(homeFromOutlet(undefined, '昨天,省领导会见客人。\n甘肃台记者兰州报道。')).toBe('620000')
    expect(homeFromOutlet(undefined, '北京晚报讯 据《吉林日报》今天消息,省委书记出席。')).toBe('220000')
  })
})

describe('helpers', () => {
  it('placeByCode, provinceOf, isWithin', () => {
    expect(placeByCode('150926')).toEqual({
      code: '150926',
      name: '察哈尔右翼前旗',
      province: '150000',
      city: '150900',
    })
    expect(placeByCode('110000')).toEqual({ code: '110000', name: '北京市', province: '110000' })
    expect(placeByCode('999999')).toBeUndefined()
    expect(provinceOf('330302')).toBe('330000')
    expect(isWithin('330302', '330300')).toBe(true)
    expect(isWithin('330302', '320000')).toBe(false)
  })
})

describe('hostile input', () => {
  const timed = (text: string) => {
    const t0 = performance.now()
    const n = findPlaces(text).length
    return { n, ms: performance.now() - t0 }
  }

  // Bounds are loose on purpose (shared, loaded CI machines): they catch quadratic blowups, which take minutes.
  // Measured on an idle run: ~0.5 s for the 5 MB text.
  it('reads 5 MB of news-like text in about a second', () => {
    const chunk =
      '会议强调,要扎实推进高质量发展,持续优化营商环境。双方围绕新能源等领域深入交流,一致同意加强合作。代表团先后考察了深圳市的企业和园区。'
    const { n, ms } = timed(chunk.repeat(Math.ceil(5_000_000 / chunk.length)))
    expect(n).toBeGreaterThan(40_000)
    expect(ms).toBeLessThan(12_000)
  })

  it('stays linear on place-dense text and on runs of one character', () => {
    const dense = '浙江省台州市党政代表团赴吉林省考察,在长春会见。和平资源合作'.repeat(20_000)
    expect(timed(dense).ms).toBeLessThan(8000)
    expect(timed('的'.repeat(50_000)).n).toBe(0)
    expect(timed(' '.repeat(10_000)).n).toBe(0)
    expect(timed('省'.repeat(50_000)).n).toBe(0)
  })
})
