import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import { RUNGS, type ComplaintLadderOutput } from '../../../server/contract/complaint.schema';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Input from '../../ui/Input';
import './index.scss';

type Rung = (typeof RUNGS)[number];
const RUNG_WORDS: Record<Rung, string> = {
  urge: '催办办理人',
  supervise: '督办（负责人回复督办单）',
  report: '通报评议办',
};

function Editor({ loaded }: { loaded: ComplaintLadderOutput }) {
  const [steps, setSteps] = useState(loaded.steps.map((s) => ({ day: String(s.day), rung: s.rung as Rung })));
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const set = (i: number, patch: Partial<{ day: string; rung: Rung }>) =>
    setSteps((xs) => xs.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  async function save() {
    const input = { steps: steps.map((s) => ({ day: Number(s.day), rung: s.rung })) };
    setBusy(true);
    try {
      await call('complaint.setLadder', input, ids.idFor(JSON.stringify(input)));
      toast('已保存督办阶梯', true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="block">
      <Text className="muted">
        投诉和差评回访超过答复期限后，按下面的逾期天数逐级催办、督办、通报，每级只发一次。天数按答复期限的计算方式（自然日或工作日）。
      </Text>
      {steps.map((s, i) => (
        <View key={i} className="ladder-step">
          <View className="ladder-step__day">
            <Input label="逾期天数" type="number" maxlength={2} value={s.day} onChange={(day) => set(i, { day })} />
          </View>
          {RUNGS.map((r) => (
            <View key={r} className="row-wrap__item">
              <CheckTag content={RUNG_WORDS[r]} checked={s.rung === r} onChange={() => set(i, { rung: r })} />
            </View>
          ))}
          {steps.length > 1 ? (
            <Button variant="text" size="small" onClick={() => setSteps((xs) => xs.filter((_, j) => j !== i))}>
              删除
            </Button>
          ) : null}
        </View>
      ))}
      <View className="gap" />
      {steps.length < 6 ? (
        <Button
          variant="outline"
          block
          onClick={() =>
            setSteps((xs) => [...xs, { day: String(Number(xs[xs.length - 1]?.day ?? 0) + 2), rung: 'report' }])
          }
        >
          增加一级
        </Button>
      ) : null}
      <View className="gap" />
      <Button theme="primary" size="large" block loading={busy} onClick={() => void save()}>
        保存
      </Button>
    </View>
  );
}

/** 督办阶梯: the office sets how overdue complaints and follow-ups are chased. */
export default function LadderPage() {
  return (
    <PageShell>
      <StaffGate role="admin">{() => <Loaded />}</StaffGate>
    </PageShell>
  );
}

function Loaded() {
  const { state, reload } = useRemote(() => call('complaint.ladder', {}), 'ladder');
  return (
    <StateView state={state} onRetry={reload}>
      {(data) => <Editor loaded={data} />}
    </StateView>
  );
}
