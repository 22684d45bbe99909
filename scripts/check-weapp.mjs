#!/usr/bin/env node
// `npm run check:weapp [dir]` (after build:weapp): every WXML and WXSS file of the build (dist/weapp unless given) through the
// official compilers (npm miniprogram-compiler wraps WeChat's wcc/wcsc), then the package-size
// budget — main package ≤ 800 KB, each subpackage ≤ 1 MB; then miniprogram-ci's compile, analysis
// and code-quality scan, offline (check-weapp-ci.mjs). Prints the sizes; fails on any error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);
// The package's wrappers: wxmlToJs throws on a wcc error, but wxssToJs swallows wcsc's message
// (its wcsc() *returns* the Error), so the WXSS side calls the wcsc wrapper directly.
const { wxmlToJs } = require('miniprogram-compiler');
const wcsc = require('miniprogram-compiler/src/wcsc');

const root = process.argv[2] ?? 'dist/weapp';
const KB = 1024;
const BUDGET = { main: 800 * KB, sub: 1024 * KB };

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

let failed = false;
const all = files(root);
const count = (ext) => all.filter((f) => f.endsWith(ext)).length;

const maxBuffer = 64 * 1024 * 1024; // the wrappers default to 1 MB of compiler output
const stem = (file) =>
  relative(root, file)
    .split(sep)
    .join('/')
    .replace(/\.wxss$/, '');
const compilers = [
  ['WXML (wcc)', '.wxml', () => wxmlToJs(root, { maxBuffer })],
  [
    'WXSS (wcsc)',
    '.wxss',
    () => {
      const out = wcsc(root, all.filter((f) => f.endsWith('.wxss')).map(stem), { maxBuffer });
      if (out instanceof Error) throw out;
    },
  ],
];
for (const [label, ext, compile] of compilers) {
  try {
    compile();
    console.log(`  ✔ ${label}: ${count(ext)} files compiled`);
  } catch (err) {
    failed = true;
    console.error(
      `  ✘ ${label}: ${String(err.message ?? err)
        .trim()
        .slice(0, 4000)}`,
    );
  }
}

const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'));
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''));
const sizes = new Map([['main', 0], ...roots.map((r) => [r, 0])]);
for (const file of all) {
  const rel = relative(root, file).split(sep).join('/');
  const owner = roots.find((r) => rel === r || rel.startsWith(`${r}/`)) ?? 'main';
  sizes.set(owner, sizes.get(owner) + statSync(file).size);
}
console.log('\n  package        size      budget');
for (const [name, size] of sizes) {
  const budget = name === 'main' ? BUDGET.main : BUDGET.sub;
  const over = size > budget;
  if (over) failed = true;
  console.log(
    `  ${over ? '✘' : '✔'} ${name.padEnd(12)} ${(size / KB).toFixed(1).padStart(7)} KB  ${(budget / KB).toFixed(0).padStart(5)} KB${over ? '  OVER BUDGET' : ''}`,
  );
}

// zod (the schemas) serves only the forms in the subpackages: a resident page that imports a
// `*.schema.ts` for a constant pulls all of it into the first download. The contract's zod-free
// files (e.g. server/contract/card.ts) hold what those pages need.
const zodInMain = all.filter(
  (f) =>
    f.endsWith('.js') &&
    !roots.some((r) => relative(root, f).split(sep).join('/').startsWith(`${r}/`)) &&
    readFileSync(f, 'utf8').includes('$ZodType'),
);
if (zodInMain.length) {
  failed = true;
  console.error(
    `\n  ✘ zod is in the main package (${zodInMain.map((f) => relative(root, f)).join(', ')}): a main-package page imports a schema`,
  );
} else console.log('  ✔ no zod in the main package');

// WeChat's own toolchain on the same build: the upload compile, the analysis and 代码质量.
if (!failed) {
  console.log('');
  const ci = spawnSync(process.execPath, ['scripts/check-weapp-ci.mjs', root, '--strict'], { stdio: 'inherit' });
  if (ci.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
