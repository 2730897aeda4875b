// Agreements: the titles of what is signed (《…协议》, 战略合作框架协议, “1+8”合作协议) and who signs them (A与B签署).
import { parseCount } from '../time/numerals.ts'

const AGREEMENT_END = '协议书|合作协议|框架协议|协议|协定|备忘录|合同书|合同|意向书|意向协议'
const BRACKETED = new RegExp(`《([^《》]{2,60}?(?:${AGREEMENT_END}))》`, 'g')
const AGREEMENT_NOUN = new RegExp(`(?:${AGREEMENT_END})`)

export interface AgreementTitle {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly title: string
}

/** A title as the scorer should read it: the page's lost "+" in “1 8” restored, spaces dropped. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/(\d)\s+(\d)/g, '$1+$2')
    .replace(/\s+/g, '')
    .trim()
}

/** Whether a title names a signed agreement (an 意向书 or a plan is no agreement). */
export function isAgreement(title: string): boolean {
  return AGREEMENT_NOUN.test(title) && !/意向书$|意向协议$/.test(title)
}

/** 《…》 titles that end in an agreement noun. */
export function bracketedAgreements(text: string, from = 0, to = text.length): AgreementTitle[] {
  const out: AgreementTitle[] = []
  const slice = text.slice(from, to)
  BRACKETED.lastIndex = 0
  for (let m = BRACKETED.exec(slice); m !== null; m = BRACKETED.exec(slice)) {
    const start = from + m.index
    out.push({ text: m[0], start, end: start + m[0].length, title: cleanTitle(m[1] ?? '') })
  }
  return out
}

const COUNT = /(?:共|了)?([一两二三四五六七八九十\d]{1,3}|多)[份项个批]/
/** 7, 七, 十五, 两 → the number; 多 (an unknown count) → 0. */
function numberOf(s: string): number {
  if (s === '多') return 0
  const n = /^\d+$/.test(s) ? Number(s) : parseCount(s)
  return Number.isNaN(n) ? 0 : n
}

export interface TitlePhrase {
  readonly title: string
  readonly start: number
  readonly end: number
  /** agreements the phrase counts (签订7个项目的合作协议 → 7); 1 when it names one */
  readonly count: number
  /** the phrase names a kind, not an agreement (合作协议 after a count) */
  readonly counted: boolean
}

/** The unbracketed agreement phrase after a signing verb: 签署战略合作框架协议 → 战略合作框架协议. */
export function phraseAfterVerb(text: string, from: number, limit: number): TitlePhrase | null {
  const slice = text.slice(from, limit)
  const noun = new RegExp(`(?:${AGREEMENT_END})`).exec(slice)
  if (!noun) return null
  const end = noun.index + noun[0].length
  let head = slice.slice(0, end)
  let cut = 0
  const lead = /^([了下的])/.exec(head)
  if (lead) cut = lead[0].length
  head = head.slice(cut)
  if (/[。;!?]/.test(head)) return null
  // a phrase that runs through a clause boundary names no title: read from the last one
  const boundary = head.lastIndexOf(',')
  if (boundary >= 0) {
    head = head.slice(boundary + 1)
    cut += boundary + 1
  }
  // another signing verb inside: that verb has its own phrase
  if (/签署|签订|签约|签下/.test(head)) return null
  const count = COUNT.exec(head)
  let n = 1
  let counted = false
  if (count && count.index < 8) {
    n = numberOf(count[1] ?? '')
    counted = true
    const after = count.index + count[0].length
    head = head.slice(after).replace(/^的/, '')
    cut += after
  }
  return { title: cleanTitle(head), start: from + cut, end: from + end, count: n, counted }
}

/** "A与B" in `span`: the two parties, each trimmed to its last name-like phrase. */
export function partiesOf(phrase: string): string[] {
  let s = phrase.replace(/^[,。、\s]+/, '')
  const represent = s.lastIndexOf('代表')
  if (represent >= 0 && /[与同和]/.test(s.slice(represent))) s = s.slice(represent + 2)
  const m = /^([^与同和跟]*)[与同和跟](.+)$/.exec(s)
  if (!m) return []
  const clean = (x: string): string =>
    x
      .replace(/[,，、;；\s]+$/, '')
      .replace(/^.*[,，、;；]/, '')
      .replace(/^.*见证/, '')
      .replace(/^(?:随后|会上|会后|当天|其间|同时|此外|现场|期间|双方|并)/, '')
      .replace(/(?:局长|主任|董事长|总经理|总裁|书记|省长|市长|县长|主席|副\S{1,4})[\u4e00-\u9fff]{2,4}$/, '')
      .replace(/(?:就|在|围绕|共同|正式|分别|现场|当场|签署|签订|签约).*$/, '')
      .replace(/^(?:由|经)/, '')
      .trim()
  const a = clean(m[1] ?? '')
  const b = clean(m[2] ?? '')
  return [a, b].filter((x) => x.length >= 2 && x.length <= 30)
}

/** "姜锋副省长", "省长王某": a name with a post before or after it (the organisation signs, not its envoy). */
const PERSON =
  /^(?:[\u4e00-\u9fff]{2,3}副?(?:省长|市长|县长|区长|州长|书记|主任|董事长|总经理|总裁|局长|厅长|部长|主席|行长|校长)|副?(?:省长|市长|县长|区长|州长|书记|主任|董事长|总经理|总裁|局长|厅长|部长|主席|行长|校长)[\u4e00-\u9fff]{2,3})$/

export function isPersonLike(party: string): boolean {
  return PERSON.test(party)
}

/** "广东—四川经济社会…协议": two regions joined by a dash before the agreement's topic. */
const DASHED_PARTIES =
  /^([\u4e00-\u9fff]{2,8}?)[—–－·-]([\u4e00-\u9fff]{2,8}?)(?=经济|社会|战略|全面|深化|合作|对口|框架|友好|协同|产业|科技|文化|旅游)/
/** One organisation at the start of a title, up to its kind (人民政府, 集团公司, 大学 …). */
const LEADING_ORG =
  /^[\u4e00-\u9fff（）()]{2,20}?(?:人民政府|政府|集团有限公司|集团公司|股份有限公司|有限责任公司|有限公司|集团|公司|大学|银行|研究院)/
const TOPIC_AFTER = /^(?:经济|社会|战略|全面|深化|合作|对口|框架|友好|协同|产业|科技|文化|旅游|金融)/

/**
 * The parties an agreement's title names at its start: two regions joined by a dash ("广东—四川经济…协议"), or two
 * organisations written one after the other ("陕西省人民政府中国石油化工集团公司战略合作协议").
 */
export function titleParties(title: string): string[] {
  const dashed = DASHED_PARTIES.exec(title)
  if (dashed) return [dashed[1] as string, dashed[2] as string]
  const orgs: string[] = []
  let rest = title
  for (let m = LEADING_ORG.exec(rest); m !== null && orgs.length < 2; m = LEADING_ORG.exec(rest)) {
    orgs.push(m[0])
    rest = rest.slice(m[0].length)
  }
  return orgs.length === 2 && TOPIC_AFTER.test(rest) ? orgs : []
}

/** "A1、A2分别与B1、B2签订": the pairs, in order, when both lists have the same length. */
export function pairedParties(phrase: string): [string, string][] {
  const m = /([^,;。]*?)分别[与同和]([^,;。]*)$/.exec(phrase)
  if (!m) return []
  const left = (m[1] ?? '').replace(/^(?:此外|同时|另外|会上|随后)/, '').split('、')
  const right = (m[2] ?? '').replace(/(?:签订|签署|签约).*$/, '').split('、')
  if (left.length < 2 || left.length !== right.length) return []
  return left.map((a, i) => [a.trim(), (right[i] ?? '').trim()] as [string, string])
}
