import { parseArgs } from 'node:util'
import { ingestDeps, openStore, readConfig } from '../../compose.ts'
import { retryQuarantined } from '../../ingest/index.ts'
import { listQuarantine } from '../../store/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'
import { printReport } from './ingest.ts'

const command: CommandModule = {
  summary: 'list quarantined inputs, or retry one',
  usage: [
    'zhengji quarantine [list] [--all] [--json]   open entries (with --all, retried ones too)',
    'zhengji quarantine retry ID [--json]         ingest the entry again (its kept bytes, or its source re-read)',
  ].join('\n'),
  run: (argv) =>
    guarded('quarantine', async () => {
      const { values, positionals } = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
      })
      const [action = 'list', arg] = positionals
      if (action !== 'list' && action !== 'retry') {
        console.error(`zhengji quarantine: unknown action "${action}" (list or retry ID)`)
        return 2
      }
      if (action === 'retry' && !/^\d+$/.test(arg ?? '')) {
        console.error('zhengji quarantine retry: give the id of an entry (zhengji quarantine list)')
        return 2
      }
      const store = await openStore(readConfig())
      try {
        if (action === 'list') {
          const entries = await listQuarantine(store.db, { status: values.all ? 'all' : 'open' })
          if (values.json) {
            console.log(JSON.stringify(entries, null, 2))
            return 0
          }
          for (const q of entries) {
            console.log(
              `${String(q.id).padStart(5)}  ${q.status.padEnd(7)}  ${q.code.padEnd(24)}  ${q.source}  ${q.reason}`,
            )
          }
          console.log(`${entries.length} ${values.all ? '' : 'open '}quarantined inputs`)
          return 0
        }
        const report = await retryQuarantined(ingestDeps(store), Number(arg))
        if (!report) {
          console.error(`zhengji quarantine retry: no entry ${arg}`)
          return 1
        }
        printReport(report, values.json === true)
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
