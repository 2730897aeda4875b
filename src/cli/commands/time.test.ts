import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import command, { timeMentions } from './time.ts'

afterEach(() => vi.restoreAllMocks())

describe('zhengji time', () => {
  it('resolves mentions with offsets into the text as given', () => {
    const text = '１０月１６日，代表團抵達上海。隔天召開座談會。'
    const mentions = timeMentions(text, '2023-11-12T21:33+08:00')
    expect(mentions.map((m) => [m.text, m.value.start])).toEqual([
      ['１０月１６日', '2023-10-16'],
      ['隔天', '2023-10-17'],
    ])
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  })

  it('answers a JSONL batch line by line, in order', () => {
    const bin = fileURLToPath(new URL('../../../bin/zhengji.js', import.meta.url))
    const input = [
      { id: 'a', text: '昨天下午', ref: '2023-11-12T21:33+08:00' },
      { id: 'b', text: '无日期', ref: '2023-11-12' },
      { id: 'c', text: '5月8日', ref: '2024-05-20' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n')
    const run = spawnSync(process.execPath, [bin, 'time', '--jsonl'], { input, encoding: 'utf8' })
    expect(run.status).toBe(0)
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; mentions: unknown[] })
    expect(lines.map((l) => [l.id, l.mentions.length])).toEqual([
      ['a', 1],
      ['b', 0],
      ['c', 1],
    ])
  })

  it('refuses a missing --ref', async () => {
    const err: string[] = []
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')))
    expect(await command.run(['今天'])).toBe(2)
    expect(err[0]).toContain('--ref')
  })
})
