// What ingest needs from outside, passed in by src/compose.ts: the store, the reading engine (and engine threads, when
// there are cores to spare), its version, a clock.
import type { ExtractRef, ExtractResult } from '../extract/index.ts'
import type { Store } from '../store/index.ts'
import type { EnginePool } from './engine-pool.ts'

export type ExtractFn = (text: string, ref: ExtractRef) => ExtractResult

export interface IngestDeps {
  readonly store: Pick<Store, 'db' | 'kind'>
  readonly extract: ExtractFn
  /**
   * engine threads for claims of new articles; without them articles are read in the worker's own thread. The threads
   * run src/extract itself, not `extract` (which stays the engine of re-extraction and of claims of a few articles).
   */
  readonly engine?: Pick<EnginePool, 'read'> | undefined
  /** an id of the engine build; articles read by another version are what `reextract` re-reads */
  readonly engineVersion: string
  readonly clock: () => Date
}
