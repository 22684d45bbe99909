import { Text, View } from '@tarojs/components';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';

interface CommentsProps {
  range: { from: string; to: string };
  departmentId?: string;
}

/** 群众意见: what residents wrote, for the office and heads; no one named, dated by day only. */
export default function Comments({ range, departmentId }: CommentsProps) {
  const { state } = useRemote(
    () => call('stats.comments', { ...range, ...(departmentId ? { departmentId } : {}) }),
    `${range.from}:${range.to}:${departmentId ?? ''}`,
  );
  if (state.status !== 'ready') return null;
  const { comments } = state.data;
  return (
    <View className="block">
      <Text className="block__title">群众意见（最近 {comments.length} 条）</Text>
      {comments.length ? (
        comments.map((c, i) => (
          <View key={i} className="comment">
            <Text className="comment__head">
              {c.date} · {c.levelLabel} · {c.department}
              {c.window ? ` · ${c.window}` : ''}
              {c.staff ? ` · ${c.staff}` : ''}
            </Text>
            <Text className="comment__text">{c.comment}</Text>
            {c.tags.length ? <Text className="muted">{c.tags.join('、')}</Text> : null}
          </View>
        ))
      ) : (
        <Text className="muted">本期没有文字意见。</Text>
      )}
      <Text className="muted">为保护评价人，意见不显示评价人信息和具体时间。</Text>
    </View>
  );
}
