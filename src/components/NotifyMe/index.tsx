import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { CardView } from '../../../server/contract/card.schema';
import { isOpenCard } from '../../../server/contract/card';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { askSubscribe, canSubscribe } from '../../services/subscribe';
import Button from '../../ui/Button';

interface NotifyMeProps {
  card: Pick<CardView, 'cardId' | 'status' | 'notifyMe'>;
  onDone: () => void;
}

/**
 * While the matter is being handled: "tell me when it is done". In WeChat this first asks for
 * the 办结通知 subscribe message (one push); in a browser the notice lands in 我的消息.
 */
export default function NotifyMe({ card, onDone }: NotifyMeProps) {
  const [busy, setBusy] = useState(false);
  if (!isOpenCard(card.status)) return null;
  if (card.notifyMe) {
    return (
      <View className="block">
        <Text className="block__title">办结后将通知您</Text>
        <Text className="muted">
          {canSubscribe
            ? '办结或退回时，您会收到微信通知，也可在“我的消息”中查看。'
            : '办结或退回时，通知会出现在“我的消息”中。'}
        </Text>
      </View>
    );
  }
  const ask = async () => {
    setBusy(true);
    try {
      const accepted = canSubscribe ? await askSubscribe('card') : 0;
      await call('card.notifyMe', { cardId: card.cardId, subscribed: accepted > 0 });
      toast('办结后将通知您', true);
      onDone();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="block">
      <Text className="block__title">事项还在办理中</Text>
      <Text className="muted">办结（或退回）时可以通知您，届时再来评价本次服务。</Text>
      <View className="gap" />
      <Button
        theme="primary"
        variant="outline"
        size="large"
        block
        loading={busy}
        disabled={busy}
        onClick={() => void ask()}
      >
        办结时通知我
      </Button>
    </View>
  );
}
