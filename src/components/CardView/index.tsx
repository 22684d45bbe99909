import { Text, View } from '@tarojs/components';
// The zod-free constants: this component is in the main package, which must not carry zod.
import { MATERIAL_FORM_LABELS } from '../../../server/contract/card';
import type { CardNoticeView, CardView as Card } from '../../../server/contract/card.schema';
import { dueStatus, promiseText } from '../../lib/due-status';
import { chineseDate, shanghaiDateTime } from '../../../server/contract/dates';
import Tag from '../../ui/Tag';
import InfoRow from '../InfoRow';
import PhoneLink from '../PhoneLink';
import './index.scss';

const DAY_WORDS = { working: '工作日', natural: '自然日' } as const;

interface CardViewProps {
  card: Omit<Card, 'myEvaluation' | 'timeline' | 'notifyMe'>;
  now?: Date;
}

const DUE_THEME = {
  'on-spot': 'success',
  pending: 'primary',
  'due-today': 'warning',
  overdue: 'danger',
  paused: 'warning',
  done: 'success',
  returned: 'default',
} as const;

/** What the applicant must do or know now: the missing materials, or why it was not done. */
function CaseState({ card }: { card: CardViewProps['card'] }) {
  if (card.status === 'supplement' && card.supplement) {
    return (
      <View className="card-view__state card-view__state--warn">
        <Text className="card-view__state-title">待补正：请补齐以下材料</Text>
        {card.supplement.items.map((item, i) => (
          <View key={i} className="card-view__item">
            {i + 1}. {item}
          </View>
        ))}
        {card.supplement.nextVisitOn ? (
          <Text className="card-view__state-line">请于 {chineseDate(card.supplement.nextVisitOn)} 前来办理</Text>
        ) : null}
        <Text className="card-view__state-line muted">补齐前办理时限暂停计算</Text>
      </View>
    );
  }
  if (card.status === 'returned' && card.returned) {
    return (
      <View className="card-view__state">
        <Text className="card-view__state-title">已退回（不予办理）</Text>
        <Text className="card-view__state-line">原因：{card.returned.reason}</Text>
        {card.returned.referTo ? (
          <Text className="card-view__state-line">建议前往：{card.returned.referTo}</Text>
        ) : null}
      </View>
    );
  }
  if (card.status === 'completed' && card.completedAt) {
    return (
      <View className="card-view__state card-view__state--done">
        <Text className="card-view__state-title">已办结</Text>
        <Text className="card-view__state-line">办结时间：{shanghaiDateTime(card.completedAt)}</Text>
      </View>
    );
  }
  return null;
}

/** 办事监督卡: the matter, who issued it, the promised time limit and the case's state, the notes, the catalogue's 告知 and whom to call. */
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
      {due.kind === 'on-spot' || due.kind === 'done' || due.kind === 'returned' ? null : (
        <InfoRow label="办结期限">
          {/* While paused the date moves on by the days the applicant takes: it is not shown. */}
          <Text>{due.kind === 'paused' ? '补齐材料后顺延 ' : `${chineseDate(card.dueDate)} `}</Text>
          <Tag theme={DUE_THEME[due.kind]} variant="light">
            {due.text}
          </Tag>
        </InfoRow>
      )}
      <CaseState card={card} />
      {notes.length ? (
        <InfoRow label="经办提示">
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
      {card.notice ? <MatterNotice notice={card.notice} /> : null}
    </View>
  );
}

/** The catalogue's 一次性告知 as it stood when the card was issued: read-only, apart from the staff's note. */
export function MatterNotice({ notice }: { notice: CardNoticeView }) {
  const limits = [
    notice.legalDays !== null ? `法定 ${notice.legalDays} 个${DAY_WORDS[notice.dayKind]}` : '',
    `承诺 ${notice.promisedDays} 个${DAY_WORDS[notice.dayKind]}`,
  ].filter(Boolean);
  return (
    <View className="card-view__notice">
      <Text className="card-view__notice-title">一次性告知</Text>
      {notice.conditions ? <InfoRow label="受理条件">{notice.conditions}</InfoRow> : null}
      {notice.materials.length ? (
        <InfoRow label="材料清单">
          {notice.materials.map((m, i) => (
            <View key={i} className="card-view__item">
              {i + 1}. {m.name}（{MATERIAL_FORM_LABELS[m.form]} {m.count} 份）
            </View>
          ))}
        </InfoRow>
      ) : null}
      {notice.process ? <InfoRow label="办理流程">{notice.process}</InfoRow> : null}
      <InfoRow label="办理时限">{notice.promisedDays === 0 ? '当场办结' : limits.join('，')}</InfoRow>
      {notice.fee ? <InfoRow label="收费">{notice.fee}</InfoRow> : null}
      {notice.basis ? <InfoRow label="设定依据">{notice.basis}</InfoRow> : null}
      {notice.notes ? <InfoRow label="其他告知">{notice.notes}</InfoRow> : null}
    </View>
  );
}
