import Taro, { useDidShow } from '@tarojs/taro';
import ComplaintList from '../../components/ComplaintList';
import PageShell from '../../components/PageShell';
import StateView, { EmptyState } from '../../components/StateView';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';

/** 我的投诉: every case with its status, deadline and an overdue mark; tap for the timeline. */
export default function ComplaintsPage() {
  const { state, reload } = useRemote(() => call('complaint.mine', { limit: 50 }), 'complaints');
  useDidShow(() => void reload());
  return (
    <PageShell>
      <StateView state={state} onRetry={reload}>
        {({ complaints }) =>
          complaints.length === 0 ? (
            <EmptyState title="还没有投诉记录" detail="对办事服务不满意，可以在监督卡、窗口二维码或首页提交投诉" />
          ) : (
            <ComplaintList
              items={complaints}
              now={Date.now()}
              onOpen={(id) => void Taro.navigateTo({ url: routes.complaint(id) })}
            />
          )
        }
      </StateView>
    </PageShell>
  );
}
