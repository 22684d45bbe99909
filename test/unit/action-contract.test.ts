/**
 * Each action is declared once, in the contract (server/contract/<aggregate>.api.ts, combined in
 * actions.ts): its input schema, output type and access. The server's registry implements exactly
 * those, with the contract's own schema and access; the client reads the contract as types only,
 * so nothing of zod reaches the mini program through `call`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIONS } from '../../server/contract/actions';
import { ALL_ACTIONS } from '../../server/core/registry';

const declared = Object.keys(ACTIONS).sort();

it('implements every declared action exactly once, and nothing else', () => {
  const implemented = ALL_ACTIONS.map((a) => a.name).sort();
  expect(implemented).toEqual(declared);
  expect(declared.length).toBeGreaterThan(70);
});

it('runs each action with the schema and the access the contract declares (the server cannot differ)', () => {
  for (const a of ALL_ACTIONS) {
    const d = ACTIONS[a.name];
    expect([a.name, a.input === d.input, a.access]).toEqual([a.name, true, d.access]);
  }
});

it('names each action `aggregate.verb`, as dispatch accepts them', () => {
  expect(declared.filter((n) => !/^[a-z]+\.[a-zA-Z]+$/.test(n))).toEqual([]);
});

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

it('the client imports the action declarations as types only', () => {
  const offending: string[] = [];
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8');
    // Each import statement (possibly over several lines) of contract/actions or an *.api module.
    for (const m of text.matchAll(/import\s+(type\s+)?[^;]*?from\s+'[^']*server\/contract\/([\w.-]+)'/g)) {
      const [, typeOnly, module] = m;
      if ((module === 'actions' || module.endsWith('.api') || module === 'declaration') && !typeOnly)
        offending.push(`${file}: ${m[0].replace(/\s+/g, ' ')}`);
    }
  }
  expect(offending).toEqual([]);
});
