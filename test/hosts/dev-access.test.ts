/**
 * The local host's dev.* gate (issue 17): open on loopback; beyond it, only with the code printed
 * at start, which the printed links carry; DEV_ACTIONS=off refuses them. Over HTTP on a real
 * socket, as `npm start` wires it (createRuntime + buildHttpApp).
 */
import { buildHttpApp } from '../../server/hosts/node/http-app';
import { createRuntime } from '../../server/hosts/runtime';
import { devAccessFor, isLoopback, type DevAccess } from '../../server/hosts/node/dev-access';
import { printWelcome } from '../../server/hosts/node/welcome';
import { fixedClock } from '../../server/adapters/system/clocks';
import { silentLogger } from '../../server/adapters/system/loggers';
import { devKeyMatches, newDevKey } from '../../server/security/dev-key';
import { closeSharedPglite, freshPgliteStore } from '../support/pglite-shared';
import { card, head, seedOrg, staffA } from '../support/fixtures';
import type { Store } from '../../server/ports/store';

// The first test starts PGlite (initdb), slow on a busy machine.
jest.setTimeout(30_000);
afterAll(closeSharedPglite);

const KEY = 'K7M2P9QX';

async function openLocalHost(devAccess?: DevAccess) {
  const store = await freshPgliteStore();
  await seedOrg(store);
  const clock = fixedClock('2026-11-24T02:00:00.000Z');
  const core = await createRuntime({
    store,
    mode: 'local',
    publicBaseUrl: 'http://192.168.1.20:8080',
    clock,
    logger: silentLogger,
    env: {},
    devAccess,
  });
  const app = buildHttpApp(core, {});
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = async (action: string, payload: object, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(`${base}/api/${action}`, { method: 'POST', headers, body: JSON.stringify(payload) });
    return { status: res.status, body: (await res.json()) as any };
  };
  return { store, clock, post, close: () => app.close() };
}

/** Every dev.* action with a valid payload (the admin, a clock step). */
const DEV_CALLS: [string, object][] = [
  ['dev.login', { role: 'admin' }],
  ['dev.login', { role: 'staff', staffId: staffA.id }],
  ['dev.login', { role: 'resident' }],
  ['dev.identities', {}],
  ['dev.clock', { advanceHours: 24 }],
  ['sweep.run', {}],
];

describe('devAccessFor: which start needs the code', () => {
  const lan = 'http://192.168.1.20:8080';
  const own = 'http://127.0.0.1:8080';
  const fresh = () => 'FRESHKEY';

  it('is open on loopback, advertised at loopback', () => {
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', '[::1]', 'localhost', 'LOCALHOST', '::ffff:127.0.0.1']) {
      expect([host, isLoopback(host)]).toEqual([host, true]);
      expect(devAccessFor({ host, publicBaseUrl: own }, fresh)).toBe('open');
    }
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: 'http://localhost:8080', devActions: 'auto' }, fresh)).toBe(
      'open',
    );
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: 'http://[::1]:8080' }, fresh)).toBe('open');
  });

  it('asks for a fresh code when listening beyond loopback or advertised elsewhere (a tunnel, a proxy)', () => {
    for (const host of ['0.0.0.0', '::', '', '192.168.1.20', 'my-laptop.local', '::ffff:192.168.1.20']) {
      expect([host, isLoopback(host)]).toEqual([host, false]);
      expect(devAccessFor({ host, publicBaseUrl: lan }, fresh)).toEqual({ key: 'FRESHKEY' });
      expect(devAccessFor({ host, publicBaseUrl: own }, fresh)).toEqual({ key: 'FRESHKEY' });
    }
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: 'https://demo.example.cn' }, fresh)).toEqual({
      key: 'FRESHKEY',
    });
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: 'not a url' }, fresh)).toEqual({ key: 'FRESHKEY' });
  });

  it('DEV_ACTIONS=key asks for it on loopback too; off turns dev.* off; anything else stops the start', () => {
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: own, devActions: 'key' }, fresh)).toEqual({
      key: 'FRESHKEY',
    });
    expect(devAccessFor({ host: '127.0.0.1', publicBaseUrl: own, devActions: 'off' }, fresh)).toBe('off');
    expect(devAccessFor({ host: '0.0.0.0', publicBaseUrl: lan, devActions: ' OFF ' }, fresh)).toBe('off');
    expect(() => devAccessFor({ host: '0.0.0.0', publicBaseUrl: lan, devActions: 'on' }, fresh)).toThrow(/DEV_ACTIONS/);
  });

  it('makes 8-character codes without look-alikes from the CSPRNG, different each start', () => {
    const keys = Array.from({ length: 50 }, () => newDevKey());
    for (const k of keys) expect(k).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(new Set(keys).size).toBe(50);
    expect(typeof devAccessFor({ host: '0.0.0.0', publicBaseUrl: lan })).toBe('object');
  });

  it('compares codes whatever their length', () => {
    expect(devKeyMatches(KEY, KEY)).toBe(true);
    for (const wrong of [undefined, '', 'K7M2P9QY', 'k7m2p9qx', `${KEY}X`, 'K7M'])
      expect(devKeyMatches(KEY, wrong)).toBe(false);
  });
});

describe('dev.* on a loopback local host', () => {
  it('answers without a code, as before', async () => {
    const host = await openLocalHost();
    try {
      for (const [action, payload] of DEV_CALLS) {
        const res = await host.post(action, payload);
        expect([action, res.status, res.body.ok]).toEqual([action, 200, true]);
      }
      expect((await host.post('dev.login', { role: 'admin' })).body.data).toMatchObject({
        role: 'admin',
        staffId: head.id,
      });
    } finally {
      await host.close();
    }
  });
});

describe('dev.* on a local host others can reach', () => {
  let host: Awaited<ReturnType<typeof openLocalHost>>;
  beforeEach(async () => {
    host = await openLocalHost({ key: KEY });
  });
  afterEach(() => host.close());

  const expectRefused = async (action: string, payload: object, code: string) => {
    const before = await host.store.counts();
    const at = host.clock.now().toISOString();
    const res = await host.post(action, payload);
    expect([action, res.status, res.body.ok, res.body.error?.code]).toEqual([action, 403, false, code]);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(res.body.data).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toContain(KEY);
    // Nothing happened: no token, no clock step, no sweep.
    expect(host.clock.now().toISOString()).toBe(at);
    expect(await host.store.counts()).toEqual(before);
  };

  it('refuses every dev.* call without the code, or with a wrong one (403 DEV.KEY_REQUIRED)', async () => {
    for (const [action, payload] of DEV_CALLS) {
      await expectRefused(action, payload, 'DEV.KEY_REQUIRED');
      for (const devKey of ['', 'K7M2P9QY', KEY.toLowerCase(), `${KEY}2`, 'x'.repeat(64)]) {
        await expectRefused(action, { ...payload, devKey }, 'DEV.KEY_REQUIRED');
      }
    }
  });

  it('answers every dev.* call with the right code', async () => {
    for (const [action, payload] of DEV_CALLS) {
      const res = await host.post(action, { ...payload, devKey: KEY });
      expect([action, res.status, res.body.ok]).toEqual([action, 200, true]);
    }
    const admin = (await host.post('dev.login', { role: 'admin', devKey: KEY })).body.data;
    expect(admin).toMatchObject({ role: 'admin', staffId: head.id });
    // The token it hands out is an ordinary token: the admin's own calls need no code.
    const me = await host.post('auth.me', {}, admin.token);
    expect([me.status, me.body.data.role]).toEqual([200, 'admin']);
  });

  it('moves the clock only with the code', async () => {
    await expectRefused('dev.clock', { advanceHours: 24 }, 'DEV.KEY_REQUIRED');
    const res = await host.post('dev.clock', { advanceHours: 24, devKey: KEY });
    expect(res.body.data.now).toBe('2026-11-25T02:00:00.000Z');
  });

  it('other actions need no code', async () => {
    expect((await host.post('auth.guest', {})).status).toBe(200);
  });
});

describe('dev.* with DEV_ACTIONS=off', () => {
  it('refuses every dev.* call, with or without a code (403 DEV.DISABLED)', async () => {
    const host = await openLocalHost('off');
    try {
      for (const [action, payload] of DEV_CALLS) {
        for (const p of [payload, { ...payload, devKey: KEY }]) {
          const res = await host.post(action, p);
          expect([action, res.status, res.body.error?.code]).toEqual([action, 403, 'DEV.DISABLED']);
          expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
        }
      }
      expect((await host.post('auth.guest', {})).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});

describe('the welcome text', () => {
  let store: Store;
  beforeEach(async () => {
    store = await freshPgliteStore();
    await seedOrg(store);
    await store.cards.insert(card());
  });

  const welcome = async (devAccess?: DevAccess) => {
    const lines: string[] = [];
    await printWelcome(store, 'http://192.168.1.20:8080', (s) => lines.push(s), devAccess);
    const text = lines.join('\n');
    return { text, devLinks: text.match(/\S*\/#\/dev\/login\/index\S*/g) ?? [] };
  };

  it('prints the code, and every dev link carries it, when others can reach the host', async () => {
    const { text, devLinks } = await welcome({ key: KEY });
    expect(text).toContain(KEY);
    expect(devLinks).toEqual([
      `http://192.168.1.20:8080/#/dev/login/index?role=staff&staffId=${staffA.id}&devKey=${KEY}`,
      `http://192.168.1.20:8080/#/dev/login/index?role=admin&staffId=${head.id}&devKey=${KEY}`,
      `http://192.168.1.20:8080/#/dev/login/index?devKey=${KEY}`,
    ]);
    // The resident's card link (and its QR) need no code.
    expect(text).toContain('http://192.168.1.20:8080/c/CARD000000000000001');
  });

  it('prints plain links on loopback, and none with DEV_ACTIONS=off', async () => {
    const open = await welcome();
    expect(open.devLinks).toHaveLength(3);
    expect(open.text).not.toContain('devKey');
    expect(open.devLinks[2]).toBe('http://192.168.1.20:8080/#/dev/login/index');
    const off = await welcome('off');
    expect(off.devLinks).toEqual([]);
    expect(off.text).toContain('DEV_ACTIONS=off');
  });
});
