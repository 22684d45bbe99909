#!/usr/bin/env node
// `npm start` (main: the local host), `npm run serve` (serve: production) and `npm run migrate`:
// builds what is missing (the H5 pages once, for the hosts; the server bundle always — it takes
// under a second), then runs the entry, passing stop signals on so it can stop gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const entry = process.argv[2];
if (!['main', 'serve', 'migrate'].includes(entry)) {
  console.error('usage: node scripts/host.mjs main|serve|migrate');
  process.exit(2);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (entry !== 'migrate' && !process.env.H5_DIR && !existsSync('dist/h5/index.html')) {
  console.log('Building the H5 pages (first start only)…');
  run('npm', ['run', '--silent', 'build:h5']);
}
run('node', ['scripts/build-server.mjs']);

const child = spawn(process.execPath, ['--enable-source-maps', `dist/server/${entry}.mjs`], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
