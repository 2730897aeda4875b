// Public value types of the reading engine. Offsets are UTF-16 indices into the ORIGINAL input text.

export type Grain = 'day' | 'month' | 'year' | 'window'
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening'

/** What the caller knows about the text: its publication time (ISO 8601 with zone) and optional metadata. */
export interface ExtractRef {
  readonly published: string
  readonly title?: string
  readonly outlet?: string
}

/** A resolved calendar value. start/end are YYYY-MM-DD, inclusive. */
export interface TimeValue {
  readonly start: string
  readonly end: string
  readonly grain: Grain
  readonly part?: PartOfDay
  /** vague (日前, 近日, 10月底): start..end is the window of days it can mean */
  readonly approx?: boolean
  /** stated in the text (11月6日) or implied by the narrative/publication date (隔天, 昨天) */
  readonly implied?: boolean
}

export interface TimeMention {
  readonly kind: 'time'
  readonly text: string
  readonly start: number
  readonly end: number
  readonly value: TimeValue
  readonly rule: string
}

export interface Place {
  readonly code: string
  readonly name: string
  readonly province: string
  readonly city?: string
  readonly site?: string
}

export interface PlaceMention {
  readonly kind: 'place'
  readonly text: string
  readonly start: number
  readonly end: number
  readonly place: Place
  readonly rule: string
}

export interface PersonMention {
  readonly kind: 'person'
  readonly text: string
  readonly start: number
  readonly end: number
  readonly name: string
  readonly role: string
  /** GB/T 2260 code of the region the role belongs to, when known */
  readonly region?: string
  readonly rule: string
}

export interface OrgMention {
  readonly kind: 'org'
  readonly text: string
  readonly start: number
  readonly end: number
  readonly name: string
  readonly orgType: 'company' | 'government' | 'party' | 'body' | 'other'
  readonly region?: string
  readonly rule: string
}

export interface Evidence {
  readonly field: string
  readonly start: number
  readonly end: number
  readonly rule: string
}

export type EventType = 'visit' | 'meeting' | 'signing'

export interface EventDate {
  readonly start: string
  readonly end: string
  readonly part?: PartOfDay
  readonly approx?: boolean
  readonly window?: readonly [string, string]
}

export interface Delegation {
  readonly name: string
  readonly region: { readonly code: string; readonly name: string }
  readonly leaders: readonly { readonly name: string; readonly role: string }[]
}

export interface ExtractedEvent {
  readonly id: string
  readonly type: EventType
  readonly label: string
  readonly date: EventDate
  readonly place: Place | null
  readonly delegation?: Delegation
  readonly counterparts: readonly string[]
  readonly parties?: readonly string[]
  readonly title?: string
  readonly evidence: readonly Evidence[]
  readonly confidence: number
}

export interface ExtractResult {
  readonly events: readonly ExtractedEvent[]
  readonly mentions: {
    readonly times: readonly TimeMention[]
    readonly places: readonly PlaceMention[]
    readonly people: readonly PersonMention[]
    readonly orgs: readonly OrgMention[]
    readonly delegations: readonly {
      readonly text: string
      readonly start: number
      readonly end: number
      readonly delegation: Delegation
    }[]
    readonly agreements: readonly {
      readonly text: string
      readonly start: number
      readonly end: number
      readonly title: string
    }[]
  }
}
