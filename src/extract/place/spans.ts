// Sorted spans: binary search instead of scanning a whole list for each lookup (keeps hostile inputs linear).

export interface SpanLike {
  readonly start: number
  readonly end: number
}

/** Index of the first span whose start is at or after `pos` (spans sorted by start). */
export function firstFrom(spans: readonly SpanLike[], pos: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid]?.start ?? 0) < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Spans that lie inside [from, to). */
export function spansWithin<T extends SpanLike>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = []
  for (let k = firstFrom(spans, from); k < spans.length; k++) {
    const s = spans[k]
    if (!s || s.start >= to) break
    if (s.end <= to) out.push(s)
  }
  return out
}

/** The span that covers `pos` (spans sorted by start and not overlapping), if any. */
export function spanAt<T extends SpanLike>(spans: readonly T[], pos: number): T | undefined {
  const k = firstFrom(spans, pos + 1) - 1
  const s = spans[k]
  return s && s.start <= pos && pos < s.end ? s : undefined
}
