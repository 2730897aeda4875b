import { describe, expect, it } from 'vitest'
import { i18n, pickLocale } from './i18n.ts'
import { en } from './messages/en.ts'
import { zhCN } from './messages/zh-CN.ts'

describe('message catalogs', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort())
  })

  it('every message uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(names(en[key]), key).toEqual(names(zhCN[key]))
    }
  })

  it('fills placeholders', () => {
    expect(i18n('zh-CN').t('comments.total', { n: 3 })).toBe('共(3)条')
    expect(i18n('en').t('comments.total', { n: 3 })).toBe('(3 in all)')
  })
})

describe('pickLocale', () => {
  it('defaults to zh-CN', () => {
    expect(pickLocale(undefined, undefined)).toBe('zh-CN')
    expect(pickLocale(undefined, 'fr-FR,de;q=0.8')).toBe('zh-CN')
  })

  it('follows Accept-Language by weight', () => {
    expect(pickLocale(undefined, 'en-US,en;q=0.9')).toBe('en')
    expect(pickLocale(undefined, 'zh-TW;q=0.5,en;q=0.8')).toBe('en')
    expect(pickLocale(undefined, 'zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN')
  })

  it('lets the cookie win and ignores a bad cookie', () => {
    expect(pickLocale('en', 'zh-CN')).toBe('en')
    expect(pickLocale('zh-CN', 'en')).toBe('zh-CN')
    expect(pickLocale('xx', 'en')).toBe('en')
  })
})
