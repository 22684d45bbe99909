import { Text, View } from '@tarojs/components';
import ComplainEntry from '../../components/ComplainEntry';
import EvaluationPanel from '../../components/EvaluationPanel';
import InfoRow from '../../components/InfoRow';
import LargeTextToggle from '../../components/LargeTextToggle';
import PageShell from '../../components/PageShell';
import PhoneLink from '../../components/PhoneLink';
import StateView from '../../components/StateView';
import { entryId } from '../../lib/entry-id';
import { usePageParams } from '../../lib/page-params';
import { useRemote } from '../../lib/use-remote';
import { ApiError } from '../../services/api-error';
import { call } from '../../services/call';

const NOT_FOUND = { 'WINDOW.NOT_FOUND': '未找到该窗口', 'REQUEST.INVALID': '未找到该窗口' };

/** A window's standing QR: who is on duty now, and the same one-tap evaluation. */
export default function WindowPage() {
  const windowId = entryId(usePageParams());
  const { state, reload } = useRemote(
    () =>
      windowId ? call('window.get', { windowId }) : Promise.reject(new ApiError('WINDOW.NOT_FOUND', '未找到该窗口')),
    windowId ?? '',
  );
  return (
    <PageShell>
      <LargeTextToggle />
      <StateView state={state} onRetry={reload} notFound={NOT_FOUND}>
        {(win) => (
          <>
            <View className="block">
              <Text className="block__title">{win.name}</Text>
              <InfoRow label="所属部门">{win.department.name}</InfoRow>
              <InfoRow label="值班人员">
                {win.onDuty ? `${win.onDuty.name}（工号 ${win.onDuty.number}）` : '暂无值班人员'}
              </InfoRow>
              <InfoRow label="监督电话">
                <PhoneLink phone={win.supervisionPhone} />
              </InfoRow>
            </View>
            <EvaluationPanel target={{ windowId: win.windowId }} mine={win.myEvaluation} onReload={reload} />
            <ComplainEntry target={{ windowId: win.windowId }} />
          </>
        )}
      </StateView>
    </PageShell>
  );
}
