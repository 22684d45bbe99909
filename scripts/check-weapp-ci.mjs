#!/usr/bin/env node
// `npm run check:weapp`, second half: WeChat's own miniprogram-ci (2.1.42), offline, on the built
// mini program — what an upload would compile, and DevTools' code analysis and 代码质量 scan.
//
//   node scripts/check-weapp-ci.mjs <dir> [--strict] [--no-parse-check] [--json <file>] [--verbose]
//                                   [--main-limit-kb N] [--sub-limit-kb N] [--total-limit-kb N]
//
// 1a. ci.getCompiledResult with the project's own settings (what ci.upload packs): bad JSON,
//     missing page files, bad usingComponents; the real per-package upload sizes.
// 1b. ci.getCompiledResult with {es7, minifyWXML, minifyWXSS} forced on, only as a stricter
//     parse: babel over every .js, the WXML minifier over every .wxml, postcss over every .wxss.
//     (.wxs is not parsed by any setting; wcc in check-weapp.mjs compiles it.)
// 2.  ci.analyseCode: the dependency graph (files per package, files nothing references).
// 3.  ci.checkCodeQuality: the 代码质量 items (level 1–2 important, 3 suggestions).
//
// Fails on a compile or parse error, a package over WeChat's upload limits (main and each
// subpackage 2 MB, the whole app 20 MB), and with --strict on a failed level 1–2 quality item.
//
// Offline: ci.Project would fetch its attributes from servicewechat.com (/wxa/ci/getrandstr,
// /wxa/ci/getattr) — `attr()`, part of the documented IProject interface, supplies the library's
// own DefaultProjectAttr instead; the compile's /wxa/ci/getwhiteextlist is answered with the
// built-in lists it falls back to anyway (an internal module, patched). Any other attempt to
// reach the network is blocked and reported. A throwaway key signs nothing that leaves here.

import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import dns from 'node:dns';

const KB = 1024;
const MB = 1024 * KB;

// ---------- arguments ----------
const argv = process.argv.slice(2);
const opt = {
  strict: false,
  parseCheck: true,
  verbose: false,
  json: null,
  mainLimit: 2 * MB,
  subLimit: 2 * MB,
  totalLimit: 20 * MB,
  dir: null,
};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--strict') opt.strict = true;
  else if (a === '--no-parse-check') opt.parseCheck = false;
  else if (a === '--verbose') opt.verbose = true;
  else if (a === '--json') opt.json = argv[++i];
  else if (a === '--main-limit-kb') opt.mainLimit = Number(argv[++i]) * KB;
  else if (a === '--sub-limit-kb') opt.subLimit = Number(argv[++i]) * KB;
  else if (a === '--total-limit-kb') opt.totalLimit = Number(argv[++i]) * KB;
  else if (a.startsWith('--')) usage(`unknown option ${a}`);
  else if (!opt.dir) opt.dir = a;
  else usage(`unexpected argument ${a}`);
}
if (!opt.dir) usage('missing <dir>');
for (const k of ['mainLimit', 'subLimit', 'totalLimit']) if (!(opt[k] > 0)) usage(`bad --${k}`);
const dir = path.resolve(opt.dir);
if (!fs.existsSync(path.join(dir, 'project.config.json')))
  usage(`${dir}/project.config.json not found (point at the built mini program, e.g. dist/weapp)`);

function usage(msg) {
  console.error(
    `check-weapp-ci: ${msg}\nusage: node scripts/check-weapp-ci.mjs <dir> [--strict] [--no-parse-check] [--json <file>] [--verbose] [--main-limit-kb N] [--sub-limit-kb N] [--total-limit-kb N]`,
  );
  process.exit(2);
}

// ---------- miniprogram-ci ----------
function loadCi() {
  const req = createRequire(import.meta.url);
  const main = req.resolve('miniprogram-ci');
  const root = main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`));
  return {
    req,
    root,
    ci: req('miniprogram-ci'),
    version: JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version,
  };
}
// (requiring the package prints "[miniprogram-builder] initservices CI"; keep stdout clean)
const _con = { log: console.log, warn: console.warn, info: console.info };
console.log = console.warn = console.info = () => {};
const { req, root: ciRoot, ci, version: ciVersion } = loadCi();
Object.assign(console, _con);

// ---------- offline guards ----------
const netAttempts = [];
const isLocal = (h) => !h || h === 'localhost' || (net.isIP(h) && (h.startsWith('127.') || h === '::1'));
{
  const origConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (...args) {
    const o = args[0] && typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
    if (!o.path && !isLocal(o.host)) {
      netAttempts.push(`socket ${o.host}:${o.port}`);
      process.nextTick(() => this.destroy(new Error(`check-weapp-ci: network blocked (${o.host})`)));
      return this;
    }
    return origConnect.apply(this, args);
  };
  const origLookup = dns.lookup;
  dns.lookup = function (host, ...rest) {
    if (!isLocal(host)) netAttempts.push(`dns ${host}`);
    return origLookup.call(this, host, ...rest);
  };
}
// Library HTTP helper: fail fast instead of waiting for DNS/TCP timeouts.
const requestMod = req(path.join(ciRoot, 'dist/utils/request.js'));
requestMod.request = async (o) => {
  netAttempts.push(`request ${o && o.url}`);
  throw new Error(`check-weapp-ci: network blocked (${o && o.url})`);
};
// /wxa/ci/getwhiteextlist: the library falls back to these same built-in lists when offline.
const wel = req(path.join(ciRoot, 'dist/utils/white_ext_list.js'));
wel.getWhiteExtList = async () => ({
  GameWhiteList: new Set(wel.GameWhiteList),
  MiniProgramWhiteList: new Set(wel.MiniProgramWhiteList),
});

// Some library code paths reject a second, un-awaited promise when a step fails; record it
// (fail closed) instead of letting Node abort with a stack trace.
const unhandled = [];
process.on('unhandledRejection', (e) => unhandled.push(String(e && (e.message || e)).split('\n')[0]));

// ---------- quiet the library's console chatter ----------
const libLog = [];
async function quiet(fn) {
  const saved = {
    log: console.log,
    warn: console.warn,
    info: console.info,
    debug: console.debug,
    error: console.error,
  };
  for (const k of Object.keys(saved)) console[k] = (...a) => libLog.push(`[${k}] ${a.map(String).join(' ')}`);
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

// ---------- project ----------
const projectConfig = JSON.parse(fs.readFileSync(path.join(dir, 'project.config.json'), 'utf8'));
const appid = /^wx[0-9a-f]{16}$/i.test(projectConfig.appid || '') ? projectConfig.appid : 'wx0000000000000000';
const { privateKey } = crypto.generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
// attr() is part of the documented IProject interface; supplying it stops CIProject from signing a
// request to servicewechat.com. Values = the library's own DefaultProjectAttr (also what its
// WebProject uses), with the current 20 MB whole-app limit.
const attr = JSON.parse(JSON.stringify(ci.DefaultProjectAttr));
attr.setting.MaxSubpackageFullCodeSize = 20;
const newProject = () =>
  new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: dir,
    privateKey,
    ignores: ['node_modules/**/*'],
    attr: async () => attr,
  });

const appJson = JSON.parse(fs.readFileSync(path.join(dir, projectConfig.miniprogramRoot || '', 'app.json'), 'utf8'));
const subRoots = (appJson.subPackages || appJson.subpackages || []).map((s) => s.root.replace(/^\/+|\/+$/g, '') + '/');
const pkgOf = (f) => subRoots.find((r) => f.startsWith(r)) || '__APP__';

// ---------- run ----------
const errors = [];
const warnings = [];
const report = { dir, miniprogramCi: ciVersion, appid, steps: {} };
const out = (s = '') => process.stdout.write(s + '\n');
const fmtKB = (n) => `${(n / KB).toFixed(1)} KB`;
const firstLines = (s, n = 8) =>
  String(s)
    .split('\n')
    .slice(0, n)
    .map((l) => (l.length > 200 ? l.slice(0, 200) + '…' : l))
    .join('\n      ');

async function compile(label, setting, record = true) {
  const t0 = Date.now();
  const progress = [];
  try {
    const res = await quiet(() =>
      ci.getCompiledResult({ project: newProject(), setting, onProgressUpdate: (p) => progress.push(p) }),
    );
    const ms = Date.now() - t0;
    const files = Object.keys(res);
    const bytes = files.reduce((s, f) => s + Buffer.byteLength(res[f]), 0);
    out(`✔ ${label}: ${files.length} files, ${fmtKB(bytes)} (${ms} ms)`);
    for (const p of progress) if (p.status === 'warn' || p.status === 'fail') warnings.push(`${label}: ${p.message}`);
    return { ok: true, ms, files: files.length, bytes, res };
  } catch (e) {
    const ms = Date.now() - t0;
    const where = e && e.path && !String(e.message || '').includes(e.path) ? `${e.path}: ` : '';
    const msg = `${label} FAILED (code ${e && e.code}) ${where}${firstLines(e && (e.message || e))}`;
    out(`✘ ${msg}`);
    if (record)
      errors.push(
        `${label.trim()} FAILED (code ${e && e.code}) ${where}${firstLines(e && (e.message || e), 2).replace(/\n\s*/g, ' ')}`,
      );
    return { ok: false, ms, error: `${where}${e && (e.message || e)}`, code: e && e.code };
  }
}

out(`miniprogram-ci ${ciVersion} offline check of ${dir} (appid ${appid})`);

// 1a. upload-equivalent compile
const c1 = await compile('compile (project.config.json settings, as upload)', { useProjectConfig: true });
report.steps.compile = { ok: c1.ok, ms: c1.ms, files: c1.files, bytes: c1.bytes, error: c1.error };
if (c1.ok) {
  const sizes = {};
  for (const [f, v] of Object.entries(c1.res)) {
    const k = pkgOf(f);
    sizes[k] = (sizes[k] || 0) + Buffer.byteLength(v);
    if (f.endsWith('.json')) {
      try {
        const j = JSON.parse(String(v));
        if (j.__warning__) warnings.push(`${f}: ${j.__warning__}`);
      } catch {
        /* not json */
      }
    }
  }
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  report.steps.compile.packageBytes = sizes;
  out('  package sizes (compiled, what upload would send):');
  for (const [k, v] of Object.entries(sizes)) {
    const limit = k === '__APP__' ? opt.mainLimit : opt.subLimit;
    const over = v > limit;
    out(
      `    ${over ? '✘' : '✔'} ${(k === '__APP__' ? 'main' : k).padEnd(10)} ${fmtKB(v).padStart(10)}  limit ${fmtKB(limit)}`,
    );
    if (over) errors.push(`package ${k} is ${fmtKB(v)}, over the ${fmtKB(limit)} upload limit`);
  }
  out(
    `    ${total > opt.totalLimit ? '✘' : '✔'} ${'total'.padEnd(10)} ${fmtKB(total).padStart(10)}  limit ${fmtKB(opt.totalLimit)}`,
  );
  if (total > opt.totalLimit) errors.push(`whole app is ${fmtKB(total)}, over the ${fmtKB(opt.totalLimit)} limit`);
}

// 1b. strict parse compile
//     One combined pass; it stops at the first error, so on failure re-run each kind separately
//     to report the first JS, WXML and WXSS error each.
if (opt.parseCheck && !c1.ok) {
  out('- parse check skipped: the project does not compile at all (see above)');
} else if (opt.parseCheck) {
  const c2 = await compile(
    'parse check (es7 + minifyWXML + minifyWXSS)',
    { es7: true, minifyWXML: true, minifyWXSS: true },
    false,
  );
  report.steps.parseCheck = { ok: c2.ok, ms: c2.ms, files: c2.files, bytes: c2.bytes, error: c2.error };
  if (!c2.ok) {
    report.steps.parseCheck.split = {};
    for (const [kind, setting] of [
      ['JS (es7/babel)', { es7: true }],
      ['WXML (minifyWXML)', { minifyWXML: true }],
      ['WXSS (minifyWXSS)', { minifyWXSS: true }],
    ]) {
      const r = await compile(`  parse check ${kind}`, setting);
      report.steps.parseCheck.split[kind] = { ok: r.ok, ms: r.ms, error: r.error };
    }
    if (Object.values(report.steps.parseCheck.split).every((r) => r.ok)) errors.push(`parse check FAILED: ${c2.error}`);
  }
}

// 2. static dependency analysis
{
  const t0 = Date.now();
  try {
    const a = await quiet(() => ci.analyseCode(newProject(), { silent: true }));
    const ms = Date.now() - t0;
    const per = {};
    for (const f of a.files) {
      const k = f.subPackage || '__APP__';
      per[k] = per[k] || { files: 0, bytes: 0 };
      per[k].files++;
      per[k].bytes += f.size;
    }
    const unreferenced = a.files.filter((f) => !f.moduleId).map((f) => f.path);
    const largest = [...a.files]
      .sort((x, y) => y.size - x.size)
      .slice(0, 5)
      .map((f) => `${f.path} ${fmtKB(f.size)}`);
    const types = {};
    for (const m of a.modules) types[m.type] = (types[m.type] || 0) + 1;
    out(`✔ analyseCode: ${a.files.length} files, ${a.modules.length} modules (${ms} ms)`);
    out(
      `    per package: ${Object.entries(per)
        .map(([k, v]) => `${k === '__APP__' ? 'main' : k} ${v.files} files/${fmtKB(v.bytes)}`)
        .join(', ')}`,
    );
    out(
      `    modules: ${Object.entries(types)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    out(`    files not in the dependency graph: ${unreferenced.length ? unreferenced.join(', ') : 'none'}`);
    out(`    largest: ${largest.join(', ')}`);
    report.steps.analyseCode = {
      ok: true,
      ms,
      files: a.files.length,
      modules: a.modules.length,
      perPackage: per,
      moduleTypes: types,
      unreferenced,
      largest,
    };
  } catch (e) {
    const msg = `analyseCode FAILED: ${firstLines(e && (e.message || e))}`;
    out(`✘ ${msg}`);
    errors.push(msg);
    report.steps.analyseCode = { ok: false, error: String(e && (e.message || e)) };
  }
}

// 3. code quality scan
{
  const t0 = Date.now();
  try {
    const items = await quiet(() => ci.checkCodeQuality(newProject()));
    const ms = Date.now() - t0;
    const levelOf = {};
    try {
      for (const c of req(path.join(ciRoot, 'dist/ci/utils/qualitycheckoption.js')).default.checkList)
        levelOf[c.name] = c.level;
    } catch {
      /* optional */
    }
    out(`✔ checkCodeQuality: ${items.length} items (${ms} ms)   [level 1-2 = important, 3 = suggestion]`);
    for (const it of items) {
      const lvl = levelOf[it.name];
      const detail =
        it.detail && (Array.isArray(it.detail) ? it.detail.length : Object.keys(it.detail).length)
          ? `  ${JSON.stringify(it.detail).slice(0, 160)}`
          : '';
      out(
        `    ${it.success ? 'pass' : lvl <= 2 ? 'FAIL' : 'warn'} L${lvl ?? '?'} ${it.name}${it.success ? '' : ` — ${it.text}`}${detail}`,
      );
      if (!it.success) {
        if (opt.strict && lvl <= 2) errors.push(`checkCodeQuality ${it.name}: ${it.text}`);
        else warnings.push(`checkCodeQuality ${it.name}: ${it.text}`);
      }
    }
    report.steps.checkCodeQuality = { ok: true, ms, items: items.map((i) => ({ ...i, level: levelOf[i.name] })) };
  } catch (e) {
    const msg = `checkCodeQuality FAILED: ${firstLines(e && (e.message || e))}`;
    out(`✘ ${msg}`);
    errors.push(msg);
    report.steps.checkCodeQuality = { ok: false, error: String(e && (e.message || e)) };
  }
}

for (const u of [...new Set(unhandled)]) errors.push(`unhandled rejection inside miniprogram-ci: ${u}`);
if (netAttempts.length) warnings.push(`blocked network attempts: ${[...new Set(netAttempts)].join('; ')}`);
report.networkAttempts = netAttempts;
report.warnings = warnings;
report.errors = errors;
if (opt.json) fs.writeFileSync(opt.json, JSON.stringify(report, null, 2));
if (opt.verbose) {
  out('\n--- miniprogram-ci console output ---');
  for (const l of libLog) out(l.slice(0, 400));
}

out('');
for (const w of warnings) out(`warning: ${w}`);
for (const e of errors) out(`error: ${e}`);
out(
  errors.length
    ? `check-weapp-ci: FAILED (${errors.length} error(s))`
    : `check-weapp-ci: OK${warnings.length ? ` (${warnings.length} warning(s))` : ''}`,
);
// The compiler leaves a forked child process + file watchers running; exit explicitly.
process.exit(errors.length ? 1 : 0);
