/**
 * The mini program's access token for WeChat's HTTP APIs (self-hosted), from the stable-token
 * endpoint — unlike /cgi-bin/token it does not invalidate the token other instances hold. Cached
 * until five minutes before it expires; one refresh at a time; `invalidate` after WeChat says
 * the token is stale (40001, 42001) makes the next caller fetch a fresh one.
 */
import type { AxiosInstance } from 'axios';

export interface AccessTokens {
  get(): Promise<string>;
  invalidate(stale: string): void;
}

export function stableAccessTokens(
  http: AxiosInstance,
  appid: string,
  secret: string,
  now: () => number = Date.now,
): AccessTokens {
  let cached: { token: string; until: number } | null = null;
  let pending: Promise<string> | null = null;
  let forceNext = false;
  const fetchToken = async () => {
    const force = forceNext;
    forceNext = false;
    const { data } = await http.post('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid,
      secret,
      force_refresh: force,
    });
    if (!data?.access_token) throw new Error(`access token: ${data?.errcode ?? '?'} ${data?.errmsg ?? ''}`.trim());
    cached = { token: data.access_token, until: now() + (Number(data.expires_in ?? 7200) - 300) * 1000 };
    return cached.token;
  };
  return {
    get() {
      if (cached && cached.until > now()) return Promise.resolve(cached.token);
      pending ??= fetchToken().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(stale) {
      if (cached?.token === stale) {
        cached = null;
        forceNext = true;
      }
    },
  };
}
