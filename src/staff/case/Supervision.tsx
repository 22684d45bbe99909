import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import {
  complaintDecideExtensionInput,
  complaintRequestExtensionInput,
  complaintSuperviseReplyInput,
  EXTENSION_MAX_DAYS,
  type ComplaintDetail,
} from '../../../server/contract/complaint.schema';
import { firstIssue } from '../../lib/form-issues';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Textarea from '../../ui/Textarea';

interface SupervisionProps {
  c: ComplaintDetail;
  onChanged: (next: ComplaintDetail) => void;
}

const DAYS = Array.from({ length: EXTENSION_MAX_DAYS }, (_, i) => i + 1);

/**
 * 延期 and 督办: the handler may ask once for up to 7 more days; whoever supervises them approves
 * or refuses it, and answers the 督办单 the ladder sends when the case is overdue.
 */
export default function Supervision({ c, onChanged }: SupervisionProps) {
  const [days, setDays] = useState(3);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;

  async function run<I>(
    schema: Parameters<typeof firstIssue>[0],
    input: I,
    work: (id: string) => Promise<ComplaintDetail>,
    done: string,
  ) {
    const problem = firstIssue(schema, input);
    if (problem) return toast(problem);
    if (busy) return;
    setBusy(true);
    try {
      onChanged(await work(ids.idFor(JSON.stringify(input))));
      setText('');
      toast(done, true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const ext = c.extension;
  return (
    <>
      {ext ? (
        <View className="block">
          <Text className="block__title">延期申请：{ext.statusLabel}</Text>
          <Text className="muted">
            申请延期 {ext.days} 天：{ext.reason}
          </Text>
        </View>
      ) : null}
      {c.can.decideExtension ? (
        <View className="block">
          <Text className="block__title">审批延期</Text>
          <Textarea value={text} maxlength={200} placeholder="审批意见（不批准时必填）" onChange={setText} />
          <View className="gap" />
          <Button
            theme="primary"
            size="large"
            block
            loading={busy}
            onClick={() => {
              const input = {
                complaintId: c.complaintId,
                approve: true,
                ...(text.trim() ? { reason: text.trim() } : {}),
              };
              void run(
                complaintDecideExtensionInput,
                input,
                (id) => call('complaint.decideExtension', input, id),
                '已批准延期，已告知投诉人',
              );
            }}
          >
            批准延期
          </Button>
          <View className="gap" />
          <Button
            theme="danger"
            variant="outline"
            size="large"
            block
            loading={busy}
            onClick={() => {
              const input = { complaintId: c.complaintId, approve: false, reason: text.trim() };
              void run(
                complaintDecideExtensionInput,
                input,
                (id) => call('complaint.decideExtension', input, id),
                '已告知办理人',
              );
            }}
          >
            不批准
          </Button>
        </View>
      ) : null}
      {c.can.requestExtension ? (
        <View className="block">
          <Text className="block__title">申请延期</Text>
          <Text className="muted">
            情况复杂、7 日内确实无法答复的，可申请延期一次，最多 {EXTENSION_MAX_DAYS} 天，由负责人审批。
          </Text>
          <View className="row-wrap">
            {DAYS.map((d) => (
              <View key={d} className="row-wrap__item">
                <CheckTag content={`${d} 天`} checked={days === d} onChange={() => setDays(d)} />
              </View>
            ))}
          </View>
          <Textarea value={text} maxlength={200} placeholder="延期理由" onChange={setText} />
          <View className="gap" />
          <Button
            variant="outline"
            size="large"
            block
            loading={busy}
            onClick={() => {
              const input = { complaintId: c.complaintId, days, reason: text.trim() };
              void run(
                complaintRequestExtensionInput,
                input,
                (id) => call('complaint.requestExtension', input, id),
                '已提交延期申请',
              );
            }}
          >
            提交延期申请
          </Button>
        </View>
      ) : null}
      {c.can.superviseReply ? (
        <View className="block">
          <Text className="block__title">督办单</Text>
          <Text className="muted">这件投诉已逾期，请督促办理并回复督办情况。</Text>
          <View className="gap" />
          <Textarea value={text} maxlength={1000} placeholder="已采取的督办措施" onChange={setText} />
          <View className="gap" />
          <Button
            theme="primary"
            size="large"
            block
            loading={busy}
            onClick={() => {
              const input = { complaintId: c.complaintId, content: text.trim() };
              void run(
                complaintSuperviseReplyInput,
                input,
                (id) => call('complaint.superviseReply', input, id),
                '已回复督办单',
              );
            }}
          >
            回复督办单
          </Button>
        </View>
      ) : null}
    </>
  );
}
