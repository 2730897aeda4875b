import { openStore, readConfig } from '../../compose.ts'
import { guarded } from '../errors.ts'
import { readSamples, seedSamples } from '../samples.ts'
import type { CommandModule } from '../zhengji.ts'

const command: CommandModule = {
  summary: 'load the sample articles (idempotent: existing ones are left alone)',
  usage: 'zhengji seed',
  run: () =>
    guarded('seed', async () => {
      const store = await openStore(readConfig())
      try {
        const samples = readSamples()
        const created = await seedSamples(store, samples)
        console.log(`seeded ${created} new of ${samples.length} sample articles`)
        return 0
      } finally {
        await store.close()
      }
    }),
}
export default command
