import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  accountabilityRecordInput,
  type AccountabilityRecordInput,
} from '../../../server/contract/accountability.schema';
import DateCell from '../../components/DateCell';
import SelectCell from '../../components/SelectCell';
import { shanghaiDate } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Textarea from '../../ui/Textarea';
import { firstIssue } from '../../lib/form-issues';

const KINDS = [
  { value: 'writtenCheck', label: '责成作出书面检查（扣发奖金 5%）' },
  { value: 'admonishment', label: '诫勉教育（扣发奖金 10%）' },
  { value: 'warning', label: '效能告诫（扣发奖金 20%）' },
  { value: 'discipline', label: '党纪政纪处分（取消评奖资格）' },
  { value: 'referral', label: '移送司法机关处理（取消评奖资格）' },
];

/** The office records a decision; from a case page it carries that complaint. */
export default function RecordForm({ complaintId, onSaved }: { complaintId?: string; onSaved: () => void }) {
  const today = shanghaiDate(new Date());
  const [staffId, setStaffId] = useState('');
  const [kind, setKind] = useState<AccountabilityRecordInput['kind']>('writtenCheck');
  const [decidedOn, setDecidedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const { state: people } = useRemote(() => call('org.staffDirectory', {}), 'staff');
  const options =
    people.status === 'ready'
      ? people.data.staff.map((s) => ({ value: s.id, label: `${s.name}（${s.number}，${s.departmentName}）` }))
      : [];
  const save = async () => {
    if (!staffId) return toast('请选择被追究人');
    const input: AccountabilityRecordInput = {
      staffId,
      kind,
      decidedOn,
      reason: reason.trim(),
      ...(complaintId ? { complaintId } : {}),
    };
    const problem = firstIssue(accountabilityRecordInput, input);
    if (problem) return toast(problem);
    setBusy(true);
    try {
      await call('accountability.record', input, ids.idFor(JSON.stringify(input)));
      toast('已记录', true);
      setReason('');
      onSaved();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="block">
      <Text className="block__title">记录责任追究{complaintId ? '（来源投诉）' : ''}</Text>
      <CellGroup>
        <SelectCell title="被追究人" options={options} value={staffId} onChange={setStaffId} />
        <SelectCell title="追究种类" options={KINDS} value={kind} onChange={(v) => setKind(v as typeof kind)} />
        <DateCell title="决定日期" value={decidedOn} end={today} onChange={setDecidedOn} />
      </CellGroup>
      <Textarea value={reason} maxlength={500} indicator placeholder="追究事由（必填）" onChange={setReason} />
      <View className="pad">
        <Button theme="primary" block loading={busy} onClick={() => void save()}>
          记录
        </Button>
      </View>
    </View>
  );
}
