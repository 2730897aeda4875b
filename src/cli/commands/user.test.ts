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
        timeout: 120_000,
      })
    try {
      const created = run(
        ['create', '--username', 'chief', '--role', 'admin', '--email', 'chief@example.com'],
        'a strong secret\n',
      )
      expect(created.stderr).toBe('')
      expect(created.stdout).toMatch(/created admin chief/)
      expect(run(['create', '--username', 'x2', '--role', 'king'], 'another secret\n').status).toBe(2)
      expect(run(['create', '--username', 'x3', '--password', 'short']).status).toBe(2)
      expect(run(['role', 'chief', 'editor']).stdout).toContain('chief is now editor')
      expect(run(['list']).stdout).toMatch(/chief\teditor\tchief@example.com/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 240_000)
})
