/**
 * The Node host on a PostgreSQL that goes away and comes back — its own server here, not the
 * shared test one: the process survives (an unheard pool error would kill this very worker),
 * answers 503 SERVICE.UNAVAILABLE with Retry-After while the database is away, reports
 * unhealthy, and serves again without a restart; nothing it acknowledged is lost.
 */
import pg from 'pg';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { buildHttpApp } from '../../server/hosts/node/http-app';
import { createRuntime } from '../../server/hosts/runtime';
import { seedOrg, staffA } from '../support/fixtures';
import { freshDatabase, startPostgres, type PgServer } from '../support/postgres-server';

jest.setTimeout(90_000);

let server: PgServer;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(() => server?.stop());

async function openHost() {
  const url = await freshDatabase(server.url);
  const lost: string[] = [];
  const store = await createSqlStore(await openPostgres(url, 4, { onConnectionLost: (e) => lost.push(e.message) }));
  await seedOrg(store);
  const clock = fixedClock('2026-11-24T02:00:00.000Z');
  const core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl: 'https://hall.example.cn',
    clock,
    logger: silentLogger,
  });
  const app = buildHttpApp(core);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const token = core.deps.tokens.sign({ subject: `dev:staff:${staffA.id}`, staffId: staffA.id }, 3600, clock.now());
  const post = async (action: string, body: unknown, requestId?: string) => {
    const res = await fetch(`${base}/api/${action}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(requestId ? { 'idempotency-key': requestId } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
  };
  const health = async () => (await fetch(`${base}/healthz`)).status;
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { url, store, post, health, close, lost };
}

const card = { matter: '不动产转移登记', matterType: '承诺件', promisedDays: 5 };

it('survives the database terminating its idle connections, and the next request works', async () => {
  const host = await openHost();
  try {
    // Fill the pool with idle connections.
    await Promise.all(Array.from({ length: 4 }, (_, i) => host.post('card.issue', card, `warm-card-${i}-xxxx`)));
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    const db = new URL(host.url).pathname.slice(1);
    const { rows } = await admin.query(
      'SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1',
      [db],
    );
    await admin.end();
    expect(rows.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(host.lost.length).toBeGreaterThan(0); // heard, not thrown
    expect((await host.post('card.issue', card, 'after-terminate-1')).status).toBe(200);
    expect(await host.health()).toBe(200);
  } finally {
    await host.close();
  }
});

it('answers 503 with Retry-After while the database is down, reports unhealthy, and serves again when it is back — losing nothing it acknowledged', async () => {
  const host = await openHost();
  try {
    // Writes keep coming while the server goes down: each either was acknowledged or was refused.
    const acknowledged: string[] = [];
    const refused: number[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const r = await host.post('card.issue', card, `load-card-${i}-xxxx`).catch(() => null);
        if (r?.status === 200) acknowledged.push(r.body.data.cardId);
        else if (r) refused.push(r.status);
      }
    })();
    await new Promise((r) => setTimeout(r, 300));
    await server.halt();
    const down = await host.post('card.issue', card, 'while-down-0001');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({
      ok: false,
      error: { code: 'SERVICE.UNAVAILABLE', message: expect.stringMatching(/[\u4e00-\u9fa5]/), retryAfter: 5 },
    });
    expect(down.retryAfter).toBe('5');
    expect(await host.health()).toBe(503);

    await server.restart();
    let back = 0;
    for (let i = 0; i < 100 && back !== 200; i++) {
      back = (await host.post('card.issue', card, 'while-down-0001')).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(200);
    expect(await host.health()).toBe(200);
    writing = false;
    await writer;

    expect(acknowledged.length).toBeGreaterThan(0);
    expect(new Set(refused)).toEqual(new Set(refused.length ? [503] : []));
    for (const id of acknowledged) expect(await host.store.cards.byId(id)).not.toBeNull();
  } finally {
    await host.close();
  }
});
