import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { advanceClock, runSweep } from '../../services/dev';
import Button from '../../ui/Button';

/**
 * Local mode only: move the server's clock forward and run the deadline sweep, to watch a
 * complaint's 7 days (reminder, due day, escalation, auto-close) in a minute.
 */
export default function DevClock() {
  const [now, setNow] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function go(days: number) {
    if (busy) return;
    setBusy(true);
    try {
      if (days) setNow((await advanceClock(days * 24)).now);
      const r = await runSweep();
      toast(`到期检查：处理 ${r.cases} 件，发出 ${r.delivered} 条消息`, true);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="block">
      <Text className="block__title">演示：时间快进</Text>
      <Text className="muted">
        {now ? `服务器时间已到 ${shanghaiDateTime(now)}` : '把服务器时间往后拨，再运行一次到期检查。'}
      </Text>
      <View className="row-wrap gap-top">
        <View className="row-wrap__item">
          <Button variant="outline" size="medium" loading={busy} onClick={() => void go(1)}>
            快进 1 天
          </Button>
        </View>
        <View className="row-wrap__item">
          <Button variant="outline" size="medium" loading={busy} onClick={() => void go(5)}>
            快进 5 天
          </Button>
        </View>
        <View className="row-wrap__item">
          <Button variant="outline" size="medium" loading={busy} onClick={() => void go(0)}>
            立即到期检查
          </Button>
        </View>
      </View>
    </View>
  );
}
