/**
 * The client services that add something to `call` (src/services): the auth.me and form caches,
 * the staff session's token, the dev key on every dev.* call, an export's progress. Everything
 * else is `call(action, payload)` straight from the page, typed by the contract. The transport
 * and Taro's storage are stand-ins here: what is checked is what each service sends and keeps.
 */
import type { Wire } from '../../src/services/envelope';

const mockStorage = new Map<string, unknown>();
const mockSent: { action: string; payload: unknown; requestId: string }[] = [];
let mockAnswer: (action: string, payload: unknown) => Promise<Wire> | Wire = () => ({ ok: true, data: {} });

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (k: string) => mockStorage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void mockStorage.set(k, v),
    removeStorageSync: (k: string) => void mockStorage.delete(k),
  },
}));
jest.mock('../../src/services/transport', () => ({
  send: async (action: string, payload: unknown, requestId: string) => {
    mockSent.push({ action, payload, requestId });
    return mockAnswer(action, payload);
  },
}));

beforeEach(() => {
  jest.resetModules();
  mockStorage.clear();
  mockSent.length = 0;
  mockAnswer = () => ({ ok: true, data: {} });
});

const actions = () => mockSent.map((s) => s.action);

it('asks auth.me once until the identity changes, a failure or `fresh` asks again', async () => {
  const { getMe, signOut } = await import('../../src/services/auth');
  mockAnswer = () => ({ ok: true, data: { role: 'resident' } });
  const [a, b] = await Promise.all([getMe(), getMe()]);
  expect(a).toEqual({ role: 'resident' });
  expect(b).toBe(a);
  expect(actions()).toEqual(['auth.me']);

  await getMe(true);
  expect(actions()).toEqual(['auth.me', 'auth.me']);

  signOut(); // the token changed: the cache is dropped
  mockAnswer = () => ({ ok: false, error: { code: 'NETWORK', message: '网络不可用' } });
  await expect(getMe()).rejects.toMatchObject({ code: 'NETWORK' });
  mockAnswer = () => ({ ok: true, data: { role: 'resident' } });
  await getMe(); // a failure is not kept
  expect(actions()).toEqual(['auth.me', 'auth.me', 'auth.me', 'auth.me']);
});

it('keeps the staff token after a PC sign-in (first time: the password is set, then signed in), and drops it on sign-out', async () => {
  const { setPasswordAndLogin, signOut } = await import('../../src/services/auth');
  mockAnswer = (action) =>
    action === 'auth.setPassword'
      ? { ok: true, data: { staff: { number: 'A001' } } }
      : { ok: true, data: { token: 'staff-token' } };
  await setPasswordAndLogin('ABCD2345', 'pass-word-1');
  expect(mockSent.map(({ action, payload }) => [action, payload])).toEqual([
    ['auth.setPassword', { code: 'ABCD2345', password: 'pass-word-1' }],
    ['auth.staffLogin', { number: 'A001', password: 'pass-word-1' }],
  ]);
  expect(mockStorage.get('auth.token')).toBe('staff-token');
  signOut();
  expect(mockStorage.has('auth.token')).toBe(false);
});

it('fetches the evaluation and complaint forms once (again after a failure)', async () => {
  const { getEvaluationForm } = await import('../../src/services/evaluation');
  const { getComplaintForm } = await import('../../src/services/complaint');
  mockAnswer = () => ({ ok: false, error: { code: 'NETWORK', message: '网络不可用' } });
  await expect(getEvaluationForm()).rejects.toMatchObject({ code: 'NETWORK' });
  mockAnswer = () => ({ ok: true, data: { form: true } });
  await Promise.all([getEvaluationForm(), getEvaluationForm(), getComplaintForm(), getComplaintForm()]);
  expect(actions()).toEqual(['evaluation.form', 'evaluation.form', 'complaint.form']);
});

it('sends the remembered dev key with every dev.* call, and keeps the demo identity’s token', async () => {
  const dev = await import('../../src/services/dev');
  dev.rememberDevKey('k3y');
  mockAnswer = (action) => ({ ok: true, data: action === 'dev.login' ? { token: 'demo-token' } : {} });
  await dev.listIdentities();
  await dev.loginAs({ role: 'staff', staffId: 'STAFF00001' });
  await dev.advanceClock(24);
  await dev.runSweep();
  expect(mockSent.map(({ action, payload }) => [action, payload])).toEqual([
    ['dev.identities', { devKey: 'k3y' }],
    ['dev.login', { role: 'staff', staffId: 'STAFF00001', devKey: 'k3y' }],
    ['dev.clock', { advanceHours: 24, devKey: 'k3y' }],
    ['sweep.run', { devKey: 'k3y' }],
  ]);
  expect(mockStorage.get('auth.token')).toBe('demo-token');
});

it('reports an export’s progress from export.status (same request id) until the export answers', async () => {
  const { runExport } = await import('../../src/services/export');
  let finish: (w: Wire) => void = () => {};
  let polls = 0;
  mockAnswer = (action) => {
    if (action !== 'export.status') return new Promise<Wire>((resolve) => (finish = resolve));
    polls += 1;
    // The first poll may come before the server has the job.
    if (polls === 1) return { ok: false, error: { code: 'EXPORT.NOT_FOUND', message: '未找到该导出任务' } };
    setTimeout(() => finish({ ok: true, data: { status: 'done', rows: 3 } }), 50);
    return { ok: true, data: { status: 'running', rows: 2 } };
  };
  const progress: unknown[] = [];
  const out = await runExport({ action: 'export.org', payload: {} }, (p) => progress.push(p));
  expect(out).toEqual({ status: 'done', rows: 3 });
  expect(progress).toEqual([{ status: 'running', rows: 2 }]);
  const [started, ...statuses] = mockSent;
  expect(started.action).toBe('export.org');
  expect(statuses.map((s) => s.payload)).toEqual([{ requestId: started.requestId }, { requestId: started.requestId }]);
}, 10_000);
