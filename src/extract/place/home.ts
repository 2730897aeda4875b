// The region 我省 / 我市 / 本市 refer to: from the outlet's name, or a paper's name or 本报 line near the start.
import { findPlacesIn } from './match.ts'
import { OUTLET_HOMES } from './outlets.ts'

const MEDIA =
  /([\u4e00-\u9fff]{2,8}?)(?:日报|晚报|都市报|在线|新闻网|广播电视台|电视台|卫视|人民政府网|政府网|台记者|频道|客户端|网)/u
const QUOTED = /据《([^》]{2,14})》/u
const LOCAL_LINE = /本报([\u4e00-\u9fff]{2,5}?)(?:\d{1,2}月\d{1,2}日)?讯/u

/** The home of the first well-known outlet named in `s` (新华日报 → Jiangsu). */
function knownOutlet(s: string): string | undefined {
  let best: { at: number; code: string } | undefined
  for (const [name, code] of Object.entries(OUTLET_HOMES)) {
    const at = s.indexOf(name)
    if (at >= 0 && (!best || at < best.at)) best = { at, code }
  }
  return best?.code
}

function firstPlace(s: string): string | undefined {
  const m = findPlacesIn(s).find((p) => p.rule !== 'abbr-verb' && p.rule !== 'abbr-pair')
  return m?.place.code
}

/** GB/T code of the outlet's home region (吉林日报 → 220000, 张家口日报 → 130700), or undefined. */
export function homeFromOutlet(outlet: string | undefined, text: string): string | undefined {
  if (outlet) {
    const known = knownOutlet(outlet)
    if (known) return known
    const media = MEDIA.exec(outlet)
    const fromMedia = media?.[1] ? firstPlace(media[1]) : undefined
    if (fromMedia) return fromMedia
    const any = firstPlace(outlet)
    if (any) return any
  }
  const head = text.slice(0, 400)
  // 据《吉林日报》消息: a repost tells the story of the paper it quotes
  const quoted = QUOTED.exec(head)
  if (quoted?.[1]) {
    const inner = MEDIA.exec(quoted[1])
    const code = inner?.[1] ? firstPlace(inner[1]) : undefined
    if (code) return code
  }
  const known = knownOutlet(head.slice(0, 200))
  if (known) return known
  const media = MEDIA.exec(head)
  if (media?.[1]) {
    const code = firstPlace(media[1])
    if (code) return code
  }
  const line = LOCAL_LINE.exec(head)
  const local = line?.[1] ? firstPlace(line[1]) : undefined
  if (local) return local
  // a credit at the end: 甘肃台记者呼和浩特报道, (来源:浙江日报)
  const tail = MEDIA.exec(text.slice(-300))
  return tail?.[1] ? firstPlace(tail[1]) : undefined
}
