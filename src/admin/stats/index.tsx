import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import DateCell from '../../components/DateCell';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { PERIOD_LABELS, period, type PeriodKey } from '../../lib/periods';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import Switch from '../../ui/Switch';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import Comments from './Comments';
import Exports from './Exports';
import Overview from './Overview';
import Rankings from './Rankings';
import Trend from './Trend';
import './index.scss';

type Choice = PeriodKey | 'custom';

/**
 * Heads and staff see whole months, quarters and years only (the server refuses anything else):
 * two custom ranges one day apart would tell how that day's one applicant rated.
 */
const CALENDAR_PERIODS: PeriodKey[] = ['thisMonth', 'lastMonth', 'thisQuarter', 'thisYear'];

function StatsView({ isAdmin, isHead }: { isAdmin: boolean; isHead: boolean }) {
  const [key, setKey] = useState<Choice>('thisMonth');
  const [custom, setCustom] = useState(() => period('thisMonth', new Date()));
  const [departmentId, setDepartmentId] = useState('');
  // Within a department: one window, person or matter ("window:ID", "staff:ID", "matter:ID").
  const [within, setWithin] = useState('');
  const { state: org } = useRemote(() => (isAdmin ? call('org.list', {}) : Promise.resolve(null)), 'org');
  const [withinKind, withinId] = within.split(':');
  const narrow = withinId ? { [`${withinKind}Id`]: withinId } : {};
  const range = key === 'custom' ? custom : period(key, new Date());
  const { state: depts } = useRemote(
    () => (isAdmin ? call('org.departments', {}) : Promise.resolve({ departments: [] })),
    'depts',
  );
  const { state, reload } = useRemote(
    () => call('stats.overview', { ...range, ...(departmentId ? { departmentId } : {}), ...narrow }),
    `${range.from}:${range.to}:${departmentId}:${within}`,
  );
  return (
    <>
      <View className="row-wrap stats-periods">
        {(isAdmin ? (Object.keys(PERIOD_LABELS) as PeriodKey[]) : CALENDAR_PERIODS).map((k) => (
          <View key={k} className="row-wrap__item">
            <CheckTag content={PERIOD_LABELS[k]} checked={k === key} onChange={() => setKey(k)} />
          </View>
        ))}
        {isAdmin ? (
          <View className="row-wrap__item">
            <CheckTag content="自定义" checked={key === 'custom'} onChange={() => setKey('custom')} />
          </View>
        ) : null}
      </View>
      {isAdmin ? null : (
        <Text className="muted">为保护评价人，统计按整月、整季度或整年显示，少于 5 条评价不显示比例。</Text>
      )}
      {key === 'custom' ? (
        <CellGroup theme="card">
          <DateCell
            title="开始日期"
            value={custom.from}
            end={custom.to}
            onChange={(from) => setCustom({ ...custom, from })}
          />
          <DateCell
            title="结束日期"
            value={custom.to}
            start={custom.from}
            onChange={(to) => setCustom({ ...custom, to })}
          />
        </CellGroup>
      ) : null}
      {isAdmin && depts.status === 'ready' ? (
        <CellGroup theme="card">
          <SelectCell
            title="统计范围"
            options={[
              { value: '', label: '全部部门' },
              ...depts.data.departments.map((d) => ({ value: d.id, label: d.name })),
            ]}
            value={departmentId}
            onChange={(v) => {
              setDepartmentId(v);
              setWithin('');
            }}
          />
          {departmentId && org.status === 'ready' && org.data ? (
            <SelectCell
              title="细分到"
              options={[
                { value: '', label: '整个部门' },
                ...org.data.windows
                  .filter((w) => w.departmentId === departmentId)
                  .map((w) => ({ value: `window:${w.id}`, label: `窗口：${w.name}` })),
                ...org.data.staff
                  .filter((x) => x.departmentId === departmentId)
                  .map((x) => ({ value: `staff:${x.id}`, label: `人员：${x.name}（${x.number}）` })),
                ...org.data.matters
                  .filter((m) => m.departmentId === departmentId)
                  .map((m) => ({ value: `matter:${m.id}`, label: `事项：${m.name}` })),
              ]}
              value={within}
              onChange={setWithin}
            />
          ) : null}
        </CellGroup>
      ) : null}
      <View className="gap" />
      <StateView state={state} onRetry={reload}>
        {(s) => (
          <>
            <Text className="muted stats-range">
              {s.from} 至 {s.to}
              {s.scope.staffId ? ' · 本人' : ''}
            </Text>
            <Overview s={s} />
          </>
        )}
      </StateView>
      <Trend range={range} scope={{ ...(departmentId ? { departmentId } : {}), ...narrow }} />
      {isAdmin ? (
        <Rankings range={range} by={departmentId ? 'staff' : 'department'} departmentId={departmentId || undefined} />
      ) : null}
      {!isAdmin && isHead ? <Rankings range={range} by="staff" /> : null}
      {isAdmin ? <Comments range={range} departmentId={departmentId || undefined} /> : null}
      {isAdmin || isHead ? (
        <Exports
          range={range}
          departmentId={departmentId || undefined}
          rankBy={isAdmin && !departmentId ? 'department' : 'staff'}
          isAdmin={isAdmin}
        />
      ) : null}
    </>
  );
}

/** The office decides whether residents see the department-level results page. */
function PublishSwitch() {
  const [on, setOn] = useState(false);
  // The page answers only when published: that is the switch's current state.
  useEffect(() => {
    call('stats.public', {}).then(
      () => setOn(true),
      () => setOn(false),
    );
  }, []);
  const change = (v: boolean) =>
    void call('stats.publish', { enabled: v }).then(
      (r) => {
        setOn(r.enabled);
        toast(r.enabled ? '已向群众公布部门评议结果' : '已停止公布', true);
      },
      (err) => toast(messageOf(err)),
    );
  return (
    <View className="block publish">
      <View className="publish__text">
        <Text className="publish__label">向群众公布评议结果</Text>
        <Text className="muted">只公布各部门的满意率和投诉按时答复率，不含任何个人</Text>
      </View>
      <Switch value={on} label="向群众公布评议结果" onChange={change} />
    </View>
  );
}

/** 统计: the office sees any department; a head their department; staff their own figures. */
export default function AdminStats() {
  return (
    <PageShell wide>
      <StaffGate>
        {(me) => (
          <>
            <StatsView isAdmin={me.role === 'admin'} isHead={(me.headOf ?? []).length > 0} />
            {me.role === 'admin' ? <PublishSwitch /> : null}
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
