// Merge a date with the part of day right after it: 10月17日下午, 今天上午, 当天晚上, 14日晚, 16日14时30分.

import type { PartOfDay } from '../../types.ts'
import type { Draft, Refiner } from '../model.ts'

const DATE_KINDS = new Set(['abs', 'pub', 'narr', 'week', 'holiday'])

/** One-character parts right after a day: 14日晚, 14日夜. */
const SINGLE = /^[ \t\u3000]?([晚夜])(?![会會宴餐报報])/u
const SINGLE_ANY = /^[ \t\u3000]?[晚夜]/u
/** A clock time right after the date (and its part): 14时30分, 9点, 14:30 */
const CLOCK = /^[ \t\u3000]{0,2}(\d{1,2})(?:[时時点點]|[:：](?=\d{2}))(?:[:：]?\d{1,2}分?)?/u

function hourPart(hour: number, part: PartOfDay | undefined): PartOfDay | undefined {
  if (part) return part
  if (hour < 0 || hour > 24) return undefined
  if (hour < 11) return 'morning'
  if (hour < 13) return 'noon'
  if (hour < 18) return 'afternoon'
  return 'evening'
}

function isDay(d: Draft): boolean {
  if (!DATE_KINDS.has(d.what.k)) return false
  if (d.what.k === 'abs') return d.what.from.d !== undefined && d.what.from.sub === undefined
  if (d.what.k === 'week') return d.what.weekday !== undefined
  if (d.what.k === 'holiday') return d.what.span === 'day'
  return true
}

export const mergePartOfDay: Refiner = {
  id: 'merge-part-of-day',
  refine(drafts, text) {
    const out: Draft[] = []
    for (let i = 0; i < drafts.length; i++) {
      let d = drafts[i]!
      const next = drafts[i + 1]
      if (isDay(d) && !d.part) {
        const gap = next ? text.slice(d.end, next.start) : ''
        if (next && next.what.k === 'part' && next.part && /^[ \t\u3000]?$/.test(gap)) {
          d = { ...d, end: next.end, part: next.part }
          i++
        } else {
          const rest = text.slice(d.end, d.end + 3)
          const single = SINGLE.exec(rest) ?? SINGLE_ANY.exec(rest)
          if (single && !(next && next.start < d.end + single[0].length)) {
            d = { ...d, end: d.end + single[0].length, part: 'evening' }
          }
        }
      }
      if (isDay(d)) {
        const clock = CLOCK.exec(text.slice(d.end, d.end + 12))
        const nextStart = drafts[i + 1]?.start ?? Number.POSITIVE_INFINITY
        if (clock && d.end + clock[0].length <= nextStart) {
          const part = hourPart(Number(clock[1]), d.part)
          if (part) d = { ...d, end: d.end + clock[0].length, part }
        }
      }
      out.push(d)
    }
    return out
  },
}
