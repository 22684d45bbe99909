import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import CardView from '../../components/CardView';
import PageShell from '../../components/PageShell';
import QrBlock from '../../components/QrBlock';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { useStaffCard } from '../../lib/use-page-card';
import { routes } from '../../lib/routes';
import Button from '../../ui/Button';
import CardCase from './CardCase';
import './index.scss';

function IssuedCard() {
  const { state, reload } = useStaffCard();
  return (
    <StateView state={state} onRetry={reload} notFound={{ 'CARD.NOT_FOUND': '未找到该监督卡' }}>
      {({ card, qr }) => (
        <>
          <View className="block">
            <QrBlock cardId={card.cardId} qr={qr} caption="请群众扫码评价" showUrl />
          </View>
          <CardView card={card} />
          <CardCase card={card} onChanged={reload} />
          <View className="pad">
            <Button
              theme="primary"
              size="large"
              block
              onClick={() => void Taro.navigateTo({ url: routes.staffPrint(card.cardId) })}
            >
              打印
            </Button>
          </View>
        </>
      )}
    </StateView>
  );
}

/** The issued card as the resident will see it, with its QR code to show or print, its case and timeline (staff only). */
export default function StaffCard() {
  return (
    <PageShell>
      <StaffGate>{() => <IssuedCard />}</StaffGate>
    </PageShell>
  );
}
