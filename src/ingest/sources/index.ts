// Input bytes to articles: decode, tell the format (HTML, RSS/Atom, JSONL, text) and read it. Never throws: every
// input yields items, each a draft or the reason it was set aside.
import type { SourceFormat, SourceItem } from '../article.ts'
import { decode } from '../decode.ts'
import { IngestError } from '../errors.ts'
import { readFeed } from './feed.ts'
import { readHtml } from './html.ts'
import { jsonlItems } from './jsonl.ts'
import { readText } from './text.ts'

export interface RawInput {
  /** a path, a URL or '-' (stdin), with #fragments for items of a feed or :lines of a JSONL file */
  readonly source: string
  readonly bytes: Uint8Array
  /** an outside hint: an HTTP Content-Type */
  readonly contentType?: string | undefined
  /** a format forced by the caller */
  readonly format?: SourceFormat | undefined
}

/** The format told by the name's extension, the content type, then the text's first characters. */
export function detectFormat(source: string, text: string, contentType?: string): SourceFormat {
  const name = source.toLowerCase().replace(/[?#].*$/, '')
  if (/\.(?:html?|shtml|xhtml|php|aspx?)$/.test(name)) return 'html'
  if (/\.(?:rss|atom|xml)$/.test(name)) return 'feed'
  if (/\.(?:jsonl|ndjson)$/.test(name)) return 'jsonl'
  if (/\.(?:txt|text|md)$/.test(name)) return 'text'
  const type = contentType?.toLowerCase() ?? ''
  if (/(?:rss|atom)\+xml|\/xml/.test(type)) return 'feed'
  if (type.includes('html')) return 'html'
  if (type.includes('json')) return 'jsonl'
  const head = text.slice(0, 2000).trimStart()
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'feed'
  if (/^(?:<!doctype html|<html|<head|<body|<meta)/i.test(head) || /<\/(?:p|div|body)>/i.test(head)) return 'html'
  if (head.startsWith('{')) return 'jsonl'
  return 'text'
}

function contentCharset(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1] : undefined
}

/** Reads one raw input into articles (or reasons). */
export function readInput(input: RawInput): SourceItem[] {
  return [...inputItems(input)]
}

/**
 * Reads one raw input into articles (or reasons), lazily: a JSONL file's lines are read as they are asked for.
 * Never throws: an input that cannot be read at all yields one item, the reason.
 */
export function* inputItems(input: RawInput): Generator<SourceItem> {
  let format: SourceFormat = input.format ?? 'text'
  try {
    if (input.bytes.byteLength === 0) {
      throw new IngestError('ZJ_INGEST_EMPTY', input.source, 'the input has no bytes')
    }
    const { text } = decode(input.bytes, input.source, contentCharset(input.contentType))
    format = input.format ?? detectFormat(input.source, text, input.contentType)
    if (text.trim().length === 0) throw new IngestError('ZJ_INGEST_EMPTY', input.source, 'the input is blank')
    switch (format) {
      case 'html':
        yield { ok: true, source: input.source, format, draft: readHtml(text, input.source) }
        return
      case 'feed':
        yield* readFeed(text, input.source).map(
          (item): SourceItem =>
            item.draft
              ? { ok: true, source: item.source, format, draft: item.draft }
              : {
                  ok: false,
                  source: item.source,
                  format,
                  code: item.error?.code ?? 'ZJ_INGEST_EMPTY',
                  reason: item.error?.message ?? 'the item has no text',
                },
        )
        return
      case 'jsonl':
        yield* jsonlItems(text, input.source)
        return
      case 'text':
        yield { ok: true, source: input.source, format, draft: readText(text, input.source) }
        return
    }
  } catch (error) {
    const code = error instanceof IngestError ? error.code : 'ZJ_INGEST_UNKNOWN_FORMAT'
    yield { ok: false, source: input.source, format, code, reason: (error as Error).message, payload: input.bytes }
  }
}
