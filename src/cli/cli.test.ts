import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

const BIN = new URL('../../bin/zhengji.js', import.meta.url).pathname

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  })
}

describe('zhengji command line', () => {
  it('prints its version and its commands', () => {
    const version = run(['--version'])
    expect(version.status).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/)
    const help = run(['--help'])
    expect(help.status).toBe(0)
    for (const verb of ['serve', 'migrate', 'seed', 'extract']) expect(help.stdout).toContain(verb)
  })

  it('rejects an unknown command with exit code 2', () => {
    const result = run(['fly'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('unknown command "fly"')
  })

  it('names DATABASE_URL in one line and exits non-zero when it is malformed or unreachable', () => {
    const malformed = run(['migrate'], { DATABASE_URL: 'mysql://x@y/z' })
    expect(malformed.status).not.toBe(0)
    expect(malformed.stderr.trim().split('\n')).toHaveLength(1)
    expect(malformed.stderr).toContain('DATABASE_URL')
    const unreachable = run(['migrate'], { DATABASE_URL: 'postgres://u:pw@127.0.0.1:1/db' })
    expect(unreachable.status).not.toBe(0)
    expect(unreachable.stderr).toMatch(/DATABASE_URL .*ECONNREFUSED/)
  })

  it('migrates and seeds an embedded database, idempotently', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const dir = mkdtempSync(join(tmpdir(), 'zj-cli-'))
    try {
      const env = { ZHENGJI_DATA: dir, DATABASE_URL: '' }
      expect(run(['migrate'], env).stdout).toMatch(/applied .*schema at version \d+/)
      expect(run(['migrate'], env).stdout).toMatch(/nothing to apply/)
      const first = run(['seed'], env)
      expect(first.stdout).toMatch(/seeded ([1-9]\d*) new of \1 sample articles/)
      expect(run(['seed'], env).stdout).toMatch(/seeded 0 new/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the bundled extract command', () => {
  it('answers exactly as the TypeScript sources do', () => {
    const text = '本报讯 11月8日,考察团抵达广东学习考察,当天召开两省合作交流座谈会,双方签署战略合作框架协议。'
    const args = ['extract', '-', '--published', '2023-11-12T21:33:00+08:00', '--json']
    const opts = { encoding: 'utf8' as const, input: text, timeout: 60_000 }
    const bundled = spawnSync(process.execPath, [BIN, ...args], opts)
    const sources = spawnSync(process.execPath, [BIN, ...args], {
      ...opts,
      env: { ...process.env, ZHENGJI_NO_BUNDLE: '1' },
    })
    expect(bundled.status).toBe(0)
    expect(JSON.parse(bundled.stdout).events.length).toBeGreaterThan(0)
    expect(bundled.stdout).toBe(sources.stdout)
  })
})
