#!/usr/bin/env node
// Entry point of the `zhengji` command. `extract` and `time` run from the bundle in dist/ (built by scripts/build.mjs on
// npm install, and rebuilt here when a source is newer); everything else loads the TypeScript sources through tsx.
import { readdirSync, statSync } from 'node:fs'

const root = new URL('../', import.meta.url)
const BUNDLED = new Set(['extract', 'time'])

function newestSource(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs)
  }
  return newest
}

function freshBundle(verb) {
  try {
    const bundle = statSync(new URL(`dist/commands/${verb}.mjs`, root)).mtimeMs
    const sources = Math.max(
      newestSource(new URL('src/extract', root).pathname),
      statSync(new URL(`src/cli/commands/${verb}.ts`, root)).mtimeMs,
    )
    return bundle >= sources
  } catch {
    return false
  }
}

const argv = process.argv.slice(2)
const [verb, ...rest] = argv
if (
  verb &&
  BUNDLED.has(verb) &&
  !process.env.ZHENGJI_NO_BUNDLE &&
  !rest.includes('--help') &&
  !rest.includes('-h') &&
  freshBundle(verb)
) {
  const command = (await import(new URL(`dist/commands/${verb}.mjs`, root).href)).default
  process.exitCode = await command.run(rest)
} else {
  const { register } = await import('tsx/esm/api')
  register()
  const { main } = await import('../src/cli/zhengji.ts')
  process.exitCode = await main(argv)
}
