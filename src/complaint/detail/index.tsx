import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import ComplaintView from '../../components/ComplaintView';
import PageShell from '../../components/PageShell';
import StateView from '../../components/StateView';
import { RATING_CHOICES } from '../../lib/complaint-labels';
import { serverClock } from '../../lib/countdown';
import { usePageParams } from '../../lib/page-params';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { ApiError, messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Textarea from '../../ui/Textarea';
import { complaintRequestReviewInput, type ComplaintDetail } from '../../../server/contract/complaint.schema';
import { firstIssue } from '../../lib/form-issues';

const NOT_FOUND = { 'COMPLAINT.NOT_FOUND': '未找到该投诉', 'REQUEST.INVALID': '未找到该投诉' };

/** 满意 / 基本满意 close the case; 不满意 sends it back for another reply (optionally say why). */
function RateReply({ c, onDone }: { c: ComplaintDetail; onDone: (next: ComplaintDetail) => void }) {
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState<string | null>(null);
  const ids = useRef(new IntentIds()).current;
  async function rate(rating: (typeof RATING_CHOICES)[number]['rating']) {
    if (sending) return;
    setSending(rating);
    try {
      const text = comment.trim();
      const next = await call(
        'complaint.rate',
        { complaintId: c.complaintId, rating, ...(text ? { comment: text } : {}) },
        ids.idFor(`${rating}:${text}`),
      );
      toast(rating === 'unsatisfied' ? '已退回重新办理' : '感谢您的评价', true);
      onDone(next);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setSending(null);
    }
  }
  return (
    <View className="block">
      <Text className="block__title">您对答复满意吗？</Text>
      <Text className="muted">选“不满意”会交由上一级（评议办）重新办理。</Text>
      <View className="gap" />
      <Textarea value={comment} maxlength={200} placeholder="想补充的话（选填）" onChange={setComment} />
      {RATING_CHOICES.map((r) => (
        <View key={r.rating} className="gap-top">
          <Button
            theme={r.rating === 'unsatisfied' ? 'danger' : 'primary'}
            variant={r.rating === 'satisfied' ? 'base' : 'outline'}
            size="large"
            block
            loading={sending === r.rating}
            onClick={() => void rate(r.rating)}
          >
            {r.label}
          </Button>
        </View>
      ))}
    </View>
  );
}

/** 不予受理: the complainant may ask the office once, within 15 days, to review the decision. */
function RequestReview({ c, onDone }: { c: ComplaintDetail; onDone: (next: ComplaintDetail) => void }) {
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const ids = useRef(new IntentIds()).current;
  async function send() {
    if (sending) return;
    const input = { complaintId: c.complaintId, reason: reason.trim() };
    const problem = firstIssue(complaintRequestReviewInput, input);
    if (problem) return toast(problem);
    setSending(true);
    try {
      onDone(await call('complaint.requestReview', input, ids.idFor(input.reason)));
      toast('已提交复核申请', true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setSending(false);
    }
  }
  return (
    <View className="block">
      <Text className="block__title">对不予受理有异议？</Text>
      <Text className="muted">可以在 15 天内申请一次复核，由评议办重新审查并在 7 天内答复。</Text>
      <View className="gap" />
      <Textarea value={reason} maxlength={200} placeholder="请写明您认为应当受理的理由" onChange={setReason} />
      <View className="gap-top">
        <Button theme="primary" variant="outline" size="large" block loading={sending} onClick={() => void send()}>
          申请复核
        </Button>
      </View>
    </View>
  );
}

/** One of my complaints: the case, its timeline, the reply, and rating it. */
export default function ComplaintPage() {
  const id = usePageParams().id ?? '';
  const [fresh, setFresh] = useState<ComplaintDetail | null>(null);
  const { state, reload } = useRemote(
    () =>
      /^[0-9A-Za-z]{6,32}$/.test(id)
        ? call('complaint.get', { complaintId: id })
        : Promise.reject(new ApiError('COMPLAINT.NOT_FOUND', '未找到该投诉')),
    id,
  );
  return (
    <PageShell>
      <StateView state={state} onRetry={reload} notFound={NOT_FOUND} notFoundDetail="请从“我的投诉”中查看">
        {(loaded) => {
          const c = fresh ?? loaded;
          const now = serverClock(c.now)();
          return (
            <>
              <ComplaintView c={c} now={now} />
              {c.can.rate ? <RateReply c={c} onDone={setFresh} /> : null}
              {c.can.requestReview ? <RequestReview c={c} onDone={setFresh} /> : null}
            </>
          );
        }}
      </StateView>
    </PageShell>
  );
}
