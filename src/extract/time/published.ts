// Parse the publication time: an ISO 8601 date or date-time; the date is read in its own zone (no zone = +08:00).

import { isValidYmd, type Ymd } from './calendar.ts'

export interface Published {
  readonly date: Ymd
  /** hour and minute in the stated zone; absent for a bare date or a 00:00 placeholder */
  readonly hour?: number
  readonly minute?: number
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$/

export function parsePublishedFull(iso: string): Published | null {
  if (typeof iso !== 'string') return null
  const m = ISO.exec(iso.trim())
  if (!m) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  if (!isValidYmd(y, mo, d)) return null
  if (m[7] !== undefined && m[4] === undefined) return null
  if (m[7] !== undefined && m[7] !== 'Z') {
    const zh = Number(m[7].slice(1, 3))
    const zm = Number(m[7].slice(-2))
    if (zh > 14 || zm > 59) return null
  }
  if (m[4] === undefined) return { date: { y, m: mo, d } }
  const hour = Number(m[4])
  const minute = Number(m[5])
  const second = m[6] !== undefined ? Number(m[6]) : 0
  if (hour > 23 || minute > 59 || second > 60) return null
  if (hour === 0 && minute === 0 && second === 0) return { date: { y, m: mo, d } }
  return { date: { y, m: mo, d }, hour, minute }
}
