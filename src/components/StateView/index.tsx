import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { Remote } from '../../lib/use-remote';
import { NETWORK } from '../../services/api-error';
import Button from '../../ui/Button';
import Loading from '../../ui/Loading';
import './index.scss';

interface StateViewProps<T> {
  state: Remote<T>;
  onRetry: () => void;
  /** Error codes that mean "this thing does not exist", with the sentence to show for them. */
  notFound?: Record<string, string>;
  /** The sentence under a not-found title. */
  notFoundDetail?: string;
  children: (data: T) => ReactNode;
}

/** Loading, a readable error with a retry, or the page's content. */
export default function StateView<T>({
  state,
  onRetry,
  notFound = {},
  notFoundDetail = '请核对二维码，或向窗口工作人员询问',
  children,
}: StateViewProps<T>) {
  if (state.status === 'ready') return <>{children(state.data)}</>;
  if (state.status === 'loading') {
    return (
      <View className="state-view">
        <Loading />
      </View>
    );
  }
  const { code, message } = state.error;
  const missing = notFound[code];
  const title = missing ?? (code === NETWORK ? '网络连接失败' : '暂时无法显示');
  const detail = missing ? notFoundDetail : message;
  return (
    <View className="state-view">
      <Text className="state-view__title">{title}</Text>
      <Text className="state-view__detail">{detail}</Text>
      {missing ? null : (
        <View className="state-view__action">
          <Button theme="primary" size="large" onClick={onRetry}>
            重试
          </Button>
        </View>
      )}
    </View>
  );
}

/** The same look for "nothing here yet". */
export function EmptyState({ title, detail }: { title: string; detail?: string }) {
  return (
    <View className="state-view">
      <Text className="state-view__title">{title}</Text>
      {detail ? <Text className="state-view__detail">{detail}</Text> : null}
    </View>
  );
}
