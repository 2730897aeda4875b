// Content sketches for near-duplicate detection: the text is simplified (OpenCC), cut into words (jieba), and every
// run of three words is hashed; the hashes ≡ 0 mod 8 are kept (Broder's mod-m sample, of the MinHash family). Two
// samples estimate the containment of one text in the other: a repost, an abridged copy or a traditional-script
// copy of one report keeps most of the shorter text's word triples; a different report of similar wording does not.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { simplify } from './article.ts'

let jieba: Jieba | undefined

const WORDLIKE = /[\p{L}\p{N}]/u

/** Whether a token is a word: it holds a letter or a digit (a CJK ideograph first, the common case, without a regex). */
function isWord(token: string): boolean {
  const c = token.charCodeAt(0)
  return (c >= 0x4e00 && c <= 0x9fff) || WORDLIKE.test(token)
}

/** The words of a text (simplified script), punctuation and spaces dropped. */
export function words(text: string, script: 'hans' | 'hant' = 'hant'): string[] {
  jieba ??= Jieba.withDict(dict)
  return jieba.cut(script === 'hans' ? text : simplify(text), false).filter(isWord)
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const SEPARATOR = 1 // U+0001 between the words of a shingle

/** FNV-1a over `text`'s UTF-16 code units, continuing from `h`. */
function fnvAdd(h: number, text: string): number {
  let x = h
  for (let i = 0; i < text.length; i++) {
    x ^= text.charCodeAt(i)
    x = Math.imul(x, FNV_PRIME)
  }
  return x
}

/** FNV-1a (32 bits, signed: the database keeps int4 values) of the words joined by U+0001, without joining them. */
function shingleHash(words: readonly string[], from: number, size: number): number {
  let h = FNV_OFFSET
  for (let k = 0; k < size; k++) {
    if (k > 0) h = Math.imul(h ^ SEPARATOR, FNV_PRIME)
    h = fnvAdd(h, words[from + k] as string)
  }
  return h | 0
}

export const SKETCH_MODULUS = 8
export const SHINGLE = 3

/** The sampled shingle hashes of an article's text, unique and sorted. `hans` text skips the script conversion. */
export function sketch(text: string, script: 'hans' | 'hant' = 'hant'): number[] {
  const w = words(text, script)
  const size = Math.min(SHINGLE, w.length)
  const out = new Set<number>()
  for (let i = 0; i + size <= w.length && size > 0; i++) {
    const h = shingleHash(w, i, size)
    if ((h >>> 0) % SKETCH_MODULUS === 0) out.add(h)
  }
  return [...out].sort((a, b) => a - b)
}

/**
 * The facts of a text, hashed: every run of digits with the character after it (8月, 9日, 300亿, 12个), once each,
 * sorted. Two reports of one event state the same dates and figures; two trips told in one template do not.
 */
export function facts(text: string, script: 'hans' | 'hant' = 'hant'): number[] {
  const plain = (script === 'hans' ? text : simplify(text)).normalize('NFKC')
  const out = new Set<number>()
  for (const m of plain.matchAll(/(\d+(?:\.\d+)?)(\D?)/g)) out.add(fnvAdd(FNV_OFFSET, `${m[1]}${m[2]}`) | 0)
  return [...out].sort((a, b) => a - b)
}

/** The sketch and the facts of an article's text, its script converted once. */
export function fingerprint(text: string, script: 'hans' | 'hant' = 'hant'): { hashes: number[]; facts: number[] } {
  const plain = script === 'hans' ? text : simplify(text)
  return { hashes: sketch(plain, 'hans'), facts: facts(plain, 'hans') }
}

/** Fewer facts than this on either side, and the facts do not decide. */
export const FACTS_DECIDE_FROM = 3

/**
 * Whether two texts' facts allow them to be one report: when both state a few, at least half of the smaller set is
 * in the other. Unknown facts (an article stored before they were kept) allow it.
 */
export function factsAgree(a: readonly number[] | null, b: readonly number[] | null): boolean {
  if (!a || !b || Math.min(a.length, b.length) < FACTS_DECIDE_FROM) return true
  const set = new Set(a)
  const shared = b.reduce((n, h) => n + (set.has(h) ? 1 : 0), 0)
  return containment(shared, a.length, b.length) >= NEAR_DUPLICATE.containment
}

/** The share of the smaller sketch found in the other: an estimate of how much of the shorter text the longer holds. */
export function containment(shared: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB)
  return smaller === 0 ? 0 : shared / smaller
}

/** Near-duplicate rule: at least this containment, at least this many shared samples, published this close. */
export const NEAR_DUPLICATE = { containment: 0.5, minShared: 3, days: 30 } as const

export function isNearDuplicate(shared: number, sizeA: number, sizeB: number): boolean {
  return shared >= NEAR_DUPLICATE.minShared && containment(shared, sizeA, sizeB) >= NEAR_DUPLICATE.containment
}
