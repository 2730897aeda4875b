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

export function formatCount(n: number): string {
  return n >= 100_000 ? `${(n / 10_000).toFixed(1)}万` : String(n)
}
