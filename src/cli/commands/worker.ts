import { parseArgs } from 'node:util'
import { ingestDeps, openStore, readConfig } from '../../compose.ts'
import { BATCH_DEFAULTS, runWorker } from '../../ingest/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'

const command: CommandModule = {
  summary: 'run an ingest worker: claim queued jobs (FOR UPDATE SKIP LOCKED, under a lease) and process them',
  usage: [
    'zhengji worker [options]',
    '',
    'Options:',
    '  --drain            exit once no job is queued or running (default: run until SIGINT/SIGTERM)',
    '  --batch ID         only this batch',
    `  --claim N          jobs per claim (default ${BATCH_DEFAULTS.claim}, as \`zhengji ingest\`)`,
    '  --lease S          lease seconds; a job whose worker died is reclaimed after it (default 30)',
    `  --concurrency N    worker loops in this process (default ${BATCH_DEFAULTS.workers}: one writes while the engine reads another's claim)`,
    '',
    'Several workers may run side by side on one PostgreSQL database. PGlite is single-process: use',
    '`zhengji ingest` (which works its batch in-process) instead.',
  ].join('\n'),
  run: (argv) =>
    guarded('worker', async () => {
      const { values } = parseArgs({
        args: [...argv],
        options: {
          drain: { type: 'boolean' },
          batch: { type: 'string' },
          claim: { type: 'string' },
          lease: { type: 'string' },
          concurrency: { type: 'string' },
        },
      })
      const claim = Number(values.claim ?? BATCH_DEFAULTS.claim)
      const lease = Number(values.lease ?? 30)
      const concurrency = Number(values.concurrency ?? BATCH_DEFAULTS.workers)
      if (![claim, lease, concurrency].every((n) => Number.isFinite(n) && n > 0)) {
        console.error('zhengji worker: --claim, --lease and --concurrency take positive numbers')
        return 2
      }
      const config = readConfig()
      const store = await openStore(config)
      const deps = ingestDeps(store, { engineThreads: config.engineThreads })
      const controller = new AbortController()
      const stop = () => controller.abort()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        const reports = await Promise.all(
          Array.from({ length: concurrency }, () =>
            runWorker(deps, {
              claim,
              leaseSeconds: lease,
              until: values.drain ? 'drained' : 'stopped',
              signal: controller.signal,
              ...(values.batch ? { batch: values.batch } : {}),
            }),
          ),
        )
        for (const r of reports) {
          console.log(`worker ${r.worker}: processed ${r.processed}, lost leases ${r.lost}, errors ${r.errors}`)
        }
        return 0
      } finally {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        await deps.close()
        await store.close()
      }
    }),
}
export default command
