import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { ComplaintInboxOutput, InboxTab } from '../../../server/contract/complaint.schema';
import ComplaintList from '../../components/ComplaintList';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { serverClock } from '../../lib/countdown';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { askSubscribe, canSubscribe } from '../../services/subscribe';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import './index.scss';

const TABS: { tab: InboxTab; label: string }[] = [
  { tab: 'pending', label: '待回复' },
  { tab: 'dueSoon', label: '即将到期' },
  { tab: 'overdue', label: '已逾期' },
  { tab: 'replied', label: '已回复' },
];

const EMPTY: Record<InboxTab, string> = {
  pending: '没有待回复的投诉',
  dueSoon: '没有即将到期的投诉',
  overdue: '没有逾期的投诉',
  replied: '还没有已回复的投诉',
};

/** Ticks once a minute so the countdowns stay true while the page is open. */
function useMinuteTick() {
  const [, setTick] = useState(0);
  useEffect(() => {
    const t = setInterval(() => setTick((n) => n + 1), 60_000);
    return () => clearInterval(t);
  }, []);
}

type Brief = ComplaintInboxOutput['complaints'][number];

function Inbox() {
  const [tab, setTab] = useState<InboxTab>('pending');
  // Later pages of the tab, fetched with the cursor of the page before ("加载更多").
  const [more, setMore] = useState<{ items: Brief[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const { state, reload } = useRemote(async () => {
    const first = await call('complaint.inbox', { tab });
    setMore(null);
    return first;
  }, tab);
  async function loadMore(cursor: string) {
    setBusy(true);
    try {
      const page = await call('complaint.inbox', { tab, cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.complaints], next: page.next }));
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  useDidShow(() => void reload());
  useMinuteTick();
  return (
    <>
      {canSubscribe ? (
        <View className="block inbox-subscribe">
          <Text className="muted">微信提醒每次授权只能收到一条，每次来都点一下，新投诉和到期提醒才不会漏。</Text>
          <Button
            theme="primary"
            variant="outline"
            size="medium"
            onClick={() => void askSubscribe('staff').then((n) => toast(n ? `已开启 ${n} 项提醒` : '未开启提醒'))}
          >
            接收提醒
          </Button>
        </View>
      ) : null}
      <StateView state={state} onRetry={reload}>
        {(data) => {
          const next = more ? more.next : data.next;
          return (
            <>
              <View className="row-wrap inbox-tabs">
                {TABS.map((t) => (
                  <View key={t.tab} className="row-wrap__item">
                    <CheckTag
                      content={`${t.label} ${data.counts[t.tab]}`}
                      checked={tab === t.tab}
                      onChange={() => setTab(t.tab)}
                    />
                  </View>
                ))}
              </View>
              {data.complaints.length === 0 ? (
                <EmptyState title={EMPTY[data.tab]} />
              ) : (
                <ComplaintList
                  items={[...data.complaints, ...(more?.items ?? [])]}
                  now={serverClock(data.now)()}
                  showAssignee
                  onOpen={(id) => void Taro.navigateTo({ url: routes.staffCase(id) })}
                />
              )}
              {next ? (
                <View className="pad">
                  <Button variant="outline" block loading={busy} onClick={() => void loadMore(next)}>
                    加载更多
                  </Button>
                </View>
              ) : null}
            </>
          );
        }}
      </StateView>
    </>
  );
}

/** 投诉待办: my cases (a head also sees the department's, a supervisor all) by tab, with live countdowns. */
export default function StaffInbox() {
  return (
    <PageShell>
      <StaffGate>{() => <Inbox />}</StaffGate>
    </PageShell>
  );
}
