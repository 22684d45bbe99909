/**
 * A cloud function may call only the openapi interfaces its config.json declares (calls outside
 * `permissions.openapi` fail in production with -604101). Scans the server for every
 * `openapi.<namespace>.<method>(` the functions can reach and checks each is declared.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const used = new Set(
  files('server').flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/openapi\??\.([a-zA-Z]+)\.([a-zA-Z]+)\(/g)].map((m) => `${m[1]}.${m[2]}`),
  ),
);
const declared = (fn: string) =>
  new Set<string>(JSON.parse(readFileSync(`cloudfunctions/${fn}/config.json`, 'utf8')).permissions.openapi);

it('finds the openapi calls (so the scan itself works)', () => {
  expect([...used].sort()).toEqual(expect.arrayContaining(['security.msgSecCheck', 'subscribeMessage.send']));
});

it('the api function declares every openapi interface the server calls', () => {
  const api = declared('api');
  for (const name of used) expect([name, api.has(name)]).toEqual([name, true]);
  expect([...api].every((name) => used.has(name))).toBe(true); // and nothing it does not use
});

it('the sweep function declares what delivering notices needs, and no more', () => {
  expect([...declared('sweep')]).toEqual(['subscribeMessage.send']);
});
