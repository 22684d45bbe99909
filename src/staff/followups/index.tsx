import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import {
  FOLLOWUP_TAB_LABELS,
  FOLLOWUP_TABS,
  type FollowupBrief,
  type FollowupTabName,
} from '../../../server/contract/followup.schema';
import { shanghaiDateTime } from '../../../server/contract/dates';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import Button from '../../ui/Button';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import './index.scss';

const EMPTY: Record<FollowupTabName, string> = {
  todo: '没有待回访的差评',
  waiting: '没有等待审核的回访',
  done: '还没有已回访的差评',
};

function Item({ f }: { f: FollowupBrief }) {
  const due = f.status === 'open' || f.status === 'review';
  return (
    <Cell
      title={`${f.levelLabel} · ${f.title}`}
      description={`${f.departmentName} · ${f.statusLabel}${due ? ` · 期限 ${shanghaiDateTime(new Date(f.dueAt))}` : ''}${f.overdue ? '（已逾期）' : ''}`}
      arrow
      onClick={() => void Taro.navigateTo({ url: routes.staffFollowup(f.id) })}
    />
  );
}

function Inbox() {
  const [tab, setTab] = useState<FollowupTabName>('todo');
  const [more, setMore] = useState<{ items: FollowupBrief[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const { state, reload } = useRemote(async () => {
    const first = await call('followup.inbox', { tab });
    setMore(null);
    return first;
  }, tab);
  useDidShow(() => void reload());
  async function loadMore(cursor: string) {
    setBusy(true);
    try {
      const page = await call('followup.inbox', { tab, cursor });
      setMore((m) => ({ items: [...(m?.items ?? []), ...page.followups], next: page.next }));
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <StateView state={state} onRetry={reload}>
      {(data) => {
        const next = more ? more.next : data.next;
        const items = [...data.followups, ...(more?.items ?? [])];
        return (
          <>
            <View className="block">
              <Text className="muted">
                每条差评都要在 7 日内回访核实：联系评价人，核实情况，处理后把结果告诉他。被评价的工作人员看不到这里。
              </Text>
            </View>
            <View className="row-wrap followup-tabs">
              {FOLLOWUP_TABS.map((t) => (
                <View key={t} className="row-wrap__item">
                  <CheckTag
                    content={`${FOLLOWUP_TAB_LABELS[t]} ${data.counts[t]}`}
                    checked={tab === t}
                    onChange={() => setTab(t)}
                  />
                </View>
              ))}
            </View>
            {items.length === 0 ? (
              <EmptyState title={EMPTY[data.tab]} />
            ) : (
              <CellGroup>
                {items.map((f) => (
                  <Item key={f.id} f={f} />
                ))}
              </CellGroup>
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
  );
}

/** 差评回访: the 差评 a head (or the office) must follow up, by tab. */
export default function StaffFollowups() {
  return (
    <PageShell>
      <StaffGate>{() => <Inbox />}</StaffGate>
    </PageShell>
  );
}
