import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { complaintGiveStatementInput, type ComplaintDetail } from '../../../server/contract/complaint.schema';
import { firstIssue } from '../../lib/form-issues';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Textarea from '../../ui/Textarea';

interface StatementProps {
  c: ComplaintDetail;
  onChanged: (next: ComplaintDetail) => void;
}

/**
 * The person complained about never handles the case; the handler may ask them for a statement
 * (情况说明), which they give here — seeing what was said, never who said it.
 */
export default function Statement({ c, onChanged }: StatementProps) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;

  async function run(work: () => Promise<ComplaintDetail>, done: string) {
    if (busy) return;
    setBusy(true);
    try {
      onChanged(await work());
      setText('');
      toast(done, true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (c.can.giveStatement) {
    return (
      <View className="block">
        <Text className="block__title">请说明情况</Text>
        <Text className="muted">办理人请您就这件投诉说明情况。投诉人的信息不会告诉您，请如实说明。</Text>
        <View className="gap" />
        <Textarea
          value={text}
          maxlength={1000}
          indicator
          placeholder="当时的经过、原因和已经采取的措施"
          onChange={setText}
        />
        <View className="gap" />
        <Button
          theme="primary"
          size="large"
          block
          loading={busy}
          onClick={() => {
            const input = { complaintId: c.complaintId, content: text.trim() };
            const problem = firstIssue(complaintGiveStatementInput, input);
            if (problem) toast(problem);
            else void run(() => call('complaint.giveStatement', input, ids.idFor(input.content)), '已提交情况说明');
          }}
        >
          提交情况说明
        </Button>
      </View>
    );
  }
  if (c.can.askStatement) {
    return (
      <View className="pad">
        <Button
          variant="outline"
          size="large"
          block
          loading={busy}
          onClick={() =>
            void run(
              () => call('complaint.askStatement', { complaintId: c.complaintId }, ids.idFor('ask')),
              '已请被投诉人说明情况',
            )
          }
        >
          请被投诉人说明情况
        </Button>
      </View>
    );
  }
  return null;
}
