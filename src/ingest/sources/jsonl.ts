// JSONL: one article a line, { url?, title, text | html, published?, outlet?, byline?, editor?, sources? }.
// A line that is not such an object is set aside with its line number; the other lines go on.
import {
  type ArticleDraft,
  detectScript,
  normalizeDate,
  normalizeUrl,
  type SourceItem,
  takeCredits,
  tidy,
} from '../article.ts'
import { htmlToText } from './html-text.ts'

function strings(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : []
  if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
    return value.map((v) => v.trim()).filter(Boolean)
  return undefined
}

/** One JSONL record to a draft, or the reason it is not one. */
export function jsonArticle(value: unknown): ArticleDraft | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the line is not a JSON object'
  const o = value as Record<string, unknown>
  if (typeof o['title'] !== 'string' || !o['title'].trim()) return 'the object has no "title" string'
  const raw =
    typeof o['text'] === 'string'
      ? tidy(o['text'])
      : typeof o['html'] === 'string'
        ? tidy(htmlToText(o['html']))
        : undefined
  if (raw === undefined) return 'the object has neither a "text" nor an "html" string'
  const credits = takeCredits(raw)
  if (credits.body.replace(/\s/g, '').length === 0) return 'the article text is empty'
  let published: string | undefined
  if (o['published'] !== undefined && o['published'] !== null) {
    if (typeof o['published'] !== 'string') return '"published" is not a string'
    published = normalizeDate(o['published'])
    if (!published) return `"published" is not a date: ${o['published']}`
  }
  const byline = strings(o['byline'])
  const sources = strings(o['sources'])
  if (o['byline'] !== undefined && !byline) return '"byline" is not a string or a list of strings'
  if (o['sources'] !== undefined && !sources) return '"sources" is not a string or a list of strings'
  const title = o['title'].trim()
  const url = typeof o['url'] === 'string' ? normalizeUrl(o['url']) : undefined
  const outlet = typeof o['outlet'] === 'string' && o['outlet'].trim() ? o['outlet'].trim() : undefined
  const editor = typeof o['editor'] === 'string' && o['editor'].trim() ? o['editor'].trim() : credits.editor
  return {
    title,
    body: credits.body,
    ...(published ? { published } : {}),
    ...(outlet ? { outlet } : {}),
    byline: byline && byline.length > 0 ? byline : credits.byline,
    ...(editor ? { editor } : {}),
    sources: [...new Set([...(sources ?? []), ...credits.sources])],
    ...(url ? { url } : {}),
    script: detectScript(`${title}\n${credits.body}`),
  }
}

/**
 * Reads JSONL text, one item per non-empty line, lazily: a batch enqueues the first lines of a large file while the
 * rest are still unread.
 */
export function* jsonlItems(text: string, source: string): Generator<SourceItem> {
  const lines = text.split('\n')
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue
    const itemSource = `${source}:${index + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      yield rejected(itemSource, `line ${index + 1} is not JSON: ${(error as Error).message}`, line)
      continue
    }
    const draft = jsonArticle(value)
    yield typeof draft === 'string'
      ? rejected(itemSource, `line ${index + 1}: ${draft}`, line)
      : { ok: true, source: itemSource, format: 'jsonl', draft }
  }
}

/** A line set aside, kept as it was read (for `zhengji quarantine retry`). */
function rejected(source: string, reason: string, line: string): SourceItem {
  const payload = new TextEncoder().encode(line)
  return { ok: false, source, format: 'jsonl', code: 'ZJ_INGEST_BAD_JSONL', reason, payload }
}

/** Reads JSONL text: one item per non-empty line. */
export function readJsonl(text: string, source: string): SourceItem[] {
  return [...jsonlItems(text, source)]
}
