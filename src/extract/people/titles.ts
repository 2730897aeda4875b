// Title lexicon: the roles that introduce a person's name, with the level of region each belongs to.

/**
 * The level of region a title belongs to: its first character (省/市/县…) says where a bare title points;
 * `sar` titles belong to Hong Kong or Macau; `company` and `generic` titles carry no region of their own.
 */
export type TitleLevel = 'province' | 'city' | 'county' | 'sar' | 'company' | 'generic'

const PROVINCE = [
  '省委书记',
  '省委副书记',
  '省委常委',
  '省委秘书长',
  '省长',
  '代省长',
  '副省长',
  '常务副省长',
  '省人大常委会主任',
  '省人大常委会副主任',
  '省人大常委会党组书记',
  '省政协主席',
  '省政协副主席',
  '省政协党组书记',
  '省政府秘书长',
  '省政府副秘书长',
  '省政府党组成员',
  '省纪委书记',
  '省委组织部部长',
  '省委宣传部部长',
  '省委统战部部长',
  '省领导',
  '自治区党委书记',
  '自治区党委副书记',
  '自治区党委常委',
  '自治区主席',
  '自治区副主席',
  '自治区常务副主席',
  '自治区政协主席',
  '自治区人大常委会主任',
  '自治区领导',
]

const CITY = [
  '市委书记',
  '市委副书记',
  '市委常委',
  '市委秘书长',
  '市长',
  '代市长',
  '副市长',
  '常务副市长',
  '市人大常委会主任',
  '市人大常委会副主任',
  '市政协主席',
  '市政协副主席',
  '市政府秘书长',
  '市政府副秘书长',
  '市政府党组成员',
  '市领导',
  '州委书记',
  '州委副书记',
  '州委常委',
  '州长',
  '副州长',
  '州政协主席',
  '盟委书记',
  '盟长',
  '副盟长',
]

const COUNTY = [
  '县委书记',
  '县委副书记',
  '县委常委',
  '县长',
  '副县长',
  '县领导',
  '区委书记',
  '区委副书记',
  '区委常委',
  '区长',
  '副区长',
  '区领导',
  '旗委书记',
  '旗长',
  '副旗长',
]

const SAR = ['行政长官', '特首', '政务司司长', '政务司副司长', '财政司司长', '财政司副司长', '律政司司长', '特区政府']

const COMPANY = [
  '董事长',
  '副董事长',
  '轮值董事长',
  '总经理',
  '副总经理',
  '总裁',
  '副总裁',
  '党组书记',
  '党组副书记',
  '党组成员',
  '监事会主席',
  '首席执行官',
  '创始人',
  '总工程师',
  '总会计师',
]

const GENERIC = [
  '党委书记',
  '党委副书记',
  '党委常委',
  '书记',
  '副书记',
  '主席',
  '副主席',
  '主任',
  '副主任',
  '常务副主任',
  '秘书长',
  '副秘书长',
  '局长',
  '副局长',
  '厅长',
  '副厅长',
  '部长',
  '副部长',
  '团长',
  '副团长',
  '组长',
  '副组长',
  '会长',
  '副会长',
  '理事长',
  '副理事长',
  '总指挥',
  '副总指挥',
  '校长',
  '院长',
  '司长',
  '副司长',
  '委员',
  '一级巡视员',
  '巡视员',
  '中央政治局委员',
  '政治局委员',
  '国务委员',
  '总理',
  '副总理',
]

export interface Title {
  readonly text: string
  readonly level: TitleLevel
}

export const TITLES: readonly Title[] = [
  ...PROVINCE.map((text) => ({ text, level: 'province' as const })),
  ...CITY.map((text) => ({ text, level: 'city' as const })),
  ...COUNTY.map((text) => ({ text, level: 'county' as const })),
  ...SAR.map((text) => ({ text, level: 'sar' as const })),
  ...COMPANY.map((text) => ({ text, level: 'company' as const })),
  ...GENERIC.map((text) => ({ text, level: 'generic' as const })),
]

/** Words that lead a person as the head of a group: 率领, 带领, 率队 … (for delegation leaders). */
export const LEAD_VERBS = ['率领', '带领', '率队', '率团', '带队', '为团长', '为副团长', '任团长', '担任团长', '率']

/** Frequent surnames (single and double); a name after a title starts with one of these. */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胡强巴权',
])

export const DOUBLE_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '司徒',
  '夏侯',
  '尉迟',
  '长孙',
]
