// The zhengji command line: parses the verb and hands over to commands/<verb>.ts.
import { readFileSync } from 'node:fs'

export interface CommandModule {
  readonly summary: string
  readonly usage: string
  run(argv: readonly string[]): Promise<number>
}

const VERBS: Record<string, string> = {
  serve: 'start the portal (default port 3000)',
  migrate: 'apply pending database migrations',
  seed: 'load the sample articles',
  extract: 'read an article into events',
  time: 'print the time mentions of a text',
  eval: 'score the engine on its fixtures (and ../shared when present)',
  ingest: 'ingest HTML, RSS/Atom, JSONL or text files',
  worker: 'run an ingest worker',
  events: 'list canonical events',
  quarantine: 'list or retry quarantined inputs',
  reextract: 're-run the engine over stored articles',
  user: 'manage users (user create --role admin)',
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

function help(): string {
  const rows = Object.entries(VERBS).map(([verb, text]) => `  ${verb.padEnd(12)}${text}`)
  return [
    'Usage: zhengji <command> [options]',
    '',
    'Commands:',
    ...rows,
    '',
    'zhengji <command> --help for details; zhengji --version',
  ].join('\n')
}

export async function main(argv: readonly string[]): Promise<number> {
  const [verb, ...rest] = argv
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    console.log(help())
    return verb === undefined ? 1 : 0
  }
  if (verb === '--version' || verb === '-v') {
    console.log(version())
    return 0
  }
  if (!(verb in VERBS)) {
    console.error(`zhengji: unknown command "${verb}"\n\n${help()}`)
    return 2
  }
  const mod = ((await import(`./commands/${verb}.ts`)) as { default: CommandModule }).default
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`${mod.summary}\n\n${mod.usage}`)
    return 0
  }
  return mod.run(rest)
}
