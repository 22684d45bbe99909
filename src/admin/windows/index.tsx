import { Image, Text, View } from '@tarojs/components';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import PageShell from '../../components/PageShell';
import PrintButton from '../../components/PrintButton';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { useRemote } from '../../lib/use-remote';
import { listOrg } from '../../services/org';
import { getWindowQr } from '../../services/qr';
import Loading from '../../ui/Loading';
import './index.scss';

function WindowQr({ window, department }: { window: OrgListOutput['windows'][number]; department: string }) {
  const { state } = useRemote(() => getWindowQr(window.id), window.id);
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
      <Text className="window-qr__caption">扫码评价本窗口服务</Text>
      <Text className="window-qr__note">评价匿名，一点即可完成；不满意可直接投诉</Text>
    </View>
  );
}

/** The windows' standing QR codes, one per printed page, to stand on each counter (admin). */
export default function WindowQrSheet() {
  return (
    <PageShell>
      <StaffGate role="admin">
        {() => <Sheet />}
      </StaffGate>
    </PageShell>
  );
}

function Sheet() {
  const { state, reload } = useRemote(() => listOrg(), 'org');
  return (
    <StateView state={state} onRetry={reload}>
      {(org) => {
        const dept = new Map(org.departments.map((d) => [d.id, d.name]));
        return (
          <>
            {org.windows.map((w) => (
              <WindowQr key={w.id} window={w} department={dept.get(w.departmentId) ?? ''} />
            ))}
            <PrintButton />
          </>
        );
      }}
    </StateView>
  );
}
