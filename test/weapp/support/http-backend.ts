/**
 * The backend behind `wx.request` and `wx.login` for the self-hosted build (TRANSPORT=http,
 * dist/weapp-http): the Node host's own HTTP app in this process (on 127.0.0.1) over
 * PGlite, in production mode, exchanging `wx.login` codes through the real code2Session adapter
 * against a stand-in WeChat server on 127.0.0.1. What the stand-in does not prove: how WeChat
 * issues codes; what loopback does not prove: TLS, WeChat's request domain list, the proxy in front.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { code2Session } from '../../../server/adapters/wechat-login/code2session';
import { openPglite } from '../../../server/adapters/store-sql/pglite-client';
import { createSqlStore } from '../../../server/adapters/store-sql/sql-store';
import type { SqlClient } from '../../../server/adapters/store-sql/sql-client';
import { buildHttpApp } from '../../../server/hosts/node/http-app';
import { createRuntime } from '../../../server/hosts/runtime';
import { silentLogger } from '../../../server/adapters/system/loggers';
import type { Store } from '../../../server/ports/store';
import type { Backend } from './wx-double';

/** Where the http build sends its requests (npm test builds it with this API_BASE). */
export const API_BASE = 'https://pj.example.gov.cn';

export interface HttpBackend {
  backend: Backend;
  store: Store;
  sql: SqlClient;
  /** Whose WeChat `wx.login` answers for next. */
  caller: { openid: string | null };
  /** code2Session exchanges the stand-in answered. */
  logins: string[];
  close(): Promise<void>;
}

export async function openHttpBackend(): Promise<HttpBackend> {
  const logins: string[] = [];
  const wechat: FastifyInstance = Fastify();
  wechat.get('/sns/jscode2session', async (req) => {
    const q = req.query as Record<string, string>;
    if (q.appid !== 'wxapp0001' || q.secret !== 'secret-1') return { errcode: 40125, errmsg: 'invalid appsecret' };
    const openid = /^code:(.+)$/.exec(q.js_code ?? '')?.[1];
    if (!openid) return { errcode: 40029, errmsg: 'invalid code' };
    logins.push(openid);
    return { openid, session_key: 'never-kept' };
  });
  const wechatUrl = await wechat.listen({ port: 0, host: '127.0.0.1' });

  const sql = await openPglite();
  const store = await createSqlStore(sql);
  const core = await createRuntime({
    store,
    mode: 'production',
    publicBaseUrl: API_BASE,
    logger: silentLogger,
    env: { SESSION_SECRET: 's'.repeat(40), IDENTITY_PEPPER: 'p'.repeat(40) },
    wxLogin: code2Session({ appid: 'wxapp0001', secret: 'secret-1', baseURL: wechatUrl, logger: silentLogger }),
  });
  const app = buildHttpApp(core);
  // On a socket (127.0.0.1, a free port): Fastify's inject needs an ES module jest cannot load.
  const hostUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const caller: { openid: string | null } = { openid: null };

  const backend: Backend = {
    loginCode: () => {
      if (!caller.openid) throw new Error('no WeChat user set for wx.login');
      return `code:${caller.openid}`;
    },
    async request({ url, method, data, header }) {
      if (!url.startsWith(`${API_BASE}/`)) throw new Error(`request:fail url not in the domain list: ${url}`);
      const res = await fetch(`${hostUrl}${url.slice(API_BASE.length)}`, {
        method,
        headers: header,
        body: method === 'GET' ? undefined : typeof data === 'string' ? data : JSON.stringify(data ?? {}),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* wx.request hands non-JSON bodies over as text */
      }
      return { statusCode: res.status, data: body, header: Object.fromEntries(res.headers.entries()) };
    },
  };
  return {
    backend,
    store,
    sql,
    caller,
    logins,
    async close() {
      await app.close();
      await wechat.close();
      await sql.close();
    },
  };
}
