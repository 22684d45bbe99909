import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import CardView from '../../components/CardView';
import PageShell from '../../components/PageShell';
import QrBlock from '../../components/QrBlock';
import StateView from '../../components/StateView';
import { entryId } from '../../lib/entry-id';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { ApiError } from '../../services/api-error';
import { getCard } from '../../services/card';
import Button from '../../ui/Button';

/** The issued card as the resident will see it, with its QR code to show or print. */
export default function StaffCard() {
  const cardId = entryId(usePageParams());
  const { state, reload } = useRemote(
    () => (cardId ? getCard(cardId) : Promise.reject(new ApiError('CARD.NOT_FOUND', '未找到该监督卡'))),
    cardId ?? '',
  );
  return (
    <PageShell>
      <StateView state={state} onRetry={reload} notFound={{ 'CARD.NOT_FOUND': '未找到该监督卡' }}>
        {(card) => (
          <>
            <View className="block">
              <QrBlock cardId={card.cardId} caption="请群众扫码评价" showUrl />
            </View>
            <CardView card={card} />
            <View className="pad">
              <Button theme="primary" size="large" block onClick={() => void Taro.navigateTo({ url: routes.staffPrint(card.cardId) })}>
                打印
              </Button>
            </View>
          </>
        )}
      </StateView>
    </PageShell>
  );
}
