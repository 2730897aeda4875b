import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const BIN = fileURLToPath(new URL('../../../bin/zhengji.js', import.meta.url))
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url))

function run(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  })
}

describe('zhengji ingest / events / quarantine', () => {
  it('ingests pages and bad inputs from the command line, lists canonical events and the quarantine', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-ingest-cli-'))
    try {
      const env = { ZHENGJI_DATA: dir, DATABASE_URL: '' }
      const ingest = run(['ingest', join(FIXTURES, 'pages'), join(FIXTURES, 'bad')], env)
      expect(ingest.status).toBe(0)
      // not a terminal: no progress bar, one summary line
      expect(ingest.stdout.trim().split('\n')).toHaveLength(1)
      expect(ingest.stdout).toMatch(
        /^ingested 6, duplicates 0, near-duplicates 2, quarantined 4, events \d+, merged \d+ in /,
      )
      expect(ingest.stderr).toContain('[ZJ_INGEST_BAD_FEED]')

      const events = run(['events', '--json'], env)
      expect(events.status).toBe(0)
      const list = JSON.parse(events.stdout) as { type: string; articles: number[]; date: { start: string } }[]
      const shared = list.filter((e) => e.date.start.startsWith('2024-04') && e.articles.length === 3)
      expect(shared.map((e) => e.type).sort()).toEqual(['meeting', 'signing', 'visit'])

      const quarantine = run(['quarantine', 'list'], env)
      expect(quarantine.status).toBe(0)
      expect(quarantine.stdout).toMatch(/ZJ_INGEST_BAD_JSONL .*mixed\.jsonl:2/)
      expect(quarantine.stdout).toContain('4 open quarantined inputs')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)

  it('refuses bad options with exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-ingest-cli-'))
    try {
      const env = { ZHENGJI_DATA: dir, DATABASE_URL: '' }
      expect(run(['ingest'], env).status).toBe(2)
      expect(run(['ingest', '--format', 'pdf', 'x'], env).status).toBe(2)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
