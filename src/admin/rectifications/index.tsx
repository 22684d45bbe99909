import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { RectificationBrief, RectificationListInput } from '../../../server/contract/rectification.schema';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Tag from '../../ui/Tag';
import './index.scss';

type Filter = NonNullable<RectificationListInput['status']> | 'all';
const FILTERS: { key: Filter; label: string }[] = [
  { key: 'all', label: '全部' },
  { key: 'open', label: '整改中' },
  { key: 'overdue', label: '已逾期' },
  { key: 'submitted', label: '待验收' },
  { key: 'verified', label: '已验收' },
];

function Item({ r }: { r: RectificationBrief }) {
  return (
    <View className="block rect-item" onClick={() => void Taro.navigateTo({ url: routes.rectification(r.id) })}>
      <View className="rect-item__head">
        <Text className="rect-item__problem">{r.problem}</Text>
        <Tag
          theme={
            r.overdue
              ? 'danger'
              : r.status === 'verified'
                ? 'success'
                : r.status === 'submitted'
                  ? 'warning'
                  : 'primary'
          }
        >
          {r.overdue ? '已逾期' : r.statusLabel}
        </Tag>
      </View>
      <Text className="muted">
        {r.ownerDepartment.name}
        {r.ownerStaff ? ` · ${r.ownerStaff.name}` : ''} · 期限 {r.dueOn} · 来源：{r.sourceLabel}
        {r.trackingNo ? `（${r.trackingNo}）` : ''}
      </Text>
    </View>
  );
}

/** 整改跟踪: the office sees every item; a head their department's; staff the ones naming them. */
export default function Rectifications() {
  const [filter, setFilter] = useState<Filter>('all');
  const { state, reload } = useRemote(
    () => call('rectification.list', filter === 'all' ? {} : { status: filter }),
    filter,
  );
  useDidShow(() => void reload());
  return (
    <PageShell wide>
      <StaffGate>
        {(me) => (
          <>
            <View className="row-wrap rect-filters">
              {FILTERS.map((f) => (
                <View key={f.key} className="row-wrap__item">
                  <CheckTag content={f.label} checked={f.key === filter} onChange={() => setFilter(f.key)} />
                </View>
              ))}
            </View>
            {me.role === 'admin' ? (
              <View className="pad">
                <Button theme="primary" block onClick={() => void Taro.navigateTo({ url: routes.rectificationNew() })}>
                  下发整改
                </Button>
              </View>
            ) : null}
            <StateView state={state} onRetry={reload}>
              {({ items }) =>
                items.length ? (
                  <>
                    {items.map((r) => (
                      <Item key={r.id} r={r} />
                    ))}
                  </>
                ) : (
                  <EmptyState title="暂无整改事项" detail="评议办下发的整改会在这里跟踪" />
                )
              }
            </StateView>
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
