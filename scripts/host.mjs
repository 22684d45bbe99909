#!/usr/bin/env node
// `npm start` (main: the local host), `npm run serve` (serve: production), `npm run migrate` and
// `npm run admin` (the first admin's bind code):
// builds what is missing (the H5 pages once, for the hosts; the server bundle always — it takes
// under a second), then runs the entry, passing stop signals on so it can stop gracefully.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const entry = process.argv[2];
if (!['main', 'serve', 'migrate', 'admin'].includes(entry)) {
  console.error('usage: node scripts/host.mjs main|serve|migrate|admin [args]');
  process.exit(2);
}
// Build output goes to stderr only: the hosts' stdout is their JSON log.
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if ((entry === 'main' || entry === 'serve') && !process.env.H5_DIR && !existsSync('dist/h5/index.html')) {
  console.log('Building the H5 pages (first start only)…');
  run('npm', ['run', '--silent', 'build:h5']);
}
run('node', ['scripts/build-server.mjs']);

const child = spawn(process.execPath, ['--enable-source-maps', `dist/server/${entry}.mjs`, ...process.argv.slice(3)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
