import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { appealDecideInput, type AppealView } from '../../../server/contract/followup.schema';
import { shanghaiDateTime } from '../../../server/contract/dates';
import InfoRow from '../../components/InfoRow';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { firstIssue } from '../../lib/form-issues';
import { levelLabel } from '../../lib/levels';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Textarea from '../../ui/Textarea';
import './index.scss';

type Status = 'pending' | 'upheld' | 'dismissed';
const TABS: { status: Status; label: string }[] = [
  { status: 'pending', label: '待复核' },
  { status: 'upheld', label: '成立' },
  { status: 'dismissed', label: '不成立' },
];

function Decide({ a, onDone }: { a: AppealView; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  async function decide(upheld: boolean) {
    const input = { appealId: a.id, upheld, ...(reason.trim() ? { reason: reason.trim() } : {}) };
    const problem = firstIssue(appealDecideInput, input);
    if (problem) return toast(problem);
    setBusy(true);
    try {
      await call('appeal.decide', input, ids.idFor(JSON.stringify(input)));
      toast(upheld ? '申诉成立，该条不再计入统计' : '已驳回申诉', true);
      onDone();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View>
      <View className="gap" />
      <Textarea value={reason} maxlength={1000} placeholder="复核意见（驳回时必填）" onChange={setReason} />
      <View className="gap" />
      <Button theme="primary" size="large" block loading={busy} onClick={() => void decide(true)}>
        申诉成立（不计入统计）
      </Button>
      <View className="gap" />
      <Button theme="danger" variant="outline" size="large" block loading={busy} onClick={() => void decide(false)}>
        申诉不成立
      </Button>
    </View>
  );
}

function Appeal({ a, office, onDone }: { a: AppealView; office: boolean; onDone: () => void }) {
  const t = a.target;
  return (
    <View className="block">
      <Text className="block__title">
        {a.kindLabel} · {a.statusLabel}
      </Text>
      <InfoRow label="申诉人">{a.by.name}</InfoRow>
      {a.about && a.about.id !== a.by.id ? <InfoRow label="涉及人员">{a.about.name}</InfoRow> : null}
      <InfoRow label="部门">{a.departmentName}</InfoRow>
      {a.classificationLabel ? <InfoRow label="核实结果">{a.classificationLabel}</InfoRow> : null}
      {t.level ? (
        <InfoRow label="评价">{`${levelLabel(t.level)}${t.tags?.length ? ` · ${t.tags.join('、')}` : ''}`}</InfoRow>
      ) : null}
      {t.comment ? <InfoRow label="评价内容">{t.comment}</InfoRow> : null}
      {t.trackingNo ? <InfoRow label="投诉">{`${t.trackingNo} · ${t.category ?? ''}`}</InfoRow> : null}
      {t.content ? <InfoRow label="投诉内容">{t.content}</InfoRow> : null}
      <InfoRow label="申诉理由">{a.reason}</InfoRow>
      <InfoRow label="复核期限">
        {shanghaiDateTime(new Date(a.dueAt))}
        {a.overdue ? '（已逾期）' : ''}
      </InfoRow>
      {a.decision ? <InfoRow label="复核意见">{a.decision}</InfoRow> : null}
      {office && a.status === 'pending' ? <Decide a={a} onDone={onDone} /> : null}
    </View>
  );
}

function Appeals({ office }: { office: boolean }) {
  const [status, setStatus] = useState<Status>('pending');
  const { state, reload } = useRemote(() => call('appeal.list', office ? { status } : {}), office ? status : 'mine');
  useDidShow(() => void reload());
  return (
    <>
      <View className="block">
        <Text className="muted">
          {office
            ? '工作人员对差评或投诉的申诉，以及回访核实为误评、恶意差评的，由评议办在 7 日内复核。申诉成立的评价保留记录，不计入统计和考核。'
            : '对涉及本人的差评或投诉有异议，可在 15 日内申诉，评议办 7 日内复核。这里是您提出的申诉。'}
        </Text>
      </View>
      {office ? (
        <View className="row-wrap appeal-tabs">
          {TABS.map((t) => (
            <View key={t.status} className="row-wrap__item">
              <CheckTag content={t.label} checked={status === t.status} onChange={() => setStatus(t.status)} />
            </View>
          ))}
        </View>
      ) : null}
      <StateView state={state} onRetry={reload}>
        {(data) =>
          data.appeals.length === 0 ? (
            <EmptyState title="没有申诉" />
          ) : (
            <>
              {data.appeals.map((a) => (
                <Appeal key={a.id} a={a} office={office} onDone={() => void reload()} />
              ))}
            </>
          )
        }
      </StateView>
    </>
  );
}

/** 申诉复核: the office decides appeals; a staff member follows their own. */
export default function StaffAppeals() {
  return (
    <PageShell>
      <StaffGate>{(me) => <Appeals office={me.role === 'admin'} />}</StaffGate>
    </PageShell>
  );
}
