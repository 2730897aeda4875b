import { parseArgs } from 'node:util'
import { ingestDeps, openStore, readConfig, reextractOnSave } from '../../compose.ts'
import { reextractArticles } from '../../ingest/index.ts'
import { buildServer, listen } from '../../server/index.ts'
import { guarded } from '../errors.ts'
import { isEmpty, seedSamples } from '../samples.ts'
import type { CommandModule } from '../zhengji.ts'

const command: CommandModule = {
  summary: 'start the portal: migrate the database, load the samples into an empty one, listen',
  usage:
    'zhengji serve [--port N] [--host H]\n\nEnvironment: DATABASE_URL (PostgreSQL; default embedded PGlite in ZHENGJI_DATA or ./data), PORT, HOST, LOG_LEVEL',
  run: (argv) =>
    guarded('serve', async () => {
      const { values } = parseArgs({ args: [...argv], options: { port: { type: 'string' }, host: { type: 'string' } } })
      const config = readConfig({
        ...process.env,
        ...(values.port ? { PORT: values.port } : {}),
        ...(values.host ? { HOST: values.host } : {}),
      })
      const store = await openStore(config)
      const deps = ingestDeps(store)
      if (await isEmpty(store)) {
        const n = await seedSamples(store)
        const read = await reextractArticles(deps, { all: true })
        console.log(`zhengji: loaded ${n} sample articles into the new database (${read.summary.events} events read)`)
      }
      const app = await buildServer({
        store,
        logger: { level: config.logLevel },
        onArticleSaved: reextractOnSave(deps),
      })
      const address = await listen(app, { port: config.port, host: config.host, onClose: () => store.close() })
      console.log(
        `zhengji: serving on ${address.replace('0.0.0.0', 'localhost')} (store: ${store.kind} ${store.where})`,
      )
      return 0
    }),
}
export default command
