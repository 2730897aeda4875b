// Place mentions: how one is made, and the overlap bookkeeping of the passes.
import type { Place, PlaceMention } from '../types.ts'
import type { Unit } from './gazetteer.ts'

export function isHan(ch: string | undefined): boolean {
  if (!ch) return false
  const c = ch.charCodeAt(0)
  return c >= 0x3400 && c <= 0x9fff
}

export function toPlace(u: Unit, site?: string): Place {
  const base =
    u.city === undefined
      ? { code: u.code, name: u.name, province: u.province }
      : { code: u.code, name: u.name, province: u.province, city: u.city }
  return site === undefined ? base : { ...base, site }
}

export function mention(text: string, start: number, end: number, place: Place, rule: string): PlaceMention {
  return { kind: 'place', text: text.slice(start, end), start, end, place, rule }
}

export function cover(length: number, ms: readonly PlaceMention[]): Uint8Array {
  const c = new Uint8Array(length + 1)
  for (const m of ms) c.fill(1, m.start, m.end)
  return c
}

export function overlaps(c: Uint8Array, m: PlaceMention): boolean {
  for (let k = m.start; k < m.end; k++) if (c[k]) return true
  return false
}

export function dedupeOverlaps(sorted: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  for (const m of sorted) {
    const last = out[out.length - 1]
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m
      continue
    }
    out.push(m)
  }
  return out
}
