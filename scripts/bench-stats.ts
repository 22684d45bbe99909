/**
 * `npm run bench` (part): stats.overview at scale. A generator loads 1,000,000 evaluations and
 * 100,000 complaints (2 years, 20 departments, 60 windows, 300 staff) inside the database, then
 * the two aggregate calls stats.overview makes run in parallel for one month of one department,
 * on PGlite and on PostgreSQL, 30 times after 3 warm-ups. Targets: ≤ 50 ms on PostgreSQL and
 * ≤ 200 ms on PGlite (p50). A benchmark, not a test: BENCH_EVALUATIONS / BENCH_COMPLAINTS change
 * the volume.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../server/adapters/store-sql/pglite-client';
import { openPostgres } from '../server/adapters/store-sql/pg-client';
import type { SqlClient } from '../server/adapters/store-sql/sql-client';
import { createSqlStore } from '../server/adapters/store-sql/sql-store';
import { shanghaiPeriod } from '../server/contract/dates';
import type { Store } from '../server/ports/store';
import { freshDatabase, startPostgres } from '../test/support/postgres-server';

const EVALUATIONS = Number(process.env.BENCH_EVALUATIONS ?? 1_000_000);
const COMPLAINTS = Number(process.env.BENCH_COMPLAINTS ?? 100_000);
const DEPARTMENTS = 20;
const STAFF = 300;
const WINDOWS = 60;
/** Data spans the two years before NOW; the measured month is the last full one. */
const NOW = new Date('2026-11-25T02:00:00.000Z');
const MONTH = { from: '2026-10-01', to: '2026-10-31' };

/**
 * Everything is made by the database from generate_series (a seeded pattern, no randomness), so
 * both stores hold the same rows and loading takes seconds, not minutes of round trips.
 */
async function load(db: SqlClient) {
  await db.query(`INSERT INTO departments (id, name, head_staff_id, supervision_phone)
    SELECT 'DEPTB' || lpad(d::text, 5, '0'), '部门' || d, NULL, '12345' FROM generate_series(1, ${DEPARTMENTS}) d`);
  await db.query(`INSERT INTO staff (id, number, name, department_id, role, backup_staff_id, leave, openid)
    SELECT 'STAFFB' || lpad(s::text, 5, '0'), 'B' || s, '人员' || s, 'DEPTB' || lpad((1 + s % ${DEPARTMENTS})::text, 5, '0'),
      CASE WHEN s = 1 THEN 'admin' ELSE 'staff' END, NULL, '[]', NULL FROM generate_series(1, ${STAFF}) s`);
  await db.query(`INSERT INTO windows (id, name, department_id, a_staff_id, b_staff_id)
    SELECT 'WINB' || lpad(w::text, 5, '0'), w || '号窗口', 'DEPTB' || lpad((1 + w % ${DEPARTMENTS})::text, 5, '0'), NULL, NULL
    FROM generate_series(1, ${WINDOWS}) w`);
  // Spread over 730 days; staff s belongs to department 1 + s % 20, so rows keep that pairing.
  await db.query(
    `INSERT INTO evaluations (id, subject_hash, target, card_id, window_id, staff_id, department_id, visit_key, level,
      dimensions, tags, comment, created_at, updated_at, request_id, request_hash)
    SELECT 'EVB' || lpad(g::text, 10, '0'), 'bench-' || g, 'window', NULL,
      CASE WHEN g % 2 = 0 THEN 'WINB' || lpad((1 + (g % ${DEPARTMENTS}) + ${DEPARTMENTS} * (g % 3))::text, 5, '0') END,
      'STAFFB' || lpad((1 + (g % ${DEPARTMENTS}) + ${DEPARTMENTS} * (g % 15))::text, 5, '0'),
      'DEPTB' || lpad((1 + (1 + (g % ${DEPARTMENTS}) + ${DEPARTMENTS} * (g % 15)) % ${DEPARTMENTS})::text, 5, '0'),
      'bench:' || g, 1 + (g * 7 % 5),
      CASE WHEN g % 5 < 3 THEN jsonb_build_object('attitude', 1 + g % 5, 'timeliness', 1 + (g / 5) % 5) ELSE '{}'::jsonb END,
      CASE WHEN g % 9 = 0 THEN '["办事拖拉"]'::jsonb ELSE '[]'::jsonb END, '',
      $1::timestamptz - ((g * 7919) % (730 * 1440)) * interval '1 minute', $1::timestamptz, 'bench-' || g, 'h'
    FROM generate_series(1::bigint, ${EVALUATIONS}) g`,
    [NOW],
  );
  await db.query(
    `INSERT INTO complaints (id, tracking_no, subject_hash, anonymous, contact_phone, source, card_id, window_id, evaluation_id,
      department_id, staff_id, category, content, status, assignee_staff_id, reply_due_at, first_reply_due_at, first_replied_at, reply, rating,
      rating_comment, reject_reason, reopen_count, next_sweep_at, sweep_stage, last_escalated_on, version, created_at, updated_at, closed_at,
      request_id, request_hash)
    SELECT 'CPB' || lpad(g::text, 10, '0'), 'TSB-' || g, 'bench-c-' || g, false, NULL, 'department', NULL, NULL, NULL,
      'DEPTB' || lpad((1 + g % ${DEPARTMENTS})::text, 5, '0'), NULL, (ARRAY['服务态度', '办事效率', '廉洁问题', '其他'])[1 + g % 4], '投诉内容',
      CASE WHEN g % 10 < 3 THEN 'pending' ELSE 'closed' END, NULL, t + interval '7 days', t + interval '7 days',
      CASE WHEN g % 10 < 3 THEN NULL ELSE t + (g % 200) * interval '1 hour' END, NULL,
      CASE WHEN g % 10 >= 3 THEN (ARRAY['satisfied', 'basic', 'none'])[1 + g % 3] END,
      '', NULL, CASE WHEN g % 17 = 0 THEN 1 ELSE 0 END, NULL, 'none', NULL, 1, t, t, NULL, 'bench-c-' || g, 'h'
    FROM (SELECT g, $1::timestamptz - ((g * 104729) % (730 * 1440)) * interval '1 minute' AS t FROM generate_series(1::bigint, ${COMPLAINTS}) g) x`,
    [NOW],
  );
  await db.query('ANALYZE');
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function measure(store: Store, filter: Parameters<Store['stats']['evaluations']>[0]) {
  const once = async () => {
    const t = performance.now();
    await Promise.all([store.stats.evaluations(filter), store.stats.complaints(filter, NOW)]);
    return performance.now() - t;
  };
  for (let i = 0; i < 3; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) times.push(await once());
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

interface Row {
  store: string;
  scope: string;
  p50: number;
  p95: number;
  target?: number;
}

async function run(name: string, db: SqlClient, target: number): Promise<Row[]> {
  const store = await createSqlStore(db);
  const t0 = Date.now();
  await load(db);
  console.log(
    `${name}: ${EVALUATIONS.toLocaleString()} evaluations and ${COMPLAINTS.toLocaleString()} complaints loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  const month = { ...shanghaiPeriod(MONTH.from, MONTH.to), departmentId: 'DEPTB00003' };
  const check = await store.stats.evaluations(month);
  console.log(`${name}: the measured department-month holds ${check.count.toLocaleString()} evaluations`);
  const rows: Row[] = [
    { store: name, scope: 'one department, one month', ...(await measure(store, month)), target },
    {
      store: name,
      scope: 'everything, one year',
      ...(await measure(store, shanghaiPeriod('2025-11-01', '2026-10-31'))),
    },
  ];
  await store.close();
  return rows;
}

export async function benchStats() {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'bench-stats-'));
  try {
    rows.push(...(await run('PGlite', await openPglite(join(dir, 'pglite')), 200)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = await startPostgres();
  try {
    rows.push(...(await run('PostgreSQL', await openPostgres(await freshDatabase(pg.url), 4), 50)));
  } finally {
    await pg.stop();
  }
  console.log('\n| stats.overview | scope | p50 ms | p95 ms | target (p50) |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const r of rows) {
    const verdict = r.target === undefined ? '—' : `${r.target} ${r.p50 <= r.target ? '✔' : '✘'}`;
    console.log(`| ${r.store} | ${r.scope} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${verdict} |`);
  }
}

if (process.argv[1]?.endsWith('bench-stats.ts')) {
  benchStats().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
