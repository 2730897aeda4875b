// Ingest: articles from files, URLs and feeds into the store — decoded, deduplicated, linked into stories, read by
// the engine, their events merged across outlets — through a job queue that several workers share.
export type { ArticleDraft, SourceFormat, SourceItem } from './article.ts'
export {
  BATCH_DEFAULTS,
  type BatchInput,
  type BatchOptions,
  type BatchReport,
  type BatchSummary,
  type ItemResult,
  type ItemStatus,
  ingestBatch,
  ingestPaths,
  type Progress,
  reextractArticles,
  retryQuarantined,
} from './batch.ts'
export { type Decoded, decode } from './decode.ts'
export type { ExtractFn, IngestDeps } from './deps.ts'
export { createEnginePool, type EnginePool } from './engine-pool.ts'
export { INGEST_ERRORS, IngestError, type IngestErrorCode } from './errors.ts'
export { factsOf } from './event-fields.ts'
export { canonicalOf, compatibleCodes, refine, sameEvent } from './merge-events.ts'
export { type ArticleOutcome, LeaseLost, type PipelineHooks } from './pipeline.ts'
export { formatProgress, formatSummary } from './progress.ts'
export { isLoopback, MAX_INPUT_BYTES, type ReadResult, readSources } from './read-input.ts'
export { containment, isNearDuplicate, NEAR_DUPLICATE, sketch, words } from './sketch.ts'
export { detectFormat, type RawInput, readInput } from './sources/index.ts'
export { runWorker, WorkerCrash, type WorkerOptions, type WorkerReport, workerName } from './worker.ts'
