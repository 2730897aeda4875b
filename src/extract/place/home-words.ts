// 我省, 我市, 本市, 全省, 我区: the home region of the outlet, at the level the word asks for.
import type { PlaceMention } from '../types.ts'
import { unitByCode } from './gazetteer.ts'
import { mention, toPlace } from './mention.ts'

const HOME_WORDS: readonly (readonly [string, 'province' | 'city' | 'region' | 'county'])[] = [
  ['我省', 'province'],
  ['本省', 'province'],
  ['全省', 'province'],
  ['我市', 'city'],
  ['本市', 'city'],
  ['全市', 'city'],
  ['我区', 'region'],
  ['全区', 'region'],
  ['我县', 'county'],
  ['本县', 'county'],
  ['全县', 'county'],
  ['我州', 'city'],
  ['全州', 'city'],
]

const AUTONOMOUS_REGIONS = new Set(['150000', '450000', '540000', '640000', '650000'])
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000'])

export function homeCode(home: string, want: 'province' | 'city' | 'region' | 'county'): string | undefined {
  const u = unitByCode(home)
  if (!u) return undefined
  switch (want) {
    case 'province':
      return u.province
    case 'city':
      if (u.level === 'city') return u.code
      if (MUNICIPALITIES.has(u.province) && u.level === 'province') return u.code
      if (u.level === 'county' && u.name.endsWith('市')) return u.code
      return u.city
    case 'region':
      if (u.level === 'province' && AUTONOMOUS_REGIONS.has(u.code)) return u.code
      if (u.level === 'county' && u.name.endsWith('区')) return u.code
      return undefined
    case 'county':
      return u.level === 'county' ? u.code : undefined
  }
}

export function matchHome(text: string, home: string | undefined): PlaceMention[] {
  if (!home) return []
  const out: PlaceMention[] = []
  for (const [word, want] of HOME_WORDS) {
    const code = homeCode(home, want)
    const u = code ? unitByCode(code) : undefined
    if (!u) continue
    let k = text.indexOf(word)
    while (k >= 0) {
      out.push(mention(text, k, k + word.length, toPlace(u), 'home'))
      k = text.indexOf(word, k + word.length)
    }
  }
  return out
}
