// Traditional → simplified script conversion (OpenCC data, pure JS), keeping a one-to-one offset map.
import * as OpenCC from 'opencc-js/t2cn'
import type { Mapped } from './mapped.ts'

type Convert = (text: string) => string

let hk: Convert | undefined
let tw: Convert | undefined
const charCache = new Map<string, string>()

function converters(): [Convert, Convert] {
  const a = hk ?? OpenCC.Converter({ from: 'hk', to: 'cn' })
  const b = tw ?? OpenCC.Converter({ from: 'tw', to: 'cn' })
  hk = a
  tw = b
  return [a, b]
}

/** Characters that are traditional-only in common use: a cheap test before the full conversion. */
const TRADITIONAL_HINT =
  /[們個來時會議國東業樂為區廣與團黨領導長縣鄉鎮書記員門開關過話說還這進運選處務發現實體協簽訂貿經濟營灣臺廳華費館陽劉張陳馬鄧蘇鄭錢韓楊趙羅龍觀視聽]/

let traditional: Uint8Array | undefined

/** Every character the conversion changes on its own, read once from the OpenCC dictionaries. */
function traditionalTable(): Uint8Array {
  if (traditional) return traditional
  const table = new Uint8Array(0x10000)
  const L = OpenCC.Locale
  const groups = [...(L.to['cn'] ?? []), ...(L.from['hk'] ?? []), ...(L.from['tw'] ?? [])]
  for (const group of groups) {
    for (const dict of Array.isArray(group) ? group : [group]) {
      if (typeof dict !== 'string') continue
      for (const pair of dict.split('|')) {
        const space = pair.indexOf(' ')
        if (space === 1 && pair.slice(2) !== pair[0]) table[pair.charCodeAt(0)] = 1
      }
    }
  }
  traditional = table
  return table
}

function hasTraditional(line: string, table: Uint8Array): boolean {
  for (let i = 0; i < line.length; i++) if (table[line.charCodeAt(i)] === 1) return true
  return false
}

function convertChar(ch: string): string {
  const hit = charCache.get(ch)
  if (hit !== undefined) return hit
  const [a, b] = converters()
  let out = a(ch)
  if (out.length !== ch.length) out = b(ch)
  if (out.length !== ch.length) out = ch
  charCache.set(ch, out)
  return out
}

/** Variant forms OpenCC keeps, written for their standard characters in names (南甯, 遼甯, 靑海). */
const VARIANTS: Readonly<Record<string, string>> = { 甯: '宁', 淸: '清', 靑: '青', 鑛: '矿' }
const VARIANT = /[甯淸靑鑛]/g

/** Converts traditional characters to simplified. Output has the same length, so offsets are unchanged. */
export function toSimplified(source: Mapped): Mapped {
  const text = source.text.replace(VARIANT, (ch) => VARIANTS[ch] ?? ch)
  if (!TRADITIONAL_HINT.test(text)) return text === source.text ? source : { text, origin: source.origin }
  const [a] = converters()
  const lines = text.split('\n')
  const out: string[] = []
  const table = traditionalTable()
  for (const line of lines) {
    if (!hasTraditional(line, table)) {
      out.push(line)
      continue
    }
    const whole = a(line)
    if (whole.length === line.length) {
      out.push(whole)
      continue
    }
    let s = ''
    for (const ch of line) s += convertChar(ch)
    out.push(s.length === line.length ? s : line)
  }
  return { text: out.join('\n'), origin: source.origin }
}
