import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { charsetOf, declaredCharset, decode } from './decode.ts'

const TEXT = '省党政代表团赴上海市学习考察，双方签署了战略合作框架协议。'
const TRAD = '省黨政代表團赴上海市學習考察，雙方簽署了戰略合作框架協議。'

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(TEXT)
    expect(decode(bytes, 'x')).toMatchObject({ text: TEXT, charset: 'utf-8', by: 'sniffed' })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    expect(decode(withBom, 'x')).toMatchObject({ text: TEXT, charset: 'utf-8', by: 'bom' })
  })

  it('reads UTF-16 by its BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')])
    expect(decode(bytes, 'x')).toMatchObject({ text: TEXT, charset: 'utf-16le', by: 'bom' })
  })

  it('follows a <meta charset> or an XML declaration', () => {
    const html = iconv.encode(`<html><head><meta charset="gb2312"></head><body>${TEXT}</body></html>`, 'gbk')
    const out = decode(html, 'x')
    expect(out.charset).toBe('gb18030')
    expect(out.by).toBe('declared')
    expect(out.text).toContain(TEXT)
    const xml = iconv.encode(`<?xml version="1.0" encoding="Big5"?><rss>${TRAD}</rss>`, 'big5')
    expect(decode(xml, 'x').text).toContain(TRAD)
  })

  it('tells GBK from Big5 by sniffing when nothing is declared', () => {
    expect(decode(iconv.encode(TEXT, 'gbk'), 'x')).toMatchObject({ text: TEXT, charset: 'gb18030', by: 'sniffed' })
    expect(decode(iconv.encode(TRAD, 'big5'), 'x')).toMatchObject({ text: TRAD, charset: 'big5', by: 'sniffed' })
  })

  it('falls back to sniffing when a page lies about its charset', () => {
    const lying = iconv.encode(`<meta charset="big5"><p>${TEXT}${TEXT}</p>`, 'gbk')
    expect(decode(lying, 'x').text).toContain(TEXT)
  })

  it('refuses bytes no charset reads with ZJ_INGEST_BAD_ENCODING', () => {
    const noise = new Uint8Array(512).map((_, i) => (i * 37) % 31)
    expect(() => decode(noise, 'noise.bin')).toThrow(
      expect.objectContaining({ code: 'ZJ_INGEST_BAD_ENCODING', source: 'noise.bin' }),
    )
  })

  it('normalises charset labels and reads declarations', () => {
    expect(charsetOf('GB2312')).toBe('gb18030')
    expect(charsetOf('"UTF8"')).toBe('utf-8')
    expect(charsetOf('latin1')).toBeUndefined()
    expect(
      declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=GBK">')),
    ).toBe('gb18030')
    expect(declaredCharset(new TextEncoder().encode('<p>no declaration</p>'))).toBeUndefined()
  })
})
