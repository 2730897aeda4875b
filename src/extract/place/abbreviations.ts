// One-character abbreviations: after a travel verb (抵浙, 在杭) and in pairs (浙闽两省, 京蒙协作).
import type { PlaceMention } from '../types.ts'
import type { Context } from './context.ts'
import { unitByCode } from './gazetteer.ts'
import {
  ABBR_FOLLOWERS,
  ABBR_VERB_BLOCKERS,
  ABBR_VERBS,
  CITY_ABBR,
  PAIR_TAILS,
  PROVINCE_ABBR,
  RISKY_ABBR,
  SAFE_AFTER_STRONG,
  STRONG_ABBR_VERBS,
} from './lexicon.ts'
import { isHan, mention, toPlace } from './mention.ts'

/** 宁 is 南京 in a text about Jiangsu (在宁召开), 宁夏 elsewhere. */
function abbrCode(ch: string, ctx: Context): string | undefined {
  if (ch === '宁' && (ctx.named.has('320000') || ctx.named.has('320100') || ctx.implied.has('320000'))) return '320100'
  const p = PROVINCE_ABBR[ch]
  if (p) return p
  const c = CITY_ABBR[ch]
  if (c) return c
  return undefined
}

/** First characters of the cities named in the text (乌 for 乌兰察布 in 乌张两市), when only one city has it. */
function cityInitials(ctx: Context): Map<string, string> {
  const out = new Map<string, string>()
  const clash = new Set<string>()
  for (const code of ctx.named) {
    const u = unitByCode(code)
    const ch = u?.name[0]
    if (u?.level !== 'city' || !ch) continue
    if (out.has(ch) && out.get(ch) !== code) clash.add(ch)
    out.set(ch, code)
  }
  for (const ch of clash) out.delete(ch)
  return out
}

export function matchAbbreviations(text: string, ctx: Context, taken: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = []
  const takenSet = new Uint8Array(text.length + 1)
  for (const m of taken) takenSet.fill(1, m.start, m.end)
  const initials = cityInitials(ctx)
  const wanted = new Uint8Array(65536)
  for (const k of [...Object.keys(PROVINCE_ABBR), ...Object.keys(CITY_ABBR), ...initials.keys()])
    wanted[k.charCodeAt(0)] = 1
  for (let i = 0; i < text.length; i++) {
    if (wanted[text.charCodeAt(i)] === 0 || takenSet[i]) continue
    const ch = text[i] ?? ''
    const verb = text[i - 1] ?? ''
    const single = PROVINCE_ABBR[ch] ?? CITY_ABBR[ch]
    const initial = initials.get(ch)
    if (!single && !initial) continue
    // pairs: 浙闽两省, 京蒙协作, 沪连合作, 粤港澳
    {
      let j = i
      const codes: string[] = []
      while (j < text.length && j - i < 4) {
        const c = text[j] ?? ''
        if (takenSet[j]) break
        const code = (c === '宁' ? abbrCode(c, ctx) : PROVINCE_ABBR[c]) ?? initials.get(c) ?? CITY_ABBR[c]
        if (!code) break
        codes.push(code)
        j++
      }
      if (codes.length >= 2) {
        const rest = text.slice(j, j + 4)
        const tail = PAIR_TAILS.find((t) => rest.startsWith(t))
        const bay = text.startsWith('大湾区', j)
        const distinct = new Set(codes).size === codes.length
        const lastRisky = RISKY_ABBR.has(text[j - 1] ?? '')
        if (distinct && (tail || (codes.length >= 3 && !bay && !lastRisky))) {
          for (let k = 0; k < codes.length; k++) {
            const u = unitByCode(codes[k] ?? '')
            if (u) out.push(mention(text, i + k, i + k + 1, toPlace(u), 'abbr-pair'))
          }
          i = j - 1
          continue
        }
      }
    }
    // after a travel verb: 抵浙, 来皖, 赴津, 在杭, 访澳, 入川
    if (!ABBR_VERBS.has(verb)) continue
    const code = abbrCode(ch, ctx)
    if (!code) continue
    const blockers = ABBR_VERB_BLOCKERS[verb]
    if (blockers?.includes(text[i - 2] ?? '\u0000')) continue
    const next = text[i + 1]
    if (next !== undefined && takenSet[i + 1]) continue
    // 赴粤港澳大湾区, 来京津冀: a run of abbreviations names a region, not where they went
    if (PROVINCE_ABBR[next ?? '']) continue
    const strong = STRONG_ABBR_VERBS.has(verb) && SAFE_AFTER_STRONG.has(ch) && !PROVINCE_ABBR[next ?? '']
    if (!strong && RISKY_ABBR.has(ch) && next !== undefined && !ABBR_FOLLOWERS.has(next)) continue
    // a following noun would make a word of the two characters (来京剧): keep verb and particle followers only
    if (!strong && !RISKY_ABBR.has(ch) && isHan(next) && !ABBR_FOLLOWERS.has(next ?? '') && !PROVINCE_ABBR[next ?? ''])
      continue
    const u = unitByCode(code)
    if (u) out.push(mention(text, i, i + 1, toPlace(u), 'abbr-verb'))
  }
  return out
}
