// The composition root reads the environment once and names the variable it cannot use.
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './compose.ts'

describe('configuration from the environment', () => {
  it('defaults: PGlite in ./data, port 3000, engine threads one fewer than the CPUs (at most 4)', () => {
    const config = readConfig({})
    expect(config.databaseUrl).toBeUndefined()
    expect(config.port).toBe(3000)
    expect(config.dataDir.endsWith('/data')).toBe(true)
    expect(config.engineThreads).toBeGreaterThanOrEqual(0)
    expect(config.engineThreads).toBeLessThanOrEqual(4)
  })

  it('takes ZHENGJI_ENGINE_THREADS, 0 meaning no engine threads', () => {
    expect(readConfig({ ZHENGJI_ENGINE_THREADS: '3' }).engineThreads).toBe(3)
    expect(readConfig({ ZHENGJI_ENGINE_THREADS: '0' }).engineThreads).toBe(0)
  })

  it.each(['-1', 'two', '1.5', '65'])('refuses ZHENGJI_ENGINE_THREADS=%s, naming the variable', (value) => {
    expect(() => readConfig({ ZHENGJI_ENGINE_THREADS: value })).toThrow(ConfigError)
    expect(() => readConfig({ ZHENGJI_ENGINE_THREADS: value })).toThrow(/ZHENGJI_ENGINE_THREADS/)
  })

  it('refuses a PORT that is not a port, naming it', () => {
    expect(() => readConfig({ PORT: '70000' })).toThrow(/PORT/)
  })
})
