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
  /[們個來時會議國東業樂為區廣與團黨領導長縣鄉鎮書記員門開關過話說還這進運選處務發現實體務協簽訂貿經濟營灣臺廳華費館陽劉張陳馬鄧蘇鄭錢韓楊趙羅龍觀視聽]/

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

/** Converts traditional characters to simplified. Output has the same length, so offsets are unchanged. */
export function toSimplified(source: Mapped): Mapped {
  const text = source.text
  if (!TRADITIONAL_HINT.test(text)) return source
  const [a] = converters()
  const lines = text.split('\n')
  const out: string[] = []
  for (const line of lines) {
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
