import { Text, View } from '@tarojs/components';
import type { ComplaintBrief } from '../../../server/contract/complaint.schema';
import { STATUS_THEME } from '../../lib/complaint-labels';
import { countdown } from '../../lib/countdown';
import { shanghaiDateTime } from '../../../server/contract/dates';
import Tag from '../../ui/Tag';
import './index.scss';

interface ComplaintListProps {
  items: (ComplaintBrief & { assignee?: { name: string } | null })[];
  now: number;
  /** Staff lists name the handler. */
  showAssignee?: boolean;
  onOpen: (id: string) => void;
}

/** Cases as a list: category, status, what was said, and for open cases the countdown. */
export default function ComplaintList({ items, now, showAssignee = false, onOpen }: ComplaintListProps) {
  return (
    <>
      {items.map((c) => {
        const due = countdown(c.replyDueAt, now);
        return (
          <View key={c.complaintId} className="block complaint-item" onClick={() => onOpen(c.complaintId)}>
            <View className="complaint-item__head">
              <Text className="complaint-item__title">
                {c.category} · {c.subject.label}
              </Text>
              <Tag theme={STATUS_THEME[c.status]} variant="light">
                {c.statusLabel}
              </Tag>
            </View>
            <Text className="complaint-item__excerpt">{c.excerpt}</Text>
            <View className="complaint-item__foot">
              <Text className="muted">
                {c.trackingNo} · {shanghaiDateTime(c.createdAt)}
                {showAssignee ? ` · ${c.assignee?.name ?? '评议办'}` : ''}
              </Text>
              {c.status === 'pending' ? (
                <Tag theme={due.overdue ? 'danger' : due.soon ? 'warning' : 'primary'} variant="outline">
                  {due.text}
                </Tag>
              ) : null}
            </View>
          </View>
        );
      })}
    </>
  );
}
