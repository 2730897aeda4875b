// Reading one article: the engine's events and the content sketch, the CPU-bound half of ingest. The same function
// runs in the worker's own thread or in an engine thread (engine-pool.ts); it never throws, a failure is a result.
import type { ExtractResult } from '../extract/index.ts'
import type { ExtractFn } from './deps.ts'
import { type ReadEvent, readEvent } from './event-fields.ts'
import { fingerprint } from './sketch.ts'

export interface ReadRequest {
  readonly title: string
  readonly body: string
  /** the reference date the engine resolves relative dates against */
  readonly published: string
  readonly outlet?: string | undefined
  readonly script: 'hans' | 'hant'
}

/**
 * What ingest keeps of a reading: the events (their matching fields and JSON text) and the sketch. The engine's
 * intermediate mentions (every time, place, person… it found) are left behind: they are twice the size of the events
 * and would cross threads for nothing.
 */
export type ReadOutcome =
  | { readonly events: readonly ReadEvent[]; readonly hashes: number[]; readonly facts: number[] }
  | { readonly error: string }

/** Runs the engine only: `{ error }` when it throws. */
export function runEngine(extract: ExtractFn, request: Omit<ReadRequest, 'script'>): ExtractResult | { error: string } {
  try {
    return extract(request.body, {
      published: request.published,
      title: request.title,
      ...(request.outlet ? { outlet: request.outlet } : {}),
    })
  } catch (error) {
    return { error: (error as Error).message || String(error) }
  }
}

/** The engine's reading and the sketch of one article. */
export function readArticle(extract: ExtractFn, request: ReadRequest): ReadOutcome {
  const reading = runEngine(extract, request)
  if ('error' in reading) return reading
  return { events: reading.events.map(readEvent), ...fingerprint(`${request.title}\n${request.body}`, request.script) }
}

/** Reads articles one after another in this thread, letting other work of the process run between them. */
export async function readInThread(extract: ExtractFn, requests: readonly ReadRequest[]): Promise<ReadOutcome[]> {
  const out: ReadOutcome[] = []
  for (const request of requests) {
    // the engine is synchronous: another worker's open transaction (holding the ingest lock) goes on in between
    await new Promise<void>((resolve) => setImmediate(resolve))
    out.push(readArticle(extract, request))
  }
  return out
}
