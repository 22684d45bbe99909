/**
 * docs/deploy.md is what an IT person follows from a clean clone: it must name exactly the
 * variables the production host reads, and only commands that exist. (The commands themselves
 * run in test/hosts/production-host.test.ts and nginx-proxy.test.ts, and in .ci/run.)
 */
import { readFileSync } from 'node:fs';
import { PRODUCTION_ENV } from '../../server/hosts/node/production-config';

const doc = readFileSync('docs/deploy.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

it('lists every variable of the production host, with the same meaning, and no other', () => {
  const table = doc.slice(doc.indexOf('Every variable the host reads'));
  const rows = table.slice(0, table.indexOf('\n\n', table.indexOf('| --- |'))).split('\n');
  const documented = rows.map((l) => /^ {3}\| `([A-Z0-9_]+)` \| (.+) \|$/.exec(l)).filter((m) => m !== null);
  expect(Object.fromEntries(documented.map(([, name, what]) => [name, what]))).toEqual(PRODUCTION_ENV);
});

it('names only npm scripts that exist, and the files it links to are there', () => {
  const runs = [...doc.matchAll(/npm run ([a-z0-9:]+)/g)].map((m) => m[1]);
  expect(runs.length).toBeGreaterThan(5);
  for (const name of new Set(runs)) expect([name, name in pkg.scripts]).toEqual([name, true]);
  for (const [, link] of doc.matchAll(/\]\(((?:deploy\/)?[a-z.-]+\.(?:md|conf|service))\)/g)) {
    expect(() => readFileSync(`docs/${link}`)).not.toThrow();
  }
});

it('the systemd unit runs the built host directly (npm would not pass SIGTERM on) from the documented directory', () => {
  const unit = readFileSync('docs/deploy/service-evaluation.service', 'utf8');
  expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node --enable-source-maps dist\/server\/serve\.mjs$/m);
  expect(unit).toContain('WorkingDirectory=/opt/service-evaluation');
  expect(doc).toContain('/opt/service-evaluation');
  expect(doc).toContain('/etc/service-evaluation.env');
  expect(unit).toContain('EnvironmentFile=/etc/service-evaluation.env');
});
