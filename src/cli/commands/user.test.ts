import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const BIN = new URL('../../../bin/zhengji.js', import.meta.url).pathname

describe('zhengji user', () => {
  it('creates an admin (password from stdin), lists, changes role, refuses bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-user-'))
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, [BIN, 'user', ...args], {
        encoding: 'utf8',
        input,
        env: { ...process.env, ZHENGJI_DATA: dir, DATABASE_URL: '' },
        timeout: 60_000,
      })
    try {
      const created = run(
        ['create', '--username', 'chief', '--role', 'admin', '--email', 'chief@example.com'],
        'a strong secret\n',
      )
      expect(created.stderr).toBe('')
      expect(created.stdout).toMatch(/created admin chief/)
      expect(run(['create', '--username', 'chief'], 'another secret\n').status).toBe(2)
      expect(run(['create', '--username', 'x2', '--role', 'king'], 'another secret\n').status).toBe(2)
      expect(run(['create', '--username', 'x3', '--password', 'short']).status).toBe(2)
      expect(run(['create', '--username', 'ed', '--password', 'editor secret']).status).toBe(0)
      expect(run(['role', 'ed', 'editor']).stdout).toContain('ed is now editor')
      const list = run(['list']).stdout
      expect(list).toMatch(/chief\tadmin\tchief@example.com/)
      expect(list).toMatch(/ed\teditor/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
