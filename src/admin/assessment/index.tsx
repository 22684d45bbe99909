import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AssessmentRow } from '../../../server/contract/assessment.schema';
import ExportButton from '../../components/ExportButton';
import ImportButton from '../../components/ImportButton';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { shanghaiDate } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import Tag from '../../ui/Tag';
import ScoreEditor from './ScoreEditor';
import './index.scss';

const show = (x: number | null) => (x === null ? '—' : String(x));

function Row({ r, open, onToggle }: { r: AssessmentRow; open: boolean; onToggle: () => void }) {
  return (
    <View className={`assess-row${open ? ' assess-row--open' : ''}`} onClick={onToggle}>
      <Text className="assess-row__rank">{r.rank ?? '—'}</Text>
      <View className="assess-row__who">
        <Text className="assess-row__name">{r.name}</Text>
        <Text className="muted">
          {r.number} · {r.departmentName}
        </Text>
      </View>
      <View className="assess-row__scores">
        <Text>
          互评 {show(r.peer)} · 负责人 {show(r.head)} · 服务对象 {show(r.residents)}（{r.evaluations} 条）
        </Text>
        <Text className="muted">
          总分 {show(r.total)}
          {r.deductionPct ? ` · 扣发奖金 ${r.deductionPct}%` : ''}
          {r.awardEligible ? '' : ` · 取消评奖资格：${r.ineligibleReason}`}
        </Text>
      </View>
      <Tag theme={r.grade === 'A' ? 'success' : r.grade === 'E' || r.grade === 'D' ? 'danger' : 'primary'}>
        {r.grade ?? '未定档'}
      </Tag>
    </View>
  );
}

function Sheet({ isAdmin }: { isAdmin: boolean }) {
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [departmentId, setDepartmentId] = useState('');
  const [editing, setEditing] = useState('');
  const { state: depts } = useRemote(
    () => (isAdmin ? call('org.departments', {}) : Promise.resolve({ departments: [] })),
    'depts',
  );
  const { state, reload } = useRemote(
    () => call('assessment.compute', { year, ...(departmentId ? { departmentId } : {}) }),
    `${year}:${departmentId}`,
  );
  return (
    <>
      <View className="row-wrap assess-years">
        {[thisYear, thisYear - 1].map((y) => (
          <View key={y} className="row-wrap__item">
            <CheckTag content={`${y} 年度`} checked={y === year} onChange={() => setYear(y)} />
          </View>
        ))}
      </View>
      {isAdmin && depts.status === 'ready' ? (
        <CellGroup theme="card">
          <SelectCell
            title="考核范围"
            options={[
              { value: '', label: '全部部门' },
              ...depts.data.departments.map((d) => ({ value: d.id, label: d.name })),
            ]}
            value={departmentId}
            onChange={setDepartmentId}
          />
        </CellGroup>
      ) : null}
      <StateView state={state} onRetry={reload}>
        {(sheet) => (
          <>
            <View className="block">
              <Text className="block__title">考核结果（点击一人录入评分）</Text>
              {sheet.staff.map((r) => (
                <View key={r.staffId}>
                  <Row
                    r={r}
                    open={editing === r.staffId}
                    onToggle={() => setEditing(editing === r.staffId ? '' : r.staffId)}
                  />
                  {editing === r.staffId ? (
                    <ScoreEditor
                      year={year}
                      row={r}
                      onSaved={() => {
                        setEditing('');
                        void reload();
                      }}
                    />
                  ) : null}
                </View>
              ))}
            </View>
            <View className="block">
              <ExportButton
                label="导出考核表"
                request={() => ({
                  action: 'export.assessment',
                  payload: { year, ...(departmentId ? { departmentId } : {}) },
                })}
              />
              <ImportButton
                label="导入评分（Excel）"
                run={async (fileId) => {
                  const out = await call('assessment.import', { year, fileId });
                  void reload();
                  return `已导入 ${out.imported} 人的评分`;
                }}
              />
              <Text className="muted assess-rules">
                导出的考核表填好“互评”“负责人评分”“自评”列后即可导入；空格保留原分数。
              </Text>
              <Text className="muted assess-rules">{sheet.rules}</Text>
            </View>
          </>
        )}
      </StateView>
    </>
  );
}

/** 年度考核: the office grades everyone (or one department); a head grades their department. */
export default function Assessment() {
  return (
    <PageShell wide>
      <StaffGate role="head">{(me) => <Sheet isAdmin={me.role === 'admin'} />}</StaffGate>
    </PageShell>
  );
}
