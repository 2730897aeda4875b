// The composition root: the one place that reads process.env, builds the store, clock and logger, and hands them down.
import { resolve } from 'node:path'
import { createStore, migrate, type Store } from './store/index.ts'

export interface Config {
  readonly databaseUrl: string | undefined
  readonly dataDir: string
  readonly port: number
  readonly host: string
  readonly logLevel: string
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
  const databaseUrl = env['DATABASE_URL']?.trim()
  return {
    databaseUrl: databaseUrl ? databaseUrl : undefined,
    dataDir: resolve(env['ZHENGJI_DATA'] ?? 'data'),
    port,
    host: env['HOST'] ?? '0.0.0.0',
    logLevel: env['LOG_LEVEL'] ?? 'info',
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
