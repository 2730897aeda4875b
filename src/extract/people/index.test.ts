import { describe, expect, it } from 'vitest'
import { findPlaces } from '../place/index.ts'
import { findDelegations, findPeople } from './index.ts'

const people = (text: string, home?: string) => {
  const opts = home ? { home } : {}
  return findPeople(text, findPlaces(text, opts), opts).map((p) => `${p.name}|${p.role}|${p.region ?? '-'}`)
}

describe('findPeople: title + name', () => {
  it.each([
    ['吉林省委书记景俊海主持会议。', ['景俊海|省委书记|220000']],
    ['湖北省省长王忠林出席。', ['王忠林|省长|420000']],
    ['深圳市委书记孟凡利会见客人。', ['孟凡利|市委书记|440300']],
    ['浙江省台州市委书记李跃旗致辞。', ['李跃旗|市委书记|331000']],
    ['内蒙古自治区党委书记孙绍骋讲话。', ['孙绍骋|自治区党委书记|150000']],
    ['澳门特区行政长官岑浩辉会见客人。', ['岑浩辉|行政长官|820000']],
    ['政务司司长陈国基出席。', ['陈国基|政务司司长|810000']],
    ['比亚迪股份有限公司董事长王传福介绍情况。', ['王传福|董事长|-']],
  ])('%s', (text, want) => {
    expect(people(text)).toEqual(want)
  })

  it('resolves a chain of titles to its most specific region', () => {
    expect(people('广东省委常委、深圳市委书记、市长许勤出席。')).toEqual(['许勤|市委书记|440300'])
    expect(people('浙江省委副书记、代省长夏宝龙通报情况。')).toEqual(['夏宝龙|省委副书记|330000'])
  })

  it('carries the region to a bare title later in the sentence', () => {
    expect(people('吉林省委书记景俊海,省委副书记、省长胡玉亭在长春会见。')).toEqual([
      '景俊海|省委书记|220000',
      '胡玉亭|省委副书记|220000',
    ])
  })

  it('gives a bare title the region the same name has elsewhere in the text', () => {
    expect(people('澳门特区行政长官贺一诚会见客人。次日,行政长官贺一诚前往横琴。')).toEqual([
      '贺一诚|行政长官|820000',
      '贺一诚|行政长官|820000',
    ])
    expect(people('会上,省长胡玉亭讲话。吉林省委副书记、省长胡玉亭介绍情况。')).toEqual([
      '胡玉亭|省长|220000',
      '胡玉亭|省委副书记|220000',
    ])
  })

  it('takes a bare 自治区 title from the one autonomous region the text names', () => {
    expect(people('宁夏党政代表团来访。自治区党委书记梁言顺率团。')).toEqual(['梁言顺|自治区党委书记|640000'])
  })

  it('takes a bare title from the home region', () => {
    expect(people('省委书记景俊海主持会议。', '220000')).toEqual(['景俊海|省委书记|220000'])
    expect(people('市委书记王宁出席。', '130700')).toEqual(['王宁|市委书记|130700'])
    expect(people('省委书记景俊海主持会议。')).toEqual(['景俊海|省委书记|-'])
  })

  it('lists names after one title', () => {
    expect(people('参加会见的还有省领导张伟、李明、王小平等。', '220000')).toEqual([
      '张伟|省领导|220000',
      '李明|省领导|220000',
      '王小平|省领导|220000',
    ])
  })

  it('reads a name written before its title', () => {
    expect(people('下午,姜锋副省长在西安会见客人。')).toEqual(['姜锋|副省长|-'])
  })

  it('keeps masked names with the mask', () => {
    expect(people('该公司总经理王**表示同意。')).toEqual(['王**|总经理|-'])
    expect(people('县长李某到场。')).toEqual(['李某|县长|-'])
  })

  it.each([
    ['行政长官林郑月娥今日接待客人。', ['林郑月娥|行政长官|810000']],
    ['吉林省委书记巴音朝鲁讲话。', ['巴音朝鲁|省委书记|220000']],
    ['自治区领导欧阳晓晖陪同。', ['欧阳晓晖|自治区领导|-']],
    ['湖南省委书记杜家毫并与其会面。', ['杜家毫|省委书记|430000']],
    ['安徽省长王清宪在京拜会客人。', ['王清宪|省长|340000']],
    ['浙江省委书记黄坤明,省长袁家军出席。', ['黄坤明|省委书记|330000', '袁家军|省长|330000']],
  ])('reads names of other shapes: %s', (text, want) => {
    expect(people(text)).toEqual(want)
  })

  it('cuts particles and verbs glued to a name', () => {
    expect(people('省长骆惠宁为副团长。', '630000')).toEqual(['骆惠宁|省长|630000'])
    expect(people('市长侯亮同考察团座谈。', '130700')).toEqual(['侯亮|市长|130700'])
  })
})

describe('findPeople: guests named after 会见', () => {
  it('reads a list of names with no title', () => {
    expect(people('省长在昆明会见了罗汉、刘志江一行。')).toEqual(['罗汉||-', '刘志江||-'])
  })

  it('needs the list to end like a list of guests', () => {
    expect(people('双方会见时间很短暂。')).toEqual([])
  })
})

describe('findPeople: must not match', () => {
  it.each([
    '市长表示,今年要加快发展。',
    '上海市长宁区召开会议。',
    '省委常委会议研究部署工作。',
    '特首明日赴深圳访问。',
    '书记处的同志参加。',
    '副省长和省直有关部门负责同志参加。',
    '区委书记陈等陪同。',
  ])('%s', (text) => {
    expect(people(text)).toEqual([])
  })
})

describe('findDelegations', () => {
  const find = (text: string, home?: string) => {
    const opts = home ? { home } : {}
    const places = findPlaces(text, opts)
    return findDelegations(text, places, findPeople(text, places, opts), opts)
  }

  it('names the region of a 党政代表团', () => {
    const [d] = find('11日,吉林省党政代表团抵达杭州。')
    expect(d?.delegation.region.code).toBe('220000')
    expect(d?.text).toBe('吉林省党政代表团')
  })

  it('takes leaders from 率领 / 带领 and 由 … 带队', () => {
    const [a] = find('吉林省委书记景俊海、省长胡玉亭率领吉林省党政代表团来粤考察。')
    expect(a?.delegation.leaders).toEqual([
      { name: '景俊海', role: '省委书记' },
      { name: '胡玉亭', role: '省长' },
    ])
    const [b] = find('白城市党政代表团由市委书记李明带队,前往温州考察。', '220800')
    expect(b?.delegation.region.code).toBe('220800')
    expect(b?.delegation.leaders).toEqual([{ name: '李明', role: '市委书记' }])
  })

  it('refers a bare 代表团 back to the last named delegation', () => {
    const ds = find('福建省党政代表团抵浙。当天下午,代表团参观了企业。')
    expect(ds.map((d) => [d.text, d.delegation.region.code, d.rule])).toEqual([
      ['福建省党政代表团', '350000', 'delegation-named'],
      ['代表团', '350000', 'delegation-ref'],
    ])
  })

  it('reads 我省党政代表团 from the home region', () => {
    expect(find('我省党政代表团赴沪学习。', '410000')[0]?.delegation.region.code).toBe('410000')
  })

  it('makes an official with 一行 or 率团 a delegation of their region', () => {
    const [d] = find('广东省委副书记、省长王伟中一行到访。')
    expect(d?.delegation).toMatchObject({
      region: { code: '440000' },
      leaders: [{ name: '王伟中', role: '省委副书记' }],
    })
  })

  it('gives an unnamed group the region of the official who leads it', () => {
    const [d] = find('辽宁省副省长王明率代表团到访企业。')
    expect(d?.delegation).toMatchObject({ region: { code: '210000' }, leaders: [{ name: '王明', role: '副省长' }] })
    expect(d?.rule).toBe('delegation-led')
  })

  it('reads the office a group is led in (以湖南省委书记身份率团)', () => {
    const [d] = find('他首次以湖南省委书记身份率团访港。')
    expect(d?.delegation.region.code).toBe('430000')
  })

  it('finds nothing in texts without a group', () => {
    expect(find('代表们认为,要加强合作。')).toEqual([])
    expect(find('代表团')).toEqual([])
    expect(find('美国商界代表团访问上海。').map((d) => d.rule)).toEqual([])
  })
})

describe('hostile input', () => {
  const run = (text: string) => {
    const t0 = performance.now()
    const places = findPlaces(text)
    const people = findPeople(text, places)
    const groups = findDelegations(text, places, people)
    return { people: people.length, groups: groups.length, ms: performance.now() - t0 }
  }

  it('stays linear on runs of title and group words (loose bound: catches quadratic blowups)', () => {
    for (const chunk of ['省委书记', '代表团', '的', '、']) {
      const r = run(chunk.repeat(Math.ceil(200_000 / chunk.length)))
      expect(r.people).toBe(0)
      expect(r.ms).toBeLessThan(8000)
    }
  })

  it('stays linear on text dense with officials and delegations', () => {
    const r = run('省委书记景俊海、省长胡玉亭率领吉林省党政代表团来访。代表团一行参观了企业。'.repeat(5000))
    expect(r.people).toBe(10_000)
    expect(r.ms).toBeLessThan(15_000)
  })
})
