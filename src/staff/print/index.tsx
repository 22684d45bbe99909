import { Text, View } from '@tarojs/components';
import type { CardView } from '../../../server/contract/card.schema';
import type { QrGetOutput } from '../../../server/contract/qr.schema';
import PageShell from '../../components/PageShell';
import PrintButton from '../../components/PrintButton';
import QrBlock from '../../components/QrBlock';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { useStaffCard } from '../../lib/use-page-card';
import { promiseText } from '../../lib/due-status';
import { chineseDate, shanghaiDateTime } from '../../../server/contract/dates';
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
function PrintCard({ card, qr }: { card: CardView; qr: QrGetOutput }) {
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
        <QrBlock cardId={card.cardId} qr={qr} />
      </View>
    </View>
  );
}

function Printable() {
  const { state, reload } = useStaffCard();
  return (
    <StateView state={state} onRetry={reload} notFound={{ 'CARD.NOT_FOUND': '未找到该监督卡' }}>
      {({ card, qr }) => (
        <>
          <PrintCard card={card} qr={qr} />
          <View className="gap" />
          <PrintButton />
        </>
      )}
    </StateView>
  );
}

/** Staff only: the card's print view. */
export default function StaffPrint() {
  return (
    <PageShell>
      <StaffGate>{() => <Printable />}</StaffGate>
    </PageShell>
  );
}
