// zhengji extract: reads one article (a file or stdin) into events, as JSON or as a readable table.
import { readFileSync } from 'node:fs'
import { type ExtractResult, extract, isZhengjiError, parsePublished } from '../../extract/index.ts'
import type { CommandModule } from '../zhengji.ts'

interface Options {
  file: string | undefined
  published: string | undefined
  title: string | undefined
  outlet: string | undefined
  json: boolean
}

export function parseOptions(argv: readonly string[]): Options | string {
  const o: Options = { file: undefined, published: undefined, title: undefined, outlet: undefined, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? ''
    const eq = a.indexOf('=')
    const [flag, inline] = a.startsWith('--') && eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined]
    const value = (): string | undefined => inline ?? argv[++i]
    if (flag === '--json') o.json = true
    else if (flag === '--published') o.published = value()
    else if (flag === '--title') o.title = value()
    else if (flag === '--outlet') o.outlet = value()
    else if (flag.startsWith('--')) return `unknown option ${flag}`
    else if (o.file === undefined) o.file = a
    else return `unexpected argument ${a}`
  }
  return o
}

export function readInput(file: string | undefined): string {
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8')
}

function cell(s: string, width: number): string {
  let w = 0
  let out = ''
  for (const ch of s) {
    const cw = /[\u1100-\uffff]/.test(ch) ? 2 : 1
    if (w + cw > width) break
    out += ch
    w += cw
  }
  return out + ' '.repeat(Math.max(0, width - w))
}

/** A readable table: date, type, place, who, evidence. */
export function formatTable(result: ExtractResult, text: string): string {
  if (result.events.length === 0) return 'no events'
  const rows = result.events.map((e) => {
    const date = e.date.approx
      ? `~${e.date.start}..${e.date.end}`
      : e.date.start === e.date.end
        ? e.date.start
        : `${e.date.start}..${e.date.end}`
    const who =
      e.type === 'signing'
        ? (e.parties ?? []).join(' / ') || e.title || ''
        : e.delegation
          ? e.delegation.name
          : e.counterparts.join('、')
    const ev = e.evidence.find((x) => x.field === 'type')
    const quote = ev ? text.slice(Math.max(0, ev.start - 8), ev.end + 12).replace(/\s+/g, ' ') : ''
    return [date, e.type, e.place ? `${e.place.name} ${e.place.code}` : '-', who, quote]
  })
  const widths = [23, 8, 22, 30, 40]
  const head = ['date', 'type', 'place', 'who', 'evidence']
  return [head, ...rows]
    .map((r) =>
      r
        .map((c, i) => cell(c, widths[i] ?? 20))
        .join(' ')
        .trimEnd(),
    )
    .join('\n')
}

const command: CommandModule = {
  summary: 'read an article into events',
  usage: [
    'zhengji extract [FILE|-] --published ISO [--title T] [--outlet O] [--json]',
    '',
    '  FILE         the article text (UTF-8); - or nothing reads stdin',
    '  --published  publication time: 2023-11-12, 2023-11-12T21:33+08:00 or 2023-11-12T21:33:00+08:00 (no zone = +08:00)',
    '  --title      the headline, when the text does not start with it',
    '  --outlet     the outlet name (吉林日报): tells what 我省 / 我市 mean',
    '  --json       print the full result as JSON (events and mentions)',
  ].join('\n'),
  async run(argv) {
    const o = parseOptions(argv)
    if (typeof o === 'string') {
      console.error(`zhengji extract: ${o}`)
      return 2
    }
    if (o.published === undefined || parsePublished(o.published) === null) {
      console.error(
        `zhengji extract: --published ${o.published === undefined ? 'is required' : `"${o.published}" is not an ISO date`} (e.g. 2023-11-12 or 2023-11-12T21:33+08:00)`,
      )
      return 2
    }
    let text: string
    try {
      text = readInput(o.file)
    } catch (e) {
      console.error(`zhengji extract: cannot read ${o.file ?? 'stdin'}: ${(e as Error).message}`)
      return 2
    }
    try {
      const result = extract(text, {
        published: o.published,
        ...(o.title !== undefined ? { title: o.title } : {}),
        ...(o.outlet !== undefined ? { outlet: o.outlet } : {}),
      })
      console.log(o.json ? JSON.stringify(result, null, 2) : formatTable(result, text))
      return 0
    } catch (e) {
      if (isZhengjiError(e)) {
        console.error(`zhengji extract: ${e.code}: ${e.message}`)
        return 2
      }
      throw e
    }
  },
}
export default command
