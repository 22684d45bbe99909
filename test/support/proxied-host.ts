/**
 * The production Node host behind a trusted proxy (each request's address is the
 * X-Forwarded-For it carries), on the shared PGlite or a fresh PostgreSQL database, with a frozen
 * clock: for the tests of per-address rules (sign-in throttling, guests on a hall's Wi-Fi).
 */
import { buildHttpApp } from '../../server/hosts/node/http-app';
import { createRuntime } from '../../server/hosts/runtime';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { openPostgres } from '../../server/adapters/store-sql/pg-client';
import { createSqlStore } from '../../server/adapters/store-sql/sql-store';
import type { Store } from '../../server/ports/store';
import type { WechatLogin } from '../../server/ports/wechat-login';
import { freshPgliteStore } from './pglite-shared';
import { freshDatabase } from './postgres-server';
import { seedOrg } from './fixtures';

export interface ProxiedAnswer {
  status: number;
  body: any;
  retryAfter: string | null;
}

export async function openProxiedHost(
  engine: 'pglite' | 'postgres',
  o: { start: string; prepare?: (store: Store) => Promise<void>; wxLogin?: WechatLogin },
) {
  const store: Store =
    engine === 'pglite'
      ? await freshPgliteStore()
      : await createSqlStore(await openPostgres(await freshDatabase(process.env.PG_TEST_SERVER!)));
  await seedOrg(store);
  await o.prepare?.(store);
  const clock = fixedClock(o.start);
  const env = { SESSION_SECRET: 's'.repeat(32), IDENTITY_PEPPER: 'p'.repeat(32) };
  const core = await createRuntime({
    store,
    mode: 'production',
    publicBaseUrl: 'https://hall.example.cn',
    clock,
    logger: silentLogger,
    env,
    wxLogin: o.wxLogin,
  });
  const app = buildHttpApp(core, { trustProxy: '127.0.0.1' });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  let n = 0;
  /** One request from `ip`, with a token and an idempotency key when given. */
  const post = async (
    ip: string,
    action: string,
    payload: unknown,
    token?: string,
    requestId: string | null = `req-${(n++).toString(36).padStart(8, '0')}`,
  ): Promise<ProxiedAnswer> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': ip };
    if (requestId) headers['idempotency-key'] = requestId;
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${base}/api/${action}`, { method: 'POST', headers, body: JSON.stringify(payload) });
    return { status: res.status, body: (await res.json()) as any, retryAfter: res.headers.get('retry-after') };
  };
  return {
    store,
    post,
    advance: (s: number) => clock.advance(s * 1000),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
