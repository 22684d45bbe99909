import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import ComplaintView from '../../components/ComplaintView';
import PageShell from '../../components/PageShell';
import PhoneLink from '../../components/PhoneLink';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import Statement from './Statement';
import Supervision from './Supervision';
import Appeal from './Appeal';
import { serverClock } from '../../lib/countdown';
import { routes } from '../../lib/routes';
import { usePageParams } from '../../lib/page-params';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { ApiError, isApiError, messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Textarea from '../../ui/Textarea';
import './index.scss';
import {
  complaintRejectInput,
  complaintReplyInput,
  complaintTransferInput,
  type ComplaintDetail,
} from '../../../server/contract/complaint.schema';
import { firstIssue } from '../../lib/form-issues';

type Panel = 'reply' | 'transfer' | 'reject';

function Actions({ c, onChanged }: { c: ComplaintDetail; onChanged: (next: ComplaintDetail) => void }) {
  const [panel, setPanel] = useState<Panel>('reply');
  const [text, setText] = useState('');
  const [toStaffId, setToStaffId] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const { state: people } = useRemote(
    () => (c.can.transfer ? call('org.staffDirectory', {}) : Promise.resolve({ staff: [] })),
    c.complaintId,
  );

  async function run(what: Panel) {
    if (busy) return;
    const body = text.trim();
    if (what === 'transfer' && !toStaffId) return toast('请选择转交给谁');
    const replyInput = { complaintId: c.complaintId, content: body };
    const transferInput = { complaintId: c.complaintId, toStaffId, reason: body };
    const rejectInput = { complaintId: c.complaintId, reason: body };
    const problem =
      what === 'reply'
        ? firstIssue(complaintReplyInput, replyInput)
        : what === 'transfer'
          ? firstIssue(complaintTransferInput, transferInput)
          : firstIssue(complaintRejectInput, rejectInput);
    if (problem) return toast(problem);
    setBusy(true);
    const key = `${what}:${toStaffId}:${body}`;
    try {
      const next =
        what === 'reply'
          ? await call('complaint.reply', replyInput, ids.idFor(key))
          : what === 'transfer'
            ? await call('complaint.transfer', transferInput, ids.idFor(key))
            : await call('complaint.reject', rejectInput, ids.idFor(key));
      toast(what === 'reply' ? '已答复，已通知投诉人' : what === 'transfer' ? '已转办' : '已告知投诉人不予受理', true);
      setText('');
      onChanged(next);
    } catch (err) {
      toast(messageOf(err));
      // Someone else acted first: show what the case is now.
      if (isApiError(err, 'COMPLAINT.CONFLICT') || isApiError(err, 'COMPLAINT.ILLEGAL_TRANSITION'))
        onChanged(await call('complaint.get', { complaintId: c.complaintId }));
    } finally {
      setBusy(false);
    }
  }

  const panels: { p: Panel; label: string; allowed: boolean }[] = [
    { p: 'reply', label: '答复', allowed: c.can.reply },
    { p: 'transfer', label: '转办', allowed: c.can.transfer },
    { p: 'reject', label: '不予受理', allowed: c.can.reject },
  ];
  const allowed = panels.filter((x) => x.allowed);
  if (!allowed.length) return null;
  const current = allowed.some((x) => x.p === panel) ? panel : allowed[0].p;
  const options =
    people.status === 'ready'
      ? people.data.staff
          .filter((s) => s.id !== c.assignee?.staffId)
          .map((s) => ({ value: s.id, label: `${s.name}（${s.number}，${s.departmentName}）` }))
      : [];
  return (
    <View className="block case-actions">
      <View className="case-actions__tabs">
        {allowed.map((x) => (
          <View key={x.p} className="case-actions__tab">
            <Button
              theme={current === x.p ? 'primary' : 'default'}
              variant={current === x.p ? 'base' : 'outline'}
              size="medium"
              onClick={() => setPanel(x.p)}
            >
              {x.label}
            </Button>
          </View>
        ))}
      </View>
      {current === 'transfer' ? (
        <>
          <Text className="muted">转办后答复期限不变，首位接收人仍可查看办理情况。</Text>
          <CellGroup>
            <SelectCell title="转交给" options={options} value={toStaffId} onChange={setToStaffId} />
          </CellGroup>
        </>
      ) : null}
      {current === 'reject' ? <Text className="muted">理由会告知投诉人，请写清楚应向哪个部门反映。</Text> : null}
      <View className="gap" />
      <Textarea
        value={text}
        maxlength={current === 'reply' ? 1000 : 200}
        indicator
        placeholder={
          current === 'reply' ? '请写明核实情况和处理结果' : current === 'transfer' ? '转办原因' : '不予受理的理由'
        }
        onChange={setText}
      />
      <View className="gap" />
      <Button
        theme={current === 'reject' ? 'danger' : 'primary'}
        size="large"
        block
        loading={busy}
        onClick={() => void run(current)}
      >
        {current === 'reply' ? '提交答复' : current === 'transfer' ? '确认转办' : '确认不予受理'}
      </Button>
    </View>
  );
}

function RevealPhone({ c }: { c: ComplaintDetail }) {
  const [phone, setPhone] = useState<string | null>(null);
  if (!c.can.revealPhone) return null;
  return (
    <View className="block">
      {phone ? (
        <PhoneLink phone={phone} />
      ) : (
        <Button
          variant="outline"
          size="large"
          block
          onClick={() =>
            void call('complaint.revealPhone', { complaintId: c.complaintId }).then(
              (r) => setPhone(r.contactPhone),
              (err) => toast(messageOf(err)),
            )
          }
        >
          查看完整电话（会被记录）
        </Button>
      )}
    </View>
  );
}

function CaseLoader({ id, isAdmin }: { id: string; isAdmin: boolean }) {
  const [fresh, setFresh] = useState<ComplaintDetail | null>(null);
  const { state, reload } = useRemote(
    () =>
      /^[0-9A-Za-z]{6,32}$/.test(id)
        ? call('complaint.get', { complaintId: id })
        : Promise.reject(new ApiError('COMPLAINT.NOT_FOUND', '未找到该投诉')),
    id,
  );
  return (
    <StateView
      state={state}
      onRetry={reload}
      notFound={{ 'COMPLAINT.NOT_FOUND': '未找到该投诉或无权查看' }}
      notFoundDetail="请从投诉待办中打开"
    >
      {(loaded) => {
        const c = fresh ?? loaded;
        return (
          <>
            <ComplaintView c={c} now={serverClock(c.now)()} staffView />
            <RevealPhone c={c} />
            <Actions c={c} onChanged={setFresh} />
            <Statement c={c} onChanged={setFresh} />
            <Supervision c={c} onChanged={setFresh} />
            <Appeal c={c} />
            {isAdmin ? (
              <View className="pad">
                <Button
                  variant="outline"
                  block
                  onClick={() => void Taro.navigateTo({ url: routes.rectificationNew({ complaintId: c.complaintId }) })}
                >
                  据此下发整改
                </Button>
                <View className="gap" />
                <Button
                  variant="outline"
                  block
                  onClick={() => void Taro.navigateTo({ url: routes.accountability(c.complaintId) })}
                >
                  记录责任追究
                </Button>
              </View>
            ) : null}
          </>
        );
      }}
    </StateView>
  );
}

/** A case for its handler, department head or a supervisor: reply, transfer, or decline it. */
export default function StaffCase() {
  const id = usePageParams().id ?? '';
  return (
    <PageShell>
      <StaffGate>{(me) => <CaseLoader id={id} isAdmin={me.role === 'admin'} />}</StaffGate>
    </PageShell>
  );
}
