import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { DevIdentity } from '../../../server/contract/auth.schema';
import DevClock from '../../components/DevClock';
import PageShell from '../../components/PageShell';
import StateView from '../../components/StateView';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { getMe } from '../../services/auth';
import { listIdentities, loginAs, rememberDevKey } from '../../services/dev';
import { messageOf } from '../../services/api-error';
import Button from '../../ui/Button';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';
import Input from '../../ui/Input';

const GROUPS: { role: DevIdentity['role']; title: string }[] = [
  { role: 'resident', title: '群众' },
  { role: 'staff', title: '工作人员' },
  { role: 'admin', title: '管理员' },
];

const ROLE_LABEL = { resident: '群众', staff: '工作人员', admin: '管理员' } as const;

function wantedIdentity(params: Record<string, string | undefined>): DevIdentity | null {
  const role = params.role;
  if (role !== 'resident' && role !== 'staff' && role !== 'admin') return null;
  return { role, staffId: params.staffId, residentName: params.residentName, label: '' };
}

/**
 * Local mode only: become any demo identity (the token replaces the current one). The links
 * `npm start` prints (?role=staff&staffId=…, with &devKey=… when others can reach the host) log
 * in at once, without a tap.
 */
export default function DevLogin() {
  const params = usePageParams();
  // A host others can reach prints links with its code (devKey): kept before the first dev.*
  // call below and for the session, so the clock controls work under any identity. Idempotent.
  if (params.devKey) rememberDevKey(params.devKey);
  const { state: me } = useRemote(() => getMe(true), 'me');
  const { state, reload } = useRemote(() => listIdentities(), 'identities');
  const [busy, setBusy] = useState(false);
  const [keyDraft, setKeyDraft] = useState('');
  const wanted = wantedIdentity(params);
  const autoDone = useRef(false);
  useEffect(() => {
    if (!wanted || autoDone.current) return;
    autoDone.current = true;
    void become(wanted);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page load: the query names one identity
  }, []);

  async function become(identity: DevIdentity) {
    if (busy) return;
    setBusy(true);
    try {
      const out = await loginAs({
        role: identity.role,
        staffId: identity.staffId,
        residentName: identity.residentName,
      });
      toast(`已切换为 ${out.name}`, true);
      const home = identity.role === 'resident' ? routes.home() : routes.staffHome();
      setTimeout(() => void Taro.reLaunch({ url: home }), 600);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  // Opened without the printed link (typed by hand, a mini program build on a phone): the code
  // can be typed in instead.
  function submitKey() {
    const key = keyDraft.replace(/[\s-]/g, '').toUpperCase();
    if (!key) return;
    rememberDevKey(key);
    setKeyDraft('');
    void reload();
  }
  const needsKey = state.status === 'error' && state.error.code === 'DEV.KEY_REQUIRED';

  return (
    <PageShell>
      <View className="block">
        <Text className="block__title">当前身份</Text>
        <Text className="muted">
          {me.status === 'ready'
            ? `${ROLE_LABEL[me.data.role]}${me.data.staff ? ` ${me.data.staff.name}（${me.data.staff.number}）` : ''}`
            : '…'}
        </Text>
      </View>
      {needsKey ? (
        <>
          <View className="block">
            <Text className="block__title">需要演示口令</Text>
            <Text className="muted">
              本机可被其他设备访问，切换演示身份需要本次启动时终端打印的 8
              位口令。终端打印的链接已带上口令，直接打开即可；服务重启后口令会更换。
            </Text>
          </View>
          <CellGroup theme="card">
            <Input
              label="演示口令"
              value={keyDraft}
              maxlength={16}
              placeholder="例如 K7M2P9QX"
              onChange={setKeyDraft}
            />
          </CellGroup>
          <View className="gap" />
          <View className="pad">
            <Button theme="primary" size="large" block onClick={submitKey}>
              确定
            </Button>
          </View>
        </>
      ) : (
        <StateView
          state={state}
          onRetry={reload}
          notFound={{ 'ACTION.UNKNOWN': '仅在本地演示模式下可用' }}
          notFoundDetail="正式环境请使用已绑定的微信登录"
        >
          {({ identities }) => (
            <>
              {GROUPS.map(({ role, title }) => {
                const list = identities.filter((i) => i.role === role);
                if (!list.length) return null;
                return (
                  <View key={role}>
                    <CellGroup title={title} theme="card">
                      {list.map((i) => (
                        <Cell
                          key={`${i.role}:${i.staffId ?? i.residentName}`}
                          title={i.label}
                          arrow
                          onClick={() => become(i)}
                        />
                      ))}
                    </CellGroup>
                    <View className="gap" />
                  </View>
                );
              })}
              <DevClock />
            </>
          )}
        </StateView>
      )}
    </PageShell>
  );
}
