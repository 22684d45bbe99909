import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ModerationItem } from '../../../server/contract/moderation.schema';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import Button from '../../ui/Button';
import Tag from '../../ui/Tag';

function Item({ item, onDone }: { item: ModerationItem; onDone: () => void }) {
  const { complaintId } = item;
  const [busy, setBusy] = useState(false);
  async function done() {
    setBusy(true);
    try {
      await call('moderation.resolve', { flagId: item.flagId });
      toast('已标记为已查看', true);
      onDone();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="block">
      <View className="row-wrap">
        <View className="row-wrap__item">
          <Tag theme={item.verdict === 'review' ? 'warning' : 'default'}>{item.verdictLabel}</Tag>
        </View>
        <View className="row-wrap__item">
          <Tag variant="outline">{item.kindLabel}</Tag>
        </View>
      </View>
      <Text className="muted">
        {shanghaiDateTime(item.createdAt)}
        {item.reason ? ` · ${item.reason}` : ''}
      </Text>
      <View className="gap" />
      <Text>{item.text}</Text>
      <View className="gap" />
      <View className="row-wrap">
        {complaintId ? (
          <View className="row-wrap__item">
            <Button
              size="small"
              variant="outline"
              onClick={() => void Taro.navigateTo({ url: routes.staffCase(complaintId) })}
            >
              查看投诉
            </Button>
          </View>
        ) : null}
        <View className="row-wrap__item">
          <Button size="small" theme="primary" loading={busy} onClick={() => void done()}>
            已查看
          </Button>
        </View>
      </View>
    </View>
  );
}

/**
 * 内容审核: texts stored although WeChat's content check asked for a human look, or could not
 * check them (no WeChat identity, WeChat unreachable). Who wrote them is not shown.
 */
export default function Moderation() {
  const { state, reload } = useRemote(() => call('moderation.list', {}), 'moderation');
  return (
    <PageShell>
      <StaffGate role="admin">
        {() => (
          <StateView state={state} onRetry={reload}>
            {({ items }) =>
              items.length === 0 ? (
                <EmptyState
                  title="没有待查看的内容"
                  detail="微信内容安全检测提示需复核、或未能检测的留言、投诉和答复会列在这里"
                />
              ) : (
                <>
                  {items.map((item) => (
                    <Item key={item.flagId} item={item} onDone={() => void reload()} />
                  ))}
                </>
              )
            }
          </StateView>
        )}
      </StaffGate>
    </PageShell>
  );
}
