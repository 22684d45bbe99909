import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { authSetPasswordInput, authStaffLoginInput } from '../../../server/contract/auth.schema';
import PageShell from '../../components/PageShell';
import { firstIssue } from '../../lib/form-issues';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { getMe, setPasswordAndLogin, staffLogin } from '../../services/auth';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import Input from '../../ui/Input';

type Mode = 'login' | 'first';

/**
 * Staff sign-in in a browser (the office's PC): 工号 and password, or — the first time, or after
 * forgetting it — a new password set with the bind code the office issues.
 */
export default function StaffLogin() {
  const [mode, setMode] = useState<Mode>('login');
  const [number, setNumber] = useState('');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);

  // The contract's own rules and messages; only "typed twice alike" is the form's.
  function check(): string | null {
    if (mode === 'login') return firstIssue(authStaffLoginInput, { number: number.trim(), password });
    return (
      firstIssue(authSetPasswordInput, { code, password }) ?? (password === repeat ? null : '两次输入的密码不一致')
    );
  }

  async function submit() {
    if (busy) return;
    const problem = check();
    if (problem) return toast(problem);
    setBusy(true);
    try {
      const out =
        mode === 'login' ? await staffLogin(number.trim(), password) : await setPasswordAndLogin(code, password);
      await getMe(true);
      const home = out.role === 'admin' ? routes.adminStats() : routes.staffHome();
      if (out.failedAttempts) {
        // Someone may be guessing at this 工号: the staff member hears of it before anything else.
        await Taro.showModal({
          title: '已登录',
          content: `自上次登录以来，有 ${out.failedAttempts} 次使用您的工号但密码错误的登录尝试。如果不是您本人所为，请告知管理员（评议办），必要时用绑定码重新设置密码。`,
          showCancel: false,
          confirmText: '知道了',
        });
        void Taro.reLaunch({ url: home });
        return;
      }
      toast('已登录', true);
      setTimeout(() => void Taro.reLaunch({ url: home }), 600);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const switchTo = (next: Mode) => {
    setMode(next);
    setPassword('');
    setRepeat('');
  };

  return (
    <PageShell>
      <View className="block">
        <Text className="block__title">{mode === 'login' ? '工作人员登录' : '设置登录密码'}</Text>
        <Text className="muted">
          {mode === 'login'
            ? '在电脑上使用时，请用工号和密码登录。在微信中使用时，无需登录。'
            : '请输入管理员（评议办）给您的 8 位绑定码，并设置至少 10 位的密码。忘记密码时，请管理员重新给您绑定码。'}
        </Text>
      </View>
      <CellGroup theme="card">
        {mode === 'login' ? (
          <Input label="工号" value={number} maxlength={32} placeholder="例如 A001" onChange={setNumber} />
        ) : (
          <Input label="绑定码" value={code} maxlength={9} placeholder="例如 7KQ2-M8TW" onChange={setCode} />
        )}
        <Input
          label={mode === 'login' ? '密码' : '新密码'}
          type="password"
          value={password}
          maxlength={64}
          placeholder={mode === 'login' ? '' : '至少 10 位'}
          onChange={setPassword}
        />
        {mode === 'first' ? (
          <Input label="再输一次" type="password" value={repeat} maxlength={64} onChange={setRepeat} />
        ) : null}
      </CellGroup>
      <View className="gap" />
      <View className="pad">
        <Button theme="primary" size="large" block loading={busy} onClick={() => void submit()}>
          {mode === 'login' ? '登录' : '设置密码并登录'}
        </Button>
      </View>
      <View className="pad">
        <Button variant="text" block onClick={() => switchTo(mode === 'login' ? 'first' : 'login')}>
          {mode === 'login' ? '第一次使用或忘记密码？用绑定码设置密码' : '已有密码，返回登录'}
        </Button>
      </View>
    </PageShell>
  );
}
