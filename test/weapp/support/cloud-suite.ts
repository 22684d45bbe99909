/**
 * The setup every cloud-build suite shares: the deployed `api` bundle over the CloudBase
 * stand-in with the hall seeded, one mini program on dist/weapp, and after each test no error
 * or warning logged by the app. Each suite still calls `jest.mock('wx-server-sdk', …)` itself
 * (jest hoists the mock per file).
 */
import { createCloudbaseStore } from '../../../server/adapters/store-cloudbase/cloudbase-store';
import { caller, db, loadApi } from './cloud-backend';
import { act, seedHall, type Api } from './hall';
import { createMiniProgram, type MiniProgram } from './mini-program';

export interface CloudSuite {
  main: Api;
  mp: MiniProgram;
  /** Whose OPENID the next cloud call carries. */
  setCaller(openid: string | null): void;
  /** One action as one person, through the deployed function's entry. */
  act(who: string, action: string, payload: unknown): Promise<any>;
}

export function cloudSuite(): CloudSuite {
  const suite = {
    setCaller: (openid: string | null) => {
      caller.openid = openid;
    },
    act: (who: string, action: string, payload: unknown) => act(suite.main, suite.setCaller, who, action, payload),
  } as CloudSuite;
  beforeAll(async () => {
    suite.main = await loadApi();
    await seedHall(await createCloudbaseStore(db as any));
    suite.mp = createMiniProgram('dist/weapp', { callFunction: (_name, data) => suite.main(data) });
  });
  afterAll(() => suite.mp?.close());
  afterEach(() => {
    expect(suite.mp.console.errors).toEqual([]);
    expect(suite.mp.console.warnings).toEqual([]);
  });
  return suite;
}
