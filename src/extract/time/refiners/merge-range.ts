// Join two dates into one range: 2023年12月30日至2024年1月2日, 3月至5月, and consecutive lists 11月6日、7日.

import type { DateSpec, Draft, Refiner } from '../model.ts'
import { plausibleWrap } from '../parsers/range.ts'

const JOIN = /^[ \t\u3000]{0,2}(?:至|到|[~～\-—–－]{1,2})[ \t\u3000]{0,2}$/u
const LIST = /^[ \t\u3000]?[、和及与][ \t\u3000]?$/u

function simpleAbs(d: Draft): DateSpec | null {
  if (d.what.k !== 'abs' || d.what.to || d.dateline) return null
  if (d.what.from.sub !== undefined || d.what.from.mRel !== undefined) return null
  return d.what.from
}

export const mergeRanges: Refiner = {
  id: 'merge-ranges',
  refine(drafts, text) {
    const out: Draft[] = []
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!
      const next = drafts[i + 1]
      const a = simpleAbs(d)
      const b = next ? simpleAbs(next) : null
      if (a && b && next) {
        const gap = text.slice(d.end, next.start)
        // both with days, or both months only; the right side never more specific in year than the left
        const bothDays = a.d !== undefined && b.d !== undefined
        const bothMonths = a.d === undefined && b.d === undefined && a.m !== undefined && b.m !== undefined
        const wraps = bothDays && b.m === undefined && !plausibleWrap(a.d ?? 0, b.d ?? 0)
        if (JOIN.test(gap) && (bothDays || bothMonths) && !wraps && !(b.y !== undefined && b.m === undefined)) {
          out.push({
            ...d,
            end: next.end,
            rule: 'range-join',
            what: { k: 'abs', from: a, to: b },
            ...(next.part ? {} : {}),
          })
          i++
          continue
        }
      }
      out.push(d)
    }
    // consecutive day lists: 6日、7日 / 11月6日、7日和8日
    const listed: Draft[] = []
    for (const d of out) {
      const prev = listed[listed.length - 1]
      if (prev && prev.what.k === 'abs' && d.what.k === 'abs' && !d.what.to && !prev.dateline) {
        const lastDay = (prev.what.to ?? prev.what.from).d
        const b = d.what.from
        const gap = text.slice(prev.end, d.start)
        if (
          lastDay !== undefined &&
          b.d === lastDay + 1 &&
          b.m === undefined &&
          b.y === undefined &&
          b.sub === undefined &&
          !prev.part &&
          !d.part &&
          LIST.test(gap)
        ) {
          listed[listed.length - 1] = {
            ...prev,
            end: d.end,
            rule: 'range-list',
            what: { k: 'abs', from: prev.what.from, to: { d: b.d } },
          }
          continue
        }
      }
      listed.push(d)
    }
    return listed
  },
}
