// The reading engine as an ordered list of steps: normalize → time → place → people/org/delegations → events.
import { type AgreementTitle, bracketedAgreements, isAgreement } from './agreements/index.ts'
import { extractError } from './errors.ts'
import type { DelegationMention } from './events/index.ts'
import { readEvents } from './events/index.ts'
import { ABBREVIATION_FOLLOW } from './events/lexicon.ts'
import { type Normalized, normalize } from './normalize/index.ts'
import { findOrgs } from './org/index.ts'
import { findDelegations, findPeople } from './people/index.ts'
import { findPlaces, homeFromOutlet, placeByCode } from './place/index.ts'
import { mapSpan } from './span.ts'
import { parsePublished, resolveTimes } from './time/index.ts'
import type {
  ExtractedEvent,
  ExtractRef,
  ExtractResult,
  OrgMention,
  PersonMention,
  Place,
  PlaceMention,
  TimeMention,
} from './types.ts'

/** Everything the steps know about one text; each step fills its part. */
export interface Reading {
  readonly original: string
  readonly ref: ExtractRef
  readonly publishedDay: string
  normalized: Normalized
  headlineEnd: number
  home: Place | null
  times: TimeMention[]
  places: PlaceMention[]
  people: PersonMention[]
  orgs: OrgMention[]
  delegations: DelegationMention[]
  agreements: AgreementTitle[]
  events: ExtractedEvent[]
}

export type Step = (r: Reading) => void

/** Where the headline line ends in the analysed text (0 when the text opens with no headline). */
function headlineEnd(text: string, title: string | undefined): number {
  const lead = /\S/.exec(text)?.index ?? 0
  if (title?.trim() && text.startsWith(title.trim(), lead)) return lead + title.trim().length
  const m = /\S[^\n]*/.exec(text)
  if (!m) return 0
  const line = m[0].trim()
  if (line.length <= 64 && !/[。!?]$/.test(line) && !/^图为|摄$/.test(line) && !/\d{1,2}月\d{1,2}日/.test(line))
    return m.index + m[0].length
  return 0
}

/** Pages that tell no real events: fiction chapters, academic essays. */
function notNews(text: string): boolean {
  if (/第[0-9一二三四五六七八九十百千]+章/.test(text) && /小说|章节|书架|书签|作者|目录/.test(text)) return true
  if (/摘要:|关键词:|参考文献|\[\d+\]/.test(text) && /研究|政策|学者/.test(text) && !/日电|日讯/.test(text)) return true
  return false
}

export const STEPS: readonly (readonly [string, Step])[] = [
  [
    'normalize',
    (r) => {
      const title = r.ref.title?.trim() ?? ''
      const n = normalize(r.original)
      if (title && !n.text.slice(0, 400).includes(normalize(title).text.trim())) {
        // a headline given apart from the text is read in front of it; its spans map to the text's start
        const prefix = `${title}\n`
        const both = normalize(prefix + r.original)
        r.normalized = {
          text: both.text,
          originalLength: r.original.length,
          toOriginal: (i) => Math.min(r.original.length, Math.max(0, both.toOriginal(i) - prefix.length)),
        }
        r.headlineEnd = normalize(title).text.length
      } else {
        r.normalized = n
        r.headlineEnd = headlineEnd(n.text, title ? normalize(title).text.trim() : undefined)
      }
    },
  ],
  [
    'time',
    (r) => {
      r.times = resolveTimes(r.normalized.text, { published: r.ref.published })
    },
  ],
  [
    'place',
    (r) => {
      const home = homeFromOutlet(r.ref.outlet, r.normalized.text)
      r.home = home ? (placeByCode(home) ?? null) : null
      const text = r.normalized.text
      // a one-character region after a verb must be followed by what a trip is followed by (在新时代 is no 新疆)
      r.places = findPlaces(text, home ? { home } : {}).filter(
        (p) => p.rule !== 'abbr-verb' || ABBREVIATION_FOLLOW.test(text.slice(p.end, p.end + 2)),
      )
    },
  ],
  [
    'people',
    (r) => {
      const home = r.home?.code
      r.people = findPeople(r.normalized.text, r.places, home ? { home } : {})
    },
  ],
  [
    'orgs',
    (r) => {
      const home = r.home?.code
      r.orgs = findOrgs(r.normalized.text, r.places, home ? { home } : {})
    },
  ],
  [
    'delegations',
    (r) => {
      const home = r.home?.code
      r.delegations = findDelegations(r.normalized.text, r.places, r.people, home ? { home } : {}).map((d) => ({
        text: d.text,
        start: d.start,
        end: d.end,
        delegation: d.delegation,
      }))
    },
  ],
  [
    'agreements',
    (r) => {
      r.agreements = bracketedAgreements(r.normalized.text).filter((a) => isAgreement(a.title))
    },
  ],
  [
    'events',
    (r) => {
      if (notNews(r.normalized.text)) return
      r.events = readEvents(
        {
          text: r.normalized.text,
          headlineEnd: r.headlineEnd,
          publishedDay: r.publishedDay,
          times: r.times,
          places: r.places,
          people: r.people,
          orgs: r.orgs,
          delegations: r.delegations,
          home: r.home,
          placeByCode,
        },
        (i) => r.normalized.toOriginal(i),
      )
    },
  ],
]

function mapped<T extends { start: number; end: number }>(r: Reading, items: readonly T[]): T[] {
  return items.map((m) => ({ ...m, ...mapSpan((i) => r.normalized.toOriginal(i), m.start, m.end) }))
}

/** Runs the steps over one text. `text` is read as given; offsets in the result point into it. */
export function runPipeline(
  text: string,
  ref: ExtractRef,
  steps: readonly (readonly [string, Step])[] = STEPS,
): ExtractResult {
  if (typeof ref !== 'object' || ref === null) throw extractError('ZJ_EXTRACT_BAD_REF', ref)
  const published = parsePublished(ref.published)
  if (!published) throw extractError('ZJ_EXTRACT_BAD_PUBLISHED', ref.published, String(ref.published))
  const original = typeof text === 'string' ? text : ''
  if (typeof text !== 'string' && text !== undefined && text !== null) throw extractError('ZJ_EXTRACT_BAD_TEXT', text)
  const r: Reading = {
    original,
    ref,
    publishedDay: published.date,
    normalized: { text: '', originalLength: 0, toOriginal: () => 0 },
    headlineEnd: 0,
    home: null,
    times: [],
    places: [],
    people: [],
    orgs: [],
    delegations: [],
    agreements: [],
    events: [],
  }
  for (const [, step] of steps) step(r)
  return {
    events: r.events,
    mentions: {
      times: mapped(r, r.times),
      places: mapped(r, r.places),
      people: mapped(r, r.people),
      orgs: mapped(r, r.orgs),
      delegations: mapped(r, r.delegations),
      agreements: mapped(r, r.agreements).map((a) => ({ ...a, text: r.original.slice(a.start, a.end) })),
    },
  }
}
