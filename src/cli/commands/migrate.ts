import { openStore, readConfig } from '../../compose.ts'
import { migrate } from '../../store/index.ts'
import { guarded } from '../errors.ts'
import type { CommandModule } from '../zhengji.ts'

const command: CommandModule = {
  summary: 'apply pending database migrations',
  usage: 'zhengji migrate\n\nEnvironment: DATABASE_URL or ZHENGJI_DATA',
  run: () =>
    guarded('migrate', async () => {
      const store = await openStore(readConfig(), { migrate: false })
      try {
        const report = await migrate(store.db)
        console.log(
          report.applied.length > 0
            ? `applied ${report.applied.join(', ')}; schema at version ${report.current}`
            : `nothing to apply; schema at version ${report.current}`,
        )
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
