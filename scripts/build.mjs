// Bundles the hot command-line paths (extract, time) into dist/ so that one `zhengji extract` starts in a fraction
// of the time the TypeScript loader needs. Runs on `npm install` (prepare); bin/zhengji.js also calls bundle() when a
// source is newer than the bundle, and falls back to the sources when it cannot write one.
import { buildSync } from 'esbuild'

export function bundle(root = new URL('../', import.meta.url).pathname) {
  buildSync({
    absWorkingDir: root,
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
}

if (import.meta.url === `file://${process.argv[1]}`) bundle()
