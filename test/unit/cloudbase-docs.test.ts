import { readFileSync } from 'node:fs';
import { COLLECTIONS, INDEXES } from '../../server/adapters/store-cloudbase/collections';

// Indexes cannot be created from a cloud function: an operator creates them from docs/cloudbase.md,
// so that table must list exactly what the adapter's queries need.
it('docs/cloudbase.md lists every index the CloudBase adapter needs, exactly', () => {
  const doc = readFileSync('docs/cloudbase.md', 'utf8');
  const rows = doc.split('\n').filter((l) => COLLECTIONS.some((c) => l.startsWith(`| ${c} |`)));
  const expected = INDEXES.map((i) => {
    const keys = Object.entries(i.keys)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    return `| ${i.collection} | ${i.name} | ${keys} | ${i.unique ? 'yes' : 'no'} | ${i.why} |`;
  });
  expect(rows).toEqual(expected);
  // One name per index and collection: a duplicate would be created twice or shadow another.
  expect(new Set(INDEXES.map((i) => `${i.collection}.${i.name}`)).size).toBe(INDEXES.length);
});
