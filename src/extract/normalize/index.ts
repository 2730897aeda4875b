// Normalisation of an article for analysis: simplified script, folded width, chrome and noise dropped, offsets kept.
import { dropChrome } from './chrome.ts'
import { identity, type Mapped } from './mapped.ts'
import { dropNoise } from './noise.ts'
import { toSimplified } from './script.ts'
import { foldWidth } from './width.ts'

export type { Mapped } from './mapped.ts'

export interface Normalized {
  /** the text the engine reads */
  readonly text: string
  /** offset in `text` → offset in the original input (0..original length) */
  toOriginal(i: number): number
  readonly originalLength: number
}

type Step = (m: Mapped) => Mapped

/** The steps, in order. Each keeps the map from its output units to original units. */
export const NORMALIZE_STEPS: readonly (readonly [string, Step])[] = [
  ['script', toSimplified],
  ['width', foldWidth],
  ['noise', dropNoise],
  ['chrome', dropChrome],
]

export function normalize(original: string): Normalized {
  let m = identity(original)
  for (const [, step] of NORMALIZE_STEPS) m = step(m)
  const { text, origin } = m
  const n = original.length
  return {
    text,
    originalLength: n,
    toOriginal(i: number): number {
      if (i <= 0) return origin.length > 0 ? Math.min(origin[0] ?? 0, n) : 0
      if (i >= origin.length) return n
      return origin[i] ?? n
    },
  }
}
