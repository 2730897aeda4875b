// Full-width digits, letters and ASCII punctuation → ASCII; odd spaces → space; zero-width units dropped.
import { type Mapped, rewrite } from './mapped.ts'

const FULL_WIDTH = /[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f\u205f]/
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]+/g

/** Folds one unit; same length, so the offset map is unchanged. */
function foldUnit(ch: string): string {
  const c = ch.charCodeAt(0)
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0)
  if (c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x200a) || c === 0x202f || c === 0x205f) return ' '
  return ch
}

export function foldWidth(source: Mapped): Mapped {
  let text = source.text
  if (FULL_WIDTH.test(text)) text = text.replace(/[\uff01-\uff5e\u3000\u00a0\u2002-\u200a\u202f\u205f]/g, foldUnit)
  const folded: Mapped = text === source.text ? source : { text, origin: source.origin }
  return rewrite(folded, ZERO_WIDTH, () => '')
}
