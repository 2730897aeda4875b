// Throughput of extract() on a large mixed text and on hostile inputs, as a ratio to jieba's cut of the same text.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { extract } from '../src/extract/index.ts'

export interface BenchRow {
  readonly name: string
  readonly chars: number
  readonly extractMs: number
  readonly baselineMs: number
  /** extract throughput / jieba throughput: 1 means as fast as cutting the words, 0.25 is the target */
  readonly ratio: number
  readonly events: number
}

const PROVINCES = ['吉林省', '广东省', '浙江省', '江苏省', '安徽省', '四川省', '貴州省', '遼寧省', '湖南省', '福建省']
const CITIES = ['深圳', '广州', '杭州', '南京', '合肥', '成都', '贵阳', '大连', '长沙', '厦门']
const TITLES = ['战略合作框架协议', '对口合作协议', '《深化文旅合作备忘录》', '“1+8”合作协议']

/** Prose without events, as most of an article is (written for the benchmark). */
const PROSE = [
  '会议强调，要坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展，更好统筹发展和安全，持续改善民生，保持社会大局稳定。',
  '近年来，两地在产业协作、科技创新、人才交流等领域合作不断深入，一批重点项目相继落地见效，为区域协调发展注入了新的动力。下一步，双方将进一步完善合作机制，拓展合作空间。',
  '專家認為，推動區域協調發展，關鍵在於打通要素流動的堵點，發揮各地比較優勢，形成優勢互補、高質量發展的區域經濟布局，讓改革發展成果更多更公平惠及全體人民。',
  '据统计，今年前三季度全省地区生产总值同比增长5.2%，规模以上工业增加值增长6.1%，社会消费品零售总额增长7.3%，固定资产投资保持平稳增长，主要经济指标好于预期。',
]

/** One paragraph of a mixed page: a tour story one time in five, prose, chrome and spam otherwise. */
function paragraph(i: number): string {
  if (i % 5 !== 0) {
    const chrome = i % 7 === 0 ? '登录注册\n3089\n分享到\n相关阅读\n' : ''
    return `${chrome}${PROSE[i % PROSE.length]}\n`
  }
  const k = i / 5
  const p = PROVINCES[k % PROVINCES.length]
  const c = CITIES[(k * 7) % CITIES.length]
  const m = (k % 12) + 1
  const d = (k % 27) + 1
  const t = TITLES[k % TITLES.length]
  return `${m}月${d}日，${p}党政代表团抵达${c}学习考察，当天召开合作交流座谈会。隔天，双方签署${t}。代表团还实地考察了产业园区，希望进一步深化合作。（記者 王小明）\n`
}

/** The worst case for the event layer: every sentence tells an event. */
function denseText(size: number): string {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < size; i += 5) {
    const p = paragraph(i)
    parts.push(p)
    n += p.length
  }
  return parts.join('')
}

function mixedText(size: number): string {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < size; i++) {
    const p = paragraph(i)
    parts.push(p)
    n += p.length
  }
  return parts.join('')
}

/** The fastest of a few runs (at least `runs`, more while under `minMs`): the machine may be busy. */
function time(fn: () => void, runs: number, minMs = 300): number {
  let best = Number.POSITIVE_INFINITY
  const t0 = performance.now()
  for (let k = 0; k < runs || (performance.now() - t0 < minMs && k < 20); k++) {
    const t = performance.now()
    fn()
    best = Math.min(best, performance.now() - t)
  }
  return best
}

/** Runs every case; returns one row per input. */
export async function benchExtract(): Promise<BenchRow[]> {
  const jieba = Jieba.withDict(dict)
  const ref = { published: '2024-12-31T12:00+08:00' }
  const cases: [string, string][] = [
    ['mixed 1 MB', mixedText(1_000_000)],
    ['10,000 spaces', ' '.repeat(10_000)],
    ['50,000 的', '的'.repeat(50_000)],
    ['5 MB article', mixedText(5_000_000)],
    ['1 MB event-dense', denseText(1_000_000)],
  ]
  // warm both sides up (script tables, regex compilation, the dictionary) before measuring
  const warm = mixedText(300_000)
  for (let k = 0; k < 2; k++) {
    extract(warm, ref)
    jieba.cut(warm, false)
  }
  const rows: BenchRow[] = []
  for (const [name, text] of cases) {
    let events = 0
    const runs = text.length > 2_000_000 ? 1 : 2
    const extractMs = time(() => {
      events = extract(text, ref).events.length
    }, runs)
    const baselineMs = time(() => {
      jieba.cut(text, false)
    }, runs)
    rows.push({
      name,
      chars: text.length,
      extractMs,
      baselineMs,
      ratio: baselineMs / Math.max(extractMs, 0.001),
      events,
    })
  }
  return rows
}

export function formatRows(rows: readonly BenchRow[]): string {
  const head = `${'input'.padEnd(16)}${'chars'.padStart(10)}${'extract ms'.padStart(12)}${'jieba ms'.padStart(10)}${'ratio'.padStart(8)}${'events'.padStart(8)}`
  return [
    head,
    ...rows.map(
      (r) =>
        `${r.name.padEnd(16)}${String(r.chars).padStart(10)}${r.extractMs.toFixed(1).padStart(12)}${r.baselineMs.toFixed(1).padStart(10)}${r.ratio.toFixed(2).padStart(8)}${String(r.events).padStart(8)}`,
    ),
  ].join('\n')
}
