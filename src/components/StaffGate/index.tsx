import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import type { AuthMeOutput } from '../../../server/contract/auth.schema';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { getMe } from '../../services/auth';
import Button from '../../ui/Button';
import StateView from '../StateView';

/** In a browser there is no WeChat account to bind: staff sign in with a password instead. */
const IN_BROWSER = Taro.getEnv() === Taro.ENV_TYPE.WEB;

/** A caller let in: staff, so their record is there. */
type StaffMe = AuthMeOutput & { staff: NonNullable<AuthMeOutput['staff']> };

interface StaffGateProps {
  /** Who may see the page: staff (admins are staff too), department heads and admins, or admins only. */
  role?: 'staff' | 'head' | 'admin';
  children: (me: StaffMe) => ReactNode;
}

const TITLE = {
  staff: '请以工作人员身份登录',
  head: '请以部门负责人或管理员身份登录',
  admin: '请以管理员身份登录',
} as const;

function mayEnter(me: AuthMeOutput, role: 'staff' | 'head' | 'admin'): me is StaffMe {
  if (!me.staff || me.role === 'resident') return false;
  if (role === 'staff') return true;
  if (role === 'head') return me.role === 'admin' || (me.headOf ?? []).length > 0;
  return me.role === 'admin';
}

/** Shows the page to staff; anyone else is asked to sign in as staff (bind code in WeChat, password in a browser, the demo switcher in local mode). */
export default function StaffGate({ role = 'staff', children }: StaffGateProps) {
  const { state, reload } = useRemote(() => getMe(), 'me');
  return (
    <StateView state={state} onRetry={reload}>
      {(me) => {
        if (mayEnter(me, role)) return children({ ...me, staff: me.staff });
        return (
          <View className="state-view">
            <Text className="state-view__title">{TITLE[role]}</Text>
            <Text className="state-view__detail">
              {me.localMode && DEV_PAGES
                ? '当前是演示模式，可以切换到工作人员身份。'
                : IN_BROWSER
                  ? '在电脑或手机浏览器中，请用工号和密码登录；首次使用请用管理员给您的绑定码设置密码。'
                  : '请使用已绑定的工作人员微信打开；首次使用请输入管理员给您的绑定码。'}
            </Text>
            {me.localMode && DEV_PAGES ? (
              <View className="state-view__action">
                <Button
                  theme="primary"
                  size="large"
                  block
                  onClick={() => void Taro.navigateTo({ url: routes.devLogin() })}
                >
                  切换演示身份
                </Button>
              </View>
            ) : (
              <View className="state-view__action">
                <Button
                  theme="primary"
                  size="large"
                  block
                  onClick={() => void Taro.navigateTo({ url: IN_BROWSER ? routes.staffLogin() : routes.staffBind() })}
                >
                  {IN_BROWSER ? '工作人员登录' : '输入绑定码'}
                </Button>
              </View>
            )}
          </View>
        );
      }}
    </StateView>
  );
}
