import { Text, View } from '@tarojs/components';
import type { CardView as Card } from '../../../server/contract/card.schema';
import { dueStatus, promiseText } from '../../lib/due-status';
import { chineseDate, shanghaiDateTime } from '../../../server/contract/dates';
import Tag from '../../ui/Tag';
import InfoRow from '../InfoRow';
import PhoneLink from '../PhoneLink';
import './index.scss';

interface CardViewProps {
  card: Omit<Card, 'myEvaluation'>;
  now?: Date;
}

const DUE_THEME = { 'on-spot': 'success', pending: 'primary', 'due-today': 'warning', overdue: 'danger' } as const;

/** 办事监督卡: the matter, who issued it, the promised time limit, notes and whom to call. */
export default function CardView({ card, now = new Date() }: CardViewProps) {
  const due = dueStatus(card, now);
  const place = [card.department.name, card.window?.name].filter(Boolean).join(' · ');
  const notes = card.notes.split(/\r?\n/).filter((line) => line.trim() !== '');
  return (
    <View className="block card-view">
      <View className="card-view__head">
        <Text className="card-view__kicker">办事监督卡</Text>
        <Tag theme="primary" variant="light">
          {card.matterType}
        </Tag>
      </View>
      <Text className="card-view__matter">{card.matter}</Text>

      <InfoRow label="办理人员">
        {card.staff.name}（工号 {card.staff.number}）
      </InfoRow>
      <InfoRow label="办理部门">{place}</InfoRow>
      <InfoRow label="填发时间">{shanghaiDateTime(card.issuedAt)}</InfoRow>
      <InfoRow label="承诺时限">{promiseText(card)}</InfoRow>
      {due.kind === 'on-spot' ? null : (
        <InfoRow label="办结期限">
          <Text>{chineseDate(card.dueDate)} </Text>
          <Tag theme={DUE_THEME[due.kind]} variant="light">
            {due.text}
          </Tag>
        </InfoRow>
      )}
      {notes.length ? (
        <InfoRow label="注意事项">
          {notes.map((line, i) => (
            <View key={i} className="card-view__note">
              {line}
            </View>
          ))}
        </InfoRow>
      ) : null}
      <InfoRow label="监督电话">
        <PhoneLink phone={card.supervisionPhone} />
      </InfoRow>
    </View>
  );
}
