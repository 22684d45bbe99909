import { Text, View } from '@tarojs/components';
import type { CardView } from '../../../server/contract/card.schema';
import PageShell from '../../components/PageShell';
import PrintButton from '../../components/PrintButton';
import QrBlock from '../../components/QrBlock';
import StateView from '../../components/StateView';
import { usePageCard } from '../../lib/use-page-card';
import { promiseText } from '../../lib/due-status';
import { chineseDate, shanghaiDateTime } from '../../lib/shanghai-time';
import './index.scss';

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="print-card__line">
      <Text className="print-card__label">{label}</Text>
      <Text className="print-card__value">{value}</Text>
    </View>
  );
}

/** An A6 paper card: every field of the 办事监督卡, the QR and 扫码评价. */
function PrintCard({ card }: { card: CardView }) {
  const onSpot = card.matterType === '即办件' || card.promisedDays === 0;
  return (
    <View className="print-card">
      <Text className="print-card__title">办事监督卡</Text>
      <Line label="办事内容" value={`${card.matter}（${card.matterType}）`} />
      <Line label="承诺时限" value={onSpot ? '当场办结' : `${promiseText(card)}，${chineseDate(card.dueDate)}前办结`} />
      <Line label="填发人" value={`${card.staff.name}（工号 ${card.staff.number}）`} />
      <Line label="办理部门" value={[card.department.name, card.window?.name].filter(Boolean).join(' · ')} />
      <Line label="填发时间" value={shanghaiDateTime(card.issuedAt)} />
      {card.notes.trim() ? <Line label="注意事项" value={card.notes.trim()} /> : null}
      <Line label="监督电话" value={card.supervisionPhone} />
      <View className="print-card__qr">
        <QrBlock cardId={card.cardId} />
      </View>
    </View>
  );
}

export default function StaffPrint() {
  const { state, reload } = usePageCard();
  return (
    <PageShell>
      <StateView state={state} onRetry={reload} notFound={{ 'CARD.NOT_FOUND': '未找到该监督卡' }}>
        {(card) => (
          <>
            <PrintCard card={card} />
            <View className="gap" />
            <PrintButton />
          </>
        )}
      </StateView>
    </PageShell>
  );
}
