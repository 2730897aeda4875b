// Bytes to text: the charset from a BOM, then from <meta charset> / <?xml encoding?> / a Content-Type, then by
// sniffing (strict UTF-8 first, then GB18030 against Big5 by which one reads as common Chinese). iconv-lite decodes.
import iconv from 'iconv-lite'
import { IngestError } from './errors.ts'

export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'

export interface Decoded {
  readonly text: string
  readonly charset: Charset
  /** how the charset was decided */
  readonly by: 'bom' | 'declared' | 'sniffed'
}

const ALIASES: Record<string, Charset> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  cp936: 'gb18030',
  'euc-cn': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  cp950: 'big5',
}

/** Normalises a charset label; undefined when Zhengji does not read it. */
export function charsetOf(label: string | undefined): Charset | undefined {
  if (!label) return undefined
  return ALIASES[
    label
      .trim()
      .toLowerCase()
      .replace(/^["']|["']$/g, '')
  ]
}

function bom(bytes: Uint8Array): Charset | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** The charset a page or feed declares in its first 4 KB (read as ASCII). */
export function declaredCharset(bytes: Uint8Array): Charset | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const xml = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)
  if (xml) return charsetOf(xml[1])
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  if (meta) return charsetOf(meta[1])
  return undefined
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}

// Very common characters of Chinese news text, in simplified and traditional forms: a decoding that reads as
// Chinese hits many of them; the wrong one of GB18030/Big5 produces rare characters and replacement marks.
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龍國時會議東業為區廣與團黨領導長縣書記員門開關過話說這進運選處務發現實體協簽訂貿經濟營灣臺廳華費館陽劉張陳馬蘇鄭們個來',
)

function score(text: string): number {
  let hits = 0
  let bad = 0
  for (const ch of text) {
    if (ch === '\uFFFD') bad++
    else if (COMMON.has(ch)) hits++
  }
  return hits - 5 * bad
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0
  let bad = 0
  // code units, not code points: the marks counted are all in the BMP, and a surrogate is none of them
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    // replacement marks, control characters other than tab/newline, and private-use code points
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0xe000 && c <= 0xf8ff)) bad++
  }
  return bad / text.length
}

/**
 * Decodes bytes to text, or throws ZJ_INGEST_BAD_ENCODING when no charset reads them (binary, or too many
 * undecodable bytes). `hint` is a charset from outside (an HTTP Content-Type, a JSON field).
 */
export function decode(bytes: Uint8Array, source: string, hint?: string): Decoded {
  let decoded: Decoded
  const fromBom = bom(bytes)
  const declared = fromBom ? undefined : (charsetOf(hint) ?? declaredCharset(bytes))
  if (fromBom) {
    const skip = fromBom === 'utf-8' ? 3 : 2
    decoded = { text: iconv.decode(Buffer.from(bytes.subarray(skip)), fromBom), charset: fromBom, by: 'bom' }
  } else if (declared) {
    decoded = { text: iconv.decode(Buffer.from(bytes), declared), charset: declared, by: 'declared' }
    // a page that lies about its charset: sniff, and keep the sniffed reading when it is clearly better Chinese
    if (declared !== 'utf-8' || replacementShare(decoded.text) > 0) {
      const sniffed = sniff(bytes)
      if (
        sniffed &&
        sniffed.charset !== declared &&
        (replacementShare(sniffed.text) < replacementShare(decoded.text) ||
          score(sniffed.text) > score(decoded.text) * 1.5 + 10)
      ) {
        decoded = sniffed
      }
    }
  } else {
    decoded = sniff(bytes) ?? { text: iconv.decode(Buffer.from(bytes), 'gb18030'), charset: 'gb18030', by: 'sniffed' }
  }
  const share = replacementShare(decoded.text)
  if (share > 0.01) {
    throw new IngestError(
      'ZJ_INGEST_BAD_ENCODING',
      source,
      `${(share * 100).toFixed(1)}% of the characters do not decode as ${decoded.charset}`,
    )
  }
  return decoded
}

function sniff(bytes: Uint8Array): Decoded | undefined {
  const utf8 = strictUtf8(bytes)
  if (utf8 !== undefined) return { text: utf8, charset: 'utf-8', by: 'sniffed' }
  const buffer = Buffer.from(bytes)
  const gb = iconv.decode(buffer, 'gb18030')
  const big5 = iconv.decode(buffer, 'big5')
  return score(big5) > score(gb)
    ? { text: big5, charset: 'big5', by: 'sniffed' }
    : { text: gb, charset: 'gb18030', by: 'sniffed' }
}
