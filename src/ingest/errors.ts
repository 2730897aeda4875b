// Typed reasons of the ingest layer: why an input was quarantined. Codes are stable and listed in docs/errors.md.

export const INGEST_ERRORS = {
  ZJ_INGEST_BAD_ENCODING: 'the bytes cannot be decoded as UTF-8, GB18030/GBK or Big5',
  ZJ_INGEST_EMPTY: 'the input has no article text',
  ZJ_INGEST_TOO_LARGE: 'the input is larger than the ingest limit',
  ZJ_INGEST_BAD_FEED: 'the feed is not well-formed RSS 2.0 or Atom XML',
  ZJ_INGEST_BAD_JSONL: 'a JSONL line is not a JSON article object',
  ZJ_INGEST_UNREADABLE: 'the source cannot be read (missing file, refused URL, HTTP error)',
  ZJ_INGEST_UNKNOWN_FORMAT: 'the input is neither HTML, a feed, JSONL nor plain text',
  ZJ_INGEST_EXTRACT_FAILED: 'the reading engine failed on the article',
  ZJ_INGEST_JOB_FAILED: 'an ingest job failed repeatedly and was given up',
} as const

export type IngestErrorCode = keyof typeof INGEST_ERRORS

/** A reason to quarantine an input: a stable code, a readable message, the input's source. */
export class IngestError extends Error {
  readonly code: IngestErrorCode
  readonly source: string
  constructor(code: IngestErrorCode, source: string, detail?: string) {
    super(detail === undefined ? INGEST_ERRORS[code] : `${INGEST_ERRORS[code]}: ${detail}`)
    this.name = 'IngestError'
    this.code = code
    this.source = source
  }
}
