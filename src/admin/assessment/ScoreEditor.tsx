import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { AssessmentRow } from '../../../server/contract/assessment.schema';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Input from '../../ui/Input';

interface ScoreEditorProps {
  year: number;
  row: AssessmentRow;
  onSaved: () => void;
}

const asText = (x: number | null) => (x === null ? '' : String(x));

/** 0–100 with at most two decimals; empty clears the score. */
function parse(text: string): number | null | 'bad' {
  const t = text.trim();
  if (!t) return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t) || Number(t) > 100) return 'bad';
  return Number(t);
}

/** The three scores of one person: 互评 and 负责人评分 count 40 % each; 自评 is kept but not counted. */
export default function ScoreEditor({ year, row, onSaved }: ScoreEditorProps) {
  const [peer, setPeer] = useState(asText(row.peer));
  const [head, setHead] = useState(asText(row.head));
  const [self, setSelf] = useState(asText(row.self));
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const save = async () => {
    const values = { peer: parse(peer), head: parse(head), self: parse(self) };
    if (Object.values(values).includes('bad')) return toast('分数应为 0–100，最多两位小数');
    setBusy(true);
    try {
      const input = {
        year,
        staffId: row.staffId,
        ...(values as { peer: number | null; head: number | null; self: number | null }),
      };
      await call('assessment.score', input, ids.idFor(JSON.stringify(input)));
      toast(`已保存 ${row.name} 的评分`, true);
      onSaved();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="score-editor">
      <Text className="score-editor__title">
        {row.name}（{row.number}）的评分
      </Text>
      <Input label="互评" type="number" value={peer} placeholder="0–100" onChange={setPeer} />
      <Input label="负责人评分" type="number" value={head} placeholder="0–100" onChange={setHead} />
      <Input label="自评" type="number" value={self} placeholder="记录，不计分" onChange={setSelf} />
      <View className="score-editor__actions">
        <Button theme="primary" size="medium" loading={busy} onClick={() => void save()}>
          保存评分
        </Button>
      </View>
    </View>
  );
}
