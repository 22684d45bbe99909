import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { ComplaintDetail } from '../../../server/contract/complaint.schema';
import { appealSubmitInput } from '../../../server/contract/followup.schema';
import { firstIssue } from '../../lib/form-issues';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Textarea from '../../ui/Textarea';

/** 申诉: the person a complaint is about may contest it within 15 days; the office reviews it (申诉复核). */
export default function Appeal({ c }: { c: ComplaintDetail }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  if (!c.can.appeal) return null;
  if (sent) {
    return (
      <View className="block">
        <Text className="muted">申诉已提交，评议办将在 7 日内复核，结果会通知您。</Text>
      </View>
    );
  }
  if (!open) {
    return (
      <View className="pad">
        <Button variant="text" block onClick={() => setOpen(true)}>
          对这件投诉有异议？申诉
        </Button>
      </View>
    );
  }
  async function submit() {
    const input = { complaintId: c.complaintId, reason: reason.trim() };
    const problem = firstIssue(appealSubmitInput, input);
    if (problem) return toast(problem);
    setBusy(true);
    try {
      await call('appeal.submit', input, ids.idFor(input.reason));
      setSent(true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="block">
      <Text className="block__title">申诉</Text>
      <Text className="muted">请写明异议和依据。申诉成立的，该投诉不计入统计和考核；投诉人不会知道谁提出了申诉。</Text>
      <View className="gap" />
      <Textarea value={reason} maxlength={1000} indicator placeholder="申诉理由（至少 10 个字）" onChange={setReason} />
      <View className="gap" />
      <Button theme="primary" size="large" block loading={busy} onClick={() => void submit()}>
        提交申诉
      </Button>
    </View>
  );
}
