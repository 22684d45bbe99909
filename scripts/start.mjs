#!/usr/bin/env node
// `npm start`: builds what is missing (the H5 pages once, the server bundle always — it takes
// under a second), then runs the local host on 127.0.0.1:8080 (PORT to change).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync('dist/h5/index.html')) {
  console.log('Building the H5 pages (first start only)…');
  run('npm', ['run', '--silent', 'build:h5']);
}
run('node', ['scripts/build-server.mjs']);

const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
