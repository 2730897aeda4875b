// Reads the inputs named on the command line: files (directories recursively), '-' for stdin, and http(s) URLs on
// this machine's loopback only. Oversized inputs are refused before they are read whole.
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { IngestErrorCode } from './errors.ts'
import type { RawInput } from './sources/index.ts'

/** The default size limit of one input (a page, a feed, a JSONL file). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024

export interface ReadFailure {
  readonly failed: true
  readonly source: string
  readonly code: IngestErrorCode
  readonly reason: string
}

export type ReadResult = RawInput | ReadFailure

export interface ReadOptions {
  readonly maxBytes?: number
  readonly stdin?: () => Promise<Uint8Array>
  readonly fetch?: typeof fetch
}

function fail(source: string, code: IngestErrorCode, reason: string): ReadFailure {
  return { failed: true, source, code, reason }
}

/** True for loopback hosts: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h)
}

async function readUrl(url: URL, options: ReadOptions, maxBytes: number): Promise<ReadResult> {
  const source = url.toString()
  if (!isLoopback(url.hostname)) {
    return fail(source, 'ZJ_INGEST_UNREADABLE', `only URLs on this machine's loopback are read (got ${url.hostname})`)
  }
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(url, { signal: AbortSignal.timeout(30_000), redirect: 'follow' })
  } catch (error) {
    return fail(source, 'ZJ_INGEST_UNREADABLE', (error as Error).message)
  }
  if (!response.ok) return fail(source, 'ZJ_INGEST_UNREADABLE', `HTTP ${response.status}`)
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {})
    return fail(source, 'ZJ_INGEST_TOO_LARGE', `${declared} bytes, the limit is ${maxBytes}`)
  }
  const chunks: Uint8Array[] = []
  let size = 0
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength
      if (size > maxBytes) return fail(source, 'ZJ_INGEST_TOO_LARGE', `more than ${maxBytes} bytes`)
      chunks.push(chunk)
    }
  }
  return { source, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? undefined }
}

/** Files a directory walk picks up (a file named explicitly is read whatever its name). */
const INGESTIBLE = /\.(?:html?|shtml|xhtml|xml|rss|atom|jsonl|ndjson|txt)$/i

async function* readPath(path: string, maxBytes: number, walked = false): AsyncGenerator<ReadResult> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    yield fail(path, 'ZJ_INGEST_UNREADABLE', (error as NodeJS.ErrnoException).code ?? (error as Error).message)
    return
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort()
    for (const name of names) yield* readPath(join(path, name), maxBytes, true)
    return
  }
  if (walked && !INGESTIBLE.test(path)) return
  if (info.size > maxBytes) {
    yield fail(path, 'ZJ_INGEST_TOO_LARGE', `${info.size} bytes, the limit is ${maxBytes}`)
    return
  }
  try {
    yield { source: path, bytes: await readFile(path) }
  } catch (error) {
    yield fail(path, 'ZJ_INGEST_UNREADABLE', (error as Error).message)
  }
}

/** Reads every named input in order; never throws (a failure is an item). */
export async function* readSources(specs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES
  for (const spec of specs) {
    if (spec === '-') {
      try {
        const bytes = options.stdin ? await options.stdin() : new Uint8Array()
        yield bytes.byteLength > maxBytes
          ? fail('stdin', 'ZJ_INGEST_TOO_LARGE', `${bytes.byteLength} bytes, the limit is ${maxBytes}`)
          : { source: 'stdin', bytes }
      } catch (error) {
        yield fail('stdin', 'ZJ_INGEST_UNREADABLE', (error as Error).message)
      }
    } else if (/^https?:\/\//i.test(spec)) {
      let url: URL
      try {
        url = new URL(spec)
      } catch {
        yield fail(spec, 'ZJ_INGEST_UNREADABLE', 'not a valid URL')
        continue
      }
      yield await readUrl(url, options, maxBytes)
    } else {
      yield* readPath(spec, maxBytes)
    }
  }
}
