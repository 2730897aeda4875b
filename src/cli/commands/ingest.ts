import { parseArgs } from 'node:util'
import { ingestDeps, openStore, readConfig } from '../../compose.ts'
import {
  BATCH_DEFAULTS,
  type BatchReport,
  formatProgress,
  formatSummary,
  ingestPaths,
  type Progress,
  type SourceFormat,
} from '../../ingest/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'

const FORMATS: readonly SourceFormat[] = ['html', 'feed', 'jsonl', 'text']

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A progress bar on stderr when it is a terminal; nothing otherwise. */
export function progressReporter(): { update(p: Progress): void; end(): void } {
  const tty = process.stderr.isTTY === true
  const started = Date.now()
  let last = 0
  let shown = false
  return {
    update(p) {
      if (!tty) return
      const now = Date.now()
      if (now - last < 100 && p.done < p.total) return
      last = now
      shown = true
      process.stderr.write(`\r${formatProgress(p, (now - started) / 1000)}\u001b[K`)
    },
    end() {
      if (tty && shown) process.stderr.write('\r\u001b[K')
    },
  }
}

export function printReport(report: BatchReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report, null, 2))
    return
  }
  for (const item of report.items) {
    if (item.status === 'quarantined' || item.status === 'failed') {
      console.error(`${item.status} ${item.source}: ${item.reason ?? ''}${item.code ? ` [${item.code}]` : ''}`)
    }
  }
  console.log(formatSummary(report.summary, report.seconds))
}

const command: CommandModule = {
  summary: 'ingest HTML pages, RSS/Atom feeds, JSONL or text files (files, directories, loopback URLs, - for stdin)',
  usage: [
    'zhengji ingest [options] PATH|URL|- …',
    '',
    'Options:',
    '  --queue-only       only enqueue the articles; `zhengji worker` processes pick them up (PostgreSQL)',
    `  --workers N        in-process worker loops (default ${BATCH_DEFAULTS.workers})`,
    '  --format F         html | feed | jsonl | text (default: by extension and content)',
    '  --max-bytes N      refuse inputs larger than N bytes (default 20 MB)',
    '  --json             print every item result as JSON',
    '',
    'Environment: DATABASE_URL or ZHENGJI_DATA',
  ].join('\n'),
  run: (argv) =>
    guarded('ingest', async () => {
      const { values, positionals } = parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          'queue-only': { type: 'boolean' },
          workers: { type: 'string' },
          format: { type: 'string' },
          'max-bytes': { type: 'string' },
          json: { type: 'boolean' },
        },
      })
      if (positionals.length === 0) {
        console.error('zhengji ingest: name at least one file, directory, URL or - (stdin)')
        return 2
      }
      const format = values.format as SourceFormat | undefined
      if (format !== undefined && !FORMATS.includes(format)) {
        console.error(`zhengji ingest: --format must be one of ${FORMATS.join(', ')}`)
        return 2
      }
      const workers = values.workers === undefined ? BATCH_DEFAULTS.workers : Number(values.workers)
      const maxBytes = values['max-bytes'] === undefined ? undefined : Number(values['max-bytes'])
      if (!Number.isInteger(workers) || workers < 1 || (maxBytes !== undefined && !(maxBytes > 0))) {
        console.error('zhengji ingest: --workers and --max-bytes take positive numbers')
        return 2
      }
      const config = readConfig()
      const store = await openStore(config)
      const deps = ingestDeps(store, { engineThreads: config.engineThreads })
      const progress = progressReporter()
      try {
        const report = await ingestPaths(deps, positionals, {
          work: values['queue-only'] !== true,
          workers,
          ...(format ? { format } : {}),
          ...(maxBytes ? { maxBytes } : {}),
          stdin: readStdin,
          onProgress: (p) => progress.update(p),
        })
        progress.end()
        printReport(report, values.json === true)
        if (values['queue-only']) console.log(`batch ${report.batch}: ${report.summary.queued} jobs queued`)
        return report.summary.failed > 0 && report.summary.failed === report.summary.items ? 1 : 0
      } finally {
        await deps.close()
        await store.close()
      }
    }),
}
export default command
