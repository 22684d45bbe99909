#!/usr/bin/env node
// Bundles each cloudfunctions/<name>/index.ts into one index.js beside it (CommonJS, Node 16
// runtime on CloudBase); wx-server-sdk stays external, installed from the function's own
// package.json when it is deployed.
import { build } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = 'cloudfunctions';
const names = readdirSync(root).filter((n) => existsSync(join(root, n, 'index.ts')));
for (const name of names) {
  const outfile = join(root, name, 'index.js');
  await build({
    entryPoints: [join(root, name, 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk', 'pg-native'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  console.log(`${outfile}  ${(statSync(outfile).size / 1024).toFixed(0)} KB`);
}
