import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { MessageView } from '../../../server/contract/message.schema';
import PageShell from '../../components/PageShell';
import StateView, { EmptyState } from '../../components/StateView';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { getMe } from '../../services/auth';
import { call } from '../../services/call';
import './index.scss';

/** 消息: new cases, reminders, overdue notices for staff; replies for residents. Tap to open the case. */
export default function MessagesPage() {
  const { state, reload } = useRemote(() => Promise.all([call('message.list', { limit: 50 }), getMe()]), 'messages');
  useDidShow(() => void reload());
  return (
    <PageShell>
      <StateView state={state} onRetry={reload}>
        {([{ messages }, me]) => {
          const open = (m: MessageView) => {
            const resident = me.role === 'resident';
            const url = m.rectificationId
              ? routes.rectification(m.rectificationId)
              : m.followupId
                ? resident
                  ? routes.mine()
                  : routes.staffFollowup(m.followupId)
                : m.appealId
                  ? routes.staffAppeals()
                  : m.cardId
                    ? resident
                      ? routes.card(m.cardId)
                      : routes.staffCard(m.cardId)
                    : m.complaintId && (resident ? routes.complaint(m.complaintId) : routes.staffCase(m.complaintId));
            if (url) void Taro.navigateTo({ url });
          };
          return messages.length === 0 ? (
            <EmptyState title="暂无消息" detail="投诉的新进展会在这里通知您" />
          ) : (
            <>
              {messages.map((m) => (
                <View key={m.id} className="block message" onClick={() => open(m)}>
                  <View className="message__head">
                    <Text className="message__title">{m.title}</Text>
                    <Text className="muted">{shanghaiDateTime(m.createdAt)}</Text>
                  </View>
                  <Text className="message__body">{m.body}</Text>
                </View>
              ))}
            </>
          );
        }}
      </StateView>
    </PageShell>
  );
}
