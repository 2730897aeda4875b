// Who travels: the delegation (or the official with a region) a visit belongs to.
import type { Delegation } from '../types.ts'
import type { ReadInput, Span } from './draft.ts'
import type { NarrativeState, Sentence } from './narrative.ts'

export interface FoundActor {
  readonly delegation: Delegation
  readonly span: Span
  /** 北京、广东、江西等省市的代表团: the other regions' delegations told together */
  readonly others?: readonly Delegation[]
  /** a provincial official whose province is not named: at home in the province of the place visited */
  readonly atHome?: boolean
}

const GROUP = /代表团|考察团|访问团|访港团|访澳团|招商团|调研团|调研组|考察组|工作组/g

/** Delegations told in a sentence: the engine's delegation mentions, else `<place>…代表团` read here. */
export function delegationsIn(input: ReadInput, s: Sentence): FoundActor[] {
  const out: FoundActor[] = s.delegations.map((d) => ({
    delegation: d.delegation,
    span: { start: d.start, end: d.end, rule: 'actor:delegation' },
  }))
  GROUP.lastIndex = 0
  for (let m = GROUP.exec(s.text); m !== null; m = GROUP.exec(s.text)) {
    const end = s.start + m.index + m[0].length
    if (out.some((d) => d.span.start <= end - 1 && d.span.end >= end)) continue
    const place = s.places.filter((p) => p.end <= end - m[0].length && p.end >= end - m[0].length - 12).at(-1)
    if (!place) continue
    const between = input.text.slice(place.end, end - m[0].length)
    if (/[,。、与和同]|会见|欢迎|陪同/.test(between)) continue
    // a list of regions before one group word: one delegation each
    const list = [place]
    for (;;) {
      const first = list[0]
      if (!first) break
      const prev = s.places.filter((p) => p.end === first.start - 1 || p.end === first.start).at(-1)
      if (!prev || !/^[、和及]?$/.test(input.text.slice(prev.end, first.start))) break
      list.unshift(prev)
    }
    const name = input.text.slice(place.start, end)
    const toDelegation = (p: typeof place): Delegation => ({
      name,
      region: { code: p.place.code, name: p.place.name },
      leaders: [],
    })
    const head = list[0] ?? place
    out.push({
      delegation: toDelegation(head),
      span: { start: head.start, end, rule: list.length > 1 ? 'actor:place-list-group' : 'actor:place-group' },
      ...(list.length > 1 ? { others: list.slice(1).map(toDelegation) } : {}),
    })
  }
  return out.sort((a, b) => a.span.start - b.span.start)
}

const ROLE =
  /[市省区县](?:政府|委)?(?:主要)?(?:负责同志|领导)|(?:党委|省委|市委|州委|县委|区委|盟委)?(?:常委、)?副?(?:书记|省长|市长|州长|县长|区长|主席|主任)|行政长官|特首|政务司副?司长|财政司副?司长|律政司副?司长/g

/** Officials read from role words (吉林省委书记景俊海, 省长罗东川, 政务司副司长卓永兴) when no person mention covers them. */
function officialsByRole(input: ReadInput, s: Sentence): FoundActor[] {
  const out: FoundActor[] = []
  const { text } = input
  ROLE.lastIndex = 0
  for (let m = ROLE.exec(s.text); m !== null; m = ROLE.exec(s.text)) {
    const start = s.start + m.index
    const end = start + m[0].length
    const role = m[0]
    let code: string | undefined
    let from = start
    const place = s.places.filter((p) => p.start < start && p.end <= end - 1 && p.end >= start - 10).at(-1)
    if (place && !/[,。、与和同]/.test(text.slice(place.end, start))) {
      code = place.place.code
      from = place.start
    } else if (/行政长官|特首|司长/.test(role)) {
      code = /澳门/.test(text.slice(Math.max(s.start, start - 12), start)) ? '820000' : '810000'
    } else if (input.home && /省/.test(role) === input.home.code.endsWith('0000')) {
      if (/^(?:省委|省长|副省长)|^副?省长/.test(role) && input.home.code.endsWith('0000')) code = input.home.code
      if (/^(?:市委|市长|副市长)/.test(role) && !input.home.code.endsWith('0000')) code = input.home.code
    }
    const after = text.slice(end, end + 3)
    const name = /^[赴到来抵在率带前与同和会出考调参主陪一等]/.test(after)
      ? ''
      : (/^[一-鿿]{2,3}/.exec(after)?.[0] ?? '')
    if (!code && input.home && /^[市省区县]/.test(role)) {
      // 市政府主要负责同志 / 市领导 of the outlet's own region
      const provincial = input.home.code.endsWith('0000')
      if (role.startsWith('省') === provincial) code = input.home.code
    }
    if (!code) {
      // a provincial official with no province named: at home in the province of the place visited
      if (/^(?:省委副?书记|(?:常务)?副?省长)$/.test(role.replace(/^省委常委、/, ''))) {
        out.push({
          delegation: { name: text.slice(start, end + name.length), region: { code: '', name: '' }, leaders: [] },
          span: { start, end: end + name.length, rule: 'actor:role-at-home' },
          atHome: true,
        })
      }
      continue
    }
    const region = input.placeByCode(code)
    out.push({
      delegation: {
        name: text.slice(from, end + name.length),
        region: { code, name: region?.name ?? code },
        leaders: name ? [{ name, role }] : [],
      },
      span: { start: from, end: end + name.length, rule: 'actor:role' },
    })
  }
  return out
}

/** Officials with a known region, as one-person actors. */
export function officialsIn(input: ReadInput, s: Sentence): FoundActor[] {
  const known = officialsFromPeople(input, s)
  return known.length > 0 ? known : officialsByRole(input, s)
}

function officialsFromPeople(input: ReadInput, s: Sentence): FoundActor[] {
  return s.people
    .filter((p) => p.region !== undefined)
    .map((p) => {
      const place = input.placeByCode(p.region ?? '')
      return {
        delegation: {
          name: p.text,
          region: { code: p.region ?? '', name: place?.name ?? p.region ?? '' },
          leaders: [{ name: p.name, role: p.role }],
        },
        span: { start: p.start, end: p.end, rule: 'actor:official' },
      }
    })
}

const registries = new WeakMap<ReadInput, Map<string, FoundActor>>()

/** Officials named with their region anywhere in the text, by name: 张庆伟 → 湖南省委书记张庆伟. */
function knownOfficials(input: ReadInput): Map<string, FoundActor> {
  const hit = registries.get(input)
  if (hit) return hit
  const all: Sentence = {
    index: -1,
    start: 0,
    end: input.text.length,
    text: input.text,
    headline: false,
    paragraph: 0,
    clauses: [],
    times: [],
    places: input.places,
    delegations: [],
    people: [],
    orgs: [],
  }
  const map = new Map<string, FoundActor>()
  for (const o of officialsByRole(input, all)) {
    const leader = o.delegation.leaders[0]
    if (leader && o.delegation.region.code && !map.has(leader.name)) map.set(leader.name, o)
  }
  registries.set(input, map)
  return map
}

/** The actor of a visit whose trigger is at `pos`: the closest delegation before it, an official, or the narrative's. */
export function actorAt(input: ReadInput, s: Sentence, pos: number, state: NarrativeState): FoundActor | null {
  const all = delegationsIn(input, s)
  // 会见来桂考察的贵州省党政代表团: the group a motion describes follows it, after 的
  const described = all.find(
    (d) => d.span.start > pos && /^[^,。;、]{1,10}的$/.test(input.text.slice(pos, d.span.start)),
  )
  if (described) return described
  const groups = all.filter((d) => d.span.end <= pos)
  const group = groups.at(-1)
  if (group) return group
  const officials = officialsIn(input, s).filter((d) => d.span.end <= pos)
  const official = officials[0]
  if (official) return official
  const before = input.text.slice(s.start, pos)
  for (const [name, o] of knownOfficials(input)) {
    const at = before.lastIndexOf(name)
    if (at >= 0) {
      return {
        delegation: o.delegation,
        span: { start: s.start + at, end: s.start + at + name.length, rule: 'actor:known-name' },
      }
    }
  }
  if (state.actor) return { delegation: state.actor.delegation, span: { ...state.actor.span, rule: 'actor:narrative' } }
  return null
}
