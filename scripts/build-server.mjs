#!/usr/bin/env node
// Bundles the Node hosts into dist/server/{main,serve,migrate,admin}.mjs (dependencies stay in node_modules).
import { build } from 'esbuild';

await build({
  entryPoints: {
    main: 'server/hosts/node/main.ts',
    serve: 'server/hosts/node/serve.ts',
    migrate: 'server/hosts/node/migrate-cli.ts',
    admin: 'server/hosts/node/admin-cli.ts',
  },
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
console.log('built dist/server/main.mjs, serve.mjs, migrate.mjs, admin.mjs');
