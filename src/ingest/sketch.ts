// Content sketches for near-duplicate detection: the text is simplified (OpenCC), cut into words (jieba), and every
// run of three words is hashed; the hashes ≡ 0 mod 8 are kept (Broder's mod-m sample, of the MinHash family). Two
// samples estimate the containment of one text in the other: a repost, an abridged copy or a traditional-script
// copy of one report keeps most of the shorter text's word triples; a different report of similar wording does not.
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict.js'
import { simplify } from './article.ts'

let jieba: Jieba | undefined

/** The words of a text (simplified script), punctuation and spaces dropped. */
export function words(text: string, script: 'hans' | 'hant' = 'hant'): string[] {
  jieba ??= Jieba.withDict(dict)
  return jieba.cut(script === 'hans' ? text : simplify(text), false).filter((w) => /[\p{L}\p{N}]/u.test(w))
}

/** FNV-1a, 32 bits, as a signed integer (the database column is int4). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
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
    const h = fnv1a(w.slice(i, i + size).join('\u0001'))
    if ((h >>> 0) % SKETCH_MODULUS === 0) out.add(h)
  }
  return [...out].sort((a, b) => a - b)
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
