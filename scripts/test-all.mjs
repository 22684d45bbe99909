#!/usr/bin/env node
// `npm test`: every check, in order, stopping at the first failure. Jest runs with PGlite's
// need for VM modules; its counts are summed into the closing line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('.tmp', { recursive: true });
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() };
const jest = (project, extra = '') =>
  `npx jest --selectProjects ${project} --json --outputFile .tmp/jest-${project}.json ${extra}`.trim();

const steps = [
  ['typecheck', 'npm run -s typecheck'],
  ['lint and layers', 'npm run -s lint'],
  ['api docs are current', 'npx tsx scripts/gen-api-docs.ts --check'],
  // docs/deploy.md's self-hosted mini program: the same pages calling the host over https.
  // Kept in dist/weapp-http: the runtime layer below runs it beside the cloud build.
  [
    'weapp build for a self-hosted backend (TRANSPORT=http)',
    'OUTPUT_ROOT=dist/weapp-http TRANSPORT=http API_BASE=https://pj.example.gov.cn npm run -s build:weapp && grep -q "https://pj.example.gov.cn" dist/weapp-http/common.js && npm run -s check:weapp -- dist/weapp-http',
  ],
  ['weapp build', 'npm run -s build:weapp'],
  ['weapp compilers and size budget', 'npm run -s check:weapp'],
  ['cloud functions build', 'npm run -s build:functions'],
  ['h5 build', 'npm run -s build:h5'],
  ['unit, contract and host tests', jest('unit')],
  // Both weapp builds run in WeChat's component engine (exparser), the cloud one over the
  // deployed api bundle, the http one over the Node host.
  // Two workers on two cores: each suite is one CPU-bound engine (jest would use cores − 1).
  ['mini program at runtime (WeChat exparser)', jest('weapp', '--maxWorkers=2')],
  ['end-to-end in Chromium', jest('e2e')],
];

let passed = 0;
let failed = 0;
const tally = (project) => {
  const file = `.tmp/jest-${project}.json`;
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
};

for (const [name, cmd] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd}`);
  const r = spawnSync(cmd, { shell: true, stdio: 'inherit', env });
  console.log(`  ${r.status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (cmd.includes('--selectProjects unit')) tally('unit');
  if (cmd.includes('--selectProjects weapp')) tally('weapp');
  if (cmd.includes('--selectProjects e2e')) tally('e2e');
  if (r.status !== 0) {
    console.log(`\nFAILED at: ${name}`);
    console.log(`tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
