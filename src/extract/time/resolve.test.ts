import { describe, expect, it } from 'vitest'
import { resolveTimes } from './index.ts'

/** Expected mention: [text, start day, end day (default = start), checks]. */
type Want = readonly [string, string, (string | undefined)?, Check?]
interface Check {
  readonly part?: string
  readonly approx?: boolean
  readonly implied?: boolean
  readonly grain?: string
  readonly rule?: string
}
interface Row {
  readonly name: string
  readonly text: string
  readonly pub?: string
  readonly want: readonly Want[]
}

const PUB = '2023-11-12T21:33+08:00'

function run(row: Row) {
  const got = resolveTimes(row.text, { published: row.pub ?? PUB })
  const shown = got.map((m) => [m.text, m.value.start, m.value.end, m.value.part, m.rule])
  expect(got.length, JSON.stringify(shown)).toBe(row.want.length)
  row.want.forEach(([text, start, end, check], i) => {
    const m = got[i]!
    expect(m.text, JSON.stringify(shown)).toBe(text)
    expect(row.text.slice(m.start, m.end)).toBe(m.text)
    expect(m.value.start, `${text} start`).toBe(start)
    expect(m.value.end, `${text} end`).toBe(end ?? start)
    if (check?.part !== undefined) expect(m.value.part, `${text} part`).toBe(check.part)
    if (check?.approx !== undefined) expect(m.value.approx === true, `${text} approx`).toBe(check.approx)
    if (check?.implied !== undefined) expect(m.value.implied === true, `${text} implied`).toBe(check.implied)
    if (check?.grain !== undefined) expect(m.value.grain, `${text} grain`).toBe(check.grain)
    if (check?.rule !== undefined) expect(m.rule, `${text} rule`).toBe(check.rule)
  })
}

const ABSOLUTE: Row[] = [
  {
    name: 'full date',
    text: '2023年11月12日,两省签署合作协议。',
    want: [['2023年11月12日', '2023-11-12', undefined, { implied: false, rule: 'abs-ymd' }]],
  },
  { name: 'full date with 号', text: '2022年6月3号召开了推介会', want: [['2022年6月3号', '2022-06-03']] },
  { name: 'spaced full date', text: '2021 年 5 月 8 日举行', want: [['2021 年 5 月 8 日', '2021-05-08']] },
  {
    name: 'month-day in pub year',
    text: '11月10日,代表团抵达深圳。',
    want: [['11月10日', '2023-11-10', undefined, { grain: 'day' }]],
  },
  {
    name: 'month-day with part',
    text: '10月17日下午,代表团抵达杭州。',
    want: [['10月17日下午', '2023-10-17', undefined, { part: 'afternoon' }]],
  },
  {
    name: 'month-day morning',
    text: '9月3日上午,考察团参观了港口。',
    want: [['9月3日上午', '2023-09-03', undefined, { part: 'morning' }]],
  },
  {
    name: 'month-day evening word',
    text: '8月1日晚上,双方举行会谈。',
    want: [['8月1日晚上', '2023-08-01', undefined, { part: 'evening' }]],
  },
  {
    name: 'month-day single 晚',
    text: '8月1日晚,双方举行会谈。',
    want: [['8月1日晚', '2023-08-01', undefined, { part: 'evening' }]],
  },
  {
    name: 'month-day noon',
    text: '6月5日中午抵达机场',
    want: [['6月5日中午', '2023-06-05', undefined, { part: 'noon' }]],
  },
  {
    name: 'month-day dusk',
    text: '6月5日傍晚抵达机场',
    want: [['6月5日傍晚', '2023-06-05', undefined, { part: 'evening' }]],
  },
  {
    name: 'clock time gives part',
    text: '11月2日14时30分,会议开始',
    want: [['11月2日14时30分', '2023-11-02', undefined, { part: 'afternoon' }]],
  },
  {
    name: 'dashed ISO',
    text: '发布时间:2023-11-12 21:33',
    want: [['2023-11-12 21:33', '2023-11-12', undefined, { part: 'evening' }]],
  },
  { name: 'dotted date', text: '日期 2023.11.12 来源', want: [['2023.11.12', '2023-11-12']] },
  { name: 'slashed date', text: '2024/8/21 关闭窗口', want: [['2024/8/21', '2024-08-21']] },
  {
    name: 'year and month',
    text: '2022年3月,省政府召开会议',
    want: [['2022年3月', '2022-03-01', '2022-03-31', { grain: 'month' }]],
  },
  {
    name: 'year only',
    text: '自2017年以来,两地合作不断',
    want: [['2017年', '2017-01-01', '2017-12-31', { grain: 'year' }]],
  },
  {
    name: 'month only',
    text: '10月,代表团赴沪考察。',
    want: [['10月', '2023-10-01', '2023-10-31', { grain: 'month' }]],
  },
  {
    name: 'month with 份',
    text: '今年8月份以来',
    want: [['今年8月份', '2023-08-01', '2023-08-31', { grain: 'month' }]],
  },
  {
    name: 'two separate dates',
    text: '3月5日开幕,3月9日闭幕。',
    want: [
      ['3月5日', '2023-03-05'],
      ['3月9日', '2023-03-09'],
    ],
  },
  { name: 'date inside a noun phrase', text: '学习中央政治局10月27日会议精神', want: [['10月27日', '2023-10-27']] },
  {
    name: 'weekday parenthesis absorbed',
    text: '2019年4月16日(星期二)香港时间',
    want: [['2019年4月16日(星期二)', '2019-04-16']],
  },
  {
    name: 'full-width parenthesis weekday',
    text: '2019年4月16日（周二）',
    want: [['2019年4月16日（周二）', '2019-04-16']],
  },
  {
    name: 'bare day after month',
    text: '10月16日,代表团抵沪。18日,转赴南京。',
    want: [
      ['10月16日', '2023-10-16'],
      ['18日', '2023-10-18', undefined, { rule: 'abs-d' }],
    ],
  },
  {
    name: 'bare day with part',
    text: '5月7日至9日,考察团到访。7日下午,双方座谈。',
    want: [
      ['5月7日至9日', '2023-05-07', '2023-05-09'],
      ['7日下午', '2023-05-07', undefined, { part: 'afternoon' }],
    ],
  },
  {
    name: 'bare day with no month uses pub month',
    text: '交流会8日在宁波召开',
    pub: '2019-06-09T00:00+08:00',
    want: [['8日', '2019-06-08']],
  },
  {
    name: 'bare day after pub day goes to the previous month',
    text: '座谈会20日举行',
    pub: '2019-06-09',
    want: [['20日', '2019-05-20']],
  },
  {
    name: 'bare day follows the dateline month',
    text: '新华社北京8月8日电 行政长官7日在政府总部接待代表团',
    pub: '2025-08-08',
    want: [
      ['8月8日电', '2025-08-08', undefined, { rule: 'dateline' }],
      ['7日', '2025-08-07'],
    ],
  },
  {
    name: 'bare day month carries across sentences',
    text: '9月6日至9日,市委书记率团考察。9日,双方座谈。',
    pub: '2017-09-13T14:33+08:00',
    want: [
      ['9月6日至9日', '2017-09-06', '2017-09-09'],
      ['9日', '2017-09-09'],
    ],
  },
  { name: 'bare day 号 is not a day', text: '地铁3号线开通', want: [] },
  { name: '日 with space', text: '10月 6 日 抵达', want: [['10月 6 日', '2023-10-06']] },
]

const CHINESE: Row[] = [
  { name: 'Chinese month-day', text: '十一月六日,双方会谈', want: [['十一月六日', '2023-11-06']] },
  { name: 'Chinese full date', text: '二〇二三年十一月十二日', want: [['二〇二三年十一月十二日', '2023-11-12']] },
  {
    name: 'Chinese year with ○',
    text: '早在二○一六年便设立了联络处',
    want: [['二○一六年', '2016-01-01', '2016-12-31', { grain: 'year' }]],
  },
  {
    name: 'Chinese twenty-third',
    text: '四月二十三日下午,考察团参观',
    want: [['四月二十三日下午', '2023-04-23', undefined, { part: 'afternoon' }]],
  },
  { name: 'Chinese thirty-first', text: '十二月三十一日', pub: '2024-01-05', want: [['十二月三十一日', '2023-12-31']] },
  { name: 'Chinese 廿', text: '三月廿一日', want: [['三月廿一日', '2023-03-21']] },
  {
    name: 'Chinese bare day before a part',
    text: '十月十六日抵达。十七日上午,座谈。',
    want: [
      ['十月十六日', '2023-10-16'],
      ['十七日上午', '2023-10-17', undefined, { part: 'morning' }],
    ],
  },
  { name: 'Chinese range', text: '十一月六日至七日', want: [['十一月六日至七日', '2023-11-06', '2023-11-07']] },
  { name: 'Chinese duration is no day', text: '历时三日的考察', want: [] },
  { name: 'Chinese day duration after a number word', text: '连续三日降雨', want: [] },
]

const RANGES: Row[] = [
  {
    name: 'month-day to day',
    text: '11月10日至11日,代表团在深圳。',
    want: [['11月10日至11日', '2023-11-10', '2023-11-11', { grain: 'day' }]],
  },
  { name: 'month-day to day with 到', text: '12月14日到16日', want: [['12月14日到16日', '2022-12-14', '2022-12-16']] },
  { name: 'first day without 日', text: '4月23至25日', want: [['4月23至25日', '2023-04-23', '2023-04-25']] },
  { name: 'dash range', text: '4月23日-25日', want: [['4月23日-25日', '2023-04-23', '2023-04-25']] },
  { name: 'em dash range', text: '4月23日—25日', want: [['4月23日—25日', '2023-04-23', '2023-04-25']] },
  { name: 'tilde range', text: '4月23日~25日', want: [['4月23日~25日', '2023-04-23', '2023-04-25']] },
  { name: 'cross-month range', text: '7月30日至8月2日', want: [['7月30日至8月2日', '2023-07-30', '2023-08-02']] },
  {
    name: 'cross-year range',
    text: '12月30日至1月2日',
    pub: '2024-01-05',
    want: [['12月30日至1月2日', '2023-12-30', '2024-01-02']],
  },
  {
    name: 'full years both sides',
    text: '2023年12月30日至2024年1月2日',
    pub: '2024-01-05',
    want: [['2023年12月30日至2024年1月2日', '2023-12-30', '2024-01-02']],
  },
  {
    name: 'year-prefixed range',
    text: '2021年9月11日至12日',
    want: [['2021年9月11日至12日', '2021-09-11', '2021-09-12']],
  },
  {
    name: 'bare day range',
    text: '9月13日报道:11日至12日,代表团考察。',
    pub: '2021-09-13',
    want: [
      ['9月13日', '2021-09-13'],
      ['11日至12日', '2021-09-11', '2021-09-12'],
    ],
  },
  {
    name: 'bare day range from pub month',
    text: '11日至12日,广东省政府代表团考察。',
    pub: '2021-09-13T09:39+08:00',
    want: [['11日至12日', '2021-09-11', '2021-09-12']],
  },
  { name: 'bare dash range', text: '23-25日举办', pub: '2023-04-26', want: [['23-25日', '2023-04-23', '2023-04-25']] },
  {
    name: 'comma list of consecutive days',
    text: '11月6日、7日,代表团在天津',
    want: [['11月6日、7日', '2023-11-06', '2023-11-07', { rule: 'range-list' }]],
  },
  {
    name: 'list of non-consecutive days stays two mentions',
    text: '11月6日、9日分别召开',
    want: [
      ['11月6日', '2023-11-06'],
      ['9日', '2023-11-09'],
    ],
  },
  {
    name: 'range of months',
    text: '3月至5月开展专项行动',
    want: [['3月至5月', '2023-03-01', '2023-05-31', { rule: 'range-join' }]],
  },
  {
    name: 'two full dates joined',
    text: '2023年3月1日至2023年3月3日',
    want: [['2023年3月1日至2023年3月3日', '2023-03-01', '2023-03-03']],
  },
  {
    name: 'range with garbled year prefix',
    text: '17-12-14日到16日,代表团赴粤',
    pub: '2017-12-17T21:50+08:00',
    want: [['14日到16日', '2017-12-14', '2017-12-16']],
  },
  {
    name: 'range then next day',
    text: '7月1日至3日,代表团考察。次日,双方签约。',
    pub: '2023-07-05',
    want: [
      ['7月1日至3日', '2023-07-01', '2023-07-03'],
      ['次日', '2023-07-02', undefined, { implied: true }],
    ],
  },
  {
    name: 'reversed range rejected',
    text: '5月9日至3日',
    want: [
      ['5月9日', '2023-05-09'],
      ['3日', '2023-05-03'],
    ],
  },
]

const PUB_RELATIVE: Row[] = [
  {
    name: 'today',
    text: '今天,代表团抵达',
    want: [['今天', '2023-11-12', undefined, { implied: true, rule: 'rel-pub-today' }]],
  },
  {
    name: 'today with part',
    text: '今天上午,两省举行座谈',
    want: [['今天上午', '2023-11-12', undefined, { part: 'morning' }]],
  },
  { name: '今日', text: '政务司副司长今日抵达广州', want: [['今日', '2023-11-12']] },
  {
    name: 'yesterday',
    text: '昨天下午,座谈会召开',
    want: [['昨天下午', '2023-11-11', undefined, { part: 'afternoon' }]],
  },
  { name: '昨日', text: '昨日,省政府与集团签署协议', pub: '2014-07-22T00:00+08:00', want: [['昨日', '2014-07-21']] },
  {
    name: 'day before yesterday',
    text: '前天下午由香港抵达澳门',
    pub: '2011-04-18',
    want: [['前天下午', '2011-04-16', undefined, { part: 'afternoon' }]],
  },
  { name: '前日', text: '代表团前日下午抵达', pub: '2011-04-18', want: [['前日下午', '2011-04-16']] },
  {
    name: 'tomorrow is in the future',
    text: '行政长官明天前往深圳',
    want: [['明天', '2023-11-13', undefined, { implied: true }]],
  },
  {
    name: '明日 with part',
    text: '将于明日下午出发',
    want: [['明日下午', '2023-11-13', undefined, { part: 'afternoon' }]],
  },
  { name: 'tonight', text: '今晚举行欢迎宴会', want: [['今晚', '2023-11-12', undefined, { part: 'evening' }]] },
  { name: 'last night', text: '昨晚,双方举行会谈', want: [['昨晚', '2023-11-11', undefined, { part: 'evening' }]] },
  { name: 'this morning', text: '今晨抵达', want: [['今晨', '2023-11-12', undefined, { part: 'morning' }]] },
  {
    name: '昨日傍晚',
    text: '于昨日傍晚设宴款待',
    pub: '2011-04-18',
    want: [['昨日傍晚', '2011-04-17', undefined, { part: 'evening' }]],
  },
  { name: 'pub without zone', text: '今天开幕', pub: '2023-11-12', want: [['今天', '2023-11-12']] },
  { name: 'pub in UTC keeps its own date', text: '今天开幕', pub: '2023-11-12T23:00Z', want: [['今天', '2023-11-12']] },
  { name: 'month rollover for yesterday', text: '昨天', pub: '2024-03-01', want: [['昨天', '2024-02-29']] },
  { name: 'year rollover for yesterday', text: '昨天', pub: '2024-01-01', want: [['昨天', '2023-12-31']] },
  {
    name: 'overnight wire: tonight in a morning story',
    text: '7月1日至3日,代表团考察。今天晚上,双方会面。',
    pub: '2018-07-02T09:03+08:00',
    want: [
      ['7月1日至3日', '2018-07-01', '2018-07-03'],
      ['今天晚上', '2018-07-01', undefined, { part: 'evening', rule: 'rel-pub-today-overnight' }],
    ],
  },
  {
    name: 'no overnight shift for an evening story',
    text: '7月1日,代表团考察。今天晚上,双方会面。',
    pub: '2018-07-02T21:00+08:00',
    want: [
      ['7月1日', '2018-07-01'],
      ['今天晚上', '2018-07-02'],
    ],
  },
  {
    name: 'invalid reference: only explicit years resolve',
    text: '今天,2023年5月1日,5月2日',
    pub: 'not a date',
    want: [
      ['2023年5月1日', '2023-05-01'],
      ['5月2日', '2023-05-02'],
    ],
  },
]

const CONFIRM: Row[] = [
  {
    name: 'today confirmed',
    text: '据报道,今天(12日)消息',
    want: [['今天(12日)', '2023-11-12', undefined, { rule: 'rel-pub-today+confirmed' }]],
  },
  {
    name: 'today confirmed in Chinese numerals',
    text: '行政长官今日(四月十六日)下午接待',
    pub: '2019-04-16T16:21+08:00',
    want: [['今日(四月十六日)下午', '2019-04-16', undefined, { part: 'afternoon' }]],
  },
  {
    name: 'yesterday confirmed',
    text: '昨日(四月十五日)举办的恳谈会',
    pub: '2019-04-16',
    want: [['昨日(四月十五日)', '2019-04-15']],
  },
  {
    name: 'paren wins when it disagrees',
    text: '今天(11日)上午',
    want: [['今天(11日)上午', '2023-11-11', undefined, { rule: 'confirm-paren-wins', part: 'morning' }]],
  },
  { name: 'full-width paren', text: '今天（12日）', want: [['今天（12日）', '2023-11-12']] },
  { name: 'confirmation with month', text: '昨天(11月11日)', want: [['昨天(11月11日)', '2023-11-11']] },
  { name: 'pinyin paren is not a confirmation', text: '今日(rì)辽宁代表团', want: [['今日', '2023-11-12']] },
  { name: 'weekday after a relative day', text: '今天(星期日)', want: [['今天(星期日)', '2023-11-12']] },
]

const NARRATIVE: Row[] = [
  {
    name: 'same day',
    text: '10月17日下午,代表团抵达浙江,当天召开座谈会。',
    want: [
      ['10月17日下午', '2023-10-17'],
      ['当天', '2023-10-17', undefined, { implied: true, rule: 'rel-narrative-same-day' }],
    ],
  },
  {
    name: '当日',
    text: '5月8日,代表团到达。当日下午举行座谈。',
    want: [
      ['5月8日', '2023-05-08'],
      ['当日下午', '2023-05-08', undefined, { part: 'afternoon' }],
    ],
  },
  {
    name: '同日',
    text: '9月12日,副司长抵达广州,同日下午前往澳门。',
    want: [
      ['9月12日', '2023-09-12'],
      ['同日下午', '2023-09-12', undefined, { part: 'afternoon' }],
    ],
  },
  {
    name: '隔天',
    text: '10月16日,召开座谈会。隔天,召开推介会。',
    want: [
      ['10月16日', '2023-10-16'],
      ['隔天', '2023-10-17', undefined, { implied: true, rule: 'rel-narrative-next-day' }],
    ],
  },
  {
    name: '次日',
    text: '3月22日抵达宜宾,次日赴自贡。',
    want: [
      ['3月22日', '2023-03-22'],
      ['次日', '2023-03-23'],
    ],
  },
  {
    name: '第二天',
    text: '6月30日,代表团抵达。第二天上午,参观园区。',
    want: [
      ['6月30日', '2023-06-30'],
      ['第二天上午', '2023-07-01', undefined, { part: 'morning' }],
    ],
  },
  {
    name: '翌日',
    text: '1月31日到达,翌日离开',
    want: [
      ['1月31日', '2023-01-31'],
      ['翌日', '2023-02-01'],
    ],
  },
  {
    name: '当晚',
    text: '5月8日,双方签约。当晚,两地举行联谊会。',
    want: [
      ['5月8日', '2023-05-08'],
      ['当晚', '2023-05-08', undefined, { part: 'evening', rule: 'rel-narrative-same-evening' }],
    ],
  },
  {
    name: '前一天',
    text: '8月20日开幕,前一天举行了预备会',
    want: [
      ['8月20日', '2023-08-20'],
      ['前一天', '2023-08-19'],
    ],
  },
  {
    name: 'chain of next days',
    text: '10月16日在上海。隔天在杭州。次日在南京。',
    want: [
      ['10月16日', '2023-10-16'],
      ['隔天', '2023-10-17'],
      ['次日', '2023-10-18'],
    ],
  },
  {
    name: 'same day after yesterday',
    text: '昨天,代表团抵达。当天下午举行座谈。',
    want: [
      ['昨天', '2023-11-11'],
      ['当天下午', '2023-11-11', undefined, { part: 'afternoon' }],
    ],
  },
  {
    name: 'part alone attaches to the narrative',
    text: '9月9日,签约仪式举行。上午,考察项目。下午,召开座谈会。',
    want: [
      ['9月9日', '2023-09-09'],
      ['上午', '2023-09-09', undefined, { part: 'morning', rule: 'rel-narrative-part' }],
      ['下午', '2023-09-09', undefined, { part: 'afternoon' }],
    ],
  },
  {
    name: 'part alone after today',
    text: '今天上午,代表团抵浙。下午,两省召开交流会。',
    want: [
      ['今天上午', '2023-11-12', undefined, { part: 'morning' }],
      ['下午', '2023-11-12', undefined, { part: 'afternoon' }],
    ],
  },
  { name: 'part alone with no date is nothing', text: '下午,召开座谈会。', want: [] },
  {
    name: 'same day with no date falls back to today',
    text: '当天,双方签约。',
    want: [['当天', '2023-11-12', undefined, { rule: 'rel-narrative-same-day-fallback' }]],
  },
  {
    name: 'same day after a window stays a window',
    text: '日前,双方签约。当天还举行了座谈。',
    want: [
      ['日前', '2023-10-29', '2023-11-12', { approx: true }],
      ['当天', '2023-10-29', '2023-11-12', { approx: true }],
    ],
  },
  { name: '会后 is not a date', text: '11月3日举行座谈会。会后,双方签署协议。', want: [['11月3日', '2023-11-03']] },
  {
    name: 'narrative uses the latest date',
    text: '10月16日到上海,10月18日到南京,当天召开座谈会。',
    want: [
      ['10月16日', '2023-10-16'],
      ['10月18日', '2023-10-18'],
      ['当天', '2023-10-18'],
    ],
  },
  {
    name: 'two days later',
    text: '5月3日开幕,两天后闭幕',
    want: [
      ['5月3日', '2023-05-03'],
      ['两天后', '2023-05-05', undefined, { implied: true }],
    ],
  },
  { name: 'days ago from the reference', text: '3天前,代表团抵达', want: [['3天前', '2023-11-09']] },
  {
    name: 'a month ago as a window around the narrative day',
    text: '12月14日,座谈会召开。1个月前,省长曾率团赴黑龙江。',
    pub: '2017-12-17',
    want: [
      ['12月14日', '2017-12-14'],
      ['1个月前', '2017-11-07', '2017-11-21', { approx: true }],
    ],
  },
  {
    name: 'ago window does not move the narrative month',
    text: '12月14日,座谈会召开。1个月前曾来访。在14日下午的会上',
    pub: '2017-12-17',
    want: [
      ['12月14日', '2017-12-14'],
      ['1个月前', '2017-11-07', '2017-11-21'],
      ['14日下午', '2017-12-14'],
    ],
  },
  {
    name: 'third day',
    text: '4月7日抵达。第三天,考察结束。',
    want: [
      ['4月7日', '2023-04-07'],
      ['第三天', '2023-04-09'],
    ],
  },
  { name: '当天 in 当天往返 is no date', text: '5月6日当天往返', want: [['5月6日', '2023-05-06']] },
  {
    name: 'narrative follows a plan into the future',
    text: '将于11月20日举行签约仪式,当天还将召开推介会',
    want: [
      ['11月20日', '2023-11-20'],
      ['当天', '2023-11-20'],
    ],
  },
]

const DATELINES: Row[] = [
  {
    name: 'paper dateline beats the page date',
    text: '浙江日报杭州9月16日讯(记者 金波)今天上午,代表团抵浙。',
    pub: '2011-09-17T00:00+08:00',
    want: [
      ['9月16日讯', '2011-09-16', undefined, { rule: 'dateline' }],
      ['今天上午', '2011-09-16', undefined, { part: 'morning' }],
    ],
  },
  {
    name: 'wire dateline',
    text: '新华社北京4月19日电 昨天,会议在京召开。',
    pub: '2010-04-20',
    want: [
      ['4月19日电', '2010-04-19'],
      ['昨天', '2010-04-18'],
    ],
  },
  {
    name: 'dateline with year',
    text: '新华社北京2010年4月19日电 今天',
    pub: '2010-04-20',
    want: [
      ['2010年4月19日电', '2010-04-19'],
      ['今天', '2010-04-19'],
    ],
  },
  {
    name: 'dateline in the month before publication',
    text: '本报杭州5月31日讯 今天,省委召开会议',
    pub: '2023-06-02',
    want: [
      ['5月31日讯', '2023-05-31'],
      ['今天', '2023-05-31'],
    ],
  },
  {
    name: 'dateline restated by a repost months later still anchors today',
    text: '中新网广州4月11日电 今天,两省签约',
    pub: '2023-08-20',
    want: [
      ['4月11日电', '2023-04-11'],
      ['今天', '2023-04-11'],
    ],
  },
  {
    name: 'dateline after publication is ignored as an anchor',
    text: '新华社北京4月25日电 今天,会议召开',
    pub: '2023-04-20',
    want: [
      ['4月25日电', '2023-04-25'],
      ['今天', '2023-04-20'],
    ],
  },
  {
    name: 'reporter dateline',
    text: '本报讯(记者 李明) 9月16日 今天上午,代表团抵达。',
    pub: '2011-09-17',
    want: [
      ['9月16日', '2011-09-16', undefined, { rule: 'dateline-reporter' }],
      ['今天上午', '2011-09-16'],
    ],
  },
  {
    name: 'reporter line followed by a comma is the lead date',
    text: '本报讯(记者 王明) 5月10日,代表团抵达。今天,返程。',
    pub: '2014-05-12',
    want: [
      ['5月10日', '2014-05-10', undefined, { rule: 'abs-md' }],
      ['今天', '2014-05-12'],
    ],
  },
  {
    name: 'no dateline: 本报讯 without a day',
    text: '【本报讯】代表团前日下午抵达澳门,昨天下午举行座谈。',
    pub: '2011-04-18',
    want: [
      ['前日下午', '2011-04-16'],
      ['昨天下午', '2011-04-17'],
    ],
  },
  {
    name: 'dateline deep in the text is only a date',
    text: `${'。'.repeat(1300)}新华社北京4月19日电 今天`,
    pub: '2010-04-20',
    want: [
      ['4月19日电', '2010-04-19', undefined, { rule: 'abs-md' }],
      ['今天', '2010-04-20'],
    ],
  },
  {
    name: 'recent window ends on the dateline day',
    text: '新华社北京4月19日电 日前,两省签署协议。',
    pub: '2010-04-21',
    want: [
      ['4月19日电', '2010-04-19'],
      ['日前', '2010-04-05', '2010-04-19', { approx: true }],
    ],
  },
]

const VAGUE: Row[] = [
  {
    name: '日前 window',
    text: '日前,双方签署合作协议。',
    want: [['日前', '2023-10-29', '2023-11-12', { approx: true, grain: 'window', implied: true }]],
  },
  {
    name: '近日 window',
    text: '近日,保定市政府与铁门关市签约。',
    pub: '2022-05-10T00:00+08:00',
    want: [['近日', '2022-04-26', '2022-05-10', { approx: true }]],
  },
  {
    name: '近期',
    text: '近期,省领导率团遍访多个省份。',
    want: [['近期', '2023-10-29', '2023-11-12', { approx: true }]],
  },
  {
    name: 'window bounded by the narrative',
    text: '11月8日,代表团抵达广东。日前,座谈会在广州召开。',
    want: [
      ['11月8日', '2023-11-08'],
      ['日前', '2023-11-08', '2023-11-12', { approx: true, rule: 'vague-recent-narrative' }],
    ],
  },
  {
    name: 'window ignores an old narrative date',
    text: '9月7日,会议召开。日前,双方签约。',
    want: [
      ['9月7日', '2023-09-07'],
      ['日前', '2023-10-29', '2023-11-12'],
    ],
  },
  {
    name: '近期将 is the near future',
    text: '企业家表示,近期将来吉考察',
    want: [['近期', '2023-11-12', '2023-11-26', { approx: true, rule: 'vague-soon' }]],
  },
  {
    name: 'month end',
    text: '10月底,中央召开会议',
    want: [['10月底', '2023-10-21', '2023-10-31', { approx: true, grain: 'window' }]],
  },
  {
    name: 'month start',
    text: '4月初以来,各省陆续行动',
    want: [['4月初', '2023-04-01', '2023-04-10', { approx: true }]],
  },
  {
    name: 'early, mid, late thirds',
    text: '3月上旬、5月中旬和8月下旬',
    want: [
      ['3月上旬', '2023-03-01', '2023-03-10'],
      ['5月中旬', '2023-05-11', '2023-05-20'],
      ['8月下旬', '2023-08-21', '2023-08-31'],
    ],
  },
  { name: 'February late third', text: '2024年2月下旬', want: [['2024年2月下旬', '2024-02-21', '2024-02-29']] },
  {
    name: 'this month to date',
    text: '本月,代表团先后赴京津考察。',
    want: [['本月', '2023-11-01', '2023-11-12', { approx: true, grain: 'window' }]],
  },
  { name: '这个月', text: '这个月已有三批代表团来访', want: [['这个月', '2023-11-01', '2023-11-12']] },
  { name: 'last month', text: '上月,两省签署了协议', want: [['上月', '2023-10-01', '2023-10-31', { grain: 'month' }]] },
  { name: '上个月底', text: '上个月底', want: [['上个月底', '2023-10-21', '2023-10-31', { approx: true }]] },
  {
    name: 'bare month end follows the narrative month',
    text: '9月5日启动,月底完成',
    want: [
      ['9月5日', '2023-09-05'],
      ['月底', '2023-09-21', '2023-09-30'],
    ],
  },
  { name: 'year end', text: '年底前完成签约', want: [['年底', '2023-12-01', '2023-12-31', { approx: true }]] },
  { name: 'last year end', text: '去年底,两地签署框架协议', want: [['去年底', '2022-12-01', '2022-12-31']] },
  {
    name: 'this year',
    text: '今年是十四五规划的关键之年',
    want: [['今年', '2023-01-01', '2023-12-31', { grain: 'year' }]],
  },
  { name: 'last year', text: '去年,两地开展对口协作', want: [['去年', '2022-01-01', '2022-12-31', { grain: 'year' }]] },
  { name: 'last year with a day', text: '去年10月19日,双方会谈', want: [['去年10月19日', '2022-10-19']] },
  { name: 'this year month', text: '今年3月,代表团来访', want: [['今年3月', '2023-03-01', '2023-03-31']] },
  { name: 'last week', text: '上周,双方举行视频会议', want: [['上周', '2023-10-30', '2023-11-05', { approx: true }]] },
  { name: 'last Friday', text: '上周五,双方签约', want: [['上周五', '2023-11-03']] },
  { name: 'bare weekday', text: '周二,代表团抵达', want: [['周二', '2023-11-07']] },
  { name: 'office hours are no date', text: '周一至周五开放', want: [] },
]

const YEARS: Row[] = [
  {
    name: 'a month after the publication month is last year',
    text: '12月28日,双方签约',
    pub: '2024-01-05',
    want: [['12月28日', '2023-12-28', undefined, { rule: 'abs-md+year-previous' }]],
  },
  { name: 'repost a year later', text: '11月2日,代表团抵达广州', pub: '2021-08-16', want: [['11月2日', '2020-11-02']] },
  { name: 'same month later day stays this year', text: '11月20日', want: [['11月20日', '2023-11-20']] },
  {
    name: 'a plan keeps its future year',
    text: '拟于12月初举办招商签约活动',
    pub: '2022-08-26',
    want: [['12月初', '2022-12-01', '2022-12-10']],
  },
  {
    name: 'a deadline keeps its future year',
    text: '请在11月25日前报送材料',
    pub: '2022-08-26',
    want: [['11月25日', '2022-11-25']],
  },
  {
    name: 'narrative year carries forward',
    text: '2022年3月,双方会谈。5月,签署协议。',
    want: [
      ['2022年3月', '2022-03-01', '2022-03-31'],
      ['5月', '2022-05-01', '2022-05-31'],
    ],
  },
  {
    name: 'narrative year carries to a day',
    text: '2016年9月9日,集团签约。9月10日,返程。',
    want: [
      ['2016年9月9日', '2016-09-09'],
      ['9月10日', '2016-09-10'],
    ],
  },
  {
    name: 'year rollover inside a narrative',
    text: '2023年12月28日启程,1月3日返回。',
    pub: '2024-01-05',
    want: [
      ['2023年12月28日', '2023-12-28'],
      ['1月3日', '2024-01-03', undefined, { rule: 'abs-md+year-rollover' }],
    ],
  },
  {
    name: 'a year alone does not carry',
    text: '早在2016年便设立了联络处。4月15日,举行恳谈会。',
    pub: '2019-04-16',
    want: [
      ['2016年', '2016-01-01', '2016-12-31'],
      ['4月15日', '2019-04-15'],
    ],
  },
  {
    name: 'inferred year does not carry',
    text: '12月28日启程,1月3日返回。',
    pub: '2024-01-05',
    want: [
      ['12月28日', '2023-12-28'],
      ['1月3日', '2024-01-03'],
    ],
  },
  { name: 'February 29 in a leap year', text: '2月29日', pub: '2024-03-10', want: [['2月29日', '2024-02-29']] },
  { name: 'February 29 in a common year is no date', text: '2月29日', pub: '2023-03-10', want: [] },
  {
    name: 'a carried year that would be future falls back',
    text: '2023年1月3日开会。11月20日再会。',
    pub: '2023-01-05',
    want: [
      ['2023年1月3日', '2023-01-03'],
      ['11月20日', '2022-11-20'],
    ],
  },
]

const MUST_NOT: Row[] = [
  { name: 'a counter', text: '30896', want: [] },
  { name: 'money', text: '投资1.5亿元', want: [] },
  { name: 'a tour', text: '推出3日游线路', want: [] },
  { name: 'an edition', text: '第19届博览会', want: [] },
  { name: 'within days', text: '7日内完成审批', want: [] },
  { name: '5G', text: '5G基站建设', want: [] },
  { name: '24 hours', text: '24小时服务', want: [] },
  { name: 'a phone number', text: '联系电话:0571-88886666', want: [] },
  { name: 'a mobile number', text: '手机13912345678', want: [] },
  { name: 'a percentage', text: '增长12.5%', want: [] },
  { name: 'yen', text: '价格为100日元', want: [] },
  { name: 'daily average', text: '5日均线', want: [] },
  { name: 'every month', text: '每月15日发放', want: [] },
  { name: 'ordinal day', text: '第3日', want: [] },
  { name: 'duration with 为期', text: '为期5日的考察', want: [] },
  { name: 'since days', text: '7日以来', want: [] },
  { name: 'months count', text: '3个月的时间', want: [] },
  { name: 'a bright tomorrow', text: '共创美好的明天', want: [] },
  { name: 'a newspaper name', text: '今日头条报道', want: [] },
  { name: 'festival eve', text: '节日前夕', want: [] },
  { name: 'three days before is not 日前', text: '截至3日前', want: [['3日', '2023-11-03']] },
  { name: 'a former Japanese premier', text: '前日本首相访华', want: [] },
  { name: 'a ratio', text: '比分3-5', want: [] },
  { name: 'a version number', text: 'v2023.11', want: [] },
  { name: 'a long number with dashes', text: '编号2023-11-1234', want: [] },
  { name: 'a 1990s decade', text: '上世纪90年代', want: [] },
  { name: 'a year outside news range', text: '公元1368年', want: [] },
  { name: 'the month 13', text: '13月5日', want: [] },
  { name: 'day 32', text: '5月32日', want: [] },
  { name: 'a numbered line', text: '1号文件', want: [] },
  { name: 'days count with 个', text: '一个星期', want: [] },
  { name: 'a surname 周', text: '周一鸣主持会议', want: [] },
  { name: 'each week', text: '每周三开放', want: [] },
  { name: 'natural gas', text: '第二天然气田', want: [] },
  { name: 'plain prose', text: '双方表示将进一步深化合作,实现互利共赢。', want: [] },
]

const MORE: Row[] = [
  {
    name: 'Taiwan-style numbered yesterday',
    text: '行政院长昨(16)日下午视察港区',
    pub: '2023-11-17',
    want: [
      [
        '昨(16)日下午',
        '2023-11-16',
        undefined,
        { part: 'afternoon', implied: false, rule: 'rel-pub-numbered+confirmed' },
      ],
    ],
  },
  {
    name: 'Taiwan-style numbered today disagreeing',
    text: '今(18)日上午',
    pub: '2023-11-17',
    want: [['今(18)日上午', '2023-11-18', undefined, { rule: 'confirm-paren-wins' }]],
  },
  {
    name: 'ordinal days count from the trip start',
    text: '7月3日至6日,代表团考察。第一天,参观;第二天,座谈;第三天,签约。',
    want: [
      ['7月3日至6日', '2023-07-03', '2023-07-06'],
      ['第一天', '2023-07-03'],
      ['第二天', '2023-07-04'],
      ['第三天', '2023-07-05'],
    ],
  },
  {
    name: 'a new date ends an ordinal run',
    text: '10月16日抵沪,第二天座谈。10月20日抵杭,第二天签约。',
    want: [
      ['10月16日', '2023-10-16'],
      ['第二天', '2023-10-17'],
      ['10月20日', '2023-10-20'],
      ['第二天', '2023-10-21'],
    ],
  },
  {
    name: 'first day of a trip',
    text: '7月3日至6日,代表团考察。第一天,参观园区;第二天,召开座谈会。',
    want: [
      ['7月3日至6日', '2023-07-03', '2023-07-06'],
      ['第一天', '2023-07-03'],
      ['第二天', '2023-07-04'],
    ],
  },
  {
    name: 'a bare day ahead of today after a narrative date stays ahead',
    text: '16日抵达,18日离开',
    pub: '2023-10-17',
    want: [
      ['16日', '2023-10-16'],
      ['18日', '2023-10-18'],
    ],
  },
  {
    name: "a bare day ahead of today in today's month is last month",
    text: '发布时间:2023-11-01 09:00\n30日,代表团抵达',
    pub: '2023-11-01T09:00+08:00',
    want: [
      ['2023-11-01 09:00', '2023-11-01', undefined, { part: 'morning' }],
      ['30日', '2023-10-30'],
    ],
  },
  {
    name: 'a planned bare day ahead stays in this month',
    text: '11月1日消息,代表团将于30日抵达',
    pub: '2023-11-01',
    want: [
      ['11月1日', '2023-11-01'],
      ['30日', '2023-11-30'],
    ],
  },
  { name: 'a day of last month', text: '上月28日,双方签约', pub: '2024-01-05', want: [['上月28日', '2023-12-28']] },
  { name: 'a day of this month', text: '本月5日召开', want: [['本月5日', '2023-11-05', undefined, { grain: 'day' }]] },
  { name: 'a prefixed weekday before a range connector', text: '本周三至周五', want: [['本周三', '2023-11-08']] },
  {
    name: 'a date before 将 is a plan and keeps its year',
    text: '推介会12月5日将在广州召开',
    want: [['12月5日', '2023-12-05']],
  },
  {
    name: 'a clock after a weekday after a date',
    text: '2023年11月12日 星期日 21:33',
    want: [['2023年11月12日 星期日 21:33', '2023-11-12', undefined, { part: 'evening' }]],
  },
  {
    name: 'same year with a month',
    text: '2019年3月,两地签署协议;同年5月,代表团回访。',
    want: [
      ['2019年3月', '2019-03-01', '2019-03-31'],
      ['同年5月', '2019-05-01', '2019-05-31'],
    ],
  },
  {
    name: 'the following year with a day',
    text: '2019年3月签约,次年6月12日投产。',
    want: [
      ['2019年3月', '2019-03-01', '2019-03-31'],
      ['次年6月12日', '2020-06-12'],
    ],
  },
  {
    name: 'start of a stated year',
    text: '2024年初,两省启动合作',
    want: [['2024年初', '2024-01-01', '2024-01-31', { approx: true }]],
  },
  {
    name: 'end of a stated year',
    text: '2022年底完成',
    want: [['2022年底', '2022-12-01', '2022-12-31', { approx: true }]],
  },
  {
    name: 'a confirmed relative day is stated',
    text: '昨天(11日)下午',
    want: [['昨天(11日)下午', '2023-11-11', undefined, { implied: false, part: 'afternoon' }]],
  },
  {
    name: 'Chinese bare day after 于',
    text: '十月十六日抵达,并于十七日在杭州召开座谈会',
    want: [
      ['十月十六日', '2023-10-16'],
      ['十七日', '2023-10-17'],
    ],
  },
  {
    name: 'an explicit year does not carry into the next paragraph',
    text: '早在2016年6月,两地签署协议。\n11月10日,代表团抵达。',
    want: [
      ['2016年6月', '2016-06-01', '2016-06-30'],
      ['11月10日', '2023-11-10'],
    ],
  },
  {
    name: 'a page-date line does not carry its year',
    text: '2021-08-16 来源:网\n11月2日,代表团抵达广州',
    pub: '2021-08-16',
    want: [
      ['2021-08-16', '2021-08-16'],
      ['11月2日', '2020-11-02'],
    ],
  },
  {
    name: 'a plan for a past month is next year',
    text: '拟于1月中旬举办推介会',
    pub: '2023-12-20',
    want: [['1月中旬', '2024-01-11', '2024-01-20', { rule: 'abs-m-part+year-next' }]],
  },
  {
    name: 'Spring Festival period',
    text: '春节期间,省领导走访慰问',
    pub: '2024-02-20',
    want: [['春节期间', '2024-02-09', '2024-02-16', { approx: true, rule: 'holiday-period' }]],
  },
  {
    name: 'Mid-Autumn Festival: lunar 8/15, by the chinese calendar',
    text: '中秋节当天,代表团抵达',
    pub: '2024-10-08',
    want: [['中秋节当天', '2024-09-17']],
  },
  {
    name: 'Dragon Boat Festival holiday: lunar 5/5 and the two days after',
    text: '端午假期,游客大增',
    pub: '2023-07-01',
    want: [['端午假期', '2023-06-22', '2023-06-24', { approx: true, rule: 'holiday-period' }]],
  },
  {
    name: 'a lunar holiday after today is last year',
    text: '中秋节当天举行联欢',
    pub: '2024-03-01',
    want: [['中秋节当天', '2023-09-29']],
  },
  {
    name: 'New Year eve with evening',
    text: '除夕夜,书记到车站慰问',
    pub: '2023-02-01',
    want: [['除夕夜', '2023-01-21', undefined, { part: 'evening' }]],
  },
  {
    name: 'National Day holiday week',
    text: '国庆假期,游客大增',
    pub: '2023-10-09',
    want: [['国庆假期', '2023-10-01', '2023-10-07']],
  },
  {
    name: 'a holiday after today is last year',
    text: '国庆节当天举行升旗仪式',
    pub: '2023-05-09',
    want: [['国庆节当天', '2022-10-01']],
  },
  {
    name: 'eve of a holiday',
    text: '元旦前夕,市长走访企业',
    pub: '2024-01-03',
    want: [['元旦前夕', '2023-12-25', '2023-12-31', { approx: true }]],
  },
  {
    name: 'a planned holiday stays ahead',
    text: '将于春节前夕举行',
    pub: '2023-12-20',
    want: [['春节前夕', '2024-02-03', '2024-02-09']],
  },
  { name: 'streets named after holidays are no dates', text: '五一广场和国庆路', want: [] },
  {
    name: 'wire dateline with a bare day',
    text: '新华社北京16日电 今天上午,代表团抵达。',
    pub: '2011-09-17T08:00+08:00',
    want: [
      ['16日电', '2011-09-16', undefined, { rule: 'dateline' }],
      ['今天上午', '2011-09-16'],
    ],
  },
  {
    name: 'bare-day dateline later than the page day is last month',
    text: '新华社北京30日电 昨天,会议召开。',
    pub: '2011-10-01',
    want: [
      ['30日电', '2011-09-30'],
      ['昨天', '2011-09-29'],
    ],
  },
  {
    name: 'weekday after a date without parentheses',
    text: '2019年4月16日 星期二 香港时间',
    want: [['2019年4月16日 星期二', '2019-04-16']],
  },
]

describe('resolveTimes', () => {
  for (const [group, rows] of Object.entries({
    ABSOLUTE,
    CHINESE,
    RANGES,
    PUB_RELATIVE,
    CONFIRM,
    NARRATIVE,
    DATELINES,
    VAGUE,
    YEARS,
    MUST_NOT,
    MORE,
  })) {
    describe(group, () => {
      for (const row of rows) it(row.name, () => run(row))
    })
  }

  it('has at least 150 table rows', () => {
    const n =
      ABSOLUTE.length +
      CHINESE.length +
      RANGES.length +
      PUB_RELATIVE.length +
      CONFIRM.length +
      NARRATIVE.length +
      DATELINES.length +
      VAGUE.length +
      YEARS.length +
      MUST_NOT.length +
      MORE.length
    expect(n).toBeGreaterThanOrEqual(150)
  })

  it('returns mentions in text order, non-overlapping', () => {
    const text = '2023年10月16日,代表团抵沪。隔天,召开座谈会。10月17日下午抵达浙江,当天召开会议。日前,双方签约。'
    const got = resolveTimes(text, { published: PUB })
    for (let i = 1; i < got.length; i++) expect(got[i]!.start).toBeGreaterThanOrEqual(got[i - 1]!.end)
    expect(got.map((m) => m.kind)).toEqual(got.map(() => 'time'))
  })
})
