// What ingest needs from outside, passed in by src/compose.ts: the store, the reading engine, its version, a clock.
import type { ExtractRef, ExtractResult } from '../extract/index.ts'
import type { Store } from '../store/index.ts'

export type ExtractFn = (text: string, ref: ExtractRef) => ExtractResult

export interface IngestDeps {
  readonly store: Pick<Store, 'db' | 'kind'>
  readonly extract: ExtractFn
  /** an id of the engine build; articles read by another version are what `reextract` re-reads */
  readonly engineVersion: string
  readonly clock: () => Date
}
