import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import PageShell from '../../components/PageShell';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { getMe } from '../../services/auth';
import { call } from '../../services/call';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Input from '../../ui/Input';

/** A staff member's first visit: the code from the office links this WeChat account to their record. */
export default function StaffBind() {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  async function bind() {
    if (busy) return;
    if (code.replace(/[\s-]/g, '').length !== 8) return toast('绑定码为 8 位字母和数字');
    setBusy(true);
    try {
      const out = await call('auth.bind', { code });
      await getMe(true);
      toast(`已绑定：${out.staff.name}`, true);
      setTimeout(() => void Taro.reLaunch({ url: routes.staffHome() }), 800);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <PageShell>
      <View className="block">
        <Text className="block__title">绑定工作人员身份</Text>
        <Text className="muted">
          请输入管理员（评议办）给您的 8 位绑定码。绑定后，这个微信就是您的工作账号，可以开具监督卡、处理投诉。
        </Text>
      </View>
      <CellGroup theme="card">
        <Input label="绑定码" value={code} maxlength={9} placeholder="例如 7KQ2-M8TW" onChange={setCode} />
      </CellGroup>
      <View className="gap" />
      <View className="pad">
        <Button theme="primary" size="large" block loading={busy} onClick={() => void bind()}>
          绑定
        </Button>
      </View>
    </PageShell>
  );
}
