// Event drafts: what the readers find, in the analysed text's offsets, before refiners turn them into events.
import type {
  Delegation,
  EventType,
  OrgMention,
  PersonMention,
  Place,
  PlaceMention,
  TimeMention,
  TimeValue,
} from '../types.ts'

export interface Span {
  readonly start: number
  readonly end: number
  readonly rule: string
}

export interface DelegationMention {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly delegation: Delegation
}

/** What the event readers are given: the analysed text and every mention found in it. */
export interface ReadInput {
  readonly text: string
  /** end of the headline line (0 when there is none) */
  readonly headlineEnd: number
  /** publication day, YYYY-MM-DD */
  readonly publishedDay: string
  readonly times: readonly TimeMention[]
  readonly places: readonly PlaceMention[]
  readonly people: readonly PersonMention[]
  readonly orgs: readonly OrgMention[]
  readonly delegations: readonly DelegationMention[]
  /** the region a text's 我省 / 我市 / 本市 means, when known */
  readonly home: Place | null
  readonly placeByCode: (code: string) => Place | undefined
}

export interface DraftDate {
  readonly value: TimeValue
  readonly span: Span
  /** stated in the trigger's own clause or sentence, rather than taken from the narrative */
  readonly stated: boolean
  /** taken from an event told earlier that this one belongs to (会上, 此次座谈, 在深圳期间) */
  readonly linked?: boolean
  /** told as happening during a span (其间, 期间): a one-off event inside it has an unknown day */
  readonly during?: boolean
}

export interface EventDraft {
  readonly type: EventType
  readonly trigger: Span
  readonly label: string
  readonly sentence: number
  readonly headline: boolean
  date: DraftDate | null
  place: Place | null
  placeSpan: Span | null
  actor: Delegation | null
  actorSpan: Span | null
  /** meetings: the normalised name (招商引智座谈会) or '' for a meeting told as a verb */
  name: string
  /** meetings told as a verb: the verb (会见, 座谈) */
  verb: string
  counterparts: string[]
  parties: string[]
  partiesSpan: Span | null
  title: string
  titleSpan: Span | null
  /** signings: how many agreements this statement counts (签订7个项目的合作协议) */
  count: number
  confidence: number
  /** visits: the stops told together in one statement (赴宜宾、自贡), and the region they were named under */
  stops: number
  tripRegion: Place | null
}

export function newDraft(
  type: EventType,
  trigger: Span,
  label: string,
  sentence: number,
  headline: boolean,
): EventDraft {
  return {
    type,
    trigger,
    label,
    sentence,
    headline,
    date: null,
    place: null,
    placeSpan: null,
    actor: null,
    actorSpan: null,
    name: '',
    verb: '',
    counterparts: [],
    parties: [],
    partiesSpan: null,
    title: '',
    titleSpan: null,
    count: 1,
    confidence: 0.5,
    stops: 1,
    tripRegion: null,
  }
}

export type { PlaceMention, TimeMention }
