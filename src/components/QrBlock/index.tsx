import { Image, Text, View } from '@tarojs/components';
import type { QrGetOutput } from '../../../server/contract/qr.schema';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import Loading from '../../ui/Loading';
import './index.scss';

interface QrBlockProps {
  cardId: string;
  caption?: string;
  /** Show the encoded URL under the code (on screen, not on paper). */
  showUrl?: boolean;
  /** Already loaded by the page (it decides whether the card may be shown at all). */
  qr?: QrGetOutput;
}

/** The card's QR code (a PNG data URL from `qr.get`) with its caption. */
export default function QrBlock({ cardId, caption = '扫码评价', showUrl = false, qr }: QrBlockProps) {
  const { state: loaded } = useRemote(() => (qr ? Promise.resolve(qr) : call('qr.get', { cardId })), cardId);
  const state = qr ? ({ status: 'ready', data: qr } as const) : loaded;
  return (
    <View className="qr-block">
      {state.status === 'ready' ? (
        <>
          <Image className="qr-block__image" src={state.data.image} mode="aspectFit" showMenuByLongpress />
          <Text className="qr-block__caption">{caption}</Text>
          {showUrl ? <Text className="qr-block__url">{state.data.url}</Text> : null}
        </>
      ) : state.status === 'loading' ? (
        <Loading text="正在生成二维码…" />
      ) : (
        <Text className="muted">{state.error.message}</Text>
      )}
    </View>
  );
}
