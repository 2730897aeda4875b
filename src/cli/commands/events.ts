import { parseArgs } from 'node:util'
import { openStore, readConfig } from '../../compose.ts'
import { type EventKind, listEvents } from '../../store/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'

const TYPES: readonly EventKind[] = ['visit', 'meeting', 'signing']

const command: CommandModule = {
  summary: 'list canonical events (merged across outlets) with their source article ids',
  usage: 'zhengji events [--json] [--type visit|meeting|signing] [--article ID] [--limit N]',
  run: (argv) =>
    guarded('events', async () => {
      const { values } = parseArgs({
        args: [...argv],
        options: {
          json: { type: 'boolean' },
          type: { type: 'string' },
          article: { type: 'string' },
          limit: { type: 'string' },
        },
      })
      const type = values.type as EventKind | undefined
      if (type !== undefined && !TYPES.includes(type)) {
        console.error(`zhengji events: --type must be one of ${TYPES.join(', ')}`)
        return 2
      }
      const store = await openStore(readConfig())
      try {
        const events = await listEvents(store.db, {
          ...(type ? { type } : {}),
          ...(values.article ? { articleId: Number(values.article) } : {}),
          limit: Number(values.limit ?? 1000),
        })
        if (values.json) {
          console.log(
            JSON.stringify(
              events.map((e) => ({
                id: e.id,
                type: e.type,
                label: e.label,
                date: {
                  start: e.dateStart,
                  end: e.dateEnd,
                  ...(e.approx ? { approx: true, window: [e.spanStart, e.spanEnd] } : {}),
                },
                place: e.placeCode,
                actor: e.actorCode,
                ...(e.title ? { title: e.title } : {}),
                ...(e.parties.length > 0 ? { parties: e.parties } : {}),
                mentions: e.mentions,
                articles: e.articleIds,
                outlets: e.outlets,
              })),
              null,
              2,
            ),
          )
          return 0
        }
        for (const e of events) {
          const date = e.dateStart === e.dateEnd ? e.dateStart : `${e.dateStart}..${e.dateEnd}`
          console.log(
            [
              String(e.id).padStart(5),
              e.type.padEnd(7),
              `${e.approx ? '~' : ' '}${date}`.padEnd(23),
              (e.placeCode ?? '-').padEnd(6),
              (e.actorCode ?? '-').padEnd(6),
              `articles ${e.articleIds.join(',')}`,
              e.label,
            ].join('  '),
          )
        }
        console.log(`${events.length} canonical events`)
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
