// Signings: an agreement signed (签署/签订/签约 … 协议/协定/备忘录/合同), one record per agreement, with parties and title.
import {
  bracketedAgreements,
  isAgreement,
  isPersonLike,
  pairedParties,
  partiesOf,
  phraseAfterVerb,
  titleParties,
} from '../agreements/index.ts'
import { type EventDraft, newDraft, type ReadInput } from './draft.ts'
import { PLAN_MARKERS } from './lexicon.ts'
import { clauseOf, dateAt, explicitPlace, type NarrativeState, type Sentence } from './narrative.ts'

const VERB = /签署|签订|签约|签下|缔结|草签|签字仪式|(?:协议|协定|备忘录|合同)的签署/g
const INTENT = /达成[^,。]{0,8}意向|意向|拟|将|计划|准备|有望|即将/
/** 推动已签约项目投产 / 加快签约项目落地: projects signed before, named — not a signing */
const SIGNED_BEFORE = /已$/
const FOLLOW_UP = /(?:推动|推进|加快|促进|抓好|确保|落实)[^,。;]{0,6}$/
const BOTH = /双方|两地|两省区|两省|两市|两区|两县|两国/

/**
 * The two sides of 双方 / 两省: the narrative's meeting name, else the delegation's region and its hosts — at the
 * delegation's level (a province's delegation in Guangzhou signs with 广东省), named as the text names them.
 */
function bothSides(input: ReadInput, state: NarrativeState): string[] {
  const meeting = state.meeting
  if (meeting?.name) {
    const parts = meeting.name.split(/[·—\-与和、]/).filter((p) => p.length >= 2)
    const regions = parts
      .map((p) => /^[\u4e00-\u9fff]{2,10}?(?:[省市州县区]|自治区|特别行政区)/.exec(p)?.[0])
      .filter(Boolean)
    if (regions.length >= 2) return regions as string[]
  }
  const home = state.actor?.delegation.region
  const host = state.place
  if (!home || !host || home.code === host.place.code) return []
  const provincial = home.code.endsWith('0000')
  const hostProvince =
    provincial && host.place.province !== host.place.code ? input.placeByCode(host.place.province) : null
  if (hostProvince?.code === home.code) return []
  // as written (黔西南州), unless the text points rather than names (我省)
  const written = input.text.slice(host.span.start, host.span.end)
  const hostName = hostProvince?.name ?? (written.startsWith(host.place.name.slice(0, 2)) ? written : host.place.name)
  return [home.name, hostName]
}

/** 特区 in a party's name is the SAR its sentence, else its article, names (when it names only one of the two). */
function namedSar(party: string, sentence: string, text: string): string {
  if (!party.startsWith('特区')) return party
  for (const scope of [sentence, text]) {
    const hk = scope.includes('香港')
    if (hk !== scope.includes('澳门')) return `${hk ? '香港' : '澳门'}特别行政区${party.slice(2)}`
  }
  return party
}

export function findSignings(input: ReadInput, s: Sentence, state: NarrativeState): EventDraft[] {
  const { text } = input
  const out: EventDraft[] = []
  VERB.lastIndex = 0
  for (let m = VERB.exec(s.text); m !== null; m = VERB.exec(s.text)) {
    const start = s.start + m.index
    const end = start + m[0].length
    const clause = clauseOf(s, start)
    const prefix = text.slice(clause.start, start)
    if (PLAN_MARKERS.test(prefix) || INTENT.test(prefix.slice(-8))) continue
    if (SIGNED_BEFORE.test(prefix) || (FOLLOW_UP.test(prefix) && /^的?项目/.test(text.slice(end, end + 3)))) continue
    const limit = s.end
    const found = bracketedAgreements(text, end, limit)
    const titled = found[0] && found[0].start - end < 12 ? found : []
    const made: EventDraft[] = []
    const base = (rule: string): EventDraft =>
      newDraft('signing', { start, end, rule }, text.slice(clause.start, clause.end).trim(), s.index, s.headline)
    if (m[0].endsWith('的签署')) {
      const d = base('signing:noun')
      d.count = 0
      made.push(d)
    } else if (titled.length > 0) {
      // 《A》《B》…: one signing per agreement; the run of titles must follow the verb
      let at = titled[0]?.start ?? end
      for (const t of titled) {
        if (t.start - at > 2 && t !== titled[0]) break
        at = t.end
        if (!isAgreement(t.title)) continue
        const d = base('signing:bracketed')
        d.title = t.title
        d.titleSpan = { start: t.start, end: t.end, rule: 'title:bracketed' }
        const inner = partiesOf(t.title.replace(/(?:关于|在|就).*$/, ''))
        if (inner.length === 2) d.parties = inner.map((p) => p.replace(/(学术|科技|经贸|文化|教育|金融|关于).*$/, ''))
        else d.parties = titleParties(t.title)
        made.push(d)
      }
    } else if (m[0] === '签字仪式' || (m[0] === '签约' && text.startsWith('仪式', end))) {
      const d = base('signing:ceremony')
      d.count = 0
      made.push(d)
    } else {
      const phrase = phraseAfterVerb(text, end, Math.min(s.end, end + 40))
      const pairs = pairedParties(prefix)
      if (phrase && isAgreement(phrase.title) && pairs.length > 1) {
        for (const pair of pairs) {
          const d = base('signing:paired')
          d.title = phrase.title
          d.titleSpan = { start: phrase.start, end: phrase.end, rule: 'title:phrase' }
          d.parties = pair
          d.partiesSpan = { start: clause.start, end: start, rule: 'parties:paired' }
          d.count = 1
          made.push(d)
        }
      } else if (phrase && isAgreement(phrase.title)) {
        const d = base('signing:phrase')
        if (!phrase.counted) {
          d.title = phrase.title
          d.titleSpan = { start: phrase.start, end: phrase.end, rule: 'title:phrase' }
        }
        d.count = phrase.counted ? phrase.count : 1
        made.push(d)
      } else if (/^(仪式|项目|帮扶项目|了?[^,。]{0,10}项目)/.test(text.slice(end, end + 12)) && m[0] === '签约') {
        const d = base('signing:ceremony')
        d.count = 0
        made.push(d)
      } else if (phrase && /意向书$/.test(phrase.title)) {
        // a signed letter of intent is no agreement
      }
    }
    if (made.length === 0) continue
    const place = explicitPlace(input, s, s.start, clause.end)
    // 宜昌市…签约仪式: the one region the sentence names before the verb
    const before = s.places.filter((p) => p.end <= start)
    const named = new Set(before.map((p) => p.place.code)).size === 1 ? before[0] : undefined
    const told = dateAt(s, start, text, state)
    // 其间 / 期间: signed on some day of the span
    const date = told && /其间|期间/.test(text.slice(s.start, start)) ? { ...told, during: true } : told
    let parties = partiesOf(prefix)
    // envoys are not parties: "姜锋副省长与李春光签署…" leaves the parties to the title or the trip
    if (parties.some(isPersonLike)) parties = []
    if (parties.length < 2 && BOTH.test(prefix)) parties = bothSides(input, state)
    for (const d of made) {
      d.date = date
      if (place) {
        d.place = place.place
        d.placeSpan = place.span
      } else if (state.meeting?.place && state.meetingAt >= s.index - 3) {
        d.place = state.meeting.place
        d.placeSpan = state.meeting.placeSpan
        if (!date?.stated && state.meeting.date) d.date = { ...state.meeting.date, stated: false, linked: true }
      } else if (state.place) {
        d.place = state.place.place
        d.placeSpan = { ...state.place.span, rule: 'place:narrative' }
      } else if (named) {
        d.place = named.place
        d.placeSpan = { start: named.start, end: named.end, rule: 'place:named' }
      } else if (input.home) {
        d.place = input.home
        d.placeSpan = { start: s.start, end: s.start, rule: 'place:home' }
      }
      if (d.parties.length === 0 && parties.length >= 2) {
        d.parties = parties
        d.partiesSpan = { start: clause.start, end: start, rule: 'parties:before-verb' }
      }
      if (d.parties.length === 0) {
        // nobody named: a delegation's signing ceremony away from home is between its region and its hosts
        const sides = bothSides(input, state)
        if (sides.length === 2) {
          d.parties = sides
          d.partiesSpan = { start: s.start, end: s.start, rule: 'parties:trip' }
        }
      }
      d.parties = d.parties.map((p) => namedSar(p, s.text, text))
      d.confidence = 0.6 + (date?.stated ? 0.15 : 0) + (d.title ? 0.1 : 0)
      out.push(d)
    }
  }
  return out
}
