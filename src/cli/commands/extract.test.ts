import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import command, { parseOptions } from './extract.ts'

function capture() {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')))
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
  return { out, err }
}

function article(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengji-extract-'))
  const file = join(dir, 'a.txt')
  writeFileSync(file, text)
  return file
}

afterEach(() => vi.restoreAllMocks())

describe('zhengji extract', () => {
  it('parses the file, --published, --title, --outlet and --json', () => {
    expect(parseOptions(['a.txt', '--published', '2023-11-12', '--title=T', '--outlet', '吉林日报', '--json'])).toEqual(
      {
        file: 'a.txt',
        published: '2023-11-12',
        title: 'T',
        outlet: '吉林日报',
        json: true,
      },
    )
    expect(parseOptions(['--bogus'])).toBe('unknown option --bogus')
  })

  it.each([[[]], [['--published', 'last week']], [['--published', '2023-02-30']]])(
    'refuses a missing or invalid --published with one line and exit 2 (%j)',
    async (args) => {
      const { err } = capture()
      const file = article('文本')
      expect(await command.run([file, ...args])).toBe(2)
      expect(err).toHaveLength(1)
      expect(err[0]).toContain('--published')
    },
  )

  it('prints the events as JSON the scorer reads', async () => {
    const { out } = capture()
    const file = article('11月8日，吉林省党政代表团抵达广州，当天召开合作交流座谈会。')
    expect(await command.run([file, '--published', '2023-11-12T21:33:00+08:00', '--json'])).toBe(0)
    const result = JSON.parse(out.join('\n')) as { events: { type: string; date: { start: string } }[] }
    expect(result.events.map((e) => [e.type, e.date.start])).toEqual([
      ['visit', '2023-11-08'],
      ['meeting', '2023-11-08'],
    ])
  })

  it('prints a readable table without --json', async () => {
    const { out } = capture()
    const file = article('11月8日，吉林省党政代表团抵达广州。')
    expect(await command.run([file, '--published', '2023-11-12'])).toBe(0)
    expect(out[0]).toMatch(/^date\s+type\s+place\s+who\s+evidence/)
    expect(out[0]).toContain('广州市 440100')
  })
})
