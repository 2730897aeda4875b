import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../test/fixtures/ingest/generate.ts'
import { simplify } from './article.ts'
import { containment, facts, factsAgree, fingerprint, isNearDuplicate, sketch, words } from './sketch.ts'

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

  it('fingerprints a text as its sketch and facts, the script converted once', () => {
    const traditional = '6月5日，兩地簽署合作協議，項目12個。'
    expect(fingerprint(traditional)).toEqual({ hashes: sketch(traditional), facts: facts(traditional) })
  })

  it('reads facts as numbers with the character after them, the same in either script and width', () => {
    expect(facts('8月9日，签约项目12个，总额30.5亿元。')).toEqual(facts('８月９日，簽約項目12個，總額30.5億元。'))
    expect(facts('8月9日至10日').length).toBe(3)
    expect(facts('没有数字的一句话')).toEqual([])
  })

  it('lets the facts decide only when both texts state a few, and then asks half of the smaller set', () => {
    expect(factsAgree([1, 2, 3, 4], [1, 2, 9])).toBe(true)
    expect(factsAgree([1, 2, 3, 4], [1, 8, 9])).toBe(false)
    expect(factsAgree([1, 2], [8, 9, 10])).toBe(true)
    expect(factsAgree(null, [8, 9, 10])).toBe(true)
  })

  it('keeps the facts of a report in its abridged and traditional copies', () => {
    expect(factsAgree(facts(full), facts(abridged))).toBe(true)
    const figures = '当天签约项目12个，总金额300亿元，预计带动就业2万人。'
    expect(facts(`${full}${figures}`)).toEqual(facts(`${full}當天簽約項目12個，總金額300億元，預計帶動就業2萬人。`))
  })

  it('tells apart trips written from one template, which the wording alone takes for one report', () => {
    const reports = generateArticles(60, { seed: 3, length: 'report' }).map((a) => `${a.title}\n${a.text}`)
    const sketches = reports.map((r) => sketch(r))
    let alike = 0
    for (let i = 0; i < reports.length; i++) {
      for (let j = 0; j < i; j++) {
        if (!overlap(sketches[i] ?? [], sketches[j] ?? []).near) continue
        alike++
        expect(factsAgree(facts(reports[i] ?? ''), facts(reports[j] ?? ''))).toBe(false)
      }
    }
    // the template makes some of them look alike: the facts are what keeps them apart
    expect(alike).toBeGreaterThan(0)
    // while a repost cut to its first half keeps both its wording and its facts
    const report = reports[0] ?? ''
    const half = report
      .split('\n')
      .slice(0, Math.ceil(report.split('\n').length / 2))
      .join('\n')
    expect(overlap(sketch(report), sketch(half)).near).toBe(true)
    expect(factsAgree(facts(report), facts(half))).toBe(true)
  })
})
