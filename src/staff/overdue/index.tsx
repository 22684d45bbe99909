import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { chineseDate } from '../../../server/contract/dates';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';

function OverdueCards({ scope }: { scope: string }) {
  const { state, reload } = useRemote(() => call('card.overdue', {}), 'overdue-cards');
  return (
    <StateView state={state} onRetry={reload}>
      {({ cards }) =>
        cards.length === 0 ? (
          <EmptyState title="没有超期未办结的监督卡" detail={`${scope}的监督卡都在承诺时限内`} />
        ) : (
          <CellGroup title={`超期未办结 ${cards.length} 张`} theme="card">
            {cards.map((c) => (
              <Cell
                key={c.cardId}
                title={c.matter}
                description={`${c.department.name} · ${c.staff.name} · 期限 ${chineseDate(c.dueDate)}`}
                note={`超期 ${c.daysOverdue} 天`}
                arrow
                onClick={() => void Taro.navigateTo({ url: routes.staffCard(c.cardId) })}
              />
            ))}
          </CellGroup>
        )
      }
    </StateView>
  );
}

/** 限时办结: open cards past their due date — the office sees all, a head their departments', anyone else their own. */
export default function OverduePage() {
  return (
    <PageShell>
      <StaffGate>
        {(me) => {
          const scope = me.role === 'admin' ? '全部部门' : (me.headOf ?? []).length ? '本部门' : '本人开具';
          return (
            <>
              <View className="block">
                <Text className="block__title">超期监督卡</Text>
                <Text className="muted">{scope}已超过承诺时限仍未办结的监督卡，最久的在前。</Text>
              </View>
              <OverdueCards scope={scope} />
            </>
          );
        }}
      </StaffGate>
    </PageShell>
  );
}
