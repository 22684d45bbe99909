import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import InfoRow from '../../components/InfoRow';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { isApiError, messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Tag from '../../ui/Tag';
import Textarea from '../../ui/Textarea';
import './index.scss';
import {
  rectificationReportInput,
  rectificationVerifyInput,
  type RectificationDetail,
} from '../../../server/contract/rectification.schema';
import { firstIssue } from '../../lib/form-issues';

type Act = 'progress' | 'done' | 'accept' | 'return';

function Actions({ r, onChanged }: { r: RectificationDetail; onChanged: (next: RectificationDetail) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<Act | null>(null);
  const ids = useRef(new IntentIds()).current;
  if (!r.can.report && !r.can.verify) return null;
  async function run(act: Act) {
    if (busy) return;
    const body = text.trim();
    const reporting = act === 'progress' || act === 'done';
    const report = { rectificationId: r.id, text: body, done: act === 'done' };
    const verify = { rectificationId: r.id, accept: act === 'accept', ...(body ? { comment: body } : {}) };
    const problem = reporting
      ? firstIssue(rectificationReportInput, report)
      : firstIssue(rectificationVerifyInput, verify);
    if (problem) return toast(problem);
    setBusy(act);
    try {
      const key = ids.idFor(`${act}:${body}`);
      const next = reporting
        ? await call('rectification.report', report, key)
        : await call('rectification.verify', verify, key);
      toast(
        {
          progress: '已报告进展',
          done: '已报结，等待评议办验收',
          accept: '已验收通过',
          return: '已退回，已通知责任人',
        }[act],
        true,
      );
      setText('');
      onChanged(next);
    } catch (err) {
      toast(messageOf(err));
      if (isApiError(err, 'RECTIFICATION.CONFLICT') || isApiError(err, 'RECTIFICATION.ILLEGAL_TRANSITION'))
        onChanged(await call('rectification.get', { rectificationId: r.id }));
    } finally {
      setBusy(null);
    }
  }
  return (
    <View className="block">
      <Text className="block__title">{r.can.verify ? '验收' : '报告整改进展'}</Text>
      <Textarea
        value={text}
        maxlength={r.can.verify ? 500 : 1000}
        indicator
        placeholder={r.can.verify ? '验收意见（退回时必填）' : '已采取的措施和效果'}
        onChange={setText}
      />
      <View className="rect-actions">
        {r.can.report ? (
          <>
            <Button variant="outline" loading={busy === 'progress'} onClick={() => void run('progress')}>
              报告进展
            </Button>
            <Button theme="primary" loading={busy === 'done'} onClick={() => void run('done')}>
              整改完成，报结
            </Button>
          </>
        ) : (
          <>
            <Button variant="outline" theme="danger" loading={busy === 'return'} onClick={() => void run('return')}>
              退回重改
            </Button>
            <Button theme="primary" loading={busy === 'accept'} onClick={() => void run('accept')}>
              验收通过
            </Button>
          </>
        )}
      </View>
    </View>
  );
}

function View_({ r, onChanged }: { r: RectificationDetail; onChanged: (next: RectificationDetail) => void }) {
  const { complaintId } = r;
  return (
    <>
      <View className="block">
        <View className="rect-head">
          <Text className="rect-head__problem">{r.problem}</Text>
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
        <InfoRow label="责任部门">{r.ownerDepartment.name}</InfoRow>
        <InfoRow label="责任人">{r.ownerStaff?.name ?? '部门负责人'}</InfoRow>
        <InfoRow label="整改期限">{r.dueOn}</InfoRow>
        <InfoRow label="问题来源">{`${r.sourceLabel}${r.trackingNo ? `（${r.trackingNo}）` : ''}${r.sourceNote ? `：${r.sourceNote}` : ''}`}</InfoRow>
        {r.plan ? <InfoRow label="整改措施">{r.plan}</InfoRow> : null}
        {complaintId ? (
          <Text className="rect-link" onClick={() => void Taro.navigateTo({ url: routes.staffCase(complaintId) })}>
            查看来源投诉
          </Text>
        ) : null}
      </View>
      <Actions r={r} onChanged={onChanged} />
      <View className="block">
        <Text className="block__title">整改记录</Text>
        {[...r.entries].reverse().map((e, i) => (
          <View key={`${e.at}:${i}`} className="rect-entry">
            <Text className="rect-entry__head">
              {e.label} · {e.by} · {shanghaiDateTime(e.at)}
            </Text>
            {e.text ? <Text className="rect-entry__text">{e.text}</Text> : null}
          </View>
        ))}
      </View>
    </>
  );
}

/** One item: the facts, what the caller may do now, and its history, newest first. */
export default function Rectification() {
  const { id = '' } = usePageParams();
  const { state, reload } = useRemote(() => call('rectification.get', { rectificationId: id }), id);
  // After an action the answer is the item as it now is; no second fetch needed.
  const [latest, setLatest] = useState<RectificationDetail | null>(null);
  return (
    <PageShell wide>
      <StaffGate>
        {() => (
          <StateView state={state} onRetry={reload}>
            {(r) => <View_ r={latest?.id === r.id ? latest : r} onChanged={setLatest} />}
          </StateView>
        )}
      </StaffGate>
    </PageShell>
  );
}
