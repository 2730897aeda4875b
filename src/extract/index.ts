// The reading engine: extract(text, { published, title?, outlet? }) turns a Chinese news article into dated, placed, evidenced events.
import { runPipeline } from './pipeline.ts'
import type { ExtractRef, ExtractResult } from './types.ts'

export { EXTRACT_ERRORS, type ExtractErrorCode, isZhengjiError, ZhengjiError } from './errors.ts'
export { formatScore, type ReferenceEvent, type ScoredPair, scoreDocuments } from './eval/score.ts'
export { type Normalized, normalize } from './normalize/index.ts'
export { type Reading, runPipeline, STEPS, type Step } from './pipeline.ts'
export { dateAt, parsePublished, resolveTimes, type TimeRef } from './time/index.ts'
export type {
  Delegation,
  EventDate,
  EventType,
  Evidence,
  ExtractedEvent,
  ExtractRef,
  ExtractResult,
  Grain,
  OrgMention,
  PartOfDay,
  PersonMention,
  Place,
  PlaceMention,
  TimeMention,
  TimeValue,
} from './types.ts'

/** Reads one article. Throws ZhengjiError ZJ_EXTRACT_BAD_PUBLISHED when `published` is no ISO date; never on text. */
export function extract(text: string, ref: ExtractRef): ExtractResult {
  return runPipeline(text, ref)
}
