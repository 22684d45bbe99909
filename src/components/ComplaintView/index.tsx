import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ComplaintDetail } from '../../../server/contract/complaint.schema';
import { STATUS_THEME } from '../../lib/complaint-labels';
import { countdown } from '../../lib/countdown';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { photoSrc } from '../../services/upload';
import Tag from '../../ui/Tag';
import InfoRow from '../InfoRow';
import './index.scss';

interface ComplaintViewProps {
  c: ComplaintDetail;
  /** The server's clock (see lib/countdown), for the deadline. */
  now: number;
  /** Staff read the handler's name; the complainant is told the handler by role. */
  staffView?: boolean;
}

/** One case as its reader may see it: what was said, the deadline, the reply, and the timeline. */
export default function ComplaintView({ c, now, staffView = false }: ComplaintViewProps) {
  const due = countdown(c.replyDueAt, now);
  const urls = c.photos.map((p) => photoSrc(p.url));
  return (
    <>
      <View className="block complaint">
        <View className="complaint__head">
          {/* Blank for the person complained about, asked for a statement: the number is the complainant's key. */}
          <Text className="complaint__no">{c.trackingNo ? `投诉编号 ${c.trackingNo}` : '投诉'}</Text>
          <Tag theme={STATUS_THEME[c.status]} variant="light" size="large">
            {c.statusLabel}
          </Tag>
        </View>
        <InfoRow label="投诉对象">{c.subject.label || c.department.name}</InfoRow>
        <InfoRow label="投诉类别">{c.category}</InfoRow>
        <InfoRow label="提交时间">{shanghaiDateTime(c.createdAt)}</InfoRow>
        {c.status === 'pending' ? (
          <InfoRow label="答复期限">
            <Text>{shanghaiDateTime(c.replyDueAt)} </Text>
            <Tag theme={due.overdue ? 'danger' : due.soon ? 'warning' : 'primary'} variant="light">
              {due.text}
            </Tag>
          </InfoRow>
        ) : null}
        {c.status === 'pending' ? <InfoRow label="办理">{`由 ${c.handledBy} 办理`}</InfoRow> : null}
        {c.assignee && c.status === 'pending' && staffView ? <InfoRow label="办理人">{c.assignee.name}</InfoRow> : null}
        {c.contactPhone ? <InfoRow label="联系电话">{c.contactPhone}</InfoRow> : null}
        {c.anonymous ? <InfoRow label="匿名">工作人员看不到投诉人的电话</InfoRow> : null}
        <Text className="complaint__content">{c.content}</Text>
        {urls.length ? (
          <View className="row-wrap complaint__photos">
            {urls.map((src) => (
              <View key={src} className="row-wrap__item">
                <Image
                  className="complaint__photo"
                  src={src}
                  mode="aspectFill"
                  onClick={() => void Taro.previewImage({ urls, current: src })}
                />
              </View>
            ))}
          </View>
        ) : null}
      </View>

      {c.reply ? (
        <View className="block complaint__reply">
          <Text className="block__title">答复</Text>
          <Text className="complaint__content">{c.reply.content}</Text>
          <Text className="muted">
            {c.reply.by} · {shanghaiDateTime(c.reply.at)}
          </Text>
        </View>
      ) : null}
      {c.rejectReason ? (
        <View className="block">
          <Text className="block__title">不予受理的理由</Text>
          <Text className="complaint__content">{c.rejectReason}</Text>
        </View>
      ) : null}
      {c.rating && c.status === 'closed' ? (
        <View className="block">
          <Text className="block__title">对答复的评价：{c.rating.label}</Text>
          {c.rating.comment ? <Text className="muted">{c.rating.comment}</Text> : null}
        </View>
      ) : null}

      <View className="block">
        <Text className="block__title">办理进度</Text>
        <View className="timeline">
          {[...c.timeline].reverse().map((t, i) => (
            <View key={`${t.at}-${i}`} className={`timeline__item${i === 0 ? ' timeline__item--latest' : ''}`}>
              <View className="timeline__dot" />
              <View className="timeline__body">
                <Text className="timeline__text">{t.text}</Text>
                <Text className="timeline__time">{shanghaiDateTime(t.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      </View>
    </>
  );
}
