import type { CommandModule } from '../zhengji.ts'

const command: CommandModule = {
  summary: 'print the time mentions of a text',
  usage: 'zhengji time --ref ISO [TEXT]\nzhengji time --jsonl < lines of {id, text, ref}',
  async run() {
    console.error('zhengji time: not built yet')
    return 1
  },
}
export default command
