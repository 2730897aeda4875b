// The progress bar a batch shows on a terminal (done/total, rate, ETA) and the summary line it ends with.
import type { BatchSummary, Progress } from './batch.ts'

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.max(0, Math.round(seconds))
  const m = Math.floor(s / 60)
  return m >= 60
    ? `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`
    : `${m}:${String(s % 60).padStart(2, '0')}`
}

/** One line: [#####-----] 120/400 8.5/s ETA 0:33 */
export function formatProgress(progress: Progress, elapsedSeconds: number, width = 30): string {
  const total = Math.max(progress.total, progress.done)
  const share = total === 0 ? 0 : progress.done / total
  const filled = Math.round(share * width)
  const rate = elapsedSeconds > 0 ? progress.done / elapsedSeconds : 0
  const eta = rate > 0 ? (total - progress.done) / rate : Number.POSITIVE_INFINITY
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`
  return `[${bar}] ${progress.done}/${total}${progress.totalKnown ? '' : '+'} ${rate.toFixed(1)}/s ETA ${progress.totalKnown ? duration(eta) : '--:--'}`
}

export function formatSummary(summary: BatchSummary, seconds: number): string {
  const parts = [
    `ingested ${summary.ingested}`,
    `duplicates ${summary.duplicates}`,
    `near-duplicates ${summary.nearDuplicates}`,
    `quarantined ${summary.quarantined}`,
    `events ${summary.events}`,
    `merged ${summary.merged}`,
  ]
  if (summary.reextracted > 0) parts.unshift(`re-extracted ${summary.reextracted}`)
  if (summary.queued > 0) parts.push(`queued ${summary.queued}`)
  if (summary.failed > 0) parts.push(`failed ${summary.failed}`)
  return `${parts.join(', ')} in ${seconds.toFixed(1)} s`
}
