// Confirmations in parentheses: 今天(12日), 今日(四月十六日), 昨日(15日) — one mention, the parenthesis wins when
// it disagrees; a weekday in parentheses after a date (2019年4月16日(星期二)) is absorbed into the date.

import type { Draft, Refiner } from '../model.ts'

function isOpen(ch: string | undefined): boolean {
  return ch === '(' || ch === '（'
}
function isClose(ch: string | undefined): boolean {
  return ch === ')' || ch === '）'
}

export const mergeConfirmations: Refiner = {
  id: 'merge-confirmations',
  refine(drafts, text) {
    const out: Draft[] = []
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!
      const inner = drafts[i + 1]
      const k = d.what.k
      if (
        inner &&
        (k === 'pub' || k === 'narr' || k === 'abs' || k === 'week') &&
        isOpen(text[d.end]) &&
        inner.start === d.end + 1 &&
        isClose(text[inner.end])
      ) {
        if (inner.what.k === 'week' && k !== 'week') {
          out.push({ ...d, end: inner.end + 1, ...(inner.part && !d.part ? { part: inner.part } : {}) })
          i++
          continue
        }
        if ((k === 'pub' || k === 'narr' || k === 'week') && (inner.what.k === 'abs' || inner.what.k === 'pub')) {
          out.push({ ...d, end: inner.end + 1, confirm: inner, ...(inner.part && !d.part ? { part: inner.part } : {}) })
          i++
          continue
        }
      }
      // 2023年11月12日 星期日 / 11月12日周日: a weekday right after a date belongs to it
      if (
        inner &&
        k === 'abs' &&
        inner.what.k === 'week' &&
        inner.what.nearest === true &&
        /^[ \t\u3000,，]?$/u.test(text.slice(d.end, inner.start))
      ) {
        out.push({ ...d, end: inner.end, ...(inner.part && !d.part ? { part: inner.part } : {}) })
        i++
        continue
      }
      out.push(d)
    }
    return out
  },
}
