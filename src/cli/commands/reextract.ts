import { parseArgs } from 'node:util'
import { engineVersion, ingestDeps, openStore, readConfig } from '../../compose.ts'
import { reextractArticles } from '../../ingest/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'
import { printReport, progressReporter } from './ingest.ts'

const command: CommandModule = {
  summary: 're-run the current engine over stored articles; canonical events that are still the same keep their ids',
  usage: [
    'zhengji reextract [--all] [--queue-only] [--workers N] [--json]',
    '',
    'By default only articles read by another engine version (or never read) are re-read; --all re-reads every one.',
  ].join('\n'),
  run: (argv) =>
    guarded('reextract', async () => {
      const { values } = parseArgs({
        args: [...argv],
        options: {
          all: { type: 'boolean' },
          'queue-only': { type: 'boolean' },
          workers: { type: 'string' },
          json: { type: 'boolean' },
        },
      })
      const workers = Number(values.workers ?? 2)
      if (!Number.isInteger(workers) || workers < 1) {
        console.error('zhengji reextract: --workers takes a positive number')
        return 2
      }
      const store = await openStore(readConfig())
      const progress = progressReporter()
      try {
        const report = await reextractArticles(ingestDeps(store), {
          all: values.all === true,
          work: values['queue-only'] !== true,
          workers,
          onProgress: (p) => progress.update(p),
        })
        progress.end()
        if (!values.json) console.log(`engine ${engineVersion()}`)
        printReport(report, values.json === true)
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
