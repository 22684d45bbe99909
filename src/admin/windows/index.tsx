import { Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import PageShell from '../../components/PageShell';
import PrintButton from '../../components/PrintButton';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import { messageOf } from '../../services/api-error';
import { toast } from '../../lib/toast';
import Switch from '../../ui/Switch';
import Loading from '../../ui/Loading';
import './index.scss';

function WindowQr({ window, department }: { window: OrgListOutput['windows'][number]; department: string }) {
  const { state } = useRemote(() => call('qr.get', { windowId: window.id }), window.id);
  return (
    <View className="window-qr">
      <Text className="window-qr__title">{window.name}</Text>
      <Text className="window-qr__dept">{department}</Text>
      {state.status === 'ready' ? (
        <Image className="window-qr__image" src={state.data.image} mode="aspectFit" showMenuByLongpress />
      ) : state.status === 'loading' ? (
        <Loading />
      ) : (
        <Text className="muted">{state.error.message}</Text>
      )}
      <Text className="window-qr__caption">
        {state.status === 'ready' && state.data.codeKind === 'miniCode'
          ? '微信扫码评价本窗口服务'
          : '扫码评价本窗口服务'}
      </Text>
      <Text className="window-qr__note">评价匿名，一点即可完成；不满意可直接投诉</Text>
    </View>
  );
}

/** The windows' standing QR codes, one per printed page, to stand on each counter (admin). */
export default function WindowQrSheet() {
  return (
    <PageShell>
      <StaffGate role="admin">{() => <Sheet />}</StaffGate>
    </PageShell>
  );
}

/**
 * 小程序码 open only in WeChat; with the 扫普通链接二维码打开小程序 rule set up for the H5 address,
 * plain QRs open the mini program in WeChat and the H5 page with any other camera.
 */
function CodeKindSwitch({ onChange }: { onChange: () => void }) {
  const { state, reload } = useRemote(() => call('qr.rule', {}), 'qr-rule');
  if (state.status !== 'ready' || !state.data.miniCodes) return null;
  const change = (v: boolean) =>
    void call('qr.setRule', { plainUrlRule: v }).then(
      () => {
        toast(v ? '二维码改为普通链接二维码' : '二维码改为小程序码', true);
        void reload();
        onChange();
      },
      (err) => toast(messageOf(err)),
    );
  return (
    <View className="block code-kind no-print">
      <View className="code-kind__text">
        <Text className="code-kind__label">使用普通链接二维码</Text>
        <Text className="muted">
          需先在小程序后台配置“扫普通链接二维码打开小程序”。配置后，微信扫码打开小程序，其他相机扫码打开网页版；未配置时使用小程序码（仅微信可扫）。
        </Text>
      </View>
      <Switch value={state.data.plainUrlRule} label="使用普通链接二维码" onChange={change} />
    </View>
  );
}

function Sheet() {
  const { state, reload } = useRemote(() => call('org.list', {}), 'org');
  const [generation, setGeneration] = useState(0);
  return (
    <StateView state={state} onRetry={reload}>
      {(org) => {
        const dept = new Map(org.departments.map((d) => [d.id, d.name]));
        return (
          <>
            <CodeKindSwitch onChange={() => setGeneration((g) => g + 1)} />
            {org.windows.map((w) => (
              <WindowQr key={`${w.id}-${generation}`} window={w} department={dept.get(w.departmentId) ?? ''} />
            ))}
            <PrintButton />
          </>
        );
      }}
    </StateView>
  );
}
