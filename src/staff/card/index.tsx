import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import CardView from '../../components/CardView';
import PageShell from '../../components/PageShell';
import QrBlock from '../../components/QrBlock';
import StateView from '../../components/StateView';
import { usePageCard } from '../../lib/use-page-card';
import { routes } from '../../lib/routes';
import Button from '../../ui/Button';

/** The issued card as the resident will see it, with its QR code to show or print. */
export default function StaffCard() {
  const { state, reload } = usePageCard();
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
