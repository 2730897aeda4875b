// Evidence spans: where in the original text a field of an event was read, and by which rule.
import type { Evidence } from './types.ts'

/** Maps an offset in the analysed (normalised) text back to the original input. */
export type OffsetMap = (i: number) => number

export function createEvidence(field: string, start: number, end: number, rule: string): Evidence {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end < start) {
    throw new RangeError(`bad evidence span ${start}..${end} for ${field}`)
  }
  return Object.freeze({ field, start, end, rule })
}

/** Maps a half-open span of the analysed text to a half-open span of the original text. */
export function mapSpan(toOriginal: OffsetMap, start: number, end: number): { start: number; end: number } {
  const s = toOriginal(start)
  const e = end > start ? toOriginal(end - 1) + 1 : s
  return { start: s, end: Math.max(s, e) }
}

/** Evidence for a span of the analysed text, mapped into the original text. */
export function evidenceAt(toOriginal: OffsetMap, field: string, start: number, end: number, rule: string): Evidence {
  const span = mapSpan(toOriginal, start, end)
  return createEvidence(field, span.start, span.end, rule)
}
