// Bundles the hot command-line paths (extract, time) into dist/ so that one `zhengji extract` starts in a fraction
// of the time the TypeScript loader needs. Runs on `npm install` (prepare). bin/zhengji.js uses a bundle only while it
// is newer than every source it was built from, and falls back to the sources otherwise.
import { build } from 'esbuild'

await build({
  entryPoints: { 'commands/extract': 'src/cli/commands/extract.ts', 'commands/time': 'src/cli/commands/time.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
})
