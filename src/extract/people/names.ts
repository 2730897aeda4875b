// Reading a person's name next to a title: 2–3 characters (4 for some minority names), masked names kept as written.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { DOUBLE_SURNAMES, SURNAMES, TITLES } from './titles.ts'

let jieba: Jieba | undefined
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict)
  return jieba
}

/** Words of a short text with their part-of-speech tags (jieba, with HMM for unknown words). */
export function tagWords(text: string): { word: string; tag: string }[] {
  return segmenter().tag(text, true)
}

/** Tags of words that cannot be (part of) a name: verbs, prepositions, conjunctions, adverbs, numbers … */
const FUNCTION_TAGS = new Set([
  'v',
  'p',
  'c',
  'd',
  'm',
  'q',
  'u',
  'f',
  'r',
  'ad',
  'vn',
  'a',
  't',
  'uj',
  'ul',
  'y',
  'e',
  'o',
  'zg',
  'ug',
  'uz',
  'ud',
  'uv',
])
/** Characters that end a two-character name when they follow it (侯亮同…, 宋亮和…). */
const AFTER_NAME = new Set([
  ...'在和与及同等说对为也向到是率带陪出会主讲一先分表指强介致代任从就将还又已曾于被把让以并的了今昨前当首亦均都共则赴抵来去称',
])
/** Last characters of organisation words, not of names (卫生局, 农村委). */
const ORG_END = new Set([...'局厅委办部院校会团组处科司区市县省州村镇乡所站队网报社'])
const TITLE_WORDS = new Set(TITLES.map((t) => t.text))
/** Characters that are never a one-character given name. */
const NEVER_GIVEN = new Set([...'等在与及说的了是将也都就和同对为向'])
const MASK = /^[*＊某x×]{1,3}/iu

export function isHanChar(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.charCodeAt(0)
  return c >= 0x3400 && c <= 0x9fff
}

function startsWithSurname(s: string): boolean {
  return SURNAMES.has(s[0] ?? '') || DOUBLE_SURNAMES.some((d) => s.startsWith(d))
}

/** Length of the name that starts at `pos` (0 when there is none). */
export function nameAfter(text: string, pos: number, allowLong = false): number {
  let len = rawNameAfter(text, pos, allowLong)
  // 骆惠宁为, 崔世安及, 李希说: a particle or verb glued to the name
  while (len > 2 && AFTER_NAME.has(text[pos + len - 1] ?? '')) len--
  // 陈等, 王在: a surname and a particle make no name
  if (len === 2 && NEVER_GIVEN.has(text[pos + 1] ?? '')) return 0
  if (len >= 2 && ORG_END.has(text[pos + len - 1] ?? '')) return 0
  // 林郑月娥: two surnames and a two-character given name
  if (len === 3 && SURNAMES.has(text[pos + 1] ?? '')) {
    const extra = text[pos + 3]
    const after = text[pos + 4]
    if (
      isHanChar(extra) &&
      !AFTER_NAME.has(extra ?? '') &&
      (!isHanChar(after) ||
        AFTER_NAME.has(after ?? '') ||
        segmenter().cut(text.slice(pos + 4, pos + 7), true)[0]?.length !== 1)
    ) {
      return 4
    }
  }
  return len
}

function rawNameAfter(text: string, pos: number, allowLong: boolean): number {
  const first = text[pos]
  if (!isHanChar(first)) return 0
  // masked: 王**, 李某, 张某某, 王XX
  const masked = MASK.exec(text.slice(pos + 1, pos + 4))
  if (masked && SURNAMES.has(first ?? '')) return 1 + masked[0].length
  const window = text.slice(pos, pos + 8)
  const tokens = segmenter().tag(window, true)
  const t0 = tokens[0]
  if (!t0) return 0
  const w0 = t0.word
  if (TITLE_WORDS.has(w0)) return 0
  // 欧阳 + 晓晖: a double surname cut off from its given name
  if (DOUBLE_SURNAMES.includes(w0)) {
    const t1 = tokens[1]
    if (t1 && t1.word.length <= 2 && [...t1.word].every(isHanChar) && !FUNCTION_TAGS.has(t1.tag))
      return 2 + t1.word.length
  }
  if (w0.length >= 2 && w0.length <= 4) {
    if (![...w0].every(isHanChar)) return 0
    const nameLike = t0.tag === 'x' || t0.tag.startsWith('nr')
    const surname = startsWithSurname(w0)
    const ok =
      (nameLike && (surname || w0.length === 4)) ||
      (surname && w0.length <= 3 && !FUNCTION_TAGS.has(t0.tag)) ||
      (allowLong && w0.length === 4 && (t0.tag === 'ns' || t0.tag === 'nz' || t0.tag === 'x'))
    if (!ok) return 0
    if (w0.length === 4 && !allowLong && !nameLike) return 0
    // 杜家 + 毫并: the last character of the name glued to a particle
    const t1 = tokens[1]
    if (w0.length === 2 && t1 && t1.word.length >= 2 && t1.tag === 'x' && AFTER_NAME.has(t1.word[1] ?? '')) {
      if (isHanChar(t1.word[0]) && !AFTER_NAME.has(t1.word[0] ?? '')) return 3
    }
    // 黄莉 + 新 + 陪同: a lone character after a two-character token still belongs to the name
    if (w0.length === 2 && t1 && t1.word.length === 1 && isHanChar(t1.word) && !AFTER_NAME.has(t1.word)) {
      const t2 = tokens[2]
      if (!t2 || t2.word.length >= 2 || !isHanChar(t2.word) || AFTER_NAME.has(t2.word)) return 3
    }
    return w0.length
  }
  if (w0.length === 1 && SURNAMES.has(w0)) {
    // 苏 + 树林, 马 + 永生, 罗 + 东川: a surname cut off from its given name
    const t1 = tokens[1]
    if (!t1 || t1.word.length > 2 || ![...t1.word].every(isHanChar)) return 0
    if (FUNCTION_TAGS.has(t1.tag) || TITLE_WORDS.has(t1.word)) return 0
    if (t1.word.length === 1 && AFTER_NAME.has(t1.word)) return 0
    return 1 + t1.word.length
  }
  return 0
}

/** Start of a name that ends right at `end` (姜锋|副省长, 李春光|总裁), or -1. */
export function nameBefore(text: string, end: number): number {
  for (const len of [3, 2]) {
    const start = end - len
    if (start < 0) continue
    const cand = text.slice(start, end)
    if (![...cand].every(isHanChar) || !startsWithSurname(cand)) continue
    const before = text[start - 1]
    if (isHanChar(before) && !'、和与及同由在了日午晚上将对向'.includes(before ?? '')) continue
    const tag = segmenter().tag(cand, true)[0]
    if (tag?.word !== cand || !(tag.tag === 'x' || tag.tag.startsWith('nr'))) continue
    if (nameAfter(text, start) === len) return start
  }
  return -1
}
