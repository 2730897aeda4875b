// Keep the earliest, then longest, of overlapping drafts (a range beats the day it starts with).

import type { Draft, Refiner } from '../model.ts'

export const dropOverlaps: Refiner = {
  id: 'drop-overlaps',
  refine(drafts) {
    const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start))
    const out: Draft[] = []
    let reach = -1
    for (const d of sorted) {
      if (d.start < reach) continue
      out.push(d)
      reach = d.end
    }
    return out
  },
}
