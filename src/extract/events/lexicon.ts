// Word lists the event readers match against: trigger verbs and nouns, plan markers, one-character region names.

/** One-character names of provinces and a few cities, as used after a motion verb (来粤, 抵浙, 访港). */
export const REGION_ABBREVIATIONS: Readonly<Record<string, { code: string; name: string }>> = {
  京: { code: '110000', name: '北京市' },
  津: { code: '120000', name: '天津市' },
  冀: { code: '130000', name: '河北省' },
  晋: { code: '140000', name: '山西省' },
  蒙: { code: '150000', name: '内蒙古自治区' },
  辽: { code: '210000', name: '辽宁省' },
  吉: { code: '220000', name: '吉林省' },
  黑: { code: '230000', name: '黑龙江省' },
  龙: { code: '230000', name: '黑龙江省' },
  沪: { code: '310000', name: '上海市' },
  苏: { code: '320000', name: '江苏省' },
  浙: { code: '330000', name: '浙江省' },
  皖: { code: '340000', name: '安徽省' },
  闽: { code: '350000', name: '福建省' },
  赣: { code: '360000', name: '江西省' },
  鲁: { code: '370000', name: '山东省' },
  豫: { code: '410000', name: '河南省' },
  鄂: { code: '420000', name: '湖北省' },
  湘: { code: '430000', name: '湖南省' },
  粤: { code: '440000', name: '广东省' },
  桂: { code: '450000', name: '广西壮族自治区' },
  琼: { code: '460000', name: '海南省' },
  渝: { code: '500000', name: '重庆市' },
  川: { code: '510000', name: '四川省' },
  蜀: { code: '510000', name: '四川省' },
  黔: { code: '520000', name: '贵州省' },
  滇: { code: '530000', name: '云南省' },
  藏: { code: '540000', name: '西藏自治区' },
  陕: { code: '610000', name: '陕西省' },
  秦: { code: '610000', name: '陕西省' },
  甘: { code: '620000', name: '甘肃省' },
  陇: { code: '620000', name: '甘肃省' },
  青: { code: '630000', name: '青海省' },
  宁: { code: '640000', name: '宁夏回族自治区' },
  新: { code: '650000', name: '新疆维吾尔自治区' },
  港: { code: '810000', name: '香港特别行政区' },
  澳: { code: '820000', name: '澳门特别行政区' },
  杭: { code: '330100', name: '杭州市' },
  穗: { code: '440100', name: '广州市' },
  深: { code: '440300', name: '深圳市' },
  榕: { code: '350100', name: '福州市' },
  蓉: { code: '510100', name: '成都市' },
  张: { code: '130700', name: '张家口市' },
  甬: { code: '330200', name: '宁波市' },
  连: { code: '210200', name: '大连市' },
}

/** Motion verbs after which a one-character region name may stand: 来粤, 抵浙, 赴港, 访澳. */
export const ABBREVIATION_VERBS = '来|抵|赴|访|到|莅|在'

/** Visit verbs that take the destination right after them. */
export const VISIT_MOTION = '抵达|到达|飞抵|抵|来到|到访|莅临|赶往|前往|奔赴|赴|访问|出访|走访|遍访|连访|来|到'

/** Visit nouns/verbs that follow the destination (到X学习考察) or stand alone with a place in force. */
export const VISIT_ACTIVITY = '学习考察|考察学习|考察调研|调研考察|实地考察|考察|调研|访问|参观'

/** Plan and wish markers: a trigger after one of these in its clause is no event. */
export const PLAN_MARKERS =
  /还会|也会|回程|返程|返回|明赴|明起|将要|将于|将赴|将在|将会|将与|将同|将前往|将到|即将|拟于|拟赴|拟|计划|准备|打算|希望|期待|期望|欢迎.{0,12}(?:来|到)|邀请|争取|力争|要求|愿意|愿|建议|届时|明天|明日|下一步|未来|(?<![重主需只])要(?![求闻点素])/

/** Meeting nouns (the last characters of a meeting's name). */
export const MEETING_NOUNS =
  '座谈会|交流会|见面会|推介会|恳谈会|洽谈会|对接会|联席会议|协调会|推进会|工作会议|交流座谈会|合作会议|会议|论坛|峰会|博览会'

/** Meeting verbs (a meeting told as an act). */
export const MEETING_VERBS = '会见|会谈|会晤|会面|座谈交流|举行座谈|座谈'

export const SIGN_VERBS = '签署|签订|签约|签下|缔结|草签|共签'
export const AGREEMENT_NOUNS = '协议书|协议|协定|备忘录|合同|意向书|框架协议'

/** What may follow a one-character region name for it to be one (来粤考察, 在杭召开, 抵浙,). */
export const ABBREVIATION_FOLLOW =
  /^(考察|调研|访问|开展|参观|学习|出席|期间|召开|举行|进行|交流|招商|洽谈|工作|表示|之际|会见|会谈|会晤|拜会|接见|座谈|签署|签约|视察|慰问|看望|[,。、;的后时并])/
