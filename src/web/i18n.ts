// Languages: zh-CN by default, English by a switch (a cookie) or the browser's Accept-Language.
import { en } from './messages/en.ts'
import { type MessageKey, type Messages, zhCN } from './messages/zh-CN.ts'

export type Locale = 'zh-CN' | 'en'
export const LOCALES: readonly Locale[] = ['zh-CN', 'en']
export const DEFAULT_LOCALE: Locale = 'zh-CN'

const CATALOGS: Record<Locale, Messages> = { 'zh-CN': zhCN, en }

export interface I18n {
  readonly locale: Locale
  t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string
}

export function i18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const catalog = CATALOGS[locale]
  return {
    locale,
    t: (key, params) => {
      const text = catalog[key]
      return params
        ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m))
        : text
    },
  }
}

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en'
}

/** The cookie wins; otherwise the first language in Accept-Language we have (by q), else zh-CN. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | undefined): Locale {
  if (isLocale(cookie)) return cookie
  if (!acceptLanguage) return DEFAULT_LOCALE
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index }
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN'
    if (tag === 'en' || tag.startsWith('en-')) return 'en'
  }
  return DEFAULT_LOCALE
}

export type { MessageKey, Messages }
