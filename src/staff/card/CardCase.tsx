/**
 * The service case on the staff card page: its timeline, and — for the issuer, their B post or
 * the head — 一次性告知补正, 补正完成, 办结 and 退回. Each asks first and is sent once (the
 * button waits; a retry reuses the request id, so the server answers it once).
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { CardView } from '../../../server/contract/card.schema';
import { addDaysToDate, shanghaiDate, shanghaiDateTime } from '../../../server/contract/dates';
import DateCell from '../../components/DateCell';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Input from '../../ui/Input';
import Textarea from '../../ui/Textarea';

type Form = 'none' | 'supplement' | 'return';

function SendOrCancel(p: {
  label: string;
  theme: 'primary' | 'danger';
  busy: boolean;
  onSend: () => void;
  onCancel: () => void;
}) {
  return (
    <View className="card-case__buttons">
      <Button theme={p.theme} block loading={p.busy} disabled={p.busy} onClick={p.onSend}>
        {p.label}
      </Button>
      <Button variant="text" block disabled={p.busy} onClick={p.onCancel}>
        取消
      </Button>
    </View>
  );
}

export default function CardCase({ card, onChanged }: { card: CardView; onChanged: () => void }) {
  const [form, setForm] = useState<Form>('none');
  const [busy, setBusy] = useState(false);
  const [items, setItems] = useState<string[]>(['']);
  const [visit, setVisit] = useState('');
  const [reason, setReason] = useState('');
  const [referTo, setReferTo] = useState('');
  const ids = useRef(new IntentIds()).current;

  const run = async (title: string, content: string, send: (requestId: string) => Promise<unknown>, intent: string) => {
    const ok = await Taro.showModal({ title, content });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      await send(ids.idFor(intent));
      toast(`已${title}`, true);
      setForm('none');
      onChanged();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const listed = items.map((x) => x.trim()).filter(Boolean);
  const today = shanghaiDate(new Date());

  const supplement = () => {
    if (!listed.length) return toast('请至少填写一项需补齐的材料');
    const payload = { cardId: card.cardId, items: listed, ...(visit ? { nextVisitOn: visit } : {}) };
    void run(
      '一次性告知补正',
      `将告知办事人补齐 ${listed.length} 项材料，办理时限暂停计算。一张卡只能告知一次，请确认已列全。`,
      (requestId) => call('card.supplement', payload, requestId),
      JSON.stringify(payload),
    );
  };
  const resume = () =>
    void run(
      '补正完成',
      '办事人已补齐材料，办理时限从今天起继续计算。',
      (requestId) => call('card.resume', { cardId: card.cardId }, requestId),
      'resume',
    );
  const complete = () =>
    void run(
      '办结',
      '确认该事项已办结？办结后将通知办事人，并邀请其评价。',
      (requestId) => call('card.complete', { cardId: card.cardId }, requestId),
      'complete',
    );
  const giveBack = () => {
    if (!reason.trim()) return toast('请说明不予办理的理由');
    const payload = {
      cardId: card.cardId,
      reason: reason.trim(),
      ...(referTo.trim() ? { referTo: referTo.trim() } : {}),
    };
    void run(
      '退回',
      '确认不予办理并退回？办事人将看到理由和建议去处。',
      (requestId) => call('card.return', payload, requestId),
      JSON.stringify(payload),
    );
  };

  const open = card.status === 'accepted' || card.status === 'supplement';
  return (
    <>
      {card.canAct && open ? (
        <View className="block">
          <Text className="block__title">办理</Text>
          {form === 'none' ? (
            <View className="card-case__buttons">
              {card.status === 'accepted' && !card.supplement ? (
                <Button variant="outline" block disabled={busy} onClick={() => setForm('supplement')}>
                  一次性告知补正
                </Button>
              ) : null}
              {card.status === 'supplement' ? (
                <Button theme="primary" block loading={busy} disabled={busy} onClick={resume}>
                  补正完成
                </Button>
              ) : (
                <Button theme="primary" block loading={busy} disabled={busy} onClick={complete}>
                  办结
                </Button>
              )}
              <Button theme="danger" variant="outline" block disabled={busy} onClick={() => setForm('return')}>
                退回 / 不予办理
              </Button>
            </View>
          ) : null}
          {form === 'supplement' ? (
            <View>
              <Text className="muted">逐项列出需补齐的全部材料（只能告知一次），并告知下次办理时间。</Text>
              {items.map((item, i) => (
                <View key={i} className="card-case__item">
                  <Input
                    label={`材料 ${i + 1}`}
                    value={item}
                    maxlength={100}
                    placeholder="如：户口簿原件"
                    onChange={(v) => setItems(items.map((x, j) => (j === i ? v : x)))}
                  />
                  {items.length > 1 ? (
                    <Button
                      size="small"
                      variant="text"
                      theme="danger"
                      onClick={() => setItems(items.filter((_, j) => j !== i))}
                    >
                      删除
                    </Button>
                  ) : null}
                </View>
              ))}
              <Button
                size="small"
                variant="outline"
                disabled={items.length >= 30}
                onClick={() => setItems([...items, ''])}
              >
                再加一项
              </Button>
              <CellGroup>
                <DateCell
                  title="下次办理时间"
                  value={visit}
                  start={today}
                  end={addDaysToDate(today, 365)}
                  placeholder="可不填"
                  onChange={setVisit}
                />
              </CellGroup>
              <SendOrCancel
                label="告知补正"
                theme="primary"
                busy={busy}
                onSend={supplement}
                onCancel={() => setForm('none')}
              />
            </View>
          ) : null}
          {form === 'return' ? (
            <View>
              <Text className="muted">不予办理理由（办事人可见）</Text>
              <Textarea
                value={reason}
                maxlength={500}
                indicator
                placeholder="如：该事项不属于本科室受理范围"
                onChange={setReason}
              />
              <Input
                label="建议去处"
                value={referTo}
                maxlength={200}
                placeholder="可不填，如：社保服务科 2 号窗口"
                onChange={setReferTo}
              />
              <SendOrCancel
                label="确认退回"
                theme="danger"
                busy={busy}
                onSend={giveBack}
                onCancel={() => setForm('none')}
              />
            </View>
          ) : null}
        </View>
      ) : null}
      <View className="block">
        <Text className="block__title">办理记录</Text>
        {card.timeline.map((e, i) => (
          <View key={i} className="card-case__event">
            <Text className="muted">
              {shanghaiDateTime(e.at)}
              {e.by ? ` · ${e.by}` : ''}
            </Text>
            <Text className="card-case__event-text">{e.text}</Text>
          </View>
        ))}
      </View>
    </>
  );
}
