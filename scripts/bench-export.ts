/**
 * `npm run bench` (part): a 100,000-row Excel export of evaluations through the core, on PGlite,
 * printing the time, the file size and the process's peak memory above its starting point —
 * the check that an export streams (a page of rows in memory) instead of holding the sheet.
 * A benchmark, not a test. BENCH_EXPORT_ROWS changes the row count.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../server/adapters/store-sql/pglite-client';
import { createSqlStore } from '../server/adapters/store-sql/sql-store';
import { seedDemo } from '../server/demo/seed';
import { createRuntime } from '../server/hosts/runtime';
import { silentLogger } from '../server/adapters/system/loggers';
import { randomIds } from '../server/adapters/system/random-ids';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function benchExport() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-export-'));
  try {
    const db = await openPglite(join(dir, 'pglite'));
    const store = await createSqlStore(db);
    const now = new Date();
    await seedDemo(store, randomIds, now);
    const staff = await store.org.staff();
    const admin = staff.find((s) => s.role === 'admin')!;
    const people = staff.filter((s) => s.role === 'staff');
    const started = Date.now();
    // Rows made inside the database: spread over the last 25 days, across the demo staff.
    await db.query(
      `INSERT INTO evaluations (id, subject_hash, target, staff_id, department_id, visit_key, level, dimensions, tags, comment,
         created_at, updated_at, request_id, request_hash)
       SELECT 'B' || lpad(g::text, 12, '0'), 'bench-' || g, 'window', s.id, s.department_id, 'bench:' || g, 1 + (g % 5),
         CASE WHEN g % 3 = 0 THEN '{"attitude": 4, "timeliness": 5}'::jsonb ELSE '{}'::jsonb END,
         CASE WHEN g % 5 = 0 THEN '["办事拖拉"]'::jsonb ELSE '[]'::jsonb END,
         CASE WHEN g % 7 = 0 THEN '窗口排队时间较长，希望高峰期增开窗口' ELSE '' END,
         $1::timestamptz - (g % 36000) * interval '1 minute', $1::timestamptz, 'bench-' || g, 'h'
       FROM generate_series(1, $2::int) g
       JOIN (SELECT id, department_id, row_number() OVER (ORDER BY id) - 1 AS k FROM staff WHERE id = ANY($3)) s ON s.k = g % $4`,
      [now, ROWS, people.map((p) => p.id), people.length],
    );
    console.log(
      `export bench: ${ROWS.toLocaleString()} evaluations loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    const core = await createRuntime({
      store,
      mode: 'local',
      publicBaseUrl: 'http://127.0.0.1',
      logger: silentLogger,
      reportsDir: join(dir, 'exports'),
    });
    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);
    const t0 = Date.now();
    const from = new Date(now.getTime() - 30 * 86400e3).toISOString().slice(0, 10);
    const to = new Date(now.getTime() + 86400e3).toISOString().slice(0, 10);
    const res = await core.dispatch(
      { action: 'export.evaluations', payload: { from, to }, requestId: 'bench-export-0001' },
      { subject: `dev:staff:${admin.id}`, staffId: admin.id },
    );
    clearInterval(sampler);
    if (!res.body.ok) throw new Error(JSON.stringify(res.body));
    const out = res.body.data as { rowsDone: number; size: number };
    console.log(
      `export.evaluations: ${out.rowsDone.toLocaleString()} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s, file ${mb(out.size)}; ` +
        `peak RSS +${mb(peakRss - base.rss)} (${mb(peakRss)}), peak heap +${mb(peakHeap - base.heapUsed)}`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('bench-export.ts')) {
  benchExport().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
