/**
 * The HTTP transport over Taro's request (wx.request in the mini program, fetch in H5):
 * `POST <base>/api/<action>`, body = payload, `Authorization: Bearer`, `Idempotency-Key:
 * <requestId>`; the body is always the envelope, on 4xx too, so every status is an answer and
 * only a request that got no answer at all is a network error. (No axios here: for one POST it
 * cost 60 KB of the mini program's main package.)
 *
 * Identity: the first call without a stored token gets one — in a browser a device identity
 * (`auth.guest`); in the mini program the WeChat user's own (`wx.login` → `auth.wxLogin`, the
 * server's code2Session), so staff are known by their bound account. A 401 `AUTH.*` on a stored
 * token means it went stale: drop it, get a new one once, and retry once with the same requestId.
 */
import Taro from '@tarojs/taro';
import { networkError } from './api-error';
import { badGateway, errorOf, isEnvelope, type Wire } from './envelope';
import { clearToken, getToken, setToken } from './token-store';
import type { Send } from './transport.types';

const TIMEOUT_MS = 15_000;

interface Answer {
  status: number;
  body: Wire;
}

/** How a fresh token is obtained: a browser device identity, or the WeChat user's login. */
export type SessionKind = 'guest' | 'wechat';

async function wxLoginCode(): Promise<string> {
  try {
    const { code } = await Taro.login();
    if (code) return code;
  } catch {
    /* reported below as a network failure: the user can only retry */
  }
  throw networkError();
}

export function createHttpTransport(base: string, session: SessionKind = 'guest'): Send {
  let pendingSession: Promise<string> | null = null;

  async function post(
    action: string,
    payload: unknown,
    requestId: string | null,
    token: string | null,
  ): Promise<Answer> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (requestId) headers['Idempotency-Key'] = requestId;
    let res: { statusCode: number; data: unknown };
    try {
      res = await Taro.request({
        url: `${base}/api/${action}`,
        method: 'POST',
        // A string body goes as it is on both targets (an object would be serialised differently by each).
        data: JSON.stringify(payload ?? {}),
        header: headers,
        timeout: TIMEOUT_MS,
        dataType: 'json',
      });
    } catch {
      throw networkError();
    }
    if (!isEnvelope(res.data)) throw badGateway(res.statusCode);
    return { status: res.statusCode, body: res.data };
  }

  /** One session request at a time, however many calls start together on a fresh page. */
  function freshToken(): Promise<string> {
    if (!pendingSession) {
      const ask =
        session === 'wechat'
          ? wxLoginCode().then((code) => post('auth.wxLogin', { code }, null, null))
          : post('auth.guest', {}, null, null);
      pendingSession = ask
        .then(({ body }) => {
          if (!body.ok) throw errorOf(body);
          const { token } = body.data as { token: string };
          setToken(token);
          return token;
        })
        .finally(() => {
          pendingSession = null;
        });
    }
    return pendingSession;
  }

  return async function send(action, payload, requestId) {
    const stored = getToken();
    let answer = await post(action, payload, requestId, stored ?? (await freshToken()));
    const stale = stored && answer.status === 401 && !answer.body.ok && answer.body.error.code.startsWith('AUTH.');
    if (stale) {
      clearToken();
      answer = await post(action, payload, requestId, await freshToken());
    }
    return answer.body;
  };
}
