import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { StatsOverviewOutput } from '../../../server/contract/stats.schema';
import { LEVELS } from '../../lib/levels';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { PERIOD_LABELS, percent, period, type PeriodKey } from '../../lib/periods';
import { useRemote } from '../../lib/use-remote';
import { listDepartments } from '../../services/org-directory';
import { publicResults, setPublicResults, statsOverview, statsRankings } from '../../services/stats';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import Switch from '../../ui/Switch';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import './index.scss';

const DIMENSION_LABELS: Record<string, string> = {
  timeliness: '办事及时', accuracy: '准确规范', attitude: '服务态度', professionalism: '专业能力',
  communication: '沟通协作', problem_solving: '解决问题', integrity: '廉洁从业',
};

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <View className="figure">
      <Text className="figure__value">{value}</Text>
      <Text className="figure__label">{label}</Text>
      {note ? <Text className="figure__note">{note}</Text> : null}
    </View>
  );
}

/** A bar per row, its width the share: plain views, so the chart costs no library in either build. */
function Bars({ rows }: { rows: { label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <View>
      {rows.map((r) => (
        <View key={r.label} className="bar">
          <Text className="bar__label">{r.label}</Text>
          <View className="bar__track">
            <View className="bar__fill" style={{ width: `${(r.value / max) * 100}%` }} />
          </View>
          <Text className="bar__text">{r.text}</Text>
        </View>
      ))}
    </View>
  );
}

function Overview({ s }: { s: StatsOverviewOutput }) {
  const withheld = s.suppressed.satisfactionRate;
  const total = s.evaluations || 1;
  return (
    <>
      <View className="block figures">
        <Figure label="评价数" value={String(s.evaluations)} />
        <Figure label="满意率" value={withheld ? '样本不足' : percent(s.satisfactionRate)} note="非常满意+满意" />
        <Figure label="差评率" value={withheld ? '样本不足' : percent(s.badRate)} note="不满意+非常不满意" />
      </View>
      {withheld ? (
        <View className="block">
          <Text className="muted">{withheld}：为保护评价人，评价少于 5 条时不显示比例和分布。</Text>
        </View>
      ) : (
        <>
          <View className="block">
            <Text className="block__title">评价等级分布</Text>
            <Bars rows={LEVELS.map((l) => {
              const n = s.levels?.[String(l.level) as '1'] ?? 0;
              return { label: l.label, value: n, text: `${n}（${percent(n / total)}）` };
            })} />
          </View>
          {s.dimensions && Object.keys(s.dimensions).length ? (
            <View className="block">
              <Text className="block__title">分项平均分（满分 5）</Text>
              <Bars rows={Object.entries(s.dimensions).map(([k, v]) => ({ label: DIMENSION_LABELS[k] ?? k, value: v, text: v.toFixed(2) }))} />
            </View>
          ) : null}
        </>
      )}
      <View className="block figures figures--4">
        <Figure label="投诉数" value={String(s.complaints.count)} />
        <Figure label="按时答复率" value={percent(s.complaints.onTimeRate)} note="7 日内首次答复" />
        <Figure label="当前逾期" value={String(s.complaints.overdueNow)} />
        <Figure label="重新办理率" value={percent(s.complaints.reopenRate)} note="答复后群众不满意" />
      </View>
    </>
  );
}

/** The office ranks departments (or a department's staff); a head ranks their own staff. */
function Rankings({ range, by, departmentId }: { range: { from: string; to: string }; by: 'department' | 'staff'; departmentId?: string }) {
  const { state } = useRemote(
    () => statsRankings({ ...range, by, ...(departmentId ? { departmentId } : {}) }),
    `${range.from}:${by}:${departmentId ?? ''}`,
  );
  if (state.status !== 'ready') return null;
  return (
    <View className="block">
      <Text className="block__title">{by === 'department' ? '部门满意率排名' : '人员满意率排名'}</Text>
      {state.data.rows.map((r) => (
        <View key={r.id} className="ranking">
          <Text className="ranking__rank">{r.rank ?? '—'}</Text>
          <Text className="ranking__name">{r.name}</Text>
          <Text className="ranking__value">{r.satisfactionRate === null ? '样本不足' : percent(r.satisfactionRate)}</Text>
          <Text className="muted ranking__n">{r.evaluations} 条</Text>
        </View>
      ))}
      <Text className="muted">评价少于 5 条的不参与排名。</Text>
    </View>
  );
}

function StatsView({ isAdmin, isHead }: { isAdmin: boolean; isHead: boolean }) {
  const [key, setKey] = useState<PeriodKey>('thisMonth');
  const [departmentId, setDepartmentId] = useState('');
  const range = period(key, new Date());
  const { state: depts } = useRemote(() => (isAdmin ? listDepartments() : Promise.resolve({ departments: [] })), 'depts');
  const { state, reload } = useRemote(
    () => statsOverview({ ...range, ...(departmentId ? { departmentId } : {}) }),
    `${key}:${departmentId}`,
  );
  return (
    <>
      <View className="row-wrap stats-periods">
        {(Object.keys(PERIOD_LABELS) as PeriodKey[]).map((k) => (
          <View key={k} className="row-wrap__item">
            <CheckTag content={PERIOD_LABELS[k]} checked={k === key} onChange={() => setKey(k)} />
          </View>
        ))}
      </View>
      {isAdmin && depts.status === 'ready' ? (
        <CellGroup theme="card">
          <SelectCell
            title="统计范围"
            options={[{ value: '', label: '全部部门' }, ...depts.data.departments.map((d) => ({ value: d.id, label: d.name }))]}
            value={departmentId}
            onChange={setDepartmentId}
          />
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
      {isAdmin ? <Rankings range={range} by={departmentId ? 'staff' : 'department'} departmentId={departmentId || undefined} /> : null}
      {!isAdmin && isHead ? <Rankings range={range} by="staff" /> : null}
    </>
  );
}

/** The office decides whether residents see the department-level results page. */
function PublishSwitch() {
  const [on, setOn] = useState(false);
  // The page answers only when published: that is the switch's current state.
  useEffect(() => {
    publicResults().then(() => setOn(true), () => setOn(false));
  }, []);
  const change = (v: boolean) =>
    void setPublicResults(v).then(
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
