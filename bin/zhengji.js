#!/usr/bin/env node
// Entry point of the `zhengji` command: loads the TypeScript sources through tsx, then hands over to the CLI.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/zhengji.ts')
process.exitCode = await main(process.argv.slice(2))
