// The article as the sources hand it over: text and metadata, before it is stored. Plus the small text helpers the
// sources share (metadata lines, script detection, dates).
import * as OpenCC from 'opencc-js/t2cn'

export interface ArticleDraft {
  readonly title: string
  readonly body: string
  /** ISO 8601 with zone; absent when the source does not say (the worker then uses its clock) */
  readonly published?: string
  readonly outlet?: string
  readonly byline: readonly string[]
  readonly editor?: string
  /** attribution: 来源 / 资料 / 据…消息 */
  readonly sources: readonly string[]
  readonly url?: string
  readonly script: 'hans' | 'hant'
}

/** An input the sources read: a draft, or the reason it was set aside. */
export type SourceItem =
  | { readonly ok: true; readonly source: string; readonly format: SourceFormat; readonly draft: ArticleDraft }
  | {
      readonly ok: false
      readonly source: string
      readonly format: SourceFormat
      readonly code: string
      readonly reason: string
      readonly payload?: Uint8Array
    }

export type SourceFormat = 'html' | 'feed' | 'jsonl' | 'text'

type Convert = (text: string) => string
let toSimplified: Convert | undefined

/** Traditional to simplified (OpenCC, Hong Kong and Taiwan variants). */
export function simplify(text: string): string {
  toSimplified ??= (() => {
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' })
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' })
    return (t: string) => tw(hk(t))
  })()
  return toSimplified(text)
}

/** Characters common in traditional-script news and absent from simplified text: a cheap test first. */
const TRADITIONAL_HINT =
  /[們個來時會議國東業樂為區廣與團黨領導長縣鄉鎮書記員門開關過話說還這進運選處務發現實體協簽訂貿經濟營灣臺廳華費館陽劉張陳馬鄧蘇鄭錢韓楊趙羅龍觀視聽]/

/** 'hant' when converting to simplified changes more than 3% of the Han characters. */
export function detectScript(text: string): 'hans' | 'hant' {
  const sample = text.slice(0, 4000)
  if (!TRADITIONAL_HINT.test(sample)) return 'hans'
  const simplified = simplify(sample)
  let han = 0
  let changed = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++
      if (simplified[i] !== sample[i]) changed++
    }
  }
  return han > 0 && changed / han > 0.03 ? 'hant' : 'hans'
}

const NAME = String.raw`[\u4e00-\u9fff·]{2,5}`
const NAMES = String.raw`${NAME}(?:[\s、,，/／]+${NAME})*`

/** Names listed after a label, split on spaces and 、. */
function names(list: string): string[] {
  return list
    .split(/[\s、,，/／]+/)
    .map((n) => n.trim())
    .filter((n) => n.length >= 2 && n.length <= 5)
}

export interface Credits {
  byline: string[]
  editor?: string
  sources: string[]
  /** the body with the credit lines taken out */
  body: string
}

const BYLINE_LINE = new RegExp(String.raw`^[（(]?\s*(?:撰文|记者|記者|作者|文)\s*[:：/／|]?\s*(${NAMES})\s*[）)]?$`)
const EDITOR_LINE = new RegExp(
  String.raw`^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯)\s*[:：]\s*(${NAMES})\s*[）)】\]]?$`,
)
const SOURCE_LINE = /^[（(【[]?\s*(?:来源|來源|资料|資料|稿源)\s*[:：]\s*([^\s）)】\]]{2,30})\s*[）)】\]]?$/
const REPORTER_INLINE = new RegExp(String.raw`[（(]\s*(?:记者|記者)\s*(${NAMES})\s*[）)]`)
const JU_XIAOXI = /据\s*([\u4e00-\u9fff]{2,20}?)(?:消息|报道|報道)/

/** Takes byline, editor and attribution lines out of a body and returns them apart. */
export function takeCredits(body: string): Credits {
  const byline: string[] = []
  const sources: string[] = []
  let editor: string | undefined
  const kept: string[] = []
  for (const raw of body.split('\n')) {
    const line = raw.trim()
    const e = EDITOR_LINE.exec(line)
    if (e?.[1]) {
      editor ??= names(e[1])[0]
      continue
    }
    const b = BYLINE_LINE.exec(line)
    if (b?.[1]) {
      byline.push(...names(b[1]))
      continue
    }
    const s = SOURCE_LINE.exec(line)
    if (s?.[1]) {
      sources.push(s[1])
      continue
    }
    kept.push(raw)
  }
  const text = kept.join('\n').trim()
  const inline = REPORTER_INLINE.exec(text.slice(0, 400))
  if (inline?.[1]) byline.push(...names(inline[1]))
  const ju = JU_XIAOXI.exec(text.slice(0, 200))
  if (ju?.[1]) sources.push(ju[1])
  return { byline: [...new Set(byline)], ...(editor ? { editor } : {}), sources: [...new Set(sources)], body: text }
}

const DATE_TIME =
  /((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})\s*[:：时時]\s*(\d{1,2}))?/

/** The first date (and time) written in a header-like text, as ISO 8601 in China time. */
export function findDateTime(text: string): string | undefined {
  const m = DATE_TIME.exec(text)
  if (!m) return undefined
  const [, y, mo, d, h, mi] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined
  const pad = (n: string | undefined, width = 2) => (n ?? '0').padStart(width, '0')
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h ?? '00')}:${pad(mi ?? '00')}:00+08:00`
}

/** A date from a feed or a meta tag (RFC 822, ISO 8601, or Chinese-written), as ISO 8601; undefined if unreadable. */
export function normalizeDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined
  const v = value.trim()
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(v)) {
    const d = new Date(v.replace(' ', 'T'))
    return Number.isNaN(d.getTime()) ? undefined : v.replace(' ', 'T')
  }
  if (/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?$/.test(v)) {
    const [date, time] = v.split(/[T ]/)
    return `${date}T${(time ?? '00:00').slice(0, 5)}:00+08:00`
  }
  const cn = findDateTime(v)
  if (cn) return cn
  const parsed = new Date(v)
  return Number.isNaN(parsed.getTime()) ? undefined : chinaTime(parsed)
}

/** An instant written in China time (+08:00): the publication day the engine reads is the day in Beijing. */
export function chinaTime(date: Date): string {
  return `${new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
}

/** A canonical URL: no fragment, no tracking parameters, lower-case host. */
export function normalizeUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url.trim())
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined
    u.hash = ''
    for (const key of [...u.searchParams.keys()]) {
      if (/^(utm_|spm$|from$|share|isappinstalled$)/i.test(key)) u.searchParams.delete(key)
    }
    return u.toString()
  } catch {
    return undefined
  }
}

/** Collapses runs of blank lines and trims every line's ends. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t \u00a0\u3000]+$/g, '').replace(/^[\t \u00a0]+/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
