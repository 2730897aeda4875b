// The composition root: the one place that reads process.env, builds the store, clock and logger, and hands them down.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extract } from './extract/index.ts'
import { createEnginePool, type IngestDeps, reextractArticles } from './ingest/index.ts'
import { createStore, migrate, type Store } from './store/index.ts'

export interface Config {
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly port: number
  readonly host: string
  readonly logLevel: string
  /** engine threads of an ingest or worker process (0: read articles in the worker's own thread) */
  readonly engineThreads: number
}

export class ConfigError extends Error {
  readonly code = 'ZJ_CONFIG_INVALID'
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const portText = env['PORT'] ?? '3000'
  const port = Number(portText)
  if (!/^\d{1,5}$/.test(portText) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a number from 0 to 65535 (got "${portText}")`)
  }
  const threadsText = env['ZHENGJI_ENGINE_THREADS']
  const engineThreads = threadsText === undefined ? Math.min(4, availableParallelism() - 1) : Number(threadsText)
  if (!Number.isInteger(engineThreads) || engineThreads < 0 || engineThreads > 64) {
    throw new ConfigError(`ZHENGJI_ENGINE_THREADS must be a whole number from 0 to 64 (got "${threadsText}")`)
  }
  const databaseUrl = env['DATABASE_URL']?.trim()
  return {
    databaseUrl: databaseUrl ? databaseUrl : undefined,
    dataDir: resolve(env['ZHENGJI_DATA'] ?? 'data'),
    port,
    host: env['HOST'] ?? '0.0.0.0',
    logLevel: env['LOG_LEVEL'] ?? 'info',
    engineThreads,
  }
}

/** Opens the configured store and brings its schema up to date. */
export async function openStore(config: Config, options: { migrate?: boolean } = {}): Promise<Store> {
  const store = config.databaseUrl
    ? await createStore({ kind: 'postgres', databaseUrl: config.databaseUrl })
    : await createStore({ kind: 'pglite', dataDir: config.dataDir })
  if (options.migrate !== false) {
    try {
      await migrate(store.db)
    } catch (error) {
      await store.close()
      throw error
    }
  }
  return store
}

// ── ingest: the engine, its version and the clock, handed to src/ingest

let engineVersionCache: string | undefined

/** An id of the engine build: a hash of the src/extract sources, so a changed engine is a newer version. */
export function engineVersion(): string {
  if (engineVersionCache) return engineVersionCache
  const root = fileURLToPath(new URL('./extract/', import.meta.url))
  const hash = createHash('sha256')
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (!entry.name.endsWith('.test.ts')) hash.update(entry.name).update(readFileSync(path))
    }
  }
  walk(root)
  engineVersionCache = `engine-${hash.digest('hex').slice(0, 12)}`
  return engineVersionCache
}

/** What the newsroom calls after an editor saves an article: its events are read again by the engine. */
export function reextractOnSave(deps: IngestDeps): (articleId: number) => Promise<void> {
  return async (articleId) => {
    await reextractArticles(deps, { articleIds: [articleId] })
  }
}

/**
 * The dependencies of src/ingest: the store, the reading engine (on `engineThreads` threads when asked: a batch or a
 * worker process; `close` stops them), its version, the system clock.
 */
export function ingestDeps(
  store: Store,
  options: { engineThreads?: number } = {},
): IngestDeps & { close(): Promise<void> } {
  const pool = options.engineThreads ? createEnginePool(options.engineThreads) : undefined
  return {
    store,
    extract,
    engine: pool,
    engineVersion: engineVersion(),
    clock: () => new Date(),
    close: async () => {
      await pool?.close()
    },
  }
}
