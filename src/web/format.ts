// Formatting helpers for pages: dates in Beijing time, counts.
const BEIJING = 8 * 60 * 60 * 1000

/** 2023-11-12 21:33:01, in China Standard Time, as the seed page shows times. */
export function formatDateTime(date: Date): string {
  const d = new Date(date.getTime() + BEIJING)
  return d.toISOString().slice(0, 19).replace('T', ' ')
}

export function formatDate(date: Date): string {
  return formatDateTime(date).slice(0, 10)
}

/** Counts as the seed page shows them: exact below 100,000, then in 万 (zh-CN) or compact (en: 123.4K). */
export function formatCount(n: number, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (n < 100_000) return String(n)
  return locale === 'en'
    ? new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(n)
    : `${(n / 10_000).toFixed(1)}\u4e07`
}
