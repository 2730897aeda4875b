import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = new URL('../', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

describe('error registry', () => {
  const documented = new Set(readFileSync(join(ROOT, 'docs/errors.md'), 'utf8').match(/ZJ_[A-Z0-9_]+/g) ?? [])
  const used = new Map<string, string>()
  for (const file of sources(join(ROOT, 'src'))) {
    for (const code of readFileSync(file, 'utf8').match(/ZJ_[A-Z0-9_]+/g) ?? []) used.set(code, file)
  }

  it('finds error codes in the sources', () => {
    expect(used.size).toBeGreaterThan(3)
  })

  it('documents every code used in src/ in docs/errors.md', () => {
    const missing = [...used].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`)
    expect(missing).toEqual([])
  })
})
