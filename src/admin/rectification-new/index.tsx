import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import { rectificationCreateInput, type RectificationCreateInput } from '../../../server/contract/rectification.schema';
import DateCell from '../../components/DateCell';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { shanghaiDate } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Input from '../../ui/Input';
import Textarea from '../../ui/Textarea';
import { firstIssue } from '../../lib/form-issues';

const SOURCES = [
  { value: 'evaluations', label: '差评集中问题' },
  { value: 'report', label: '评议报告' },
  { value: 'complaint', label: '投诉' },
  { value: 'other', label: '其他' },
];

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

function Form({ complaintId, from, note }: { complaintId?: string; from?: string; note?: string }) {
  const today = shanghaiDate(new Date());
  const [source, setSource] = useState<RectificationCreateInput['source']>(
    complaintId ? 'complaint' : from === 'report' || from === 'evaluations' ? from : 'evaluations',
  );
  const [sourceNote, setSourceNote] = useState((note ?? '').slice(0, 200));
  const [problem, setProblem] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [plan, setPlan] = useState('');
  const [dueOn, setDueOn] = useState(addDays(today, 30));
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const { state: org } = useRemote(
    () => Promise.all([call('org.departments', {}), call('org.staffDirectory', {})]),
    'org',
  );
  const departments = org.status === 'ready' ? org.data[0].departments : [];
  const people = org.status === 'ready' ? org.data[1].staff.filter((s) => s.departmentId === departmentId) : [];

  async function submit() {
    if (busy) return;
    if (!departmentId) return toast('请选择责任部门');
    const input: RectificationCreateInput = {
      source,
      problem: problem.trim(),
      ownerDepartmentId: departmentId,
      dueOn,
      ...(source === 'complaint' && complaintId ? { complaintId } : {}),
      ...(sourceNote.trim() ? { sourceNote: sourceNote.trim() } : {}),
      ...(staffId ? { ownerStaffId: staffId } : {}),
      ...(plan.trim() ? { plan: plan.trim() } : {}),
    };
    const issue = firstIssue(rectificationCreateInput, input);
    if (issue) return toast(issue);
    setBusy(true);
    try {
      const r = await call('rectification.create', input, ids.idFor(JSON.stringify(input)));
      toast('已下发，已通知责任人', true);
      void Taro.redirectTo({ url: routes.rectification(r.id) });
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <CellGroup theme="card">
        <SelectCell
          title="问题来源"
          options={complaintId ? SOURCES : SOURCES.filter((s) => s.value !== 'complaint')}
          value={source}
          onChange={(v) => setSource(v as typeof source)}
        />
        <SelectCell
          title="责任部门"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
          value={departmentId}
          onChange={(v) => {
            setDepartmentId(v);
            setStaffId('');
          }}
        />
        <SelectCell
          title="责任人"
          placeholder="部门负责人"
          options={[
            { value: '', label: '部门负责人' },
            ...people.map((s) => ({ value: s.id, label: `${s.name}（${s.number}）` })),
          ]}
          value={staffId}
          onChange={setStaffId}
        />
        <DateCell title="整改期限" value={dueOn} start={today} onChange={setDueOn} />
      </CellGroup>
      <View className="block">
        <Input
          label="来源说明"
          value={sourceNote}
          maxlength={200}
          placeholder="如：11 月“等候时间长”差评 12 条"
          onChange={setSourceNote}
        />
      </View>
      <View className="block">
        <Textarea value={problem} maxlength={500} indicator placeholder="存在问题（必填）" onChange={setProblem} />
      </View>
      <View className="block">
        <Textarea value={plan} maxlength={1000} indicator placeholder="整改措施和要求（选填）" onChange={setPlan} />
      </View>
      <View className="pad">
        <Button theme="primary" size="large" block loading={busy} onClick={() => void submit()}>
          下发整改
        </Button>
      </View>
    </>
  );
}

/** The office opens an item: from a complaint (opened from its case page), a 差评 pattern or a report line. */
export default function RectificationNew() {
  const { complaintId, source, note } = usePageParams();
  return (
    <PageShell wide>
      <StaffGate role="admin">{() => <Form complaintId={complaintId} from={source} note={note} />}</StaffGate>
    </PageShell>
  );
}
