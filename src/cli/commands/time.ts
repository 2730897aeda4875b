// zhengji time: the time mentions of a text, resolved against a reference time; or a JSONL batch on stdin.
import { readFileSync } from 'node:fs'
import type { TimeMention } from '../../extract/index.ts'
import { normalize, parsePublished, resolveTimes } from '../../extract/index.ts'
import type { CommandModule } from '../zhengji.ts'

/** Mentions of `text` with offsets into `text` as given (it is normalised for reading, then mapped back). */
export function timeMentions(text: string, ref: string): TimeMention[] {
  const n = normalize(text)
  return resolveTimes(n.text, { published: ref }).map((m) => {
    const start = n.toOriginal(m.start)
    const end = m.end > m.start ? n.toOriginal(m.end - 1) + 1 : start
    return { ...m, start, end, text: text.slice(start, end) }
  })
}

function describe(m: TimeMention): string {
  const v = m.value
  const span = v.start === v.end ? v.start : `${v.start}..${v.end}`
  const tags = [v.grain, v.part, v.approx ? 'approx' : '', v.implied ? 'implied' : ''].filter(Boolean).join(' ')
  return `${String(m.start).padStart(5)}-${String(m.end).padEnd(5)} ${m.text.padEnd(12)} ${span.padEnd(22)} ${tags.padEnd(24)} ${m.rule}`
}

function jsonl(input: string): number {
  let failed = 0
  for (const line of input.split('\n')) {
    if (line.trim() === '') continue
    let id: unknown = null
    try {
      const doc = JSON.parse(line) as { id?: unknown; text?: unknown; ref?: unknown }
      id = doc.id ?? null
      if (typeof doc.text !== 'string' || typeof doc.ref !== 'string' || parsePublished(doc.ref) === null) {
        throw new Error('each line needs {id, text, ref} with ref an ISO date')
      }
      console.log(JSON.stringify({ id, mentions: timeMentions(doc.text, doc.ref) }))
    } catch (e) {
      failed++
      console.log(JSON.stringify({ id, mentions: [], error: (e as Error).message }))
    }
  }
  return failed > 0 ? 1 : 0
}

const command: CommandModule = {
  summary: 'print the time mentions of a text',
  usage: [
    'zhengji time --ref ISO [TEXT]',
    'zhengji time --jsonl < lines of {id, text, ref}',
    '',
    '  --ref    the reference (publication) time: 2023-11-12 or 2023-11-12T21:33+08:00',
    '  TEXT     the text; read from stdin when absent',
    '  --jsonl  batch mode: one {id, mentions} line per input line, in order',
    '  --json   print the mentions as JSON',
  ].join('\n'),
  async run(argv) {
    if (argv.includes('--jsonl')) return jsonl(readFileSync(0, 'utf8'))
    let ref: string | undefined
    let json = false
    const words: string[] = []
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i] ?? ''
      if (a === '--ref') ref = argv[++i]
      else if (a.startsWith('--ref=')) ref = a.slice(6)
      else if (a === '--json') json = true
      else if (a.startsWith('--')) {
        console.error(`zhengji time: unknown option ${a}`)
        return 2
      } else words.push(a)
    }
    if (ref === undefined || parsePublished(ref) === null) {
      console.error(
        `zhengji time: --ref ${ref === undefined ? 'is required' : `"${ref}" is not an ISO date`} (e.g. 2023-11-12T21:33+08:00)`,
      )
      return 2
    }
    const text = words.length > 0 ? words.join(' ') : readFileSync(0, 'utf8')
    const mentions = timeMentions(text, ref)
    if (json) console.log(JSON.stringify(mentions, null, 2))
    else if (mentions.length === 0) console.log('no time mentions')
    else for (const m of mentions) console.log(describe(m))
    return 0
  },
}
export default command
