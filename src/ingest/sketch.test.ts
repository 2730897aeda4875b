import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { simplify } from './article.ts'
import { containment, isNearDuplicate, sketch, words } from './sketch.ts'

const read = (name: string) => readFileSync(new URL(`../../test/fixtures/ingest/src/${name}`, import.meta.url), 'utf8')

function overlap(a: readonly number[], b: readonly number[]) {
  const set = new Set(a)
  const shared = b.filter((h) => set.has(h)).length
  return {
    shared,
    containment: containment(shared, a.length, b.length),
    near: isNearDuplicate(shared, a.length, b.length),
  }
}

describe('sketch', () => {
  const full = read('trip-2024-full.txt')
  const abridged = read('trip-2024-abridged.txt')
  const nextYear = read('trip-2025.txt')

  it('cuts simplified words and drops punctuation', () => {
    expect(words('閩寧協作，持續深化！')).toEqual(words('闽宁协作，持续深化！'))
    expect(words('a，b。').every((w) => /\w/.test(w))).toBe(true)
  })

  it('is stable, sorted and unique', () => {
    const s = sketch(full)
    expect(s).toEqual(sketch(full))
    expect(s).toEqual([...new Set(s)].sort((a, b) => a - b))
    expect(s.length).toBeGreaterThan(10)
  })

  it('finds an abridged copy and a traditional-script copy near-duplicates', () => {
    expect(overlap(sketch(full), sketch(abridged)).near).toBe(true)
    const traditional = full.replace(
      /[闽宁党团协区签议国]/g,
      (c) => ({ 闽: '閩', 宁: '寧', 党: '黨', 团: '團', 协: '協', 区: '區', 签: '簽', 议: '議', 国: '國' })[c] ?? c,
    )
    expect(simplify(traditional)).toBe(full)
    expect(overlap(sketch(full), sketch(traditional)).containment).toBe(1)
  })

  it('keeps a different report of the same regions apart', () => {
    expect(overlap(sketch(full), sketch(nextYear)).near).toBe(false)
    expect(overlap(sketch(abridged), sketch(nextYear)).near).toBe(false)
  })
})
