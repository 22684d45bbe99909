#!/usr/bin/env node
// Bundles the Node host into dist/server/main.mjs (dependencies stay in node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: { main: 'server/hosts/node/main.ts' },
  outdir: 'dist/server',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
console.log('built dist/server/main.mjs');
